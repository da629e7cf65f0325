"""Large H5P packages are imported by the background worker, small ones in the request.

Writing a package's files (hundreds, for a large one) is what kept a gunicorn thread for
seconds and what a killed web worker left half done. When the site has a worker
(``literacy.background.runs_later``) and the upload is larger than
``QUIZZES_H5P_WORKER_BYTES``, the admin form still validates it at once (a bad package,
a quota or a library decision is answered on the form, as before), then keeps the upload
under the staging folder (``staging.keep_pending_upload``), saves the activity as
``PROCESSING`` and queues ``import_package``. The worker validates the kept file again and
stores it (``ingest.store_package``: staged, moved into place, or nothing); the activity
becomes ``READY``, or ``FAILED`` with the reason in the editor's language. Until then the
previous content of a replaced activity keeps playing and a new one is not shown to
learners.

Nothing is lost when the worker dies mid-import: the rows are written in one transaction,
the staged files and the kept upload are removed by ``clean_orphan_uploads`` once an hour
old, and an import still ``PROCESSING`` after that hour reads as interrupted ("upload the
file again"): the editor's activity, title and settings stay. Small packages (and every
package on a site without a worker, tests included) stay in the request: the editor sees
the activity ready at once, and the library choice needs no waiting page.
"""

from __future__ import annotations

import io
import logging
from datetime import timedelta

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from literacy.background import runs_later

from ..conf import app_settings
from ..models import H5PPackage
from ..models.h5p import ImportStatus
from .ingest import installed_libraries, store_package
from .staging import forget_pending_upload, read_pending_upload
from .validation import LibraryKey, PackageRejected, validate_package

logger = logging.getLogger("basira.h5p")

# The staging folder (and so the kept upload) is removed by clean_orphan_uploads after an
# hour (quizzes/h5p/orphans.py): an import not done by then never will be.
INTERRUPTED_AFTER = timedelta(hours=1)

GONE = _("The uploaded file was removed before it could be imported. Upload it again.")
DISK = _("The file could not be stored (the server's disk is full or read-only). "
         "Upload it again later.")
UNEXPECTED = _("The import stopped on an unexpected error. Upload the file again.")
INTERRUPTED = _("The import was interrupted. Upload the file again.")


def goes_to_worker(size: int) -> bool:
    """Whether an upload of ``size`` bytes is imported by the worker."""
    return runs_later() and size > app_settings.H5P_WORKER_BYTES


def queue_import(*, package: H5PPackage, pending: str, replace: frozenset[LibraryKey]) -> None:
    """Mark the (saved) activity as being imported and queue the import once it commits."""
    package.import_status = ImportStatus.PROCESSING
    package.import_error = ""
    package.import_queued_at = timezone.now()
    package.save(update_fields=["import_status", "import_error", "import_queued_at"])
    keys = sorted([key.machine_name, key.major, key.minor] for key in replace)
    language = translation.get_language() or "ar"
    transaction.on_commit(lambda: import_package.enqueue(
        package_id=package.pk, pending=pending, replace=keys, language=language))


def _fail(package_id: int, reason) -> str:
    H5PPackage.objects.filter(pk=package_id).update(
        import_status=ImportStatus.FAILED, import_error=str(reason))
    return "failed"


@task()
def import_package(*, package_id: int, pending: str, replace: list, language: str) -> str:
    """Validate and store the upload kept under ``pending`` into the activity.
    Guarded by tests/quizzes/test_h5p_worker_import.py::
    test_a_package_rejected_by_the_worker_is_failed_with_its_reason."""
    package = H5PPackage.objects.filter(pk=package_id).first()
    if package is None:  # deleted meanwhile
        forget_pending_upload(pending)
        return "deleted"
    with translation.override(language):
        data = read_pending_upload(pending)
        if data is None:
            return _fail(package_id, GONE)
        try:
            validated = validate_package(io.BytesIO(data), installed=installed_libraries())
            package.import_status = ImportStatus.READY
            package.import_error = ""
            store_package(validated=validated, instance=package,
                          replace=frozenset(LibraryKey(*key) for key in replace))
        except PackageRejected as rejected:
            return _fail(package_id, rejected.message)
        except OSError:
            logger.exception("H5P import of activity %s could not write its files", package_id)
            return _fail(package_id, DISK)
        except Exception:
            logger.exception("H5P import of activity %s failed", package_id)
            _fail(package_id, UNEXPECTED)
            raise
        finally:
            forget_pending_upload(pending)
    return "ready"


def import_state(package: H5PPackage) -> tuple[str, str]:
    """(status, what the editor is told): PROCESSING past INTERRUPTED_AFTER is FAILED."""
    status = package.import_status
    if status == ImportStatus.PROCESSING and package.import_queued_at and \
            timezone.now() - package.import_queued_at > INTERRUPTED_AFTER:
        return ImportStatus.FAILED, str(INTERRUPTED)
    if status == ImportStatus.FAILED:
        return status, package.import_error or str(UNEXPECTED)
    return status, ""


def is_playable(package: H5PPackage) -> bool:
    """Content stored at least once (a replaced activity plays its previous content while
    the new upload is imported). Guarded by tests/quizzes/test_h5p_worker_import.py::
    test_a_large_upload_is_imported_by_the_worker."""
    return bool(package.main_library)
