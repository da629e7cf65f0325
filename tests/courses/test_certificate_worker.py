"""Certificate PDFs rendered ahead by the background worker (courses/certificate_tasks.py),
queued in the database as in production and run by django-tasks-db's worker."""

# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
import pytest
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from courses import certificate_tasks
from courses.models import Certificate
from courses.personal_data import withdraw_certificates
from courses.services import enroll

from .cohort_fixtures import *  # noqa: F403
from .test_prepared_exports import run_worker

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def queued(settings, tmp_path):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.LITERACY_PREPARED_FILES_ROOT = str(tmp_path)


def test_the_worker_renders_the_certificate_the_download_then_serves(
        client, course, learners, monkeypatch, tmp_path):
    learner = learners[0]
    enroll(user=learner, course=course)
    for lesson in lessons_in(course):
        complete(learner, lesson)
    certificate = Certificate.objects.get(user=learner)
    queued = DBTaskResult.objects.filter(task_path__endswith=".prepare_certificate_pdf")
    assert queued.get().status == "READY"

    run_worker()

    assert queued.get().status == "SUCCESSFUL"
    [prepared] = (tmp_path / "certificates").iterdir()
    assert prepared.name.startswith(certificate.code)

    def not_again(*args, **kwargs):
        raise AssertionError("rendered in the request although the worker had")

    monkeypatch.setattr(certificate_tasks, "render_pdf", not_again)
    client.force_login(learner)
    response = client.get(reverse("courses:certificate_pdf", args=[certificate.code]))
    assert response.status_code == 200
    assert response.content == prepared.read_bytes() and response.content.startswith(b"%PDF")

    withdraw_certificates(learner)
    assert not prepared.exists()


def test_without_a_worker_the_certificate_renders_on_download(settings, client, course,
                                                              learners):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    enroll(user=learners[0], course=course)
    for lesson in lessons_in(course):
        complete(learners[0], lesson)
    assert not DBTaskResult.objects.filter(task_path__endswith=".prepare_certificate_pdf")
    client.force_login(learners[0])
    code = Certificate.objects.get(user=learners[0]).code
    response = client.get(reverse("courses:certificate_pdf", args=[code]))
    assert response.content.startswith(b"%PDF")
