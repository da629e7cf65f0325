"""Real H5P content plays: packages nobody here wrote, uploaded through the admin by an
editor (the Editors group), placed in a lesson, answered by learners in Chromium on a
phone (360 px) and a desktop (1280 px), with the result stored.

The packages come from ../shared/fixtures/h5p/ (tests/h5p_fixtures.py: skipped with the
reason outside CI when absent), plus an Arabic Multiple Choice built here with pyh5p from
the libraries inside multichoice.h5p. Screenshots (artifacts/screenshots/): the Arabic
lesson with the Multiple Choice before and after answering, and the failure notice.
"""

import logging
import time
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from courses.demo import stored_stream
from courses.permissions import EDITORS, ensure_groups
from courses.services import enroll
from quizzes.models import H5PPackage, H5PResult
from tests.courses.builders import lessons_of, make_catalogue, make_course
from tests.factories import UserFactory
from tests.h5p_fixtures import (
    answer_arabic_choice,
    answer_arabic_multi_choice,
    answer_arabic_true_false,
    answer_berries,
    answer_true_false,
    build_arabic_choice,
    build_arabic_multi_choice,
    build_arabic_true_false,
    fixture_package,
)

from .conftest import PHONE, SCREENSHOTS, Visit

pytestmark = pytest.mark.django_db(transaction=True)

DESKTOP = {"width": 1280, "height": 800}
FAILED = "تعذّر تحميل هذا النشاط."


@pytest.fixture
def editor(browser, live_server):
    """A signed-in editor (Editors group, not a superuser) in a desktop browser."""
    ensure_groups()  # a transactional test flushed what the data migration made
    user = UserFactory(username="editor-real")
    user.groups.add(Group.objects.get(name=EDITORS))
    context = browser.new_context(viewport=DESKTOP, locale="ar")
    visit = Visit(context.new_page())
    visit.sign_in(live_server.url, user, verified=True)
    yield visit, user
    context.close()


def upload(editor, live_server, path: Path, *, title: str, language: str = ""):
    """The admin's add form, as the editor fills it; (package, seconds the upload took)."""
    visit, user = editor
    page = visit.page
    page.goto(f"{live_server.url}/admin/snippets/quizzes/h5ppackage/add/")
    page.fill("#id_title_ar", title)
    if language:
        page.select_option("#id_language", language)
    page.set_input_files("#id_h5p_file", str(path))
    started = time.monotonic()
    page.locator("#w-editor-form button[type=submit]").first.click()
    page.wait_for_load_state()
    choice = page.locator("input[name=library_choice][value^='keep:']")
    if choice.count():  # its libraries differ from stored ones: keep those, as offered
        choice.check()
        page.locator("#w-editor-form button[type=submit]").first.click()
        page.wait_for_load_state()
    seconds = time.monotonic() - started
    errors = page.locator(".error-message, .w-field__errors").all_inner_texts()
    package = H5PPackage.objects.filter(title_ar=title).first()
    assert package is not None, f"upload of {path.name} refused: {errors}"
    assert package.uploaded_by == user
    return package, seconds


def lesson_with(home_page, package, slug: str):
    course = make_course(make_catalogue(home_page), slug=slug, modules=1, lessons=1)
    lesson = lessons_of(course)[0]
    lesson.body = stored_stream([
        {"type": "rich_text", "value": "<p>اقرأ السؤال ثم أجب عنه في النشاط.</p>"},
        {"type": "h5p", "value": {"package": package.pk, "completes_lesson": False}},
        {"type": "rich_text", "value": "<p>بقية الدرس بعد النشاط.</p>"},
    ])
    lesson.save_revision().publish()
    return course, lesson


def assert_layout(page, viewport):
    """Text keeps the reading measure (42rem); on a wide screen the activity is wider."""
    text = page.locator(".lesson__body").get_by_text("اقرأ السؤال ثم أجب عنه في النشاط.")
    frame = page.locator("iframe.h5p-activity__frame").bounding_box()
    text_width = text.bounding_box()["width"]
    assert text_width <= 672
    assert page.locator(".site-header").bounding_box()["width"] == viewport["width"]
    if viewport["width"] >= 1280:
        assert frame["width"] >= 900 > text_width


def assert_fits(page, *, wait_ms=3000):
    """The frame is as tall as its content (no scrollbar inside, no empty band below)."""
    frame = page.locator("iframe.h5p-activity__frame")
    inner = page.frames[1]
    deadline = time.monotonic() + wait_ms / 1000
    while True:
        content = inner.evaluate("document.documentElement.scrollHeight")
        client = inner.evaluate("document.documentElement.clientHeight")
        outer = frame.bounding_box()["height"]
        if content <= client and outer - content <= 4 or time.monotonic() > deadline:
            break
        page.wait_for_timeout(100)
    assert content <= client, f"the frame scrolls: {content} px of content in {client} px"
    assert outer - content <= 4, f"the frame is {outer} px for {content} px of content"


def photograph(page, name: str) -> None:
    """The screen with the activity on it: a full-page capture does not draw another
    origin's frame faithfully (it showed the content squeezed to a few pixels)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(".h5p-activity").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def play(browser, live_server, course, lesson, package, answer, *, viewport, shots=None):
    """A new learner answers the activity; returns the stored result."""
    learner = UserFactory()
    enroll(user=learner, course=course)
    context = browser.new_context(viewport=viewport, device_scale_factor=1, locale="ar")
    visit = Visit(context.new_page())
    try:
        visit.sign_in(live_server.url, learner)
        page = visit.page
        page.goto(f"{live_server.url}{lesson.get_url()}")
        frame = page.locator("iframe.h5p-activity__frame")
        frame.scroll_into_view_if_needed()
        page.wait_for_selector("iframe.h5p-activity__frame[data-ready=true]", timeout=60000)
        player = page.frame_locator("iframe.h5p-activity__frame")
        if shots:
            page.wait_for_timeout(500)  # the frame's height follows its content
            photograph(page, shots[0])
        assert_layout(page, viewport)
        answer(player)
        page.locator(".h5p-activity__status").filter(
            has_text="حُفظت").wait_for(timeout=30000)
        assert_fits(page)
        if shots:
            page.wait_for_timeout(500)
            photograph(page, shots[1])
        assert visit.foreign_requests("localhost") == []
    finally:
        context.close()
    return H5PResult.objects.get(user=learner, package=package)


def test_true_false_from_elsewhere_plays(browser, editor, live_server, home_page, h5p_origin):
    path = fixture_package("true-false.h5p")
    # Written in English; H5P says "und": the editor names the language.
    package, seconds = upload(editor, live_server, path, title="صح أم خطأ", language="en")
    assert seconds < 30
    course, lesson = lesson_with(home_page, package, "tf-course")
    for viewport in (PHONE, DESKTOP):
        result = play(browser, live_server, course, lesson, package, answer_true_false,
                      viewport=viewport)
        assert result.completion and result.max_score == 1


def test_multiple_choice_from_elsewhere_plays_in_an_arabic_lesson(
    browser, editor, live_server, home_page, h5p_origin
):
    """MultiChoice compiles its templates with new Function (the frame allows eval)."""
    path = fixture_package("multichoice.h5p")
    package, seconds = upload(editor, live_server, path, title="التوت الأحمر")
    assert seconds < 30
    assert package.content_language("ar") == "en"  # h5p.json's defaultLanguage
    course, lesson = lesson_with(home_page, package, "mc-course")
    result = play(browser, live_server, course, lesson, package, answer_berries,
                  viewport=PHONE, shots=("h5p-multichoice-before-ar", "h5p-multichoice-after-ar"))
    assert result.score == result.max_score == 1
    result = play(browser, live_server, course, lesson, package, answer_berries,
                  viewport=DESKTOP, shots=("h5p-multichoice-before-wide", "h5p-multichoice-after-wide"))
    assert result.score == 1


def test_an_arabic_activity_built_from_those_libraries_plays_right_to_left(
    browser, editor, live_server, home_page, h5p_origin, tmp_path
):
    source = fixture_package("multichoice.h5p")
    built = tmp_path / "arabic-choice.h5p"
    built.write_bytes(build_arabic_choice(source))
    package, _seconds = upload(editor, live_server, built, title="المصدر الأول")
    course, lesson = lesson_with(home_page, package, "ar-course")
    result = play(browser, live_server, course, lesson, package, answer_arabic_choice,
                  viewport=PHONE, shots=("h5p-arabic-choice-before", "h5p-arabic-choice-after"))
    assert result.score == result.max_score == 1
    # Several right answers (checkboxes) on a desktop, and an Arabic True/False on a phone.
    built.write_bytes(build_arabic_multi_choice(source))
    package, _seconds = upload(editor, live_server, built, title="خطوات التحقق")
    course, lesson = lesson_with(home_page, package, "ar-multi-course")
    result = play(browser, live_server, course, lesson, package, answer_arabic_multi_choice,
                  viewport=DESKTOP, shots=("h5p-arabic-multi-before-wide",
                                           "h5p-arabic-multi-after-wide"))
    assert result.max_score == 3 and result.score == 3 and result.passed
    built.write_bytes(build_arabic_true_false(fixture_package("true-false.h5p")))
    package, _seconds = upload(editor, live_server, built, title="صورة قديمة")
    assert package.content_language("en") == "ar"
    course, lesson = lesson_with(home_page, package, "ar-tf-course")
    result = play(browser, live_server, course, lesson, package, answer_arabic_true_false,
                  viewport=PHONE, shots=("h5p-arabic-true-false-before",
                                         "h5p-arabic-true-false-after"))
    assert result.score == result.max_score == 1 and result.passed


def test_a_missing_library_script_is_told_at_once_and_logged(
    browser, editor, live_server, home_page, h5p_origin, settings, caplog
):
    """Not after the load timeout: the page could not fetch the script, and says so."""
    settings.QUIZZES_H5P_LOAD_TIMEOUT_SECONDS = 600  # only the fast failure can tell
    path = fixture_package("multichoice.h5p")
    package, _seconds = upload(editor, live_server, path, title="نشاط ناقص")
    missing = [p for p in Path(settings.QUIZZES_H5P_FILES_ROOT).rglob("ejs_production.js")]
    assert missing
    for file in missing:
        file.unlink()
    course, lesson = lesson_with(home_page, package, "broken-course")
    learner = UserFactory()
    enroll(user=learner, course=course)
    logger = logging.getLogger("basira.h5p")
    logger.addHandler(caplog.handler)
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, locale="ar")
    visit = Visit(context.new_page())
    try:
        visit.sign_in(live_server.url, learner)
        page = visit.page
        page.goto(f"{live_server.url}{lesson.get_url()}")
        status = page.locator(".h5p-activity__status")
        status.filter(has_text=FAILED).wait_for(timeout=20000)
        assert page.locator("iframe.h5p-activity__frame").is_hidden()
        assert page.get_by_text("بقية الدرس بعد النشاط.").is_visible()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        visit.screenshot("h5p-failure-notice-ar")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not any(
                "could not start" in r.getMessage() for r in caplog.records):
            page.wait_for_timeout(200)
    finally:
        logger.removeHandler(caplog.handler)
        context.close()
    lines = [r.getMessage() for r in caplog.records if "could not start" in r.getMessage()]
    assert lines and f"H5P activity {package.pk} on page {lesson.pk}" in lines[0]
    assert "script" in lines[0] and "ejs_production.js" in lines[0]
    assert learner.username not in lines[0]
