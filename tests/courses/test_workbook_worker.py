"""The workbook rendered by the background worker (courses/documents/tasks.py): queued when
a page of the course is published, "being prepared" until it is, then served as a file."""

import pytest
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from courses.documents import workbook
from courses.services import enroll
from tests.courses.builders import lessons_of, make_catalogue, make_course
from tests.html import without_styles

from ..factories import UserFactory
from .test_prepared_exports import run_worker

pytestmark = pytest.mark.django_db(transaction=True)


def test_publishing_queues_the_workbook_and_the_download_waits_for_it(
        settings, client, home_page, monkeypatch, tmp_path):
    settings.LITERACY_PREPARED_FILES_ROOT = str(tmp_path)
    course = make_course(make_catalogue(home_page), modules=1, lessons=1, blocks=1)
    learner = UserFactory(username="rasha")
    enroll(user=learner, course=course)
    client.force_login(learner)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    rendered = []
    monkeypatch.setattr(workbook, "render_workbook", lambda course, language, edition: (
        rendered.append((language, edition)) or f"%PDF {language} {edition}".encode()))

    lessons_of(course)[0].save_revision().publish()
    queued = DBTaskResult.objects.filter(task_path__endswith=".prepare_workbook")
    assert queued.count() == 6  # three languages, two editions
    lessons_of(course)[0].save_revision().publish()
    assert queued.count() == 6  # still waiting: not queued twice

    address = reverse("courses:workbook", args=[course.pk])
    waiting = client.get(address)
    assert waiting.status_code == 200 and waiting["Content-Type"].startswith("text/html")
    html = without_styles(waiting.content.decode())
    assert "يجري إعداد كرّاسة العمل" in html
    assert '<meta http-equiv="refresh" content="30">' in html  # tries again without JS
    assert rendered == [] and queued.count() == 6  # nothing rendered in the request

    run_worker()
    assert set(queued.values_list("status", flat=True)) == {"SUCCESSFUL"}
    assert len(rendered) == 6
    response = client.get(address)
    assert response.content == b"%PDF ar learner"
    assert response["Content-Disposition"].startswith("attachment")
    assert len(rendered) == 6  # served from the file the worker wrote
