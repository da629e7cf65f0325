# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Every URL taking a cohort, learner, attempt or export id answers 404 to anyone else."""

import pytest
from django.urls import reverse

from courses.models import CohortMembership
from literacy.security.testing import login_verified
from tests.factories import UserFactory

from .cohort_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db


def cohort_urls(cohort, learner_id):
    c = cohort.pk
    return [
        ("get", reverse("cohorts:dashboard", args=[c]), None),
        ("get", reverse("cohorts:data", args=[c]), None),
        ("get", reverse("cohorts:qr", args=[c]), None),
        ("get", reverse("cohorts:code", args=[c]), None),
        ("post", reverse("cohorts:code", args=[c]), {"rotate": "1"}),
        ("get", reverse("cohorts:pacing", args=[c]), None),
        ("post", reverse("cohorts:pacing", args=[c]), {}),
        ("get", reverse("cohorts:learner", args=[c, learner_id]), None),
        ("post", reverse("cohorts:learner_remove", args=[c, learner_id]), {}),
        ("post", reverse("cohorts:learner_move", args=[c, learner_id]), {"target": c}),
        ("get", reverse("cohorts:announcements", args=[c]), None),
        ("post", reverse("cohorts:announcements", args=[c]), {"body": "x"}),
        ("get", reverse("cohorts:attendance", args=[c]), None),
        ("post", reverse("cohorts:attendance", args=[c]), {"session_date": "2026-01-01"}),
        ("get", reverse("cohorts:report", args=[c]), None),
        ("get", reverse("cohorts:report_xlsx", args=[c]), None),
        ("post", reverse("cohorts:facilitator_remove", args=[c, learner_id]), {}),
    ] + [
        ("get", reverse("cohorts:export", args=[kind, fmt]) + f"?cohort={c}", None)
        for kind in ("matrix", "attempts", "attendance") for fmt in ("csv", "xlsx")
    ]


def test_another_facilitator_gets_404_on_every_cohort_url(client, cohort, other_facilitator,
                                                          learners):
    login_verified(client, other_facilitator)
    code = cohort.join_code
    for method, url, data in cohort_urls(cohort, learners[0].pk):
        response = getattr(client, method)(url, data or {})
        assert response.status_code == 404, (method, url, response.status_code)
    # nothing changed
    cohort.refresh_from_db()
    assert cohort.join_code == code
    assert CohortMembership.objects.filter(cohort=cohort, role="learner").count() == 3
    assert not cohort.announcements.exists()


def test_the_facilitator_reaches_every_cohort_url(facilitator_client, cohort, learners):
    for method, url, _data in cohort_urls(cohort, learners[0].pk):
        if method == "get":
            response = facilitator_client.get(url)
            assert response.status_code == 200, (url, response.status_code)


def test_a_learner_of_the_cohort_sees_none_of_it(client, cohort, learners):
    client.force_login(learners[0])
    assert client.get(reverse("cohorts:home")).status_code == 404
    for method, url, data in cohort_urls(cohort, learners[1].pk):
        assert getattr(client, method)(url, data or {}).status_code == 404, url


def test_facilitator_without_second_factor_is_sent_to_verify(client, cohort, facilitator):
    client.force_login(facilitator)
    response = client.get(reverse("cohorts:dashboard", args=[cohort.pk]))
    assert response.status_code == 302
    assert "login" not in response["Location"]
    assert "cohorts" not in response.content.decode()


def test_anonymous_visitor_is_sent_to_sign_in(client, cohort, learners):
    for method, url, data in cohort_urls(cohort, learners[0].pk):
        response = getattr(client, method)(url, data or {})
        assert response.status_code == 302, url
        assert "login" in response["Location"]


def test_learner_of_another_cohort_is_404_even_for_its_facilitator(
        facilitator_client, cohort, other_cohort):
    stranger = other_cohort.memberships.get(role="learner").user_id
    for name in ("cohorts:learner",):
        assert facilitator_client.get(reverse(name, args=[cohort.pk, stranger])).status_code == 404
    response = facilitator_client.post(reverse("cohorts:learner_remove",
                                               args=[cohort.pk, stranger]))
    assert response.status_code == 404


def test_export_filter_naming_another_cohort_is_404(facilitator_client, cohort, other_cohort):
    url = reverse("cohorts:export", args=["matrix", "csv"])
    assert facilitator_client.get(f"{url}?cohort={cohort.pk}").status_code == 200
    assert facilitator_client.get(
        f"{url}?cohort={cohort.pk}&cohort={other_cohort.pk}").status_code == 404
    assert facilitator_client.get(f"{url}?cohort=abc").status_code == 404
    assert facilitator_client.get(url).status_code == 404


def test_cohort_list_shows_only_ones_own_cohorts(facilitator_client, cohort, other_cohort):
    page = facilitator_client.get(reverse("cohorts:home")).content.decode()
    assert cohort.name in page
    assert other_cohort.name not in page


def test_coordinator_sees_only_their_organisations_report(client, organisation, cohort,
                                                          other_cohort):
    coordinator = UserFactory(username="coordinator")
    organisation.coordinators.add(coordinator)
    login_verified(client, coordinator)
    home = client.get(reverse("cohorts:home"))
    assert home.status_code == 200
    assert organisation.name in home.content.decode()
    assert client.get(reverse("cohorts:organisation_report",
                              args=[organisation.pk])).status_code == 200
    assert client.get(reverse("cohorts:organisation_report",
                              args=[other_cohort.organisation_id])).status_code == 404
    # aggregates only: no cohort dashboard, no learner names
    assert client.get(reverse("cohorts:dashboard", args=[cohort.pk])).status_code == 404
    report = client.get(reverse("cohorts:organisation_report", args=[organisation.pk]))
    assert "learner-0" not in report.content.decode()


def test_removed_co_facilitator_loses_access(facilitator_client, organisation, cohort):
    from django.test import Client

    from courses.cohorts import membership

    co = make_facilitator("sami", organisation)
    membership.add_facilitator(cohort=cohort, user=co)
    client = Client()
    login_verified(client, co)
    assert client.get(reverse("cohorts:dashboard", args=[cohort.pk])).status_code == 200
    facilitator_client.post(reverse("cohorts:facilitator_remove", args=[cohort.pk, co.pk]))
    assert client.get(reverse("cohorts:dashboard", args=[cohort.pk])).status_code == 404
