"""The seeded demo lesson with two H5P activities plays Basira's own card twice, in Arabic on
a phone, and each answer is stored as the learner's result."""

import pytest

from courses.models import CoursePage, LessonPage
from courses.services import enroll
from quizzes.models import H5PResult
from tests.factories import UserFactory

from .conftest import SCREENSHOTS

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_demo_lesson_plays_two_cards_and_stores_both_results(
    h5p_origin, visit, live_server, demo_site
):
    lesson = LessonPage.objects.get(slug="reverse-image-search", locale__language_code="ar")
    course = CoursePage.objects.ancestor_of(lesson).get()
    learner = UserFactory(username="nour")
    enroll(user=learner, course=course)
    visit.sign_in(live_server.url, learner)
    page = visit.page
    page.goto(f"{live_server.url}{lesson.get_url()}")
    frames = page.locator("iframe.h5p-activity__frame")
    assert frames.count() == 2
    for index in range(2):
        frames.nth(index).scroll_into_view_if_needed()
        player = page.frame_locator("iframe.h5p-activity__frame").nth(index)
        player.locator(".h5p-basira-card__statement").wait_for(timeout=30000)
        assert player.get_by_role("button", name="صحيح").is_visible()
        player.get_by_role("button", name="خطأ").click()
        player.get_by_text("إجابة صحيحة.").wait_for(timeout=10000)
        page.locator(".h5p-activity__status").nth(index).filter(has_text="حُفظت") \
            .wait_for(timeout=15000)
        # The frame plays on another origin: photograph it on screen, not in a full page.
        page.screenshot(path=str(SCREENSHOTS / f"demo-lesson-h5p-card-{index + 1}-ar.png"))
    results = H5PResult.objects.filter(user=learner).order_by("pk")
    assert [(r.score, r.max_score, r.passed, r.page_id) for r in results] == [
        (1, 1, True, lesson.pk), (1, 1, True, lesson.pk)]
    assert {r.package.main_library for r in results} == {"H5P.BasiraCard"}
    frames.nth(0).scroll_into_view_if_needed()
    visit.screenshot("demo-lesson-h5p-cards-ar")
    assert visit.foreign_requests("localhost") == []
