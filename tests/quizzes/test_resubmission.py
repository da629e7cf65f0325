"""A quiz form posted again (a double click, the back button, a second tab) is shown the
attempt it made: never a 500, nothing stored again, the first answers kept."""

import re
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from quizzes import attempts
from quizzes.models import Answer, Attempt

from .helpers import answer_fields, post_data


def submit_url(quiz):
    return reverse("quizzes:submit", args=[quiz.pk])


WRITE = re.compile(r'\b(INSERT INTO|UPDATE|DELETE FROM) "quizzes_', re.IGNORECASE)


def _writes(queries):
    """The statements that wrote to the quiz tables (PostgreSQL's one submission
    statement starts with WITH)."""
    return [q["sql"] for q in queries if WRITE.search(q["sql"])]


def _stored(quiz):
    return (list(Attempt.objects.filter(quiz=quiz).values_list("number", "score", "passed")),
            sorted(Answer.objects.filter(attempt__quiz=quiz)
                   .values_list("question_id", "correct")))


@pytest.fixture
def placed(quiz, lesson, client, learner):
    lesson.place(quiz)
    client.force_login(learner)
    return quiz


def _start(client, quiz, lesson):
    quiz.time_limit_minutes = 5
    quiz.save()
    response = client.post(reverse("quizzes:start", args=[quiz.pk]), {"page": lesson.pk})
    assert response.status_code == 302


@pytest.mark.parametrize("timed", [False, True], ids=["untimed", "timed"])
@pytest.mark.parametrize("again", ["same answers", "other answers"])
def test_a_form_posted_again_stores_nothing_new(client, placed, lesson, learner, timed, again):
    """The resubmission check of `quizzes.attempts.submit` (the general path, which a
    timed quiz always takes) and the unique number of the fast path (an untimed quiz)."""
    if timed:
        _start(client, placed, lesson)
    data = post_data(learner, placed, lesson, right=True)
    first = client.post(submit_url(placed), data)
    assert first.status_code == 302
    stored = _stored(placed)
    assert stored[0] == [(1, 10.0, True)]
    repost = {**data, **answer_fields(placed, right=False)} if again == "other answers" else data
    with CaptureQueriesContext(connection) as queries:
        second = client.post(submit_url(placed), repost, follow=True)
    assert second.status_code == 200
    assert second.redirect_chain == [(first.url, 302)]
    assert "أُرسلت هذه الإجابات من قبل" in second.content.decode()
    if timed:
        assert _writes(queries) == []  # found by the check, before any grading or write
    else:
        # The fast path tries its one insert, refused whole by the unique number.
        assert len(_writes(queries)) == 1
    assert _stored(placed) == stored


def test_a_form_posted_again_after_a_live_session_took_its_number(client, placed, lesson,
                                                                  learner):
    """The form's answers were kept under the next number; posting it again finds them
    (it used to break the attempt key's unique constraint: a 500)."""
    data = post_data(learner, placed, lesson)
    now = timezone.now()
    Attempt.objects.create(user=learner, quiz=placed, number=1, idempotency_key=uuid.uuid4(),
                           order_seed=1, started_at=now, submitted_at=now, score=0,
                           max_score=10, passed=False, mode=Attempt.Mode.LIVE)
    first = client.post(submit_url(placed), data)
    assert Attempt.objects.get(mode=Attempt.Mode.FORM).number == 2
    stored = _stored(placed)
    second = client.post(submit_url(placed), data)
    assert second.status_code == 302 and second.url == first.url
    assert _stored(placed) == stored


def test_a_submission_that_lost_a_race_keeps_the_first_answers(client, placed, lesson,
                                                               learner, monkeypatch):
    """Where no row lock serialises two submissions of a timed attempt (SQLite), the
    second finds the attempt open, then stored by the first before it writes: it is shown
    the first one's result, the first answers stay."""
    _start(client, placed, lesson)
    right = post_data(learner, placed, lesson, right=True)
    wrong = {**right, **answer_fields(placed, right=False)}
    record = attempts.record_assignment

    def first_request_commits_meanwhile(**kwargs):
        monkeypatch.setattr(attempts, "record_assignment", record)
        assert client.post(submit_url(placed), right).status_code == 302
        record(**kwargs)

    monkeypatch.setattr(attempts, "record_assignment", first_request_commits_meanwhile)
    response = client.post(submit_url(placed), wrong)
    attempt = Attempt.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("quizzes:attempt", args=[attempt.pk])
    assert (attempt.score, attempt.passed) == (10.0, True)
    assert Answer.objects.filter(attempt=attempt, correct=True).count() == 10


def test_a_new_attempt_that_lost_a_race_shows_the_winner(client, placed, lesson, learner,
                                                         monkeypatch):
    """The general path's insert (one statement on PostgreSQL, two ORM inserts elsewhere)
    refused by the unique number: the attempt stored first is shown, nothing else kept.
    Here a live attempt sends an untimed quiz down the general path."""
    placed.attempts_allowed = 1
    placed.save()
    now = timezone.now()
    Attempt.objects.create(user=learner, quiz=placed, number=1, idempotency_key=uuid.uuid4(),
                           order_seed=1, started_at=now, submitted_at=now, score=0,
                           max_score=10, passed=False, mode=Attempt.Mode.LIVE)
    tab_one = post_data(learner, placed, lesson, right=True)
    tab_two = post_data(learner, placed, lesson, right=False)
    record = attempts.record_assignment

    def other_tab_commits_meanwhile(**kwargs):
        monkeypatch.setattr(attempts, "record_assignment", record)
        assert client.post(submit_url(placed), tab_one).status_code == 302
        record(**kwargs)

    monkeypatch.setattr(attempts, "record_assignment", other_tab_commits_meanwhile)
    response = client.post(submit_url(placed), tab_two)
    winner = Attempt.objects.get(mode=Attempt.Mode.FORM)
    assert response.status_code == 302
    assert response.url == reverse("quizzes:attempt", args=[winner.pk])
    assert (winner.number, winner.passed) == (2, True)
    assert Answer.objects.filter(attempt=winner, correct=True).count() == 10
    assert Answer.objects.count() == 10
