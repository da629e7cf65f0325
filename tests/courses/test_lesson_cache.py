"""Lesson pages with quiz, H5P and glossary blocks: a constant number of queries, and the
cached fragments never show one learner's marks, forms or tokens to another."""

import io
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services
from courses.demo import stored_stream
from courses.models import GlossaryTerm, LessonPage
from literacy import content_cache
from tests.factories import UserFactory

from .builders import lessons_of, make_course

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def h5p_origin(settings, tmp_path):
    settings.QUIZZES_H5P_ORIGIN = "http://localhost"
    settings.QUIZZES_H5P_FILES_ROOT = tmp_path / "h5p-files"


@pytest.fixture
def activities(db):
    """Three quizzes, three H5P packages and three glossary terms."""
    from quizzes.demo import create_quiz
    from quizzes.h5p.ingest import ingest_package
    from tests.quizzes.data import quiz_data
    from tests.quizzes.h5p_packages import fixture_bytes

    quizzes = [create_quiz(f"cache-quiz-{n}", quiz_data()) for n in range(3)]
    packages = [ingest_package(upload=io.BytesIO(fixture_bytes()), title=f"نشاط {n}")
                for n in range(3)]
    terms = [GlossaryTerm.objects.create(key=f"term-{n}", term=f"مصطلح {n}",
                                         definition=f"تعريف {n}") for n in range(3)]
    return quizzes, packages, terms


def _body(quizzes, packages, terms, copies):
    blocks = [{"type": "heading", "value": "عنوان"},
              {"type": "rich_text", "value": "<p>نص الدرس.</p>"}]
    for n in range(copies):
        blocks += [{"type": "glossary_term", "value": {"term": terms[n].pk}},
                   {"type": "quiz", "value": {"quiz": quizzes[n].pk}},
                   {"type": "h5p", "value": {"package": packages[n].pk,
                                             "completes_lesson": False}}]
    return stored_stream(blocks)


def _set_body(lesson, body):
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.body = body
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


def _count(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


@pytest.fixture
def course_with_activities(catalogue, activities, learner):
    quizzes, packages, terms = activities
    course = make_course(catalogue, slug="activities", modules=2, lessons=3, blocks=2)
    lessons = lessons_of(course)
    one = _set_body(lessons[1], _body(quizzes, packages, terms, 1))
    three = _set_body(lessons[2], _body(quizzes, packages, terms, 3))
    services.enroll(user=learner, course=course)
    return course, one, three


def test_lesson_with_quiz_h5p_and_glossary_blocks_costs_the_same_queries_whatever_their_number(
    client, learner, course_with_activities
):
    _course, one, three = course_with_activities
    client.force_login(learner)
    client.get(lessons_of(_course)[0].url)  # the course's structure is cached from now on
    first_views = []
    for lesson in (one, three):
        # A page's quizzes are kept in this process (quizzes.blocks): whatever the
        # fixture's publishing left there, each first view loads its own.
        content_cache.forget_local()
        first_views.append(_count(client, lesson.url)[0])
    for lesson in (one, three):  # each one's quizzes kept again (forgotten above)
        client.get(lesson.url)
    repeat_one, html_one = _count(client, one.url)
    repeat_three, html_three = _count(client, three.url)
    # Every activity is there, each with its own form.
    assert html_three.count('class="quiz"') == 3
    assert html_three.count("<iframe") == 3
    assert html_three.count('class="glossary') >= 3
    assert first_views[0] == first_views[1]
    assert repeat_one == repeat_three
    assert repeat_three <= 13


def test_cached_outline_and_body_keep_each_learners_marks_and_tokens(
    catalogue, course_with_activities
):
    course, one, three = course_with_activities
    lessons = lessons_of(course)
    ahmad, mona = UserFactory(username="ahmad"), UserFactory(username="mona")
    for user in (ahmad, mona):
        services.enroll(user=user, course=course)
    services.record_completion(user=ahmad, lesson=lessons[0], source="manual")
    clients = {}
    for user in (ahmad, mona):
        clients[user.username] = Client(enforce_csrf_checks=True)
        clients[user.username].force_login(user)
    pages = {name: c.get(three.url).content.decode() for name, c in clients.items()}
    # Ahmad completed the first lesson; Mona did not: the cached outline knows the difference.
    assert pages["ahmad"].count("outline__lesson is-done") == 1
    assert pages["mona"].count("outline__lesson is-done") == 0
    assert "1 of 6" in pages["ahmad"] or "1 من 6" in pages["ahmad"] or "is-done" in pages["ahmad"]

    def tokens(html):
        return set(re.findall(r'name="token" value="([^"]+)"', html))

    def csrf(html):
        return set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))

    assert tokens(pages["ahmad"]) and tokens(pages["mona"])
    assert not tokens(pages["ahmad"]) & tokens(pages["mona"])
    assert not csrf(pages["ahmad"]) & csrf(pages["mona"])
    # A second view is served from the cache and is still the learner's own.
    again = clients["mona"].get(three.url).content.decode()
    assert again.count("outline__lesson is-done") == 0
    # Mona completes a lesson: her next view shows it at once.
    services.record_completion(user=mona, lesson=lessons[0], source="manual")
    assert clients["mona"].get(three.url).content.decode().count(
        "outline__lesson is-done") == 1
    # The CSRF token the page gives her is accepted by "Mark as complete".
    page = clients["mona"].get(lessons[3].url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = clients["mona"].post(reverse("courses:complete", args=[lessons[3].pk]),
                                    {"csrfmiddlewaretoken": token})
    assert response.status_code in (302, 303)
    assert services_progress(mona, lessons[3])


def services_progress(user, lesson):
    from courses.models import LessonProgress

    return LessonProgress.objects.filter(user=user, lesson=lesson).exists()


def test_editing_a_lesson_or_a_glossary_term_shows_at_once(
    learner_client, course_with_activities, activities
):
    _course, one, _three = course_with_activities
    _quizzes, _packages, terms = activities
    assert "تعريف 0" in learner_client.get(one.url).content.decode()
    term = GlossaryTerm.objects.get(pk=terms[0].pk)
    term.definition = term.definition_ar = "تعريف جديد"
    term.save()
    assert "تعريف جديد" in learner_client.get(one.url).content.decode()
    lesson = LessonPage.objects.get(pk=one.pk)
    lesson.body = stored_stream([{"type": "heading", "value": "عنوان منقّح"}])
    lesson.save_revision().publish()
    html = learner_client.get(one.url).content.decode()
    assert "عنوان منقّح" in html and "تعريف جديد" not in html


def test_unpublished_lesson_is_gone_at_once_even_after_cached_views(
    learner_client, course_with_activities
):
    course, one, _three = course_with_activities
    assert learner_client.get(one.url).status_code == 200
    LessonPage.objects.get(pk=one.pk).unpublish()
    assert learner_client.get(one.url).status_code == 404
    # …and from the outline of the other lessons.
    other = lessons_of(course)[0]
    assert one.url not in learner_client.get(other.url).content.decode()
