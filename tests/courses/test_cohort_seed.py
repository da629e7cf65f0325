# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
import pytest
from django.core.management import call_command

from courses.cohorts import dashboard, demo
from courses.models import Cohort

from .cohort_fixtures import *

pytestmark = pytest.mark.django_db


def test_demo_cohort_has_learners_at_different_stages_and_is_idempotent(course):
    lines = demo.seed()
    assert any("FACT-4YQU" in line for line in lines)
    cohort = Cohort.objects.get(name=demo.COHORT)
    assert cohort.organisation.facilitators.filter(username="facilitator").exists()
    board = dashboard.build(cohort)
    assert len({row.done for row in board.rows}) >= 4
    assert board.attention
    assert "kept as it is" in demo.seed()[0]
    assert Cohort.objects.filter(name=demo.COHORT).count() == 1


def test_generate_cohort_data(home_page, capsys):
    call_command("generate_cohort_data", "--learners", "30", "--seed", "1")
    cohort = Cohort.objects.get(pk=int(capsys.readouterr().out.strip()))
    board = dashboard.build(cohort)
    assert len(board.rows) == 30
    assert len(board.modules) == 6
    assert sum(m.lesson_count for m in board.modules) == 30
    assert board.figures["completion_rate"] is not None
