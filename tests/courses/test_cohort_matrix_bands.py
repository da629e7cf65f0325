# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Matrix cells show the score band of a module's best score, not only done / not done:
a completed module at 20 % is in the low band, one at 100 % in the high band; the legend
names the bands, and a live event carries the band its script sets."""

import re

import pytest
from django.test import override_settings
from django.utils import timezone

from courses.cohorts import bands, dashboard
from courses.models import LessonProgress

from .cohort_fixtures import *
from .test_cohort_gains import _attempt

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("score", "band"), [
    (None, None), (0, "low"), (49.4, "low"), (49.5, "mid"), (79, "mid"), (80, "high"),
    (100, "high")])
def test_bands_from_the_score_as_shown(score, band):
    assert bands.band(score) == band


@override_settings(COURSES_SCORE_BANDS=(60, 90))
def test_thresholds_are_a_setting():
    assert [bands.band(s) for s in (59, 60, 89, 90)] == ["low", "mid", "mid", "high"]


@pytest.fixture
def scored(cohort, learners, course):
    """learner-0 completed module 1 at 20 %, learner-1 at 100 %."""
    from quizzes.demo import create_quiz
    from tests.quizzes.data import quiz_data

    from .activities import place, quiz_block

    first, second = lessons_in(course)[:2]
    quiz = create_quiz("band-practice", quiz_data(kind="practice"))
    place(second, quiz_block(quiz))
    for learner, percent in zip(learners[:2], (20, 100), strict=True):
        complete(learner, first)
        _attempt(learner, quiz, percent, timezone.now())
        # Done as a facilitator may mark it (a practice quiz's pass is not the point here).
        LessonProgress.objects.create(user=learner, lesson=second, course=course,
                                      source=LessonProgress.Source.choices[0][0])
    return quiz


def _cell_classes(html, user):
    return {m.group(1): m.group(2) for m in re.finditer(
        rf'data-cell="{user.pk}-(\d+)" class="([^"]*)"', html)}


def test_a_low_completed_module_does_not_look_like_a_high_one(facilitator_client, cohort,
                                                              learners, course, scored):
    html = facilitator_client.get(f"/en/facilitate/cohorts/{cohort.pk}/").content.decode()
    low = next(iter(_cell_classes(html, learners[0]).values()))
    high = next(iter(_cell_classes(html, learners[1]).values()))
    assert "cell--done" in low and "cell--band-low" in low
    assert "cell--done" in high and "cell--band-high" in high
    assert "cell--band" not in " ".join(_cell_classes(html, learners[2]).values())
    assert "Low: up to 49%" in html and "Middle: 50% to 79%" in html
    assert "High: 80% or more" in html
    ar = facilitator_client.get(f"/ar/facilitate/cohorts/{cohort.pk}/").content.decode()
    assert "منخفضة" in ar and "مرتفعة" in ar


def test_live_cells_carry_their_band(cohort, learners, scored):
    board = dashboard.build(cohort, user_ids=[learners[0].pk])
    cells = [cell.as_dict() for cell in board.rows[0].cells]
    assert cells[0]["band"] == "low" and cells[0]["score"] == 20
    assert {cell["band"] for cell in cells[1:]} == {None}
