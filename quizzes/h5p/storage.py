"""Where H5P files live: Django's storage API, so it can be object storage.

Package files are never reachable through MEDIA_URL: they are served only by the
package views on the H5P origin (quizzes/h5p/views.py), which check signed URLs. A project
sets ``STORAGES["h5p"]`` (a private bucket, for example); otherwise a file-system storage
outside MEDIA_ROOT is used.
"""

from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.files.storage import Storage, storages

from literacy.security.disk import AtomicFileSystemStorage

from ..conf import app_settings


@cache
def _default_storage(root: str) -> Storage:
    # Each file appears under its name only once fully written (literacy/security/disk.py).
    return AtomicFileSystemStorage(location=root, base_url=None)


def h5p_storage() -> Storage:
    alias = app_settings.H5P_STORAGE_ALIAS
    if alias and alias in settings.STORAGES:
        return storages[alias]
    root = app_settings.H5P_FILES_ROOT or Path(settings.MEDIA_ROOT).parent / "h5p-files"
    return _default_storage(str(root))


def library_path(folder: str, patch: int, digest: str) -> str:
    """Where one library's files live. The digest of its files is part of the name, so a
    replacement of the same version (a repaired package) gets a folder and URLs of its own
    while the files it replaces are still served."""
    return f"libraries/{folder}.{patch}-{digest[:12]}"
