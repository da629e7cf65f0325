# ruff: noqa: F403, F405, F811 - fixtures come from cohort_fixtures and test_cohort_gains
"""The donor report, with n stated under every figure, still prints on one A4 page
(Chromium's own PDF of the print layout, in Arabic)."""

import re

import pytest

from tests.courses.cohort_fixtures import *
from tests.courses.test_cohort_gains import known_gains  # noqa: F401 - a fixture

from .conftest import SCREENSHOTS

pytestmark = pytest.mark.django_db(transaction=True)


def test_report_prints_on_one_page(visit, live_server, cohort, learners, facilitator,
                                   known_gains):
    from courses.models import Attendance

    for learner in learners:
        Attendance.objects.create(cohort=cohort, session_date=cohort.starts_on, user=learner)
    page = visit.page
    visit.sign_in(live_server.url, facilitator, verified=True)
    page.goto(f"{live_server.url}/ar/facilitate/cohorts/{cohort.pk}/report/")
    assert page.locator(".figure__n").count() == 5  # started, completed, attendance, gains
    page.emulate_media(media="print")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "cohort-report-print-ar.png"), full_page=True)
    pdf = page.pdf(format="A4", print_background=True)
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)) == 1
