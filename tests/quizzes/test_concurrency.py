"""Double submission under real concurrency (PostgreSQL: row locks and unique indexes)."""

import threading

import pytest
from django.db import connection, connections

from quizzes.attempts import submit
from quizzes.demo import create_quiz
from quizzes.models import Answer, Attempt

from .data import quiz_data
from .helpers import answer_fields, as_querydict, token_for

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL=postgres://...)")


def _race(tasks):
    barrier = threading.Barrier(len(tasks))
    results, errors = [], []

    def run(task):
        try:
            barrier.wait()
            results.append(task())
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(task,)) for task in tasks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results, errors


def test_same_form_and_other_tabs_submitted_at_once_make_one_attempt(lesson, learner):
    quiz = create_quiz("race", quiz_data())
    lesson.place(quiz)
    data = as_querydict(answer_fields(quiz))
    same = token_for(learner, quiz, lesson)
    tabs = [same] * 4 + [token_for(learner, quiz, lesson) for _ in range(4)]
    results, errors = _race([
        (lambda form=form: submit(user=learner, quiz=quiz, page=lesson, form=form, data=data))
        for form in tabs
    ])
    assert errors == []
    assert Attempt.objects.count() == 1
    assert Answer.objects.count() == 10
    attempt = Attempt.objects.get()
    assert {r.attempt.pk for r in results} == {attempt.pk}
    assert sum(1 for r in results if not r.replayed) == 1
