# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""A coordinator reads the record of exports on a phone, in Arabic; a learner sees a video
link in a lesson, and nothing of the video site is loaded."""

import pytest

from tests.courses.cohort_fixtures import *
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_record_of_exports_on_a_phone(visit, live_server, organisation, cohort,
                                          facilitator):
    from literacy.exports_audit import record_export

    for kind, fmt, rows in [("matrix", "xlsx", 3), ("attendance", "csv", 12),
                            ("report", "html", None), ("selection", "csv", 2)]:
        record_export(actor=facilitator, kind=kind, file_format=fmt, scope="cohort",
                      object_ids=[cohort.pk], rows=rows)
    coordinator = UserFactory(username="منسقة-الشبكة")
    organisation.coordinators.add(coordinator)
    visit.sign_in(live_server.url, coordinator, verified=True)
    visit.page.goto(f"{live_server.url}/ar/facilitate/organisations/{organisation.pk}/exports/")
    assert visit.page.locator(".export-log li").count() == 4
    visit.screenshot("export-log-ar")
    assert visit.axe_violations() == []


def test_a_video_link_in_a_lesson_loads_nothing_from_the_video_site(
        visit, live_server, course, learners, cohort):
    from courses.demo import stored_stream

    lesson = lessons_in(course)[0]
    lesson.body = stored_stream([{"type": "video", "value": {
        "title": "كيف تتحقق من صورة", "file": None, "embed": "https://youtu.be/dQw4w9WgXcQ",
        "captions": None, "transcript": "<p>نص الفيديو</p>"}}])
    lesson.save_revision().publish()
    requested = []
    visit.page.on("request", lambda request: requested.append(request.url))
    visit.sign_in(live_server.url, learners[0])
    visit.page.goto(live_server.url + lesson.url)
    link = visit.page.locator(".block-media a[href*='youtu']")
    assert link.count() == 1
    link.scroll_into_view_if_needed()
    visit.screenshot("video-link-ar")
    assert not [url for url in requested if not url.startswith(live_server.url)]
