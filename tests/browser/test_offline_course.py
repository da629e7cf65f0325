"""Offline reading (issue 17, docs/design.md "Offline caching"): a learner saves the demo
disinformation course on a 360×740 phone in Arabic, the network goes (airplane mode), and
three saved lessons open and lead to one another. Screenshots in artifacts/journeys/offline/."""

import pytest

from courses import services
from courses.models import CoursePage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

COURSE = "/ar/courses/spotting-disinformation/"


def test_a_saved_course_opens_without_the_network(journey, live_server, demo_site):
    base = live_server.url
    reader = journey("offline")
    page = reader.page
    page.set_default_timeout(60_000)  # a loaded machine: saving fetches every lesson
    user = UserFactory(username="offline_reader")
    services.enroll(user=user, course=CoursePage.objects.get(slug="spotting-disinformation"))
    reader.sign_in(base, user)

    page.goto(base + COURSE)
    box = page.locator("[data-offline-save]")
    assert box.is_visible()
    assert not page.locator("[data-offline-remove]").is_visible()
    reader.shot("course-before-saving")
    page.get_by_role("button", name="احفظ هذه الدورة للقراءة دون اتصال").click()
    page.locator("[data-offline-saved]").wait_for(state="visible", timeout=180_000)
    assert "متاحة دون اتصال" in page.locator("[data-offline-saved]").inner_text()
    assert page.get_by_role("button", name="احذف النسخة المحفوظة دون اتصال").is_visible()
    assert not page.locator("[data-offline-start]").is_visible()
    reader.shot("course-saved")
    lessons = box.get_attribute("data-lessons").split()
    assert len(lessons) >= 3

    reader.context.set_offline(True)
    page.goto(base + lessons[0])
    titles = [page.locator("h1").inner_text()]
    reader.shot("lesson-offline")
    for _step in range(2):  # on to the next two lessons by the lesson pager
        page.locator("a.pager__next").click()
        page.wait_for_load_state()
        titles.append(page.locator("h1").inner_text())
    assert page.url == base + lessons[2]
    assert len(set(titles)) == 3 and all(titles), titles
    page.locator("a.pager__prev").click()
    page.wait_for_load_state()
    assert page.url == base + lessons[1]
    # A quiz cannot be sent offline: the page says so and keeps the answers.
    for url in lessons:
        page.goto(base + url)
        if page.locator("[data-quiz-form] button[type=submit]").count():
            page.locator("[data-quiz-form] button[type=submit]").last.click()
            notice = page.locator(".quiz__offline").first
            assert notice.is_visible()
            assert "الإرسال والتصحيح يحتاجان إلى الاتصال" in notice.inner_text()
            assert page.url == base + url
            notice.scroll_into_view_if_needed()
            page.screenshot(path=str(reader.folder / "quiz-offline-notice.png"))
            break
    reader.context.set_offline(False)
