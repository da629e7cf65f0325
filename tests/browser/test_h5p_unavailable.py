"""An H5P activity that cannot load says so in words, and the rest of the lesson works.

The package is the demo's true-false activity, broken after upload in a temporary
storage: a library script missing (the player then waits forever, so the lesson page
gives up after QUIZZES_H5P_LOAD_TIMEOUT_SECONDS), or its content missing (the frame
reports an error).
"""

import io
from pathlib import Path

import pytest

from courses.demo import stored_stream
from courses.models import LessonProgress
from courses.services import enroll
from quizzes.h5p.ingest import ingest_package
from tests.courses.builders import lessons_of, make_catalogue, make_course
from tests.factories import UserFactory
from tests.quizzes.h5p_packages import fixture_bytes

from .conftest import ROOT

pytestmark = pytest.mark.django_db(transaction=True)

FAILED = "تعذّر تحميل هذا النشاط."
ARTIFACTS = ROOT / "artifacts" / "progress"


@pytest.fixture
def h5p_files(settings, live_server, tmp_path):
    port = live_server.url.rsplit(":", 1)[1]
    settings.QUIZZES_H5P_ORIGIN = f"http://localhost:{port}"
    settings.QUIZZES_H5P_FILES_ROOT = tmp_path / "h5p-files"
    settings.QUIZZES_H5P_LOAD_TIMEOUT_SECONDS = 3
    return Path(settings.QUIZZES_H5P_FILES_ROOT)


def _broken_lesson(home_page, files: Path, *, remove: str):
    course = make_course(make_catalogue(home_page), modules=1, lessons=2)
    lesson = lessons_of(course)[0]
    package = ingest_package(upload=io.BytesIO(fixture_bytes()), title="صح أم خطأ")
    removed = [path for path in files.rglob("*") if path.as_posix().endswith(remove)]
    assert removed, f"no stored file ends with {remove}"
    for path in removed:
        path.unlink()
    lesson.body = stored_stream([
        {"type": "rich_text", "value": "<p>جرّب النشاط التالي، ثم أكمل القراءة.</p>"},
        {"type": "h5p", "value": {"package": package.pk, "completes_lesson": False}},
        {"type": "rich_text", "value": "<p>بقية الدرس بعد النشاط.</p>"},
    ])
    lesson.save_revision().publish()
    return course, lesson


def _shows_failure_and_the_lesson_still_works(visit, live_server, course, lesson, shot):
    learner = UserFactory()
    enroll(user=learner, course=course)
    visit.sign_in(live_server.url, learner)
    page = visit.page
    page.goto(f"{live_server.url}{lesson.get_url()}")
    status = page.locator(".h5p-activity__status")
    status.filter(has_text=FAILED).wait_for(timeout=20000)
    assert page.locator("iframe.h5p-activity__frame").is_hidden()
    assert status.get_attribute("role") == "status"
    assert page.get_by_text("بقية الدرس بعد النشاط.").is_visible()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    status.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / f"{shot}.png"), full_page=True)
    page.locator(".lesson-complete button[type=submit]").click()
    page.wait_for_load_state()
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).exists()
    assert visit.foreign_requests("localhost") == []


def test_a_missing_library_script_is_told_after_the_load_timeout(
    visit, live_server, home_page, h5p_files
):
    course, lesson = _broken_lesson(home_page, h5p_files,
                                    remove="/scripts/h5p-true-false.js")
    _shows_failure_and_the_lesson_still_works(visit, live_server, course, lesson,
                                              "h5p-missing-library-ar")


def test_an_error_reported_by_the_frame_is_told_at_once(
    visit, live_server, home_page, h5p_files, settings
):
    settings.QUIZZES_H5P_LOAD_TIMEOUT_SECONDS = 600  # so that only the error message can tell
    course, lesson = _broken_lesson(home_page, h5p_files, remove="content/content.json")
    _shows_failure_and_the_lesson_still_works(visit, live_server, course, lesson,
                                              "h5p-frame-error-ar")
