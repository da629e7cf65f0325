"""An H5P activity in a real lesson: the learner answers it in the sandboxed frame and,
because the editor chose so on the block, the lesson's progress updates."""

import io

import pytest

from courses.demo import stored_stream
from courses.models import LessonProgress
from courses.services import enroll
from quizzes.h5p.ingest import ingest_package
from quizzes.models import H5PResult
from tests.courses.builders import lessons_of, make_catalogue, make_course
from tests.factories import UserFactory
from tests.quizzes.h5p_packages import fixture_bytes

pytestmark = pytest.mark.django_db(transaction=True)


def test_answering_the_activity_completes_the_lesson(visit, live_server, home_page, h5p_origin):
    course = make_course(make_catalogue(home_page), modules=1, lessons=2, rule="manual")
    lesson = lessons_of(course)[0]
    package = ingest_package(upload=io.BytesIO(fixture_bytes()), title="صح أم خطأ")
    lesson.body = stored_stream([
        {"type": "rich_text", "value": "<p>جرّب النشاط التالي.</p>"},
        {"type": "h5p", "value": {"package": package.pk, "completes_lesson": True}},
    ])
    lesson.save_revision().publish()
    learner = UserFactory(username="karim")
    enroll(user=learner, course=course)
    visit.sign_in(live_server.url, learner)
    page = visit.page

    page.goto(f"{live_server.url}{lesson.get_url()}")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("iframe.h5p-activity__frame").get_attribute("sandbox") == "allow-scripts"
    player = page.frame_locator("iframe.h5p-activity__frame")
    player.get_by_text("Is this false?").wait_for(timeout=30000)
    player.get_by_text("False", exact=True).click()
    player.get_by_role("button", name="Check").click()
    page.wait_for_function(
        "() => document.querySelector('.h5p-activity__status').textContent.length > 0"
    )
    result = H5PResult.objects.get(user=learner)
    assert result.page_id == lesson.pk and result.is_client_reported
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).exists()

    page.goto(f"{live_server.url}{lesson.get_url()}")
    assert page.locator(".lesson-complete__done").is_visible()
    visit.screenshot("lesson-h5p-completed-ar")
    assert visit.foreign_requests("localhost") == []
