# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""A learner not yet in the cohort joins it from the live quiz's door with the cohort's
join code and goes straight into the quiz; the door is throttled like cohort join."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone, translation

from courses.cohorts import membership
from courses.models import Enrollment
from courses.models.cohorts import CohortMembership
from quizzes.live.models import LiveSession
from tests.factories import UserFactory
from tests.quizzes.live_helpers import make_live_quiz

from .cohort_fixtures import *

pytestmark = pytest.mark.django_db


@pytest.fixture
def started(facilitator_client, cohort):
    facilitator_client.post(f"/ar/facilitate/cohorts/{cohort.pk}/live/",
                            {"quiz": make_live_quiz().pk})
    return LiveSession.objects.get()


@pytest.fixture
def newcomer(db):
    user = UserFactory(username="newcomer")
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def enter_with(client, session, group_code):
    return client.post("/ar/quizzes/live/", {"code": session.code, "group_code": group_code})


def test_an_outsider_is_offered_the_groups_code_instead_of_a_dead_end(newcomer, started):
    page = newcomer.get(f"/ar/quizzes/live/{started.code}/")
    assert page.status_code == 403
    html = page.content.decode()
    assert 'name="group_code"' in html and f'value="{started.code}"' in html
    assert not started.participants.filter(user=newcomer.user).exists()


def test_the_cohort_code_joins_the_cohort_and_the_quiz(newcomer, started, cohort, course):
    response = enter_with(newcomer, started, f" {cohort.join_code[:4].lower()}-"
                                             f"{cohort.join_code[4:]} ")
    assert response.status_code == 302
    assert response["Location"] == f"/ar/quizzes/live/{started.code}/"
    assert CohortMembership.objects.filter(cohort=cohort, user=newcomer.user,
                                           role="learner").exists()
    assert Enrollment.objects.filter(user=newcomer.user, course=course).exists()
    assert newcomer.get(response["Location"]).status_code == 200
    assert started.participants.filter(user=newcomer.user).exists()


def test_a_wrong_group_code_joins_nothing(newcomer, started, cohort, other_cohort):
    """Another cohort's valid code is a wrong code at this door: it joins neither."""
    for code in ("WRONG1", other_cohort.join_code, ""):
        response = enter_with(newcomer, started, code)
        assert response.status_code == 400
        assert 'role="alert"' in response.content.decode()
    assert not CohortMembership.objects.filter(user=newcomer.user).exists()
    assert not started.participants.filter(user=newcomer.user).exists()


def test_a_wrong_live_code_is_throttled_like_cohort_join(newcomer, started, cohort):
    for _n in range(5):
        enter_with(newcomer, started, "WRONG1")
    refused = enter_with(newcomer, started, cohort.join_code)
    assert refused.status_code == 429
    with translation.override("ar"):
        assert str(membership.TOO_MANY) in refused.content.decode()
    assert not CohortMembership.objects.filter(user=newcomer.user).exists()
    # The same pause covers the cohort's own join page: one counter, two doors.
    assert newcomer.post("/ar/join/", {"code": cohort.join_code}).status_code == 429


def test_an_expired_code_keeps_the_door_closed(newcomer, started, cohort):
    cohort.join_code_expires_at = timezone.now() - dt.timedelta(days=1)
    cohort.save()
    page = newcomer.get(f"/ar/quizzes/live/{started.code}/")
    assert page.status_code == 403 and 'name="group_code"' not in page.content.decode()
    assert enter_with(newcomer, started, cohort.join_code).status_code == 400
    assert not CohortMembership.objects.filter(user=newcomer.user).exists()


def test_the_enter_form_without_a_group_code_still_just_finds_the_quiz(newcomer, started):
    """The session's code alone finds the quiz and asks for the group's code; it joins
    nothing (neither the group nor the session)."""
    response = newcomer.post("/ar/quizzes/live/", {"code": started.code})
    assert response.status_code == 403
    assert 'name="group_code"' in response.content.decode()
    assert not CohortMembership.objects.filter(user=newcomer.user).exists()
    assert not started.participants.exists()
