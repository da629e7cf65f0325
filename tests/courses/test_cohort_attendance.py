# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""The attendance sheet: opening a session shows its marks, a save changes only what the
facilitator changed (rows of other pages and outside a search keep theirs), every change
is recorded, and learners can check themselves in with a session code."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.cohorts import roll_call
from courses.models import Attendance, AttendanceChange, CohortMembership

from .cohort_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db

User = get_user_model()


def add_learners(cohort, count, prefix="learner-x"):
    users = User.objects.bulk_create(
        [User(username=f"{prefix}{i:04d}") for i in range(count)])
    CohortMembership.objects.bulk_create(
        [CohortMembership(cohort=cohort, user=u, role="learner") for u in users])
    return users


def mark(cohort, day, users):
    Attendance.objects.bulk_create(
        [Attendance(cohort=cohort, session_date=day, user=u) for u in users])


def sheet(client, cohort, **params):
    return client.get(reverse("cohorts:attendance", args=[cohort.pk]), params)


def save(client, cohort, day, shown, present, **extra):
    return client.post(reverse("cohorts:attendance", args=[cohort.pk]), {
        "date": day.isoformat(), "shown": [u.pk for u in shown],
        "present": [u.pk for u in present], **extra})


def present_ids(cohort, day):
    return set(Attendance.objects.filter(cohort=cohort, session_date=day)
               .values_list("user_id", flat=True))


@pytest.fixture
def day(cohort):
    return cohort.starts_on + dt.timedelta(days=1)


def test_opening_1000_present_and_ticking_3_more_gives_1003(
        facilitator_client, cohort, day):
    users = sorted(add_learners(cohort, 1100, prefix="a-"), key=lambda u: u.username)
    absent = users[::11]
    mark(cohort, day, [u for u in users if u not in absent])
    page = sheet(facilitator_client, cohort, date=day.isoformat())
    shown = page.context["learners"]
    assert {r.user_id for r in shown if r.present} == {
        u.pk for u in users[:len(shown)] if u not in absent}  # saved marks come back
    html = page.content.decode()
    assert f'value="{users[1].pk}" id="present-{users[1].pk}" checked' in html
    assert f'value="{users[0].pk}" id="present-{users[0].pk}">' in html
    latecomers = [u for u in absent if u.pk in {r.user_id for r in shown}][:3]
    assert len(latecomers) == 3
    ticked = [u for u in users if u.pk in {r.user_id for r in shown if r.present}]
    save(facilitator_client, cohort, day, shown=User.objects.filter(
        pk__in=[r.user_id for r in shown]), present=[*ticked, *latecomers])
    assert len(present_ids(cohort, day)) == 1003
    assert AttendanceChange.objects.filter(cohort=cohort, present=True).count() == 3
    assert not AttendanceChange.objects.filter(present=False).exists()


def test_paged_save_keeps_marks_of_other_pages(facilitator_client, cohort, day, settings):
    settings.COURSES_ATTENDANCE_PAGE_SIZE = 10
    users = sorted(add_learners(cohort, 30, prefix="a-"), key=lambda u: u.username)
    mark(cohort, day, users[10:20])  # all of page 2 present
    page = sheet(facilitator_client, cohort, date=day.isoformat())
    first = [r.user_id for r in page.context["learners"]]
    assert len(first) == 10 and not set(first) & present_ids(cohort, day)
    response = save(facilitator_client, cohort, day,
                    shown=User.objects.filter(pk__in=first), present=users[:2], goto="2")
    assert response.status_code == 302 and "page=2" in response["Location"]
    assert present_ids(cohort, day) == {u.pk for u in users[:2] + users[10:20]}


def test_all_and_none_buttons_change_only_the_rows_shown(facilitator_client, cohort, day):
    users = add_learners(cohort, 6)
    mark(cohort, day, users[4:])
    save(facilitator_client, cohort, day, shown=users[:3], present=[], action="all")
    assert present_ids(cohort, day) == {u.pk for u in users[:3] + users[4:]}
    save(facilitator_client, cohort, day, shown=users[:2], present=users[:2],
         action="none")
    assert present_ids(cohort, day) == {u.pk for u in users[2:3] + users[4:]}


def test_search_by_pseudonym_folds_arabic_variants(facilitator_client, cohort, day):
    add_learners(cohort, 3, prefix="زينة")
    add_learners(cohort, 2, prefix="أحمد")
    page = sheet(facilitator_client, cohort, date=day.isoformat(), q="احمد")
    names = [r.username for r in page.context["learners"]]
    assert names == ["أحمد0000", "أحمد0001"]
    # The search is kept through the save, and hidden learners keep their marks.
    zeina = User.objects.get(username="زينة0000")
    mark(cohort, day, [zeina])
    response = save(facilitator_client, cohort, day,
                    shown=User.objects.filter(username__startswith="أحمد"), present=[],
                    q="احمد")
    assert "q=" in response["Location"]
    assert present_ids(cohort, day) == {zeina.pk}


def test_past_session_can_be_opened_and_corrected_with_who_and_when(
        facilitator_client, facilitator, cohort, learners):
    past = cohort.starts_on
    mark(cohort, past, learners[:2])
    page = sheet(facilitator_client, cohort)
    assert [s.session_date for s in page.context["sessions"]] == [past]
    assert f"?date={past.isoformat()}" in page.content.decode()
    save(facilitator_client, cohort, past, shown=learners, present=[learners[1],
                                                                    learners[2]])
    assert present_ids(cohort, past) == {learners[1].pk, learners[2].pk}
    changes = {(c.learner_id, c.present, c.changed_by_id) for c in
               AttendanceChange.objects.filter(cohort=cohort, session_date=past)}
    assert changes == {(learners[0].pk, False, facilitator.pk),
                       (learners[2].pk, True, facilitator.pk)}
    html = sheet(facilitator_client, cohort, date=past.isoformat()).content.decode()
    assert "learner-0" in html and "mona" in html


def test_saving_nothing_changed_records_nothing(facilitator_client, cohort, day, learners):
    mark(cohort, day, learners[:1])
    save(facilitator_client, cohort, day, shown=learners, present=learners[:1])
    assert present_ids(cohort, day) == {learners[0].pk}
    assert not AttendanceChange.objects.exists()


def test_stranger_or_date_outside_cohort_is_refused_and_keeps_the_ticks(
        facilitator_client, cohort, day, learners, other_cohort):
    stranger = other_cohort.memberships.get(role="learner").user
    response = save(facilitator_client, cohort, day, shown=[*learners, stranger],
                    present=[learners[0], stranger])
    assert response.status_code == 400
    assert not Attendance.objects.exists()
    ticks = {r.user_id: r.present for r in response.context["learners"]}
    assert ticks[learners[0].pk] and not ticks[learners[1].pk]  # the ticks are kept
    outside = cohort.ends_on + dt.timedelta(days=1)
    response = save(facilitator_client, cohort, outside, shown=learners,
                    present=learners[:1])
    assert response.status_code == 400
    assert not Attendance.objects.exists()


def test_facilitator_of_another_cohort_gets_404(client, other_facilitator, cohort, day,
                                                learners):
    from literacy.security.testing import login_verified

    login_verified(client, other_facilitator)
    assert sheet(client, cohort).status_code == 404
    assert save(client, cohort, day, shown=learners, present=learners).status_code == 404
    response = client.post(reverse("cohorts:attendance_check_in", args=[cohort.pk]),
                           {"date": day.isoformat()})
    assert response.status_code == 404
    assert not Attendance.objects.exists()


def _queries_for_one_page(client, cohort, day):
    with CaptureQueriesContext(connection) as queries:
        assert sheet(client, cohort, date=day.isoformat()).status_code == 200
    return len(queries)


def test_one_page_costs_the_same_queries_whatever_the_cohort_size(
        facilitator_client, cohort, day):
    mark(cohort, day, add_learners(cohort, 20, prefix="a"))
    _queries_for_one_page(facilitator_client, cohort, day)  # warm the role caches
    small = _queries_for_one_page(facilitator_client, cohort, day)
    mark(cohort, day, add_learners(cohort, 600, prefix="b"))
    assert _queries_for_one_page(facilitator_client, cohort, day) == small


# --- self check-in ------------------------------------------------------------------------


def test_self_check_in_marks_the_learner_present(facilitator_client, client, cohort,
                                                 learners):
    day = timezone.localdate()
    facilitator_client.post(reverse("cohorts:attendance_check_in", args=[cohort.pk]),
                            {"date": day.isoformat()})
    code = roll_call.session_of(cohort, day).check_in_code
    assert len(code) == 6
    client.force_login(learners[0])
    response = client.post(reverse("cohorts:check_in"), {"code": code.lower()})
    assert response.status_code == 302
    assert present_ids(cohort, day) == {learners[0].pk}
    change = AttendanceChange.objects.get()
    assert (change.via, change.changed_by_id) == ("check_in", learners[0].pk)


def test_self_check_in_opens_only_for_today(facilitator_client, cohort, day):
    facilitator_client.post(reverse("cohorts:attendance_check_in", args=[cohort.pk]),
                            {"date": day.isoformat()})
    session = roll_call.session_of(cohort, day)
    assert session is None or not session.check_in_open


def test_self_check_in_needs_membership_and_an_open_session(client, cohort, day, learners,
                                                            other_cohort):
    session = roll_call.open_check_in(cohort=cohort, day=day)
    stranger = other_cohort.memberships.get(role="learner").user
    client.force_login(stranger)
    response = client.post(reverse("cohorts:check_in"), {"code": session.check_in_code})
    assert response.status_code == 400
    client.force_login(learners[0])
    session.check_in_closes_at = timezone.now() - dt.timedelta(seconds=1)
    session.save()
    response = client.post(reverse("cohorts:check_in"), {"code": session.check_in_code})
    assert response.status_code == 400
    assert not Attendance.objects.exists()


def test_self_check_in_is_throttled(client, cohort, day, learners, settings):
    settings.COURSES_JOIN_MAX_FAILURES = 3
    session = roll_call.open_check_in(cohort=cohort, day=day)
    client.force_login(learners[0])
    for _ in range(3):
        client.post(reverse("cohorts:check_in"), {"code": "AAAAAA"})
    response = client.post(reverse("cohorts:check_in"), {"code": session.check_in_code})
    assert response.status_code == 400
    assert "Too many" in response.content.decode() or not Attendance.objects.exists()
    assert not Attendance.objects.exists()


def test_closing_check_in_stops_it(facilitator_client, client, cohort, day, learners):
    session = roll_call.open_check_in(cohort=cohort, day=day)
    facilitator_client.post(reverse("cohorts:attendance_check_in", args=[cohort.pk]),
                            {"date": day.isoformat(), "action": "close"})
    client.force_login(learners[0])
    client.post(reverse("cohorts:check_in"), {"code": session.check_in_code})
    assert not Attendance.objects.exists()
