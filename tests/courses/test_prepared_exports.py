"""Large exports and the periodic cleanup go through the background worker
(literacy/background.py, courses/cohorts/prepared_exports.py).

The tasks are queued with the database backend, as in production, and run by the worker's
own code (django-tasks-db's `Worker` in batch mode: everything queued, then it returns).
The worker locks its queue with BEGIN EXCLUSIVE on SQLite, so these tests commit.
"""

# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
import csv
import datetime as dt
import io

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page
from wagtail.tasks import update_reference_index_task

from courses.cohorts import membership
from courses.models import CohortMembership
from literacy.security.testing import login_verified

from .cohort_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db(transaction=True)

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(autouse=True)
def queued(settings, tmp_path):
    settings.TASKS = DATABASE_QUEUE
    settings.COURSES_EXPORT_WORKER_ROWS = 2  # the cohort has three learners
    settings.LITERACY_PREPARED_FILES_ROOT = str(tmp_path / "prepared")


def run_worker():
    """What `manage.py db_worker --batch` runs: every queued task, then return."""
    Worker(queue_names=["*"], interval=0, batch=True, backend_name="default",
           startup_delay=False, max_tasks=None, worker_id="test-worker").run()


def exports_queued():
    # Wagtail queues its own tasks (the reference index) as the fixtures save pages.
    return DBTaskResult.objects.filter(task_path__endswith=".build_export")


def en(name, *args) -> str:
    """The English URL, whatever language an earlier test left active."""
    with translation.override("en"):
        return reverse(name, args=args)


def export_url(cohort, kind="matrix", fmt="csv"):
    return en("cohorts:export", kind, fmt) + f"?cohort={cohort.pk}"


def test_a_large_export_is_built_by_the_worker_and_downloaded(facilitator_client, cohort,
                                                              learners, course):
    complete(learners[0], lessons_in(course)[0])
    response = facilitator_client.get(export_url(cohort))
    assert response.status_code == 302
    waiting = facilitator_client.get(response["Location"])
    page = waiting.content.decode()
    assert "Your export is being prepared" in page
    assert 'http-equiv="refresh"' in page
    assert exports_queued().get().status == "READY"

    run_worker()

    ready = facilitator_client.get(response["Location"]).content.decode()
    assert "Your export is ready" in ready and 'http-equiv="refresh"' not in ready
    result_id = exports_queued().get().id
    download = facilitator_client.get(
        en("cohorts:export_download", str(result_id)))
    assert download["Content-Disposition"].startswith('attachment; filename="basira-matrix-')
    text = b"".join(download.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert sorted(row[0] for row in rows[1:]) == ["learner-0", "learner-1", "learner-2"]
    assert next(r for r in rows if r[0] == "learner-0")[3] == "1"


def test_a_large_xlsx_export_is_built_in_the_askers_language(client, facilitator, cohort):
    login_verified(client, facilitator)
    response = client.get("/ar" + export_url(cohort, "attendance", "xlsx")[3:])
    assert response.status_code == 302
    run_worker()
    from openpyxl import load_workbook

    result_id = str(exports_queued().get().id)
    download = client.get(en("cohorts:export_download", result_id))
    workbook = load_workbook(io.BytesIO(b"".join(download.streaming_content)))
    assert list(workbook.active.values)[0][0] == "المجموعة"


def test_a_small_export_stays_in_the_request(settings, facilitator_client, cohort):
    settings.COURSES_EXPORT_WORKER_ROWS = 3
    response = facilitator_client.get(export_url(cohort))
    assert response.status_code == 200 and response.streaming
    assert not exports_queued().exists()


def test_without_a_worker_every_export_stays_in_the_request(settings, facilitator_client,
                                                            cohort):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    response = facilitator_client.get(export_url(cohort))
    assert response.status_code == 200 and response.streaming


def test_a_learner_cannot_start_or_open_an_export(client, facilitator_client, facilitator,
                                                   cohort, learners):
    waiting_url = facilitator_client.get(export_url(cohort))["Location"]
    run_worker()
    download_url = en("cohorts:export_download", str(exports_queued().get().id))
    client.logout()
    client.force_login(learners[0])
    assert client.get(export_url(cohort)).status_code == 404
    assert exports_queued().count() == 1  # nothing queued for the learner
    assert client.get(waiting_url).status_code == 404
    # The one who asked, no longer a facilitator anywhere (only a learner now): the file
    # is theirs, and still it is not theirs to open.
    facilitator.groups.clear()
    CohortMembership.objects.filter(user=facilitator).delete()
    membership.add_learner(user=facilitator, cohort=cohort)
    login_verified(client, facilitator)
    assert client.get(waiting_url).status_code == 404
    assert client.get(download_url).status_code == 404


def test_another_facilitator_cannot_see_or_download_an_export(client, facilitator,
                                                              other_facilitator, cohort,
                                                              other_cohort):
    login_verified(client, facilitator)
    waiting_url = client.get(export_url(cohort))["Location"]
    run_worker()
    result_id = str(exports_queued().get().id)
    client.logout()
    login_verified(client, other_facilitator)
    assert client.get(waiting_url).status_code == 404
    assert client.get(en("cohorts:export_download", result_id)).status_code == 404
    # ...and an id that is not an export's (here a cleanup task's) is no export either.
    call_command("enqueue_cleanup", stdout=io.StringIO())
    other = DBTaskResult.objects.filter(task_path__endswith="clear_expired_sessions").get()
    assert client.get(en("cohorts:export_prepared", str(other.id))
                      ).status_code == 404


def test_cleanup_is_queued_and_run_by_the_worker(tmp_path, settings):
    expired = SessionStore()
    expired["x"] = 1
    expired.set_expiry(timezone.now() - dt.timedelta(days=1))
    expired.save()
    old_file = tmp_path / "prepared" / "old.csv"
    old_file.parent.mkdir()
    old_file.write_text("a")
    old = timezone.now().timestamp() - 25 * 3600
    import os

    os.utime(old_file, (old, old))

    call_command("enqueue_cleanup", stdout=io.StringIO())
    cleanup = DBTaskResult.objects.filter(task_path__startswith="literacy.tasks.")
    assert set(cleanup.values_list("status", flat=True)) == {"READY"}
    run_worker()

    results = {row.task_path.rsplit(".", 1)[1]: row for row in cleanup}
    assert {name: row.status for name, row in results.items()} == {
        "clear_expired_sessions": "SUCCESSFUL", "clean_orphan_uploads": "SUCCESSFUL",
        "remove_old_prepared_files": "SUCCESSFUL", "prune_task_results": "SUCCESSFUL"}
    assert results["remove_old_prepared_files"].task_result.return_value == "removed: 1"
    assert not Session.objects.filter(session_key=expired.session_key).exists()
    assert not old_file.exists()


def test_wagtails_own_tasks_run_in_the_same_worker(home_page):
    page = Page.objects.get(pk=home_page.pk)
    result = update_reference_index_task.enqueue("wagtailcore", "page", page.pk)
    assert result.status == "READY"
    run_worker()
    result.refresh()
    assert result.status == "SUCCESSFUL"


def test_a_facilitator_removed_before_the_worker_runs_gets_no_rows(facilitator_client,
                                                                   facilitator, cohort):
    waiting_url = facilitator_client.get(export_url(cohort))["Location"]
    CohortMembership.objects.filter(cohort=cohort, user=facilitator).delete()
    run_worker()
    assert "Your export is ready" in facilitator_client.get(waiting_url).content.decode()
    result_id = str(exports_queued().get().id)
    download = facilitator_client.get(en("cohorts:export_download", result_id))
    text = b"".join(download.streaming_content).decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(text)))) == 1  # the header alone
