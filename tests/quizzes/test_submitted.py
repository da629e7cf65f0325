"""The stored submission: the attempt and one answer per question, exactly as graded, in
one statement on PostgreSQL (two ORM inserts elsewhere), refused whole when its number is
taken."""

import uuid

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from quizzes.attempts import submit
from quizzes.grading import grade, ordered_questions, parse_submission
from quizzes.models import Answer, Attempt
from quizzes.submitted import insert_submitted

from .helpers import answer_fields, as_querydict, token_for


def _graded(quiz, right):
    questions = ordered_questions(quiz, 7)
    return grade(questions, parse_submission(questions, as_querydict(answer_fields(quiz, right=right))))


def _attempt(learner, quiz, number=1, **fields):
    now = timezone.now()
    return Attempt(user=learner, quiz=quiz, number=number, idempotency_key=uuid.uuid4(),
                   order_seed=7, language="ar",
                   started_at=now, submitted_at=now, score=1.0, max_score=10.0, passed=False,
                   **fields)


def test_every_graded_answer_is_stored_as_graded(quiz, learner):
    graded = _graded(quiz, right=False)
    with CaptureQueriesContext(connection) as queries:
        attempt = insert_submitted(_attempt(learner, quiz), graded)
    if connection.vendor == "postgresql":
        assert len(queries) == 1
    stored = Attempt.objects.get()
    assert stored.pk == attempt.pk and not attempt._state.adding
    assert (stored.number, stored.language, stored.mode, stored.score) == (1, "ar", "form", 1.0)
    rows = {row["question_id"]: row for row in Answer.objects.filter(attempt=attempt).values()}
    assert len(rows) == len(graded) == 10
    for g in graded:
        row = rows[g.question_id]
        assert (row["question_type"], row["response"], row["correct"], row["points"],
                row["max_points"]) == (g.question_type, g.response, g.correct, g.points,
                                       g.max_points)


@pytest.mark.django_db(transaction=True)
def test_a_taken_number_stores_nothing_of_the_second(quiz, learner):
    insert_submitted(_attempt(learner, quiz), _graded(quiz, right=True))
    with pytest.raises(IntegrityError), transaction.atomic():
        insert_submitted(_attempt(learner, quiz), _graded(quiz, right=False))
    assert Attempt.objects.count() == 1
    assert not Answer.objects.filter(correct=False).exists()


def test_a_submission_reads_back_as_it_was_graded(quiz, learner, lesson):
    lesson.place(quiz)
    outcome = submit(user=learner, quiz=quiz, page=lesson, form=token_for(learner, quiz, lesson),
                     data=as_querydict(answer_fields(quiz, right=True)))
    attempt = Attempt.objects.get(pk=outcome.attempt.pk)
    assert attempt.passed and attempt.page_id == lesson.pk
    assert attempt.answers.filter(correct=True).count() == 10
