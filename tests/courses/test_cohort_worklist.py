# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Needs attention as a worklist (issue 22, item 2): most severe first, its own paged page
with the count in the heading, schedules that start when a learner joined, follow-ups,
and reasons and last activity in the exports."""

import csv
import datetime as dt
import io

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation

from courses.cohorts import dashboard, membership, pacing
from courses.cohorts.dashboard import Row
from courses.models import CohortMembership, Enrollment, FollowUp
from tests.factories import UserFactory

from .cohort_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db


def url(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def test_severity_orders_failed_then_behind_then_inactive_then_not_started():
    cases = {
        "not started long": [("not_started", 40)],
        "inactive 9": [("inactive", 9)],
        "inactive 20": [("inactive", 20)],
        "behind 1": [("behind", 1), ("inactive", 30)],
        "behind 3": [("behind", 3)],
        "failed": [("failed_twice", 2), ("inactive", 8)],
    }
    ordered = sorted(cases, key=lambda name: dashboard.severity(cases[name]))
    assert ordered == ["failed", "behind 3", "behind 1", "inactive 20", "inactive 9",
                       "not started long"]


def _pace(cohort, today):
    """Module 1 opened with the cohort and was due yesterday; module 2 is open now."""
    modules = dashboard.structure(cohort)
    pacing.set_releases(cohort=cohort, module_ids=[m.id for m in modules], dates={
        modules[0].id: cohort.starts_on,
        modules[1].id: today - dt.timedelta(days=1),
        modules[2].id: today + dt.timedelta(days=7),
    })
    return modules


def test_a_newcomer_is_not_behind(cohort, learners):
    """The schedule of a learner starts at max(release, joining day): one who joined
    today has the module's whole window (13 days here) before it is overdue."""
    now = timezone.now()
    _pace(cohort, timezone.localdate())
    CohortMembership.objects.filter(cohort=cohort, user=learners[0]).update(
        joined_at=now - dt.timedelta(days=14))
    CohortMembership.objects.filter(cohort=cohort, user=learners[1]).update(
        joined_at=now - dt.timedelta(minutes=1))
    CohortMembership.objects.filter(cohort=cohort, user=learners[2]).update(
        joined_at=now - dt.timedelta(days=13))  # window of 13 days: due today
    reasons = {row.pseudonym: dict(row.reasons) for row in dashboard.build(cohort).rows}
    assert reasons["learner-0"].get("behind") == 1
    assert "behind" not in reasons["learner-1"]
    assert reasons["learner-2"].get("behind") == 1


@override_settings(COURSES_SCHEDULE_GRACE_DAYS=2)
def test_grace_days_after_the_window(cohort, learners):
    _pace(cohort, timezone.localdate())
    CohortMembership.objects.filter(cohort=cohort).update(
        joined_at=timezone.now() - dt.timedelta(days=14))
    assert all("behind" not in dict(row.reasons) for row in dashboard.build(cohort).rows)


def _inactive(cohort, learners_days):
    """Learners who did one lesson `days` ago and nothing since (joined 40 days ago)."""
    now = timezone.now()
    lessons = None
    for learner, days in learners_days:
        CohortMembership.objects.filter(cohort=cohort, user=learner).update(
            joined_at=now - dt.timedelta(days=40))
        if days is None:
            continue
        lessons = lessons or lessons_in(cohort.courses.first())
        complete(learner, lessons[0], when=now - dt.timedelta(days=days))
        Enrollment.objects.filter(user=learner).update(
            last_activity_at=now - dt.timedelta(days=days))


def test_worklist_is_ordered_by_severity_not_by_script(cohort, learners):
    """Arabic-script pseudonyms are not pushed behind Latin ones: severity decides."""
    arabic = UserFactory(username="ياسمين")
    membership.add_learner(user=arabic, cohort=cohort)
    _inactive(cohort, [(learners[0], 8), (learners[1], None), (learners[2], 9),
                       (arabic, 30)])
    names = [row.pseudonym for row in dashboard.build(cohort).attention]
    assert names == ["ياسمين", "learner-2", "learner-0", "learner-1"]


@override_settings(COURSES_ATTENTION_PAGE_SIZE=2, COURSES_ATTENTION_ON_DASHBOARD=1)
def test_worklist_page_is_paged_with_the_count_in_the_heading(facilitator_client, cohort,
                                                               learners):
    _inactive(cohort, [(learners[0], 8), (learners[1], None), (learners[2], 9)])
    page = facilitator_client.get(url("cohorts:attention", cohort.pk))
    html = page.content.decode()
    assert "<h1>Needs attention (3)</h1>" in html
    assert [row.pseudonym for row in page.context["page"]] == ["learner-2", "learner-0"]
    assert "Last activity:" in html and "?page=2" in html
    second = facilitator_client.get(url("cohorts:attention", cohort.pk), {"page": 2})
    assert [row.pseudonym for row in second.context["page"]] == ["learner-1"]
    assert "No activity yet" in second.content.decode()
    # the dashboard shows the most severe case once, and links to the worklist
    board = facilitator_client.get(url("cohorts:dashboard", cohort.pk), {"page": 1})
    html = board.content.decode()
    assert "Needs attention (3)" in html
    assert html.count('class="attention"') == 1
    assert [row.pseudonym for row in board.context["attention"]] == ["learner-2"]
    assert url("cohorts:attention", cohort.pk) in html


def _follow(client, cohort, learner, note=""):
    return client.post(url("cohorts:follow_up", cohort.pk, learner.pk),
                       {"note": note, "query": "show=open&reason=inactive"})


def test_following_up_moves_a_case_off_the_open_list(facilitator_client, facilitator, cohort,
                                                     learners):
    _inactive(cohort, [(learners[0], 8), (learners[1], None), (learners[2], 9)])
    response = _follow(facilitator_client, cohort, learners[2], note="اتصلت بها")
    assert response.status_code == 302
    assert response["Location"].endswith("?show=open&reason=inactive")
    record = FollowUp.objects.get(cohort=cohort, learner=learners[2])
    assert (record.by, record.note, record.reasons) == (facilitator, "اتصلت بها",
                                                        [["inactive", 9]])
    board = dashboard.build(cohort)
    assert [r.pseudonym for r in board.attention] == ["learner-0", "learner-1"]
    assert [r.pseudonym for r in board.followed_up] == ["learner-2"]
    followed = facilitator_client.get(url("cohorts:attention", cohort.pk), {"show": "followed"})
    assert "اتصلت بها" in followed.content.decode()
    facilitator_client.post(url("cohorts:reopen", cohort.pk, learners[2].pk))
    assert not FollowUp.objects.exists()


def test_something_new_reopens_a_case(cohort, learners):
    """Days passing is not news; a new reason or more modules behind is."""
    record = FollowUp(cohort=cohort, learner=learners[0],
                      reasons=[["inactive", 9], ["behind", 1]])
    row = Row(user_id=learners[0].pk, pseudonym="x", joined_at=timezone.now(),
              last_active=None, follow_up=record)
    row.reasons = [("inactive", 20), ("behind", 1)]
    assert row.followed_up
    row.reasons = [("inactive", 20), ("behind", 2)]
    assert not row.followed_up
    row.reasons = [("inactive", 20), ("failed_twice", 2)]
    assert not row.followed_up


def test_follow_up_of_another_cohorts_learner_is_404(facilitator_client, cohort, learners,
                                                     other_cohort):
    stranger = other_cohort.memberships.get(role="learner").user
    assert _follow(facilitator_client, cohort, stranger).status_code == 404
    response = facilitator_client.post(url("cohorts:follow_up", other_cohort.pk,
                                           learners[0].pk), {"note": ""})
    assert response.status_code == 404
    assert not FollowUp.objects.exists()


def test_a_too_long_note_is_refused(facilitator_client, cohort, learners):
    response = _follow(facilitator_client, cohort, learners[0], note="x" * 501)
    assert response.status_code == 400
    assert not FollowUp.objects.exists()


def test_matrix_export_has_reasons_and_last_activity(facilitator_client, cohort, learners):
    _inactive(cohort, [(learners[0], 8), (learners[1], None), (learners[2], 9)])
    response = facilitator_client.get(url("cohorts:export", "matrix", "csv"),
                                      {"cohort": cohort.pk})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content)
                                       .decode("utf-8-sig"))))
    assert rows[0][-2:] == ["Needs attention", "Last activity"]
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["learner-0"][-2] == "Inactive for 8 days"
    assert by_name["learner-0"][-1].startswith(
        (timezone.localtime() - dt.timedelta(days=8)).date().isoformat())
    assert by_name["learner-1"][-2] == "Not started 40 days after joining"
    assert by_name["learner-1"][-1] == ""


def test_a_learner_sees_follow_ups_in_their_data_and_erasure_removes_them(cohort, learners,
                                                                          facilitator):
    from courses import personal_data

    FollowUp.objects.create(cohort=cohort, learner=learners[0], by=facilitator,
                            note="وعدت بالعودة الأسبوع القادم")
    records = personal_data.export_follow_ups(learners[0])
    assert [r["note"] for r in records] == ["وعدت بالعودة الأسبوع القادم"]
    assert "mona" not in str(records)
    assert personal_data.export_follow_ups(learners[1]) == []
    personal_data.erase_follow_ups(learners[0])
    assert not FollowUp.objects.exists()
