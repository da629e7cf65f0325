# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
import datetime as dt

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from courses.cohorts import membership
from courses.models import CohortMembership, Enrollment
from tests.factories import UserFactory

from .builders import make_course
from .cohort_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def newcomer(client):
    user = UserFactory(username="newcomer")
    client.force_login(user)
    return user


def test_join_code_uses_no_look_alike_characters(cohort):
    assert len(cohort.join_code) == 8
    assert not set(cohort.join_code) & set("0O1IL5S2Z8B")


def test_learner_joins_with_code_typed_in_lower_case_with_a_dash(client, newcomer, cohort,
                                                                 catalogue):
    cohort_only = make_course(catalogue, slug="cohort-only", pacing="cohort_only")
    cohort.courses.add(cohort_only)
    code = cohort.join_code.lower()
    response = client.post(reverse("cohorts:join"), {"code": f" {code[:4]}-{code[4:]} "})
    assert response.status_code == 302
    assert CohortMembership.objects.filter(cohort=cohort, user=newcomer,
                                           role="learner").exists()
    assert set(Enrollment.objects.filter(user=newcomer).values_list("course_id", flat=True)) \
        == set(cohort.courses.values_list("pk", flat=True))


def test_joining_twice_makes_no_duplicate(client, newcomer, cohort):
    for _ in range(2):
        client.post(reverse("cohorts:join"), {"code": cohort.join_code})
    assert CohortMembership.objects.filter(cohort=cohort, user=newcomer).count() == 1
    response = client.post("/en/join/", {"code": cohort.join_code}, follow=True)
    assert "You are already a member" in response.content.decode()


def test_mistyped_code_is_refused_with_a_clear_message(client, newcomer, cohort):
    response = client.post("/en/join/", {"code": "AAAA-AAAA"})
    assert response.status_code == 400
    assert "No cohort has this code" in response.content.decode()
    assert not CohortMembership.objects.filter(user=newcomer).exists()


def test_rotated_code_no_longer_works(client, newcomer, cohort):
    old = cohort.join_code
    new = membership.rotate_code(cohort=cohort)
    assert new != old
    assert client.post(reverse("cohorts:join"), {"code": old}).status_code == 400
    assert client.post(reverse("cohorts:join"), {"code": new}).status_code == 302


def test_expired_code_says_it_expired(client, newcomer, cohort):
    membership.set_code_expiry(cohort=cohort, expires_at=timezone.now() - dt.timedelta(hours=1))
    with_english = client.post("/en/join/", {"code": cohort.join_code})
    assert with_english.status_code == 400
    assert "expired" in with_english.content.decode()
    assert not CohortMembership.objects.filter(user=newcomer).exists()


def test_repeated_wrong_codes_are_rate_limited(client, newcomer, cohort):
    for _ in range(5):
        client.post("/en/join/", {"code": "WRONGCODE"})
    response = client.post("/en/join/", {"code": cohort.join_code})
    assert response.status_code == 429
    assert "Too many wrong codes" in response.content.decode()
    # An invite link is a code too: paused the same way.
    assert client.get(f"/en/join/{cohort.join_code}/").status_code == 429
    assert not CohortMembership.objects.filter(user=newcomer).exists()


def test_rate_limit_is_per_learner_and_stores_no_address(client, newcomer, cohort):
    for _ in range(5):
        client.post("/en/join/", {"code": "WRONGCODE"}, REMOTE_ADDR="203.0.113.9")
    keys = list(cache._cache.keys())
    assert keys and all("203.0.113.9" not in key for key in keys)
    other = UserFactory(username="other-learner")
    client.force_login(other)
    assert client.post("/en/join/", {"code": cohort.join_code}).status_code == 302


def test_arabic_indic_digits_are_folded(cohort):
    assert membership.normalise_code("ac٣٤-ef") == "AC34EF"


def test_invite_link_asks_before_joining(client, newcomer, cohort):
    url = reverse("cohorts:invite", kwargs={"code": cohort.join_code})
    page = client.get(url)
    assert page.status_code == 200
    assert cohort.name in page.content.decode()
    assert not CohortMembership.objects.filter(user=newcomer).exists()
    assert client.post(url).status_code == 302
    assert CohortMembership.objects.filter(user=newcomer, cohort=cohort).exists()


def test_invite_link_needs_sign_in(client, cohort):
    url = reverse("cohorts:invite", kwargs={"code": cohort.join_code})
    response = client.get(url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_qr_code_is_an_svg_of_the_invite_link(facilitator_client, cohort):
    response = facilitator_client.get(reverse("cohorts:qr", args=[cohort.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.startswith(b"<svg")


def test_remove_keeps_progress(facilitator_client, cohort, learners, course):
    learner = learners[0]
    complete(learner, lessons_in(course)[0])
    response = facilitator_client.post(
        reverse("cohorts:learner_remove", args=[cohort.pk, learner.pk]))
    assert response.status_code == 302
    assert not CohortMembership.objects.filter(cohort=cohort, user=learner).exists()
    assert learner.lesson_progress.count() == 1
    assert Enrollment.objects.filter(user=learner, course=course).exists()


def test_move_to_another_cohort_keeps_progress_and_joining_date(
        facilitator_client, facilitator, organisation, cohort, learners, course):
    second = make_cohort(name="Second", organisation=organisation, facilitator=facilitator,
                         courses=[course])
    learner = learners[0]
    joined = CohortMembership.objects.get(cohort=cohort, user=learner).joined_at
    complete(learner, lessons_in(course)[0])
    response = facilitator_client.post(
        reverse("cohorts:learner_move", args=[cohort.pk, learner.pk]), {"target": second.pk})
    assert response.status_code == 302
    moved = CohortMembership.objects.get(user=learner, cohort=second)
    assert moved.joined_at == joined
    assert not CohortMembership.objects.filter(cohort=cohort, user=learner).exists()
    assert learner.lesson_progress.count() == 1


def test_move_to_a_cohort_one_does_not_facilitate_is_404(
        facilitator_client, cohort, learners, other_cohort):
    response = facilitator_client.post(
        reverse("cohorts:learner_move", args=[cohort.pk, learners[0].pk]),
        {"target": other_cohort.pk})
    assert response.status_code == 404
    assert CohortMembership.objects.filter(cohort=cohort, user=learners[0]).exists()


def test_facilitator_creates_a_cohort(facilitator_client, facilitator, organisation, course):
    co = make_facilitator("sami", organisation)
    response = facilitator_client.post(reverse("cohorts:create"), {
        "name": "ورشة التحقق", "organisation": organisation.pk, "courses": [course.pk],
        "starts_on": "2026-01-10", "ends_on": "2026-02-20", "co_facilitators": "sami",
    })
    assert response.status_code == 302
    created = facilitator.cohort_memberships.get(cohort__name="ورشة التحقق").cohort
    # The co-facilitator is invited, not attached: they join once they accept.
    assert set(created.memberships.filter(role="facilitator")
               .values_list("user__username", flat=True)) == {"mona"}
    assert created.facilitator_invitations.get().invitee == co


def test_cohort_end_before_start_is_refused(facilitator_client, organisation, course):
    response = facilitator_client.post("/en/facilitate/cohorts/new/", {
        "name": "Bad", "organisation": organisation.pk, "courses": [course.pk],
        "starts_on": "2026-03-10", "ends_on": "2026-02-20",
    })
    assert response.status_code == 200
    assert "The end date is before the start date." in response.content.decode()
