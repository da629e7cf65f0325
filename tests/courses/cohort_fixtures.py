"""Fixtures for the cohort tests (imported by each tests/courses/test_cohort_*.py)."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from courses.cohorts import membership
from courses.models import CohortMembership, LessonPage, Organisation
from courses.models.cohorts import Cohort
from literacy.security.testing import login_verified
from tests.factories import UserFactory

from .builders import make_catalogue, make_course

__all__ = [
    "_fresh_cache",
    "catalogue", "course", "organisation", "facilitator", "facilitator_client",
    "cohort", "learners", "other_facilitator", "other_cohort", "make_cohort",
    "make_facilitator", "complete", "lessons_in",
]


def make_facilitator(username, organisation=None):
    user = UserFactory(username=username)
    group, _ = Group.objects.get_or_create(name="Facilitators")
    user.groups.add(group)
    if organisation is not None:
        organisation.facilitators.add(user)
    return user


def make_cohort(*, name, organisation, facilitator, courses, learners=(), **fields):
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        name=name, organisation=organisation,
        starts_on=fields.pop("starts_on", today - dt.timedelta(days=14)),
        ends_on=fields.pop("ends_on", today + dt.timedelta(days=28)), **fields,
    )
    cohort.courses.set(courses)
    membership.add_facilitator(cohort=cohort, user=facilitator)
    for learner in learners:
        membership.add_learner(user=learner, cohort=cohort)
    return cohort


def lessons_in(course):
    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


def complete(user, lesson, when=None):
    from courses.services import record_completion

    progress, _ = record_completion(user=user, lesson=lesson, source="manual")
    if when is not None:
        type(progress).objects.filter(pk=progress.pk).update(completed_at=when)
    return progress


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cohort roles and join-code failures live in the cache: start every test empty."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def catalogue(home_page):
    return make_catalogue(home_page)


@pytest.fixture
def course(catalogue):
    return make_course(catalogue, modules=3, lessons=2)


@pytest.fixture
def organisation(db):
    return Organisation.objects.create(name="شبكة الصحفيين")


@pytest.fixture
def facilitator(organisation):
    return make_facilitator("mona", organisation)


@pytest.fixture
def facilitator_client(client, facilitator):
    login_verified(client, facilitator)
    return client


@pytest.fixture
def learners(db):
    return [UserFactory(username=f"learner-{i}") for i in range(3)]


@pytest.fixture
def cohort(organisation, facilitator, course, learners):
    return make_cohort(name="زمالة ٢٠٢٦", organisation=organisation, facilitator=facilitator,
                       courses=[course], learners=learners)


@pytest.fixture
def other_facilitator(db):
    other_org = Organisation.objects.create(name="Other NGO")
    return make_facilitator("omar", other_org)


@pytest.fixture
def other_cohort(other_facilitator, course):
    organisation = other_facilitator.facilitated_organisations.first()
    learner = UserFactory(username="someone-else")
    return make_cohort(name="Other cohort", organisation=organisation,
                       facilitator=other_facilitator, courses=[course], learners=[learner])


def memberships(cohort):
    return CohortMembership.objects.filter(cohort=cohort)
