# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Cohort cards on the facilitator's home: learner and needs-attention counts, at a cost
bounded per cohort (and flat once the attention counts are cached)."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import CohortMembership
from tests.factories import UserFactory

from .cohort_fixtures import *

pytestmark = pytest.mark.django_db


def _queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/facilitate/").status_code == 200
    return len(queries)


def _more_cohorts(organisation, facilitator, course, count):
    for i in range(count):
        make_cohort(name=f"more-{i}", organisation=organisation, facilitator=facilitator,
                    courses=[course], learners=[UserFactory(username=f"m{i}-{j}")
                                                for j in range(2)])


def test_cards_show_learners_and_who_needs_attention(facilitator_client, cohort, learners):
    CohortMembership.objects.filter(cohort=cohort, user__in=learners[:2]).update(
        joined_at=cohort.starts_on and dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    html = facilitator_client.get("/en/facilitate/").content.decode()
    assert "3 learners" in html
    assert "2 need attention" in html
    ar = facilitator_client.get("/ar/facilitate/").content.decode()
    assert "3 متعلّمين" in ar or "3 متعلمين" in ar


def _forget_attention():
    from courses.models import Cohort

    cache.delete_many([f"cohorts:attention-count:{pk}"
                       for pk in Cohort.objects.values_list("pk", flat=True)])


def test_a_warm_home_costs_the_same_whatever_the_cohorts(facilitator_client, cohort,
                                                          organisation, facilitator, course):
    _queries(facilitator_client)
    warm_one = _queries(facilitator_client)
    _forget_attention()
    per_cohort = _queries(facilitator_client) - warm_one  # a build, counting who needs it
    assert per_cohort > 0
    _more_cohorts(organisation, facilitator, course, 2)
    _queries(facilitator_client)
    assert _queries(facilitator_client) == warm_one
    _forget_attention()
    assert _queries(facilitator_client) == warm_one + 3 * per_cohort
