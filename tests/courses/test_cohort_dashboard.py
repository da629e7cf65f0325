# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from courses.cohorts import dashboard, membership, pacing
from courses.models import CohortMembership, ModuleRelease
from tests.factories import UserFactory

from .cohort_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db


def test_matrix_shows_lessons_done_per_module(facilitator_client, cohort, learners, course):
    lessons = lessons_in(course)
    complete(learners[0], lessons[0])
    complete(learners[0], lessons[1])
    complete(learners[1], lessons[2])
    response = facilitator_client.get(reverse("cohorts:dashboard", args=[cohort.pk]))
    html = response.content.decode()
    board = response.context["board"]
    row = next(r for r in board.rows if r.user_id == learners[0].pk)
    assert [c.done for c in row.cells] == [2, 0, 0]
    assert f'data-cell="{learners[0].pk}-{board.modules[0].id}" class="cell cell--done"' in html
    assert "learner-0" in html
    assert response.context["figures"]["members"] == 3


def test_summary_figures(cohort, learners, course):
    for lesson in lessons_in(course):
        complete(learners[0], lesson)
    complete(learners[1], lessons_in(course)[0])
    figures = dashboard.build(cohort).figures
    assert figures["members"] == 3
    assert figures["completed"] == 1
    assert figures["completion_rate"] == 33
    assert figures["active"] == 2


def test_needs_attention_says_why(cohort, learners, course):
    now = timezone.now()
    lessons = lessons_in(course)
    CohortMembership.objects.filter(cohort=cohort).update(joined_at=now - dt.timedelta(days=20))
    # learner-0: active long ago → inactive; learner-1: never started; learner-2: fine
    complete(learners[0], lessons[0], when=now - dt.timedelta(days=12))
    from courses.models import Enrollment

    Enrollment.objects.filter(user=learners[0]).update(
        last_activity_at=now - dt.timedelta(days=12))
    Enrollment.objects.filter(user=learners[1]).update(
        last_activity_at=now - dt.timedelta(days=20))
    complete(learners[2], lessons[0])
    complete(learners[2], lessons[1])
    board = dashboard.build(cohort)
    reasons = {row.pseudonym: row.reasons for row in board.rows}
    assert reasons["learner-0"] == [("inactive", 12)]
    assert reasons["learner-1"] == [("not_started", 20)]
    assert reasons["learner-2"] == []
    with translation.override("en"):
        texts = {row.pseudonym: row.reason_texts for row in board.rows}
    assert texts["learner-0"] == ["Inactive for 12 days"]
    assert texts["learner-1"] == ["Not started 20 days after joining"]


def test_behind_pacing_by_a_module(cohort, learners, course):
    """Learners who joined when the cohort started (a newcomer's schedule starts later:
    test_cohort_worklist.py::test_a_newcomer_is_not_behind)."""
    today = timezone.localdate()
    CohortMembership.objects.filter(cohort=cohort).update(
        joined_at=timezone.now() - dt.timedelta(days=14))
    modules = dashboard.structure(cohort)
    pacing.set_releases(cohort=cohort, module_ids=[m.id for m in modules], dates={
        modules[0].id: cohort.starts_on,
        modules[1].id: today - dt.timedelta(days=1),
        modules[2].id: today + dt.timedelta(days=7),
    })
    lessons = lessons_in(course)
    complete(learners[0], lessons[0])
    complete(learners[0], lessons[1])
    complete(learners[1], lessons[0])
    board = dashboard.build(cohort)
    reasons = {row.pseudonym: row.reasons for row in board.rows}
    assert reasons["learner-1"] == [("behind", 1)]
    assert reasons["learner-0"] == []
    assert reasons["learner-2"] == [("not_started", 14), ("behind", 1)]


def test_pacing_date_outside_cohort_dates_is_refused(facilitator_client, cohort):
    modules = dashboard.structure(cohort)
    outside = (cohort.ends_on + dt.timedelta(days=3)).isoformat()
    inside = cohort.starts_on.isoformat()
    response = facilitator_client.post(
        f"/en/facilitate/cohorts/{cohort.pk}/pacing/",
        {f"module-{modules[0].id}": inside, f"module-{modules[1].id}": outside})
    assert response.status_code == 400
    assert "between the cohort" in response.content.decode()
    assert not ModuleRelease.objects.filter(cohort=cohort).exists()


def test_pacing_saved(facilitator_client, cohort):
    modules = dashboard.structure(cohort)
    response = facilitator_client.post(
        reverse("cohorts:pacing", args=[cohort.pk]),
        {f"module-{modules[1].id}": cohort.ends_on.isoformat()})
    assert response.status_code == 302
    assert ModuleRelease.objects.get(cohort=cohort).module_id == modules[1].id


def test_learner_sees_when_a_module_opens(cohort, learners):
    modules = dashboard.structure(cohort)
    later = timezone.localdate() + dt.timedelta(days=5)
    ModuleRelease.objects.create(cohort=cohort, module_id=modules[2].id, opens_on=later)
    assert pacing.upcoming_releases(learners[0]) == {modules[2].id: later}


def _query_count(client, cohort):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("cohorts:dashboard", args=[cohort.pk])).status_code == 200
    return len(queries)


def test_dashboard_queries_do_not_grow_with_learners(facilitator_client, cohort, course, learners):
    from courses.cohorts import figure_cache, membership

    def counts():
        """(a view after an event of the cohort: gains computed, the next: cached)"""
        figure_cache.changed(cohort_ids=[cohort.pk])
        return _query_count(facilitator_client, cohort), _query_count(facilitator_client,
                                                                      cohort)

    lessons = lessons_in(course)
    # Some activity from the start: the feed reads the latest lessons of whoever acted
    # last, and skips the query when nobody has (fewer queries, not more).
    complete(learners[0], lessons[0])
    _query_count(facilitator_client, cohort)  # warm caches (site, roles, content types)
    few = counts()
    for i in range(25):
        user = UserFactory(username=f"extra-{i}")
        membership.add_learner(user=user, cohort=cohort)
        complete(user, lessons[i % len(lessons)])
    many = counts()
    assert many == few
    assert many[0] <= 21  # incl. the activity feed: two queries over a few learners
    assert many[1] < many[0]


def test_learner_detail_lists_lessons(facilitator_client, cohort, learners, course):
    complete(learners[0], lessons_in(course)[0])
    page = facilitator_client.get(reverse("cohorts:learner", args=[cohort.pk, learners[0].pk]))
    assert page.status_code == 200
    assert page.context["modules"][0].lessons[0].completed_at is not None


def test_announcement_posted(facilitator_client, cohort):
    response = facilitator_client.post(reverse("cohorts:announcements", args=[cohort.pk]),
                                       {"body": "الجلسة يوم الخميس"})
    assert response.status_code == 302
    assert cohort.announcements.get().body == "الجلسة يوم الخميس"


def test_attendance_recorded_and_corrected(facilitator_client, cohort, learners):
    url = reverse("cohorts:attendance", args=[cohort.pk])
    day = cohort.starts_on.isoformat()
    shown = [u.pk for u in learners]
    facilitator_client.post(url, {"date": day, "shown": shown,
                                  "present": [learners[0].pk, learners[1].pk]})
    facilitator_client.post(url, {"date": day, "shown": shown, "present": [learners[1].pk]})
    assert list(cohort.attendance.values_list("user_id", flat=True)) == [learners[1].pk]


def test_attendance_outside_cohort_dates_refused(facilitator_client, cohort, learners):
    response = facilitator_client.post(
        reverse("cohorts:attendance", args=[cohort.pk]),
        {"date": (cohort.ends_on + dt.timedelta(days=1)).isoformat(),
         "shown": [learners[0].pk], "present": [learners[0].pk]})
    assert response.status_code == 400
    assert not cohort.attendance.exists()


def test_attendance_of_a_stranger_is_refused(facilitator_client, cohort, other_cohort):
    stranger = other_cohort.memberships.get(role="learner").user_id
    response = facilitator_client.post(
        reverse("cohorts:attendance", args=[cohort.pk]),
        {"date": cohort.starts_on.isoformat(), "shown": [stranger], "present": [stranger]})
    assert response.status_code == 400
    assert not cohort.attendance.exists()


def test_json_endpoint_for_polling(facilitator_client, cohort, learners, course):
    complete(learners[0], lessons_in(course)[0])
    data = facilitator_client.get(reverse("cohorts:data", args=[cohort.pk])).json()
    assert data["figures"]["members"] == 3
    cell = next(c for c in data["cells"] if c["user"] == learners[0].pk and c["done"])
    assert cell == {"user": learners[0].pk, "module": cell["module"], "done": 1, "total": 2,
                    "score": None, "band": None}


def test_live_figures_agree_with_the_dashboard(cohort, learners, course):
    lessons = lessons_in(course)
    for lesson in lessons:
        complete(learners[0], lesson)
    complete(learners[1], lessons[0])
    full = dashboard.build(cohort).figures
    live = dashboard.live_figures(cohort)
    for key in ("members", "active", "completed", "completion_rate"):
        assert live[key] == full[key], key


def test_members_see_announcements_on_their_dashboard(client, cohort, learners, facilitator,
                                                      other_cohort):
    from courses.models import Announcement

    Announcement.objects.create(cohort=cohort, body="الجلسة القادمة يوم الخميس",
                                author=facilitator)
    Announcement.objects.create(cohort=other_cohort, body="Not for you", author=facilitator)
    client.force_login(learners[0])
    page = client.get(reverse("courses:dashboard")).content.decode()
    assert "الجلسة القادمة يوم الخميس" in page
    assert "Not for you" not in page


def test_course_outline_says_when_a_paced_module_opens(client, cohort, learners, course):
    modules = dashboard.structure(cohort)
    later = timezone.localdate() + dt.timedelta(days=5)
    ModuleRelease.objects.create(cohort=cohort, module_id=modules[1].id, opens_on=later)
    client.force_login(learners[0])
    page = client.get(course.url.replace("/ar/", "/en/", 1) if course.url.startswith("/ar/")
                      else "/en" + course.url).content.decode()
    assert "Opens on" in page


def test_sections_alone_for_the_live_script(facilitator_client, cohort, learners, course):
    """What the script swaps in after a join: the figures, needs-attention and this page of
    the matrix with the newcomer's row, without the rest of the page (not even its <html>)."""
    from courses.cohorts import membership

    newcomer = UserFactory(username="وافدة")
    membership.add_learner(user=newcomer, cohort=cohort)
    response = facilitator_client.get(reverse("cohorts:sections", args=[cohort.pk]))
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    for section in ("figures", "attention", "matrix"):
        assert f'data-section="{section}"' in html
    assert "<html" not in html and "join-box" not in html
    assert f'data-cell="{newcomer.pk}-' in html
    page = facilitator_client.get(reverse("cohorts:dashboard", args=[cohort.pk])).content.decode()
    assert 'data-sections-url="' + reverse("cohorts:sections", args=[cohort.pk]) + '?page=1"' in page


def test_activity_feed_lists_the_latest_of_the_cohort_only(facilitator_client, cohort, learners,
                                                           course, other_cohort):
    """Newest first, the cohort's own learners only, in a few queries whatever the site."""
    from courses.cohorts import activity

    lesson = lessons_in(course)[0]
    complete(learners[0], lesson)
    outsider = UserFactory(username="outsider")
    membership.add_learner(user=outsider, cohort=other_cohort)
    complete(outsider, lesson)
    items = activity.recent(cohort)
    assert items[0].kind == "lesson" and items[0].user_id == learners[0].pk
    assert outsider.pk not in {item.user_id for item in items}
    assert {"joined", "lesson"} <= {item.kind for item in items}
    with translation.override("ar"):
        html = facilitator_client.get(
            reverse("cohorts:sections", args=[cohort.pk])).content.decode()
    assert 'data-section="activity"' in html and "أكمل درسًا" in html
    with CaptureQueriesContext(connection) as queries:
        activity.recent(cohort)
    assert len(queries) <= 5


def test_activity_feed_from_the_board_is_the_same_feed(cohort, learners, course, other_cohort):
    """The dashboard's feed reads only the learners who acted last (from the board's own
    scans), in two queries, and lists what the members' feed lists."""
    from courses.cohorts import activity

    lessons = lessons_in(course)
    now = timezone.now()
    extra = [UserFactory(username=f"late-{i}") for i in range(4)]
    for user in extra:
        membership.add_learner(user=user, cohort=cohort)
    everyone = learners + extra
    # One learner holds the three latest completions; the others one each, earlier.
    for i, lesson in enumerate(lessons[:3]):
        complete(everyone[0], lesson, when=now + dt.timedelta(minutes=10 - i))  # after the joins
    for i, user in enumerate(everyone[1:], 1):
        complete(user, lessons[0], when=now - dt.timedelta(hours=i))
    complete(other_cohort.memberships.get(role="learner").user, lessons[1], when=now)
    board = dashboard.build(cohort)
    with CaptureQueriesContext(connection) as queries:
        from_board = activity.recent(cohort, limit=3, board=board)
    assert len(queries) <= 2
    assert from_board == activity.recent(cohort, limit=3)
    assert [item.user_id for item in from_board] == [everyone[0].pk] * 3
    assert activity.recent(cohort, limit=8, board=board) == activity.recent(cohort, limit=8)
