"""A package's files are written under ``tmp/<random>/`` first, then moved into place.

Writing hundreds of files can fail half-way (a full or read-only disk) or be cut short (a
killed worker). Written into a staging folder of the H5P storage, they are either all moved
into place when the rows are saved (one directory rename per folder on a file system) or
removed; a killed worker leaves only a staging folder, which ``manage.py
clean_orphan_uploads`` removes once it is an hour old (quizzes/h5p/orphans.py).

Guarded by tests/quizzes/test_h5p_disk_errors.py::test_a_disk_failing_midway_leaves_no_h5p_file.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, Storage

from ..models import H5PLibrary
from .storage import h5p_storage, library_path
from .validation import LibraryKey, ValidatedPackage

STAGING_ROOT = "tmp"


@dataclass(slots=True)
class StagedPackage:
    prefix: str  # tmp/<random>
    libraries: set[str] = field(default_factory=set)  # library paths staged under prefix

    @property
    def content(self) -> str:
        return f"{self.prefix}/content"


def write_file(storage: Storage, name: str, data: bytes) -> str:
    if storage.exists(name):
        storage.delete(name)
    return storage.save(name, ContentFile(data))


def _installed() -> set[tuple[str, int, int]]:
    return set(H5PLibrary.objects.values_list("machine_name", "major_version", "minor_version"))


def stage_package(
    validated: ValidatedPackage, *, replace: frozenset[LibraryKey] = frozenset()
) -> StagedPackage:
    """Write the package's content, the libraries not yet installed and those the editor
    chose to replace under a staging folder.

    Runs before (and outside) the database transaction; removes everything on failure.
    """
    storage = h5p_storage()
    staged = StagedPackage(prefix=f"{STAGING_ROOT}/{uuid.uuid4().hex}")
    installed = _installed()
    try:
        for name, data in validated.content_files.items():
            write_file(storage, f"{staged.content}/{name}", data)
        for packaged in validated.libraries:
            key = packaged.key
            if (key.machine_name, key.major, key.minor) in installed and key not in replace:
                continue
            path = library_path(packaged.folder, packaged.patch, packaged.digest)
            for rest, data in packaged.files.items():
                write_file(storage, f"{staged.prefix}/{path}/{rest}", data)
            staged.libraries.add(path)
    except BaseException:
        remove_tree(staged.prefix)
        raise
    return staged


def move_tree(source: str, target: str) -> None:
    """Move a staged folder to its place: one rename on a file system, else copy then delete.

    A folder already at ``target`` is what a killed import left (no row names it: callers
    move only to a path no row uses), so it is replaced.
    """
    storage = h5p_storage()
    if isinstance(storage, FileSystemStorage):
        source_path, target_path = storage.path(source), storage.path(target)
        if not os.path.isdir(source_path):
            return
        if os.path.lexists(target_path):
            shutil.rmtree(target_path)
        os.makedirs(os.path.dirname(target_path), exist_ok=True)
        os.rename(source_path, target_path)
        return
    for name in files_under(storage, source):
        with storage.open(f"{source}/{name}", "rb") as handle:
            write_file(storage, f"{target}/{name}", handle.read())
    remove_tree(source)


def files_under(storage: Storage, prefix: str) -> list[str]:
    try:
        directories, files = storage.listdir(prefix)
    except (FileNotFoundError, NotImplementedError):
        return []
    found = list(files)
    for directory in directories:
        found += [f"{directory}/{name}" for name in files_under(storage, f"{prefix}/{directory}")]
    return found


def remove_tree(prefix: str) -> None:
    """Delete every file under a storage prefix, and the folders on a file system."""
    storage = h5p_storage()
    if isinstance(storage, FileSystemStorage):
        # What cannot be removed now (a read-only disk) is left to clean_orphan_uploads.
        shutil.rmtree(storage.path(prefix), ignore_errors=True)
        return
    for name in files_under(storage, prefix):
        storage.delete(f"{prefix}/{name}")


PENDING_NAME = "upload.h5p"


def keep_pending_upload(data: bytes) -> str:
    """Keep an upload while its editor decides about its libraries; returns its folder name.

    Lives under the staging root, so clean_orphan_uploads removes what is never decided.
    """
    name = uuid.uuid4().hex
    write_file(h5p_storage(), f"{STAGING_ROOT}/{name}/{PENDING_NAME}", data)
    return name


def read_pending_upload(name: str) -> bytes | None:
    """The upload kept under ``name`` (a uuid hex the caller has verified), or None."""
    storage = h5p_storage()
    try:
        with storage.open(f"{STAGING_ROOT}/{name}/{PENDING_NAME}", "rb") as handle:
            return handle.read()
    except (FileNotFoundError, OSError):
        return None


def forget_pending_upload(name: str) -> None:
    remove_tree(f"{STAGING_ROOT}/{name}")
