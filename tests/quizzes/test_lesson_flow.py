"""End to end through a courses LessonPage: the quiz completion rule completes the lesson.

Skipped until courses is on this branch with "quiz": QuizBlock() in its LessonStreamBlock
(quizzes never imports courses; only these tests do).
"""

import pytest
from django.urls import reverse

from .data import SECRETS
from .helpers import post_data

courses_blocks = pytest.importorskip("courses.blocks")
if "quiz" not in getattr(courses_blocks.LessonStreamBlock, "base_blocks", {}):
    pytest.skip("courses' LessonStreamBlock has no quiz block yet", allow_module_level=True)

from courses.models import LessonProgress  # noqa: E402
from tests.courses.builders import lessons_of, make_catalogue, make_course  # noqa: E402


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
