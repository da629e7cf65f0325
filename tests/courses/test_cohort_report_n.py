# ruff: noqa: F403, F405, F811 - fixtures come from cohort_fixtures and test_cohort_gains
"""The donor report states n for every figure: how many learners (or sessions × learners,
or learners with both tests) each one rests on, in the page, its chart and its XLSX."""

import io

import pytest
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from courses.cohorts import membership, report
from courses.models import Attendance
from tests.factories import UserFactory

from .cohort_fixtures import *
from .test_cohort_gains import known_gains  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db


def _page(client, cohort, language="en"):
    return client.get(f"/{language}/facilitate/cohorts/{cohort.pk}/report/")


def test_every_figure_states_its_n(facilitator_client, cohort, learners, course,
                                   known_gains):
    for learner in learners[:2]:
        for day in (cohort.starts_on, cohort.ends_on):
            Attendance.objects.create(cohort=cohort, session_date=day, user=learner)
    complete(learners[0], lessons_in(course)[1])  # the first holds the pre-test
    response = _page(facilitator_client, cohort)
    html = response.content.decode()
    assert html.count("n = 6 learners</span>") == 2  # started, completed
    assert "n = 2 sessions × 6 learners" in html  # attendance: 4 of 12 possible marks
    assert html.count("n = 6 learners with both tests") == 2  # the gain and g
    assert "n = 6 learners</text>" not in html  # the chart isolates each part
    assert "\u2068n = 6 learners\u2069" in html  # the chart: every module's bar
    assert response.context["report"].marks == 12


def test_n_in_the_xlsx(facilitator_client, cohort, known_gains):
    with translation.override("en"):
        url = reverse("cohorts:report_xlsx", args=[cohort.pk])
    sheet = load_workbook(io.BytesIO(b"".join(
        facilitator_client.get(url).streaming_content))).active
    rows = {row[0]: row[1:] for row in sheet.values}
    assert rows["Figure"] == ("Value", "n", "Based on")
    assert rows["Learners enrolled"] == (6, 6, "n = 6 learners")
    assert rows["95% confidence interval"][1:] == (6, "n = 6 learners with both tests")
    assert rows["Mean normalised gain"][1:] == (6, "n = 6 learners with both tests")


def test_pairs_from_several_series_say_so():
    figure = report.Figure(value=10.0, n=7, low=1.0, high=2.0, learners=5)
    with translation.override("en"):
        assert report._pairs(figure) == "n = 7 pre/post pairs from 5 learners"
    with translation.override("ar"):
        assert report._pairs(figure) == "ن = 7 أزواج من الاختبار القبلي والبعدي من 5 متعلّمين"


def test_suppressed_figures_state_no_n(facilitator_client, cohort, learners, course):
    """Three learners: every figure is suppressed, and no n tells how many there are."""
    complete(learners[0], lessons_in(course)[0])
    html = _page(facilitator_client, cohort).content.decode()
    assert "fewer than 5 learners" in html
    assert "n = " not in html
    xlsx = facilitator_client.get(reverse("cohorts:report_xlsx", args=[cohort.pk]))
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    assert all(row[2] in (None, "") for row in list(sheet.values)[1:]), list(sheet.values)


def test_arabic_n_uses_the_plural_forms(facilitator_client, cohort, learners, course):
    for i in range(8):
        membership.add_learner(user=UserFactory(username=f"more-{i}"), cohort=cohort)
    html = _page(facilitator_client, cohort, "ar").content.decode()
    assert "ن = 11 متعلّمًا" in html  # 11: the "many" form
