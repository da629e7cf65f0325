"""The whole assessment loop in a real lesson, in Arabic, in Chromium on a 360 px screen: a
graded quiz is failed (its wrong answers shown, not its key), retaken and passed, and
passing it completes the lesson. The form, the mock-ups and the review pass axe."""

import re

import pytest

from courses.demo import stored_stream
from courses.models import LessonProgress
from courses.services import enroll
from quizzes.demo import create_quiz
from quizzes.models import Attempt
from tests.courses.builders import lessons_of, make_catalogue, make_course
from tests.factories import UserFactory
from tests.quizzes.data import SECRETS, quiz_data
from tests.quizzes.helpers import answer_fields

pytestmark = pytest.mark.django_db(transaction=True)


def fill(page, fields):
    """Answer in the browser as a learner would: tick, choose, type."""
    for name, values in fields.items():
        target = page.locator(f'[name="{name}"]')
        kind = target.first.evaluate("e => e.tagName + ':' + (e.type || '')")
        for value in values:
            if kind.startswith("SELECT"):
                target.select_option(value)
            elif kind.endswith(("radio", "checkbox")):
                page.locator(f'[name="{name}"][value="{value}"]').check()
            else:
                target.fill(value)


@pytest.fixture
def quiz_lesson(live_server, home_page):
    """A course whose one lesson is completed by passing its graded quiz; its URL and quiz."""
    course = make_course(make_catalogue(home_page), modules=1, lessons=1, rule="quiz")
    [lesson] = lessons_of(course)
    quiz = create_quiz("lesson-quiz", quiz_data())
    lesson.body = stored_stream([
        {"type": "rich_text", "value": "<p>اختبر ما تعلّمته.</p>"},
        {"type": "quiz", "value": {"quiz": quiz.pk}},
    ])
    lesson.save_revision().publish()
    return lesson, quiz, f"{live_server.url}{lesson.get_url()}"


def test_graded_quiz_in_a_lesson_fail_retake_pass_completes_it(visit, live_server, quiz_lesson):
    lesson, quiz, url = quiz_lesson
    learner = UserFactory(username="salma")
    enroll(user=learner, course=lesson.get_parent().get_parent().specific)
    visit.sign_in(live_server.url, learner)
    page = visit.page

    response = page.goto(url)
    source = response.text()
    for secret in SECRETS:
        assert secret not in source, secret  # no answer in the page before submitting
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".question").count() == 10
    assert page.locator(".mock-post a, .mock-message a").count() == 0  # never a live link
    assert "يكتمل هذا الدرس" in page.content() or page.locator(".lesson-complete").count()
    visit.screenshot("lesson-quiz-form-ar")

    fill(page, answer_fields(quiz, right=False))
    assert "10" in page.locator(".quiz__progress").inner_text()
    page.locator("[data-submit]").click()
    page.wait_for_url(re.compile(r"/ar/quizzes/attempts/\d+/"))
    assert page.locator(".review__item--wrong").count() >= 9
    # A graded quiz with retakes keeps its key: which answers were wrong, no feedback.
    assert "المشاركة تنشر الخطأ" not in page.content()
    visit.screenshot("lesson-quiz-failed-ar")
    assert visit.axe_violations() == []
    assert not LessonProgress.objects.filter(user=learner, lesson=lesson).exists()

    page.goto(url)
    fill(page, answer_fields(quiz, right=True))
    page.locator("[data-submit]").click()
    page.wait_for_url(re.compile(r"/ar/quizzes/attempts/\d+/"))
    assert page.locator(".quiz__result--passed").count() == 1
    visit.screenshot("lesson-quiz-passed-ar")
    assert list(Attempt.objects.filter(user=learner).order_by("number")
                .values_list("passed", flat=True)) == [False, True]

    page.goto(url)
    assert page.locator(".lesson-complete__done").is_visible()
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).exists()
    visit.screenshot("lesson-quiz-completed-ar")
    assert visit.foreign_requests() == []


def test_quiz_form_in_a_lesson_has_no_accessibility_violations(visit, live_server, quiz_lesson):
    lesson, _quiz, url = quiz_lesson
    learner = UserFactory()
    enroll(user=learner, course=lesson.get_parent().get_parent().specific)
    visit.sign_in(live_server.url, learner)
    visit.page.goto(url)
    assert visit.page.locator("[data-quiz-form]").count() == 1
    assert visit.axe_violations() == []


def test_a_simulated_feed_on_a_phone_is_answered_and_explained(visit, live_server, home_page):
    """The demo's simulated feed (quizzes/question_types/simulated_feed.py) at 360 px:
    six posts, four choices each, nothing wider than the screen, no axe violation; after
    submitting, each post's explanation (a practice quiz shows its key at once)."""
    from courses.demo import quiz_bank

    course = make_course(make_catalogue(home_page), modules=1, lessons=1)
    [lesson] = lessons_of(course)
    quiz = create_quiz("disinfo-m1-feed", quiz_bank()["disinfo-m1-feed"])
    lesson.body = stored_stream([{"type": "quiz", "value": {"quiz": quiz.pk}}])
    lesson.save_revision().publish()
    learner = UserFactory()
    enroll(user=learner, course=course)
    visit.sign_in(live_server.url, learner)
    page = visit.page
    page.goto(f"{live_server.url}{lesson.get_url()}")
    assert page.locator(".mock-feed__item").count() == 6
    assert page.locator(".mock-feed input[type=radio]").count() == 24
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert visit.axe_violations() == []
    visit.screenshot("simulated-feed-form-ar")
    fill(page, answer_fields(quiz, right=True))
    page.locator("[data-submit]").click()
    page.wait_for_url(re.compile(r"/ar/quizzes/attempts/\d+/"))
    assert page.locator(".review__item--right").count() == 1
    assert page.locator(".mock-feed__decision").count() == 6
    assert "رسالة صوتية بلا اسم" in page.content()  # the first post's explanation
    visit.screenshot("simulated-feed-review-ar")
