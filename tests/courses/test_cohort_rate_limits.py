# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Rate limits on facilitators' exports and donor reports (literacy/security/rate_limits.py):
every request counts (they are GETs that read every attempt of the cohorts), per person;
past the limit a translated 429 with Retry-After, and no file."""

import pytest
from django.test import Client
from django.urls import reverse

from literacy.security.testing import login_verified
from tests.factories import UserFactory

from .cohort_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db
ARABIC_REFUSAL = "طلبات كثيرة جدًا"  # "Too many requests"


def assert_refused(response):
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert not response.has_header("Content-Disposition")
    assert ARABIC_REFUSAL in response.content.decode()


def test_exports_past_the_limit_are_refused(settings, facilitator_client, cohort,
                                            other_facilitator, other_cohort):
    settings.LITERACY_RATE_LIMITS = {"export": (2, 600)}
    url = reverse("cohorts:export", args=["matrix", "csv"]) + f"?cohort={cohort.pk}"
    xlsx = reverse("cohorts:export", args=["matrix", "xlsx"]) + f"?cohort={cohort.pk}"
    assert facilitator_client.get(url).status_code == 200
    assert facilitator_client.get(xlsx).status_code == 200
    assert_refused(facilitator_client.get(url))
    # Another facilitator is not held back by this one.
    other = Client()
    login_verified(other, other_facilitator)
    mine = reverse("cohorts:export", args=["matrix", "csv"]) + f"?cohort={other_cohort.pk}"
    assert other.get(mine).status_code == 200


def test_cohort_reports_html_and_xlsx_count_together(settings, facilitator_client, cohort):
    settings.LITERACY_RATE_LIMITS = {"report": (2, 600)}
    assert facilitator_client.get(reverse("cohorts:report", args=[cohort.pk])).status_code == 200
    assert facilitator_client.get(
        reverse("cohorts:report_xlsx", args=[cohort.pk])).status_code == 200
    assert_refused(facilitator_client.get(reverse("cohorts:report_xlsx", args=[cohort.pk])))


def test_organisation_reports_past_the_limit_are_refused(settings, client, organisation,
                                                         cohort):
    settings.LITERACY_RATE_LIMITS = {"report": (1, 600)}
    coordinator = UserFactory(username="coordinator")
    organisation.coordinators.add(coordinator)
    login_verified(client, coordinator)
    url = reverse("cohorts:organisation_report", args=[organisation.pk])
    assert client.get(url).status_code == 200
    assert_refused(client.get(reverse("cohorts:organisation_report_xlsx",
                                      args=[organisation.pk])))
