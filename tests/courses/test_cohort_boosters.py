"""The facilitator's view of boosters (issue 21): who has one scheduled, due or taken in
this cohort's courses, the booster's score beside the post-test, and means withheld
under the one small-group rule."""
# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures

import datetime as dt
import uuid

import pytest
from django.utils import timezone

from courses.cohorts import access, booster_status
from courses.models import BoosterAssignment
from quizzes.demo import create_quiz
from quizzes.models import Attempt
from tests.factories import UserFactory
from tests.html import without_styles
from tests.quizzes.data import QUESTIONS, quiz_data

from .builders import make_course
from .cohort_fixtures import *

pytestmark = pytest.mark.django_db


def _booster_course(catalogue, slug):
    quiz = create_quiz(f"booster-{slug}", quiz_data(kind="practice", pass_mark=0,
                                                   questions=[QUESTIONS[0]]))
    return make_course(catalogue, slug=slug, modules=1, lessons=1, booster_quiz=quiz)


def _booster(user, course, *, days_ago, taken_score=None):
    now = timezone.now()
    due = now - dt.timedelta(days=days_ago)
    booster = BoosterAssignment.objects.create(user=user, course=course,
                                               quiz_id=course.booster_quiz_id, due_at=due)
    if taken_score is not None:
        Attempt.objects.create(user=user, quiz_id=course.booster_quiz_id, number=1,
                               idempotency_key=uuid.uuid4(), order_seed=1, started_at=now,
                               submitted_at=now, score=taken_score, max_score=1)
        BoosterAssignment.objects.filter(pk=booster.pk).update(done_at=now)
    return booster


def test_the_booster_view_shows_only_this_cohorts_learners_and_courses(
        catalogue, organisation, facilitator, facilitator_client, other_cohort):
    followed = _booster_course(catalogue, "followed")
    not_followed = _booster_course(catalogue, "not-followed")
    taken, due, waiting, unfinished = (UserFactory(username=f"b-{n}") for n in
                                       ("taken", "due", "waiting", "unfinished"))
    cohort = make_cohort(name="Boosters", organisation=organisation, facilitator=facilitator,
                         courses=[followed], learners=[taken, due, waiting, unfinished])
    _booster(taken, followed, days_ago=2, taken_score=0.8)
    _booster(due, followed, days_ago=1)
    _booster(waiting, followed, days_ago=-3)
    hidden = [_booster(taken, not_followed, days_ago=2),  # a course the cohort does not follow
              _booster(other_cohort.memberships.get(role="learner").user, followed, days_ago=1)]

    seen = set(access.boosters_of_cohort(cohort).values_list("pk", flat=True))
    assert len(seen) == 3 and not seen & {b.pk for b in hidden}
    [entry] = booster_status.for_cohort(cohort)
    states = {row.pseudonym: (row.state, row.booster) for row in entry.rows}
    assert states == {"b-taken": ("taken", 80.0), "b-due": ("due", None),
                      "b-waiting": ("scheduled", None), "b-unfinished": ("not_finished", None)}
    assert (entry.taken, entry.due) == (1, 1)

    response = facilitator_client.get(f"/en/facilitate/cohorts/{cohort.pk}/boosters/")
    html = without_styles(response.content.decode())
    assert response.status_code == 200
    assert "someone-else" not in html and "not-followed" not in html
    assert 'data-state="due"' in html and "80%" in html
    # Four learners, one took it: the means are withheld (the one small-group rule).
    assert entry.suppressed and entry.mean_booster is None
    assert "fewer than 5 learners" in html
    # Another facilitator's cohort is not found through this one.
    assert facilitator_client.get(
        f"/en/facilitate/cohorts/{other_cohort.pk}/boosters/").status_code == 404


def test_the_means_show_once_enough_learners_took_the_booster_and_the_post_test(
        catalogue, organisation, facilitator, settings, monkeypatch):
    course = _booster_course(catalogue, "followed")
    learners = [UserFactory(username=f"m-{n}") for n in range(5)]
    cohort = make_cohort(name="Means", organisation=organisation, facilitator=facilitator,
                         courses=[course], learners=learners)
    for n, learner in enumerate(learners):
        _booster(learner, course, days_ago=1, taken_score=0.5 + n / 10)
    monkeypatch.setattr(booster_status, "_first_percent", _with_posttests(
        booster_status._first_percent, {learner.pk: 90.0 for learner in learners}))
    settings.LITERACY_MIN_GROUP_SIZE = 5
    [entry] = booster_status.for_cohort(cohort)
    assert not entry.suppressed
    assert entry.mean_booster == pytest.approx(70.0) and entry.mean_posttest == 90.0
    settings.LITERACY_MIN_GROUP_SIZE = 6
    [entry] = booster_status.for_cohort(cohort)
    assert entry.suppressed and entry.mean_posttest is None


def _with_posttests(first_percent, posttests):
    """Post-test scores for these learners (the attempts' placement is tested elsewhere)."""
    def patched(attempts):
        found = first_percent(attempts)
        return found if any(isinstance(key, tuple) for key in found) else posttests
    return patched
