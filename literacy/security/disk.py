"""A full or read-only disk refuses an upload with a clear message and leaves nothing behind.

- ``AtomicFileSystemStorage`` writes every file under a hidden ``.partial-`` name in its
  target folder and links it to its real name only once complete, so a failed write (or a
  worker killed mid-write) never leaves a truncated file under a name the site uses;
  the partial file is removed on failure, and ``manage.py clean_orphan_uploads`` removes
  those a killed worker left.
- ``StoresFileWhenValid`` stores a form's upload while the form is validated: when the
  disk refuses it (full, read-only, over quota, not writable) the form shows a translated
  error instead of a server error, and nothing is saved.

Guarded by tests/literacy/test_disk_errors.py::test_a_full_disk_gives_a_form_error_and_leaves_nothing.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import uuid

from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger("basira.security")

DISK_ERRNOS = frozenset({errno.ENOSPC, errno.EROFS, errno.EDQUOT, errno.EACCES, errno.EPERM,
                         errno.EFBIG})
PARTIAL_PREFIX = ".partial-"
STORAGE_REFUSED = _("The server could not store this file: its disk is full or cannot be "
                    "written to. Nothing was saved. Try again later, or tell the site's "
                    "administrator.")


def is_disk_error(error: BaseException) -> bool:
    return isinstance(error, OSError) and error.errno in DISK_ERRNOS


@contextlib.contextmanager
def disk_errors_as_validation():
    """Turn a refused write into the translated form error (other errors pass through)."""
    try:
        yield
    except OSError as error:
        if not is_disk_error(error):
            raise
        # The errno only: a path would name the upload, which is the editor's.
        logger.warning("upload refused by storage: %s", errno.errorcode.get(error.errno))
        raise ValidationError(STORAGE_REFUSED, code="storage_refused") from error


class AtomicFileSystemStorage(FileSystemStorage):
    """Django's file-system storage, publishing a file under its name only once written."""

    def _save(self, name, content):
        folder, base = os.path.split(name)
        partial = os.path.join(folder, f"{PARTIAL_PREFIX}{uuid.uuid4().hex[:12]}-{base}")
        try:
            partial = super()._save(partial, content)
            return self._publish(partial, name)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.remove(self.path(partial))
            raise

    def _publish(self, partial: str, name: str) -> str:
        while True:
            try:
                os.link(self.path(partial), self.path(name))  # never replaces a file
            except FileExistsError:
                name = self.get_available_name(name)
                continue
            except OSError as error:
                if is_disk_error(error) and error.errno != errno.EPERM:
                    raise
                # A file system without hard links: rename, having checked the name is free.
                if os.path.exists(self.path(name)):
                    name = self.get_available_name(name)
                    continue
                os.rename(self.path(partial), self.path(name))
                return name
            os.remove(self.path(partial))
            return name


class StoresFileWhenValid:
    """A model form mixin: the upload in ``stored_file_field`` is written during validation.

    Runs after every other check passed, so a refused upload is never written. A form
    that cleans the upload first (an image's metadata) does it in ``prepare_stored_file``.
    """

    stored_file_field = "file"

    def prepare_stored_file(self) -> None:
        """Change the instance's file before it is written; nothing by default."""

    def _post_clean(self):
        super()._post_clean()
        if not self._errors and self.stored_file_field in self.changed_data:
            self._store_upload()

    def _store_upload(self) -> None:
        self.prepare_stored_file()
        field_file = getattr(self.instance, self.stored_file_field)
        if not field_file or field_file._committed:
            return
        try:
            with disk_errors_as_validation():
                field_file.save(os.path.basename(field_file.name), field_file.file, save=False)
        except ValidationError as refused:
            self.add_error(self.stored_file_field, refused)
