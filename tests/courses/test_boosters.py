"""The booster quiz a week after a course: scheduled on completion, shown only once due,
done once taken, never offered to a learner who has not completed the course."""

import datetime as dt
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import boosters, conf, services
from courses.models import BoosterAssignment, Enrollment
from quizzes.demo import create_quiz
from quizzes.question_types.registry import question_type
from tests.factories import UserFactory
from tests.html import without_styles
from tests.quizzes.data import QUESTIONS, quiz_data

from .builders import lessons_of, make_course


@pytest.fixture
def course(catalogue):
    quiz = create_quiz("booster-test", quiz_data(kind="practice", pass_mark=0,
                                                 questions=[QUESTIONS[0]]))
    return make_course(catalogue, booster_quiz=quiz)


def _complete(user, course, count=None):
    services.enroll(user=user, course=course)
    for lesson in lessons_of(course)[:count]:
        services.record_completion(user=user, lesson=lesson, course=course, source="manual")
    return Enrollment.objects.get(user=user, course=course)


def _take_rightly(client, booster):
    """The booster's page opened, then its first question answered rightly."""
    page = client.get(reverse("courses:booster", args=[booster.pk]))
    question = booster.quiz.canonical_questions()[0]
    answers = question_type(question).demo_answer(question, True, random.Random(1))
    response = client.post(reverse("courses:booster", args=[booster.pk]),
                           {"token": page.context["token"], **answers})
    assert response.status_code == 302


def test_completing_the_course_schedules_the_booster_a_week_later(learner, course):
    enrollment = _complete(learner, course)
    booster = BoosterAssignment.objects.get(user=learner, course=course)
    assert booster.quiz_id == course.booster_quiz_id and booster.done_at is None
    assert booster.due_at == enrollment.completed_at + dt.timedelta(days=conf.BOOSTER_DELAY_DAYS)
    # Completing again (a replayed lesson) schedules nothing twice.
    services.record_completion(user=learner, lesson=lessons_of(course)[0], course=course,
                               source="manual")
    assert BoosterAssignment.objects.filter(user=learner).count() == 1


def test_not_shown_before_due(learner, course):
    completed = _complete(learner, course).completed_at
    assert boosters.shown(learner, now=completed + dt.timedelta(days=6, hours=23)) == []
    due = boosters.shown(learner, now=completed + dt.timedelta(days=7, minutes=1))
    assert [b.course_id for b in due] == [course.pk]


def test_not_scheduled_or_shown_for_a_learner_who_has_not_completed(learner, learner_client,
                                                                     course):
    _complete(learner, course, count=1)
    assert not BoosterAssignment.objects.exists()
    later = dt.datetime.now(tz=dt.UTC) + dt.timedelta(days=30)
    assert boosters.shown(learner, now=later) == []
    assert "booster" not in without_styles(learner_client.get(reverse("courses:dashboard")).content)


def test_the_booster_page_opens_only_once_due(learner, learner_client, client, course):
    _complete(learner, course)
    booster = BoosterAssignment.objects.get(user=learner)
    url = reverse("courses:booster", args=[booster.pk])
    assert learner_client.get(url).status_code == 404  # due in a week
    BoosterAssignment.objects.filter(pk=booster.pk).update(
        due_at=booster.due_at - dt.timedelta(days=8))
    assert learner_client.get(url).status_code == 200
    client.force_login(UserFactory(username="other"))
    assert client.get(url).status_code == 404  # another learner's booster


def test_done_once_taken_without_javascript(learner, learner_client, course):
    _complete(learner, course)
    BoosterAssignment.objects.filter(user=learner).update(
        due_at=dt.datetime.now(tz=dt.UTC) - dt.timedelta(hours=1))
    booster = BoosterAssignment.objects.get(user=learner)
    dashboard = learner_client.get(reverse("courses:dashboard")).content.decode()
    assert reverse("courses:booster", args=[booster.pk]) in dashboard
    assert "booster__state--done" not in dashboard
    _take_rightly(learner_client, booster)
    booster.refresh_from_db()
    assert booster.done_at is not None
    assert "booster__state--done" in learner_client.get(
        reverse("courses:dashboard")).content.decode()
    assert "booster__state--done" in learner_client.get(course.url).content.decode()


def test_a_due_booster_costs_the_dashboard_one_query(learner, learner_client, course, catalogue):
    _complete(learner, course)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert learner_client.get(reverse("courses:dashboard")).status_code == 200
        return len(captured)

    before = queries()
    BoosterAssignment.objects.filter(user=learner).update(
        due_at=dt.datetime.now(tz=dt.UTC) - dt.timedelta(hours=1))
    # A second completed course with a due booster costs nothing more either.
    other = make_course(catalogue, slug="other", booster_quiz=course.booster_quiz)
    _complete(learner, other)
    BoosterAssignment.objects.filter(user=learner).update(
        due_at=dt.datetime.now(tz=dt.UTC) - dt.timedelta(hours=1))
    after = queries()
    assert after <= before + 1, (before, after)  # nothing per booster or per course


def test_a_course_completed_by_opening_its_last_lesson_schedules_the_booster(
    catalogue, learner, learner_client
):
    """The lesson page completes an "on view" lesson with the course's cached outline row,
    not its page: completing the course that way must still schedule the booster."""
    quiz = create_quiz("booster-on-view", quiz_data(kind="practice", pass_mark=0,
                                                    questions=[QUESTIONS[0]]))
    course = make_course(catalogue, slug="on-view", modules=1, lessons=1, rule="view",
                         booster_quiz=quiz)
    services.enroll(user=learner, course=course)
    [lesson] = lessons_of(course)
    assert learner_client.get(lesson.url).status_code == 200
    assert Enrollment.objects.get(user=learner, course=course).completed_at is not None
    assert BoosterAssignment.objects.get(user=learner, course=course).quiz_id == quiz.pk


def test_a_booster_of_a_quiz_no_course_names_is_still_done(learner, learner_client, course):
    """The set of booster quizzes is kept under the content generation (courses.boosters.
    booster_quiz_ids): a booster naming a quiz outside it (made by hand, or scheduled
    while its course's booster quiz was being changed) must start a new one, or the
    learner's attempt at it would never mark it done."""
    _complete(learner, course)
    other = create_quiz("booster-other", quiz_data(kind="practice", pass_mark=0,
                                                   questions=[QUESTIONS[0]]))
    assert other.pk not in boosters.booster_quiz_ids()  # kept now, without it
    booster = BoosterAssignment.objects.get(user=learner)
    booster.delete()
    booster = BoosterAssignment.objects.create(
        user=learner, course=course, quiz=other,
        due_at=dt.datetime.now(tz=dt.UTC) - dt.timedelta(hours=1))
    _take_rightly(learner_client, booster)
    booster.refresh_from_db()
    assert booster.done_at is not None
