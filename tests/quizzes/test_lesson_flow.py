"""End to end through a courses LessonPage: the quiz completion rule completes the lesson.

(quizzes never imports courses; only these tests join the two.)
"""

import pytest
from django.urls import reverse

from courses.models import LessonProgress
from tests.courses.builders import lessons_of, make_catalogue, make_course

from .data import SECRETS
from .helpers import post_data


@pytest.fixture
def quiz_lesson(home_page, quiz):
    course = make_course(make_catalogue(home_page), rule="quiz", modules=1, lessons=1)
    lesson = lessons_of(course)[0]
    lesson.body = [*lesson.body.raw_data, {"type": "quiz", "value": {"quiz": quiz.pk}}]
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def test_lesson_page_shows_the_quiz_without_answers(client, quiz_lesson, learner):
    client.force_login(learner)
    html = client.get(quiz_lesson.url).content.decode()
    assert 'class="question question--' in html
    for secret in SECRETS:
        assert secret not in html, secret


def test_passing_the_quiz_completes_the_lesson(client, quiz_lesson, quiz, learner):
    client.force_login(learner)
    url = reverse("quizzes:submit", args=[quiz.pk])
    client.post(url, post_data(learner, quiz, quiz_lesson, right=False))
    assert not LessonProgress.objects.filter(user=learner, lesson=quiz_lesson).exists()
    client.post(url, post_data(learner, quiz, quiz_lesson, right=True))
    assert LessonProgress.objects.filter(user=learner, lesson=quiz_lesson).exists()


def test_unpublished_lesson_hides_its_quiz(client, quiz_lesson, quiz, learner):
    client.force_login(learner)
    data = post_data(learner, quiz, quiz_lesson)
    quiz_lesson.unpublish()
    assert client.post(reverse("quizzes:submit", args=[quiz.pk]), data).status_code == 404


def test_a_quiz_taken_off_its_lesson_refuses_a_form_opened_before(
    client, quiz_lesson, quiz, learner
):
    client.force_login(learner)
    url = reverse("quizzes:submit", args=[quiz.pk])
    client.post(url, post_data(learner, quiz, quiz_lesson, right=False))  # placement cached
    data = post_data(learner, quiz, quiz_lesson)
    quiz_lesson.body = [block for block in quiz_lesson.body.raw_data if block["type"] != "quiz"]
    quiz_lesson.save_revision().publish()
    assert client.post(url, data).status_code == 404
    assert quiz.attempts.filter(user=learner).count() == 1


def test_a_submission_costs_the_same_whatever_the_length_of_the_lesson(
    client, quiz_lesson, quiz, learner
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(learner)
    url = reverse("quizzes:submit", args=[quiz.pk])
    client.post(url, post_data(learner, quiz, quiz_lesson, right=False))
    with CaptureQueriesContext(connection) as short:
        client.post(url, post_data(learner, quiz, quiz_lesson, right=False))
    paragraph = {"type": "rich_text", "value": "<p>" + "نص الدرس. " * 200 + "</p>"}
    quiz_lesson.body = [*quiz_lesson.body.raw_data, *[paragraph] * 40]
    quiz_lesson.save_revision().publish()
    client.post(url, post_data(learner, quiz, quiz_lesson, right=False))  # placement cached
    with CaptureQueriesContext(connection) as long:
        client.post(url, post_data(learner, quiz, quiz_lesson, right=False))
    assert len(long) == len(short)
    # The lesson's bodies are not read to take a submission once its quizzes are known.
    assert not any('"body' in query["sql"] for query in long)
