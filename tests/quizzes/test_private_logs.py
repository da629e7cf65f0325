"""Server logs carry no pseudonyms and no answers: quiz submissions and H5P results.

(Sign-up, sign-in and joining a cohort: tests/literacy/test_minimal_data.py.)
"""

import json

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory
from tests.logcapture import *  # noqa: F403
from tests.logcapture import logged_text

from .helpers import answer_fields, post_data

pytestmark = pytest.mark.django_db

PSEUDONYM = "zaynab-under-cover"


def _typed_answers(quiz) -> list[str]:
    """The free text of the submitted form (short-text answers), at least 4 characters."""
    fields = answer_fields(quiz)
    return [value for values in fields.values() for value in values
            if len(value) >= 4 and not value.isdigit()]


def test_submitting_a_quiz_logs_no_pseudonym_and_no_answer(quiz, lesson, all_logs):
    learner = UserFactory(username=PSEUDONYM)
    lesson.place(quiz)
    client = Client()
    client.force_login(learner)
    for right in (False, True):  # a failed attempt, then a passed one
        data = post_data(learner, quiz, lesson, right=right)
        response = client.post(reverse("quizzes:submit", args=[quiz.pk]), data)
        assert response.status_code in (200, 302)
    # A bad submission too (a tampered form).
    client.post(reverse("quizzes:submit", args=[quiz.pk]), {"token": "forged"})
    logged = logged_text(all_logs)
    assert all_logs.records, "nothing was captured: the test would prove nothing"
    assert PSEUDONYM not in logged
    for answer in _typed_answers(quiz):
        assert answer not in logged


def test_an_h5p_result_logs_no_pseudonym_and_no_response(package, activity_for, all_logs):
    learner = UserFactory(username=PSEUDONYM)
    client = Client()
    client.force_login(learner)
    _play, token = activity_for(learner, package)
    statement = {
        "actor": {"name": PSEUDONYM, "objectType": "Agent"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"id": package.activity_iri, "objectType": "Activity"},
        "result": {"score": {"raw": 1, "max": 1}, "success": True, "completion": True,
                   "response": "secret-typed-response"},
    }
    for body in ({"activity": token, "statement": statement},
                 {"activity": "forged", "statement": statement}, "{"):
        client.post(reverse("quizzes_h5p:results"),
                    data=body if isinstance(body, str) else json.dumps(body),
                    content_type="application/json")
    logged = logged_text(all_logs)
    assert all_logs.records
    assert PSEUDONYM not in logged and "secret-typed-response" not in logged
