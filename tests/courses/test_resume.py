""""Continue" opens the first unfinished lesson in course order, wherever it is offered,
and the outline, the progress bar and the dashboard show the same figures."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services
from courses.models import Enrollment
from tests.quizzes.helpers import post_data

from .activities import make_quiz, place, quiz_block
from .builders import lessons_of, make_course

pytestmark = pytest.mark.django_db


def _dashboard_continue(client):
    html = client.get(reverse("courses:dashboard")).content.decode()
    return re.search(r'class="button button--secondary" href="([^"]+)"', html).group(1)


def test_continue_opens_the_first_unfinished_lesson_not_the_one_after_the_last_opened(
    learner_client, learner, enrolled, course, lessons
):
    for lesson in (lessons[0], lessons[2]):
        services.record_completion(user=learner, lesson=lesson, source="manual")
    learner_client.get(lessons[2].url)  # the last lesson opened
    assert Enrollment.objects.get(pk=enrolled.pk).last_lesson_id == lessons[2].pk
    expected = lessons[1].url

    assert learner_client.get(course.url).context["continue_lesson"].url == expected
    assert _dashboard_continue(learner_client) == expected
    # The end of a finished lesson.
    html = learner_client.get(lessons[2].url).content.decode()
    assert re.search(r'lesson-complete__continue"><a class="button" href="([^"]+)"',
                     html).group(1) == expected
    # Marking a later lesson complete leads back to the one still to do.
    response = learner_client.post(reverse("courses:complete", args=[lessons[3].pk]),
                                   {"next": "1"})
    assert response["Location"] == expected
    # Enrolling again (a second click) too.
    response = learner_client.post(reverse("courses:enrol", args=[course.pk]))
    assert response["Location"] == expected


def test_when_everything_is_done_continue_leads_to_the_course_page(
    learner_client, learner, enrolled, course, lessons
):
    for lesson in lessons[:-1]:
        services.record_completion(user=learner, lesson=lesson, source="manual")
    response = learner_client.post(reverse("courses:complete", args=[lessons[-1].pk]),
                                   {"next": "1"})
    assert response["Location"] == course.url


def _figures(html):
    """(outline marks, progress label, bar value) of one page."""
    marks = html.count("outline__lesson is-done")
    label = re.search(r'class="progress__label">([^<]+)<', html).group(1)
    value = re.search(r'<progress max="100" value="(\d+)"', html).group(1)
    return marks, label, int(value)


def test_after_a_quiz_completes_a_lesson_outline_bar_and_dashboard_agree(
    learner_client, learner, enrolled, course, lessons
):
    quiz = make_quiz("graded", "graded")
    lesson = place(lessons[1], quiz_block(quiz))
    services.record_completion(user=learner, lesson=lessons[0], source="manual")
    learner_client.post(reverse("quizzes:submit", args=[quiz.pk]),
                        post_data(learner, quiz, lesson, right=True))

    marks, label, value = _figures(learner_client.get(lesson.url).content.decode())
    assert (marks, value) == (2, 50)
    assert _figures(learner_client.get(course.url).content.decode()) == (2, label, 50)
    dashboard = learner_client.get(reverse("courses:dashboard")).content.decode()
    assert _figures(dashboard) == (0, label, 50)  # the dashboard has no outline


def test_a_lesson_completed_on_opening_shows_complete_in_the_same_response(
    learner_client, learner, catalogue
):
    course = make_course(catalogue, slug="viewy", rule="view", modules=1, lessons=2)
    services.enroll(user=learner, course=course)
    first = lessons_of(course)[0]
    html = learner_client.get(first.url).content.decode()
    assert "outline__lesson is-done is-current" in html
    assert _figures(html)[0::2] == (1, 50)
    assert "lesson-complete__done" in html


def test_the_dashboard_costs_the_same_whatever_the_number_of_courses(
    learner_client, learner, catalogue, enrolled
):
    def count():
        learner_client.get(reverse("courses:dashboard"))
        with CaptureQueriesContext(connection) as captured:
            learner_client.get(reverse("courses:dashboard"))
        return len(captured)

    one = count()
    for slug in ("second", "third"):
        services.enroll(user=learner, course=make_course(catalogue, slug=slug))
    assert count() == one
