# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Learning gains on the cohort dashboard and the donor report: hand-computed figures
from known attempts, and the demo cohort's seeded pre/post tests."""

import io
import re
import uuid

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from courses.cohorts import demo, membership
from courses.models import Cohort
from literacy.security.testing import login_verified
from tests.factories import UserFactory
from tests.rows_read import counting_reads

from .cohort_fixtures import *

pytestmark = pytest.mark.django_db

# (pre %, post %) of six learners. Normalised gains g = (post − pre) / (100 − pre):
# 0.5, 0.5, 0, 0.75, 0.25, 1.0 → mean 0.5; sample sd √(0.625 / 5) = 0.35355;
# 95 % CI 0.5 ± t(5) 2.571 × 0.35355 / √6 = 0.5 ± 0.37109 → 0.13 – 0.87.
# Raw gains 40, 30, 0, 30, 25, 20 → mean 24.2 points.
KNOWN = [(20, 60), (40, 70), (50, 50), (60, 90), (0, 25), (80, 100)]


def _attempt(user, quiz, percent, when):
    from quizzes.models import Attempt

    return Attempt.objects.create(
        user=user, quiz=quiz, number=1, idempotency_key=uuid.uuid4(), order_seed=1,
        language="ar", started_at=when, submitted_at=when, score=percent / 10,
        max_score=10, passed=True,
    )


@pytest.fixture
def known_gains(cohort, learners, course):
    from quizzes.demo import create_quiz
    from tests.quizzes.data import quiz_data

    from .activities import place, quiz_block
    from .builders import lessons_of

    pre = create_quiz("known-pre-a", quiz_data(kind="pretest", form="A"))
    post = create_quiz("known-post-b", quiz_data(kind="posttest", form="B"))
    # Gains count the pre/post tests the cohort's courses place (courses.cohorts.placements).
    place(lessons_of(course)[0], quiz_block(pre))
    place(lessons_of(course)[-1], quiz_block(post))
    people = list(learners) + [UserFactory(username=f"extra-{i}") for i in range(3)]
    for person in people[len(learners):]:
        membership.add_learner(user=person, cohort=cohort)
    now = timezone.now()
    for person, (before, after) in zip(people, KNOWN, strict=True):
        _attempt(person, pre, before, now - timezone.timedelta(days=10))
        _attempt(person, post, after, now)
    return pre.series


def test_mean_normalised_gain_and_its_interval_from_known_attempts(known_gains):
    from quizzes.gains import group_gains, series_gains

    figures = group_gains(series_gains(known_gains))
    g = figures["normalised_gain"]
    assert g.n == 6
    assert g.mean == pytest.approx(0.5)
    assert g.low == pytest.approx(0.5 - 2.571 * (0.625 / 5) ** 0.5 / 6 ** 0.5)
    assert g.high == pytest.approx(0.5 + 2.571 * (0.625 / 5) ** 0.5 / 6 ** 0.5)
    assert (round(g.low, 2), round(g.high, 2)) == (0.13, 0.87)
    assert figures["raw_gain"].mean == pytest.approx(145 / 6)


def test_dashboard_and_report_show_the_gains(facilitator_client, cohort, known_gains):
    html = facilitator_client.get(f"/en/facilitate/cohorts/{cohort.pk}/").content.decode()
    assert "Mean normalised gain" in html or "متوسط الكسب المعدَّل" in html
    assert "0.50" in html and "0.13 – 0.87" in html
    assert "24.2" in html
    response = facilitator_client.get(f"/en/facilitate/cohorts/{cohort.pk}/report/")
    report = response.context["report"]
    assert (report.normalised_gain.value, report.normalised_gain.low,
            report.normalised_gain.high) == (0.5, 0.13, 0.87)
    assert report.gain.value == 24.2
    page = response.content.decode()
    assert "Mean normalised gain" in page and "0.13 – 0.87" in page
    xlsx = facilitator_client.get(reverse("cohorts:report_xlsx", args=[cohort.pk]))
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    rows = {row[0]: row[1] for row in sheet.values}
    assert rows["Mean normalised gain"] == 0.5
    assert rows["Mean normalised gain, 95% confidence interval"] == "0.13 – 0.87"


def test_arabic_report_names_the_normalised_gain(facilitator_client, cohort, known_gains):
    html = facilitator_client.get(f"/ar/facilitate/cohorts/{cohort.pk}/report/").content.decode()
    assert "متوسط الكسب المعدَّل" in html


def test_demo_cohort_takes_the_parallel_forms_and_shows_gains(client):
    from quizzes.gains import group_gains, series_gains
    from quizzes.models import Attempt, FormAssignment

    call_command("seed_demo", stdout=io.StringIO())
    cohort = Cohort.objects.get(name=demo.COHORT)
    learners = [f"demo-{name}" for name in demo.PREPOST]
    taken = Attempt.objects.filter(user__username__in=learners, quiz__series=demo.PREPOST_SERIES)
    pre, post = taken.filter(quiz__kind="pretest"), taken.filter(quiz__kind="posttest")
    assert pre.count() == 8 and post.count() == 6  # the two newest have no post-test yet
    forms = dict(FormAssignment.objects.filter(series=demo.PREPOST_SERIES)
                 .values_list("user__username", "pre_form"))
    assert sorted(forms.values()).count("A") == sorted(forms.values()).count("B") == 4
    for attempt in post.select_related("quiz", "user"):
        assert attempt.quiz.form != forms[attempt.user.username]  # the other form after
    rows = series_gains(demo.PREPOST_SERIES)
    assert len(rows) == 6
    assert len({round(row.normalised, 2) for row in rows}) > 3  # a spread, not one value
    figures = group_gains(rows)
    assert 0.1 < figures["normalised_gain"].mean < 0.8
    assert figures["d_prime_post"].mean > figures["d_prime_pre"].mean
    # Seeding again changes nothing.
    call_command("seed_demo", stdout=io.StringIO())
    assert taken.count() == 14
    # The safety and rights courses' forms are seeded alike (14 attempts each).
    assert Attempt.objects.filter(user__username__in=learners,
                                  quiz__kind__in=["pretest", "posttest"]).count() == 14 * (
        1 + len(demo.PREPOST_OTHER_SERIES))
    # ...and the finisher's booster once.
    assert Attempt.objects.filter(user__username__in=learners, quiz__kind="practice",
                                  page=None).count() == 1

    # The cohort follows the three demo courses: the dashboard shows each course's gains
    # beside the pooled figure, and the report the pooled one.
    assert cohort.courses.count() == 3
    facilitator = cohort.memberships.filter(role="facilitator").first().user
    login_verified(client, facilitator)
    response = client.get(f"/en/facilitate/cohorts/{cohort.pk}/")
    html = response.content.decode()
    by_course = {item["title"]: item["gain"] for item in response.context["course_gains"]}
    assert len(by_course) == 3 and all(g and g["mean"] is not None for g in by_course.values())
    normalised = figures["normalised_gain"]
    assert f"{normalised.mean:.2f}" in html
    # An interval reads left to right in an Arabic page too, so that a negative bound
    # keeps its minus sign on its left: every interval of the dashboard is marked so.
    assert f'<bdi dir="ltr">{normalised.low:.2f} – {normalised.high:.2f}</bdi>' in html
    intervals = re.findall(r'(<bdi[^>]*>)[^<]* – [^<]*</bdi>\)', html)
    assert len(intervals) >= 4 and set(intervals) == {'<bdi dir="ltr">'}
    for series in demo.PREPOST_OTHER_SERIES:
        other = group_gains(series_gains(series))["normalised_gain"]
        assert f"{other.mean:.2f}" in html
    pooled = group_gains(series_gains([demo.PREPOST_SERIES, *demo.PREPOST_OTHER_SERIES]))
    report = client.get(f"/en/facilitate/cohorts/{cohort.pk}/report/").context["report"]
    assert report.normalised_gain.value == round(pooled["normalised_gain"].mean, 2)
    assert report.gain.value is not None and report.gain.low is not None
    # The facilitator's view of boosters: layla finished every course and took the
    # disinformation booster a day after it was due; the others have not finished.
    [boosters] = client.get(f"/en/facilitate/cohorts/{cohort.pk}/boosters/").context["courses"]
    states = {row.pseudonym: row.state for row in boosters.rows}
    assert states.pop("demo-layla") == "taken"
    assert set(states.values()) == {"not_finished"}


def _other_cohorts_attempts(course, pre, post, *, learners=100, per_quiz=50):
    """10,000 submitted pre/post attempts of the same series by another cohort's learners."""
    from django.contrib.auth import get_user_model

    from courses.models import CohortMembership, Organisation
    from quizzes.models import Attempt

    organisation = Organisation.objects.create(name="Another NGO")
    other = make_cohort(name="Another cohort", organisation=organisation,
                        facilitator=make_facilitator("another-facilitator", organisation),
                        courses=[course])
    User = get_user_model()
    others = User.objects.bulk_create(
        [User(username=f"other-{i}", password="!") for i in range(learners)])  # noqa: S106
    CohortMembership.objects.bulk_create(
        [CohortMembership(cohort=other, user=person, role="learner") for person in others])
    now = timezone.now()
    Attempt.objects.bulk_create(
        [Attempt(user=person, quiz=quiz, number=number, idempotency_key=uuid.uuid4(),
                 order_seed=1, language="ar", started_at=now, submitted_at=now,
                 score=5, max_score=10, passed=True)
         for person in others for quiz in (pre, post) for number in range(1, per_quiz + 1)],
        batch_size=2000)
    return learners * per_quiz * 2


def test_gains_read_only_the_cohorts_attempts(cohort, course, known_gains):
    """The dashboard's and the report's cost is bounded by the cohort: another cohort's
    10,000 attempts of the same pre/post series change neither the queries nor the rows
    read, and not the figures."""
    from courses.cohorts import dashboard, report
    from quizzes.models import Quiz

    def measure():
        with counting_reads() as reads:
            board = dashboard.build(cohort)
            summary = report.build([cohort])
        return reads, board.figures["gain"], summary.gain

    measure()  # warms the per-process caches (course structure, placements)
    before = measure()
    pre, post = (Quiz.objects.get(series=known_gains, kind=kind)
                 for kind in ("pretest", "posttest"))
    assert _other_cohorts_attempts(course, pre, post) == 10_000
    after = measure()
    assert (after[0].queries, after[0].rows) == (before[0].queries, before[0].rows)
    assert after[1:] == before[1:]
    assert before[1]["n"] == 6

# --- The small-group rule at its boundary (LITERACY_MIN_GROUP_SIZE = 5) --------------------

def _grow(cohort, learners, total):
    people = list(learners)
    for i in range(total - len(people)):
        person = UserFactory(username=f"grown-{i}")
        membership.add_learner(user=person, cohort=cohort)
        people.append(person)
    return people


@pytest.fixture
def pre_post(course):
    from quizzes.demo import create_quiz
    from tests.quizzes.data import quiz_data

    from .activities import place, quiz_block
    from .builders import lessons_of

    pre = create_quiz("edge-pre-a", quiz_data(kind="pretest", form="A"))
    post = create_quiz("edge-post-b", quiz_data(kind="posttest", form="B"))
    place(lessons_of(course)[0], quiz_block(pre))
    place(lessons_of(course)[-1], quiz_block(post))
    return pre, post


def _take(people, pre_post, *, both: int):
    """Everyone takes the pre-test; the first ``both`` also take the post-test."""
    pre, post = pre_post
    now = timezone.now()
    for index, person in enumerate(people):
        _attempt(person, pre, 20 + index, now - timezone.timedelta(days=10))
        if index < both:
            _attempt(person, post, 60 + 3 * index, now)


@pytest.mark.parametrize(("size", "shown"), [(4, False), (5, True)])
def test_every_report_figure_is_suppressed_at_four_learners_and_shown_at_five(
        settings, cohort, learners, course, pre_post, size, shown):
    from courses.cohorts import report
    from courses.models import Attendance

    settings.LITERACY_MIN_GROUP_SIZE = 5
    people = _grow(cohort, learners, size)
    Attendance.objects.create(cohort=cohort, session_date=cohort.starts_on, user=people[0])
    _take(people, pre_post, both=size)
    data = report.build([cohort])
    figures = {"learners": data.learners, "started": data.started,
               "completed": data.completed, "attendance": data.attendance,
               "gain": data.gain, "normalised_gain": data.normalised_gain,
               **{f"module {title}": figure for title, figure in data.modules}}
    assert len(figures) > 6
    for name, figure in figures.items():
        assert figure.n == size, name
        assert figure.suppressed is not shown, name


@pytest.mark.parametrize(("both", "shown"), [(4, False), (5, True)])
def test_the_gain_is_suppressed_on_learners_with_both_tests_not_cohort_size(
        settings, facilitator_client, cohort, learners, course, pre_post, both, shown):
    """Ten learners, all took the pre-test; only ``both`` took the post-test too."""
    from courses.cohorts import report
    from courses.models import Attendance

    settings.LITERACY_MIN_GROUP_SIZE = 5
    people = _grow(cohort, learners, 10)
    Attendance.objects.create(cohort=cohort, session_date=cohort.starts_on, user=people[0])
    _take(people, pre_post, both=both)
    data = report.build([cohort])
    assert data.learners.value == 10  # the cohort itself is large enough
    for figure in (data.gain, data.normalised_gain):
        assert figure.n == both
        assert figure.suppressed is not shown
        assert (figure.low is None) is not shown
    page = facilitator_client.get(f"/en/facilitate/cohorts/{cohort.pk}/report/")
    assert ('muted">fewer than 5 learners</span>' in page.content.decode()) is not shown


@pytest.mark.parametrize(("size", "shown"), [(4, False), (5, True)])
def test_one_small_group_rule_for_every_figure(settings, cohort, learners, course, pre_post,
                                               size, shown):
    """The cohort dashboard's gain, the report's and the quizzes' own group means follow
    one rule (``literacy.small_groups``): the dashboard once asked for a mean over two
    learners. Changing LITERACY_MIN_GROUP_SIZE moves every figure's boundary."""
    from courses.cohorts import dashboard, report
    from quizzes.gains import group_mean

    people = _grow(cohort, learners, size)
    _take(people, pre_post, both=size)
    for minimum, expected in ((5, shown), (size + 1, False), (size, True)):
        settings.LITERACY_MIN_GROUP_SIZE = minimum
        gain = dashboard.build(cohort).figures["gain"]
        assert gain["n"] == size
        assert (gain["mean"] is not None) is expected, minimum
        assert report.build([cohort]).gain.suppressed is not expected, minimum
        assert (group_mean(list(range(size))).mean is not None) is expected, minimum
