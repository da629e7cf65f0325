# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""The matrix, the learner page, the exports and the donor report agree on which quiz
attempts count (courses.cohorts.placements): a learner who took the pre- and post-test
(assigned parallel forms, taken outside a lesson) shows them everywhere."""

import csv
import io
import uuid

import pytest
from django.utils import timezone

from courses.cohorts import dashboard, report
from quizzes.demo import create_quiz
from tests.quizzes.data import quiz_data

from .activities import place, quiz_block
from .builders import lessons_of
from .cohort_fixtures import *

pytestmark = pytest.mark.django_db


def _attempt(user, quiz, percent, when):
    from quizzes.models import Attempt

    return Attempt.objects.create(
        user=user, quiz=quiz, number=1, idempotency_key=uuid.uuid4(), order_seed=1,
        language="ar", started_at=when, submitted_at=when, score=percent / 10,
        max_score=10, passed=percent >= 70)


@pytest.fixture
def prepost(cohort, course, learners):
    """Form A of the pre-test in the first lesson, form B of the post-test in the last;
    the other two forms exist but are placed nowhere (the series hands them out)."""
    forms = {key: create_quiz(key, quiz_data(kind=kind, form=form)) for key, kind, form in (
        ("check-pre-a", "pretest", "A"), ("check-pre-b", "pretest", "B"),
        ("check-post-a", "posttest", "A"), ("check-post-b", "posttest", "B"))}
    lessons = lessons_of(course)
    place(lessons[0], quiz_block(forms["check-pre-a"]))
    place(lessons[-1], quiz_block(forms["check-post-b"]))
    now = timezone.now()
    # As the series hands them out: outside any lesson, the other form after.
    for user, pre, post, before, after in (
            (learners[0], "check-pre-a", "check-post-b", 40, 80),
            (learners[1], "check-pre-b", "check-post-a", 50, 70)):
        _attempt(user, forms[pre], before, now - timezone.timedelta(days=9))
        _attempt(user, forms[post], after, now - timezone.timedelta(days=1))
    return forms


def test_the_learner_page_lists_the_pre_and_post_test(facilitator_client, cohort, learners,
                                                      prepost):
    from quizzes.models import Attempt

    taken = Attempt.objects.filter(user=learners[0])
    assert taken.count() == 2 and not taken.filter(page__isnull=False).exists()
    html = facilitator_client.get(
        f"/en/facilitate/cohorts/{cohort.pk}/learners/{learners[0].pk}/").content.decode()
    assert "No quiz submitted yet." not in html
    assert "Pre-test" in html and "Post-test" in html


def test_the_matrix_shows_best_scores_where_the_tests_are_placed(cohort, learners, prepost):
    from quizzes.models import Attempt

    board = dashboard.build(cohort)
    row = next(r for r in board.rows if r.user_id == learners[0].pk)
    scores = [cell.score for cell in row.cells]
    pre = Attempt.objects.get(user=learners[0], quiz__kind="pretest").percent
    post = Attempt.objects.get(user=learners[0], quiz__kind="posttest").percent
    assert scores[0] == pytest.approx(pre) and scores[-1] == pytest.approx(post)
    assert all(score is None for score in scores[1:-1])
    untouched = next(r for r in board.rows if r.user_id == learners[2].pk)
    assert all(cell.score is None for cell in untouched.cells)


def test_the_report_and_the_exports_count_the_same_attempts(facilitator_client, cohort,
                                                            learners, prepost):
    data = report.build([cohort])
    assert data.gain.n == 2
    response = facilitator_client.get(
        f"/en/facilitate/exports/attempts.csv?cohort={cohort.pk}")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content)
                                       .decode("utf-8-sig"))))
    assert len(rows) == 1 + 4  # header + pre and post of two learners


def test_an_attempt_at_a_quiz_the_courses_do_not_place_counts_nowhere(cohort, learners,
                                                                      prepost):
    from courses.cohorts import quizdata

    elsewhere = create_quiz("elsewhere", quiz_data(kind="practice"))
    from quizzes.models import Attempt

    Attempt.objects.create(user=learners[2], quiz=elsewhere, number=1, order_seed=1,
                           idempotency_key=uuid.uuid4(),
                           language="ar", started_at=timezone.now(),
                           submitted_at=timezone.now(), score=5, max_score=10, passed=False)
    paths = sorted({m.path[:-dashboard.STEP] for m in dashboard.structure(cohort)})
    counted = quizdata.submitted_attempts(user_ids=[learners[2].pk], page_paths=paths)
    assert not counted.exists()


def test_completions_before_joining_count_as_the_page_says(facilitator_client, cohort,
                                                           course, learners):
    from courses.models.cohorts import CohortMembership

    joined = CohortMembership.objects.get(cohort=cohort, user=learners[0]).joined_at
    complete(learners[0], lessons_of(course)[0], when=joined - timezone.timedelta(days=30))
    row = next(r for r in dashboard.build(cohort).rows if r.user_id == learners[0].pk)
    assert row.cells[0].done == 1
    html = facilitator_client.get(f"/en/facilitate/cohorts/{cohort.pk}/").content.decode()
    assert "Progress from before joining counts" in html
