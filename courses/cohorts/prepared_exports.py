"""Large exports built by the background worker (literacy/background.py).

An export over more than COURSES_EXPORT_WORKER_ROWS learners would hold a gunicorn thread
for as long as it takes to read every row (and a proxy might give up first). When the
site has a worker, such an export is queued instead: the facilitator is sent to a page
that refreshes itself until the file is ready, then offers the download. Smaller exports
stay in the request (views.export), streamed as before.

The task reads the cohorts again through access.cohorts_for_facilitator, so a facilitator
removed from a cohort after asking gets nothing of it (guarded by tests/courses/
test_prepared_exports.py::test_a_facilitator_removed_before_the_worker_runs_gets_no_rows);
the waiting page and the download answer only the person who asked (404 for anyone else,
see result_for).
"""

import tempfile

from django.contrib.auth import get_user_model
from django.http import Http404
from django.utils import timezone, translation
from django_tasks import TaskResultStatus, task
from django_tasks.exceptions import TaskResultDoesNotExist, TaskResultMismatch

from literacy.background import prepared_storage, runs_later, save_prepared
from literacy.exports_audit import counted, record_export

from .. import conf
from ..models.cohorts import CohortMembership
from . import access, exports

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def needs_worker(cohorts) -> bool:
    """Whether this export goes to the worker: the site has one and the cohorts hold more
    learners than COURSES_EXPORT_WORKER_ROWS (one count query)."""
    if not runs_later():
        return False
    learners = CohortMembership.objects.filter(
        cohort__in=cohorts, role=CohortMembership.Role.LEARNER).count()
    return learners > conf.EXPORT_WORKER_ROWS


def export_filename(kind: str, fmt: str) -> str:
    return f"basira-{kind}-{timezone.localdate().isoformat()}.{fmt}"


@task()
def build_export(*, owner_id: int, kind: str, fmt: str, cohort_ids: list[int],
                 language: str) -> dict:
    """Write one export to a prepared file; its stored name and download name."""
    owner = get_user_model().objects.get(pk=owner_id)
    cohorts = list(access.cohorts_for_facilitator(owner).filter(pk__in=cohort_ids)
                   .order_by("pk"))
    # Recorded like an export made in the request (literacy/exports_audit.py).
    record = record_export(actor=owner, kind=kind, file_format=fmt, scope="cohort",
                           object_ids=[cohort.pk for cohort in cohorts])
    with translation.override(language):
        rows = counted(exports.ROWS[kind](cohorts), record=record)
        if fmt == "csv":
            handle = tempfile.TemporaryFile()
            for chunk in exports.csv_chunks(rows):
                handle.write(chunk.encode())
            handle.seek(0)
        else:
            handle = exports.xlsx_file(rows, kind)
        with handle:
            name = save_prepared(handle=handle, suffix=fmt)
    return {"name": name, "filename": export_filename(kind, fmt)}


def start(*, user, kind: str, fmt: str, cohorts) -> str:
    """Queue the export for the worker; the id of its result (the waiting page's URL)."""
    result = build_export.enqueue(
        owner_id=user.pk, kind=kind, fmt=fmt, cohort_ids=[c.pk for c in cohorts],
        language=translation.get_language())
    return result.id


def result_for(*, user, result_id: str):
    """The export's task result if this person asked for it; Http404 otherwise (an unknown
    id, another task's id, another person's export). Guarded by tests/courses/
    test_prepared_exports.py::test_another_facilitator_cannot_see_or_download_an_export."""
    if not runs_later():
        raise Http404  # no worker, no queued exports
    try:
        result = build_export.get_result(result_id)
    except (TaskResultDoesNotExist, TaskResultMismatch, ValueError):
        raise Http404 from None
    if result.kwargs.get("owner_id") != user.pk:
        raise Http404
    return result


def prepared_file(result):
    """(open file, download name) of a finished export; Http404 once it was removed
    (after LITERACY_PREPARED_FILES_HOURS) or when it is not finished."""
    if result.status != TaskResultStatus.SUCCESSFUL:
        raise Http404
    stored = result.return_value
    storage = prepared_storage()
    if not storage.exists(stored["name"]):
        raise Http404
    return storage.open(stored["name"], "rb"), stored["filename"]
