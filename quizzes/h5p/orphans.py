"""H5P files no row names: staging folders and folders a killed import moved into place.

Called by ``manage.py clean_orphan_uploads`` (the ``basira_clean_orphans`` hook). A folder
is removed only when nothing in it changed for ``older_than`` (an import in progress is
never touched) and no row refers to it: ``content/<uuid>`` needs an ``H5PPackage`` with
that uuid, ``libraries/<folder>`` an ``H5PLibrary`` with that storage path.

Guarded by tests/quizzes/test_h5p_disk_errors.py::test_orphans_go_and_referenced_files_stay.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from django.core.files.storage import FileSystemStorage
from django.utils import timezone

from ..models import H5PLibrary, H5PPackage
from .staging import STAGING_ROOT, remove_tree
from .storage import h5p_storage


def _folders(storage, prefix: str) -> list[str]:
    try:
        return storage.listdir(prefix)[0]
    except (FileNotFoundError, NotImplementedError):
        return []


def _last_change(storage, prefix: str) -> datetime | None:
    """The newest modification time under a folder; None when the storage cannot tell."""
    if isinstance(storage, FileSystemStorage):
        newest = 0.0
        for folder, _dirs, files in os.walk(storage.path(prefix)):
            for path in (folder, *(os.path.join(folder, name) for name in files)):
                try:
                    newest = max(newest, os.lstat(path).st_mtime)
                except FileNotFoundError:
                    continue
        return datetime.fromtimestamp(newest, tz=timezone.get_current_timezone())
    try:
        directories, files = storage.listdir(prefix)
        times = [storage.get_modified_time(f"{prefix}/{name}") for name in files]
    except NotImplementedError:
        return None
    for directory in directories:
        inner = _last_change(storage, f"{prefix}/{directory}")
        if inner is None:
            return None
        times.append(inner)
    return max(times, default=None)


def clean_h5p_orphans(*, older_than: timedelta) -> list[str]:
    storage = h5p_storage()
    cutoff = timezone.now() - older_than
    packages = {str(value) for value in H5PPackage.objects.values_list("uuid", flat=True)}
    libraries = set(H5PLibrary.objects.values_list("storage_path", flat=True))
    candidates = [f"{STAGING_ROOT}/{name}" for name in _folders(storage, STAGING_ROOT)]
    candidates += [f"content/{name}" for name in _folders(storage, "content")
                   if name not in packages]
    candidates += [f"libraries/{name}" for name in _folders(storage, "libraries")
                   if f"libraries/{name}" not in libraries]
    removed = []
    for prefix in candidates:
        changed = _last_change(storage, prefix)
        if changed is not None and changed < cutoff:
            remove_tree(prefix)
            removed.append(f"h5p: {prefix}")
    return removed
