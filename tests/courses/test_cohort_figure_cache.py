# ruff: noqa: F403, F405, F811 - fixtures come from cohort_fixtures and test_cohort_gains
"""The cohort's gains cached per cohort, content generation and data version (issue 22):
a cache hit costs fewer queries, another cohort's attempts cost nothing either way, an
event of the cohort makes the next dashboard show the new figure, and a figure on fewer
learners than the small-group rule is never kept."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.cohorts import dashboard, figure_cache, membership
from tests.factories import UserFactory
from tests.rows_read import counting_reads

from .cohort_fixtures import *
from .test_cohort_gains import (  # noqa: F401
    _attempt,
    _other_cohorts_attempts,
    known_gains,
)

pytestmark = pytest.mark.django_db


def _gain(cohort):
    return dashboard.build(cohort).figures["gain"]


def _cold(cohort):
    figure_cache.changed(cohort_ids=[cohort.pk])


def test_a_cache_hit_serves_the_dashboard_with_fewer_queries(facilitator_client, cohort,
                                                             known_gains):
    url = f"/en/facilitate/cohorts/{cohort.pk}/"
    facilitator_client.get(url)  # per-process caches (structure, placements, session)
    _cold(cohort)
    with CaptureQueriesContext(connection) as cold:
        first = facilitator_client.get(url)
    with CaptureQueriesContext(connection) as warm:
        second = facilitator_client.get(url)
    assert len(warm) < len(cold)
    assert first.context["figures"]["gain"] == second.context["figures"]["gain"]
    assert "24.2" in second.content.decode()


def test_another_cohorts_attempts_change_neither_path(cohort, course, known_gains):
    """Cold (an event just renewed the version) and warm (cached gains): another cohort's
    10,000 attempts of the same series change neither the queries nor the rows read."""
    from quizzes.models import Quiz

    def measure(*, cold):
        if cold:
            _cold(cohort)
        with counting_reads() as reads:
            gain = _gain(cohort)
        return reads.queries, reads.rows, gain

    measure(cold=True)  # per-process caches
    before = measure(cold=True), measure(cold=False)
    pre, post = (Quiz.objects.get(series=known_gains, kind=kind)
                 for kind in ("pretest", "posttest"))
    assert _other_cohorts_attempts(course, pre, post) == 10_000
    after = measure(cold=True), measure(cold=False)
    assert after == before
    assert before[1][0] < before[0][0]  # the hit reads less
    assert before[1][2]["n"] == 6


def test_an_attempt_in_the_cohort_makes_the_next_dashboard_show_the_new_figure(
        cohort, known_gains):
    from quizzes.models import Quiz

    cached = _gain(cohort)
    assert _gain(cohort) == cached  # kept
    newcomer = UserFactory(username="late-learner")
    membership.add_learner(user=newcomer, cohort=cohort)
    assert _gain(cohort) == cached  # joined, no attempt yet: the same figure, recomputed
    pre, post = (Quiz.objects.get(series=known_gains, kind=kind)
                 for kind in ("pretest", "posttest"))
    now = timezone.now()
    _attempt(newcomer, pre, 0, now - timezone.timedelta(days=1))
    _attempt(newcomer, post, 100, now)
    fresh = _gain(cohort)
    assert fresh["n"] == 7 and fresh["mean"] != cached["mean"]


def test_deleting_an_attempt_is_an_event_too(cohort, known_gains):
    from quizzes.models import Attempt

    cached = _gain(cohort)
    Attempt.objects.filter(quiz__kind="posttest").first().delete()
    assert _gain(cohort)["n"] == cached["n"] - 1


def test_a_content_change_is_seen_at_once(cohort, known_gains):
    from literacy import content_cache

    cached = _gain(cohort)
    content_cache.bump()
    key_parts = [k for k in cache._cache if ":figure:gains:" in k]  # LocMemCache's keys
    _gain(cohort)
    assert len([k for k in cache._cache if ":figure:gains:" in k]) == len(key_parts) + 1
    assert cached["n"] == 6


def test_a_gain_of_fewer_learners_than_the_rule_is_never_cached(settings, cohort,
                                                                known_gains):
    settings.LITERACY_MIN_GROUP_SIZE = 7  # six learners have both tests
    _cold(cohort)
    assert _gain(cohort)["mean"] is None  # the one small-group rule suppresses it...
    # ...and a figure on fewer learners is never kept, whoever computed it.
    calls = []

    def compute():
        calls.append(1)
        return {"mean": 0.4, "learners": 6, "normalised": {"mean": 0.5, "learners": 6}}

    for _ in range(2):
        figure_cache.cohort_gains(cohort.pk, page_paths=["x"], compute=compute)
    assert len(calls) == 2
    settings.LITERACY_MIN_GROUP_SIZE = 6
    for _ in range(2):
        figure_cache.cohort_gains(cohort.pk, page_paths=["x"], compute=compute)
    assert len(calls) == 3
