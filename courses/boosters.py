"""Booster quizzes: a short practice scheduled for a learner after they complete a course.

The effect of prebunking fades after about two weeks, and a practice quiz a week later
helps (CURRICULUM.md). When a learner completes a course that has a ``booster_quiz``, a
``BoosterAssignment`` is created, due ``conf.BOOSTER_DELAY_DAYS`` later. The learner sees
it on the dashboard and the course page only once it is due, takes it on its own page
(views.booster) and it is done when an attempt at it is graded. Facilitators can list
who has one due and who did it from the rows.
"""

import datetime as dt

from django.db import IntegrityError, transaction
from django.db.models.signals import post_save
from django.utils import timezone

from literacy.content_cache import bump, cached, generation
from quizzes.signals import attempt_graded

from . import conf
from .models import BoosterAssignment, CoursePage
from .signals import course_completed


def schedule(*, user, course, completed_at) -> BoosterAssignment | None:
    """The learner's booster of ``course``, due some days after ``completed_at``; None
    when the course has none. Idempotent: a learner has at most one per course."""
    if not course.booster_quiz_id:
        return None
    due = completed_at + dt.timedelta(days=conf.BOOSTER_DELAY_DAYS)
    try:
        with transaction.atomic():
            booster, _created = BoosterAssignment.objects.get_or_create(
                user=user, course=course, defaults={"quiz_id": course.booster_quiz_id,
                                                    "due_at": due})
    except IntegrityError:  # created by a concurrent request
        booster = BoosterAssignment.objects.get(user=user, course=course)
    return booster


def shown(user, *, course=None, now=None):
    """The learner's boosters that are due (done or not), soonest first: never one whose
    due date is still ahead (tests/courses/test_boosters.py::test_not_shown_before_due).
    One query."""
    if not user.is_authenticated:
        return []
    rows = BoosterAssignment.objects.filter(user=user, due_at__lte=now or timezone.now(),
                                            course__live=True)
    if course is not None:
        rows = rows.filter(course=course)
    return list(rows.select_related("course").order_by("due_at"))


def available(user, pk, *, now=None) -> BoosterAssignment | None:
    """The learner's own booster ``pk`` if it is due (the page that takes it asks)."""
    return next((b for b in shown(user, now=now) if b.pk == pk), None)


def on_course_completed(sender, *, user, course, completed_at, **kwargs):
    schedule(user=user, course=course, completed_at=completed_at)


def booster_quiz_ids() -> frozenset:
    """The quizzes an attempt at which may mark a booster done: every course's booster
    quiz and every quiz a booster not done yet names (its course's booster quiz when it
    was scheduled). Kept under the content generation, so that a submission of any
    other quiz (nearly all of them) costs no statement here: a course's booster quiz
    changes only with a saved page (a new generation), and a booster naming a quiz
    outside the set starts a new one (`on_booster_saved`). Guarded by
    tests/courses/test_boosters.py::test_a_booster_of_a_quiz_no_course_names_is_still_done.
    """
    def build():  # one query, once per generation
        courses = CoursePage.objects.exclude(booster_quiz=None).values_list("booster_quiz_id").order_by()
        assigned = BoosterAssignment.objects.filter(done_at__isnull=True).values_list("quiz_id").order_by()
        return frozenset(quiz_id for (quiz_id,) in courses.union(assigned))

    return cached(f"basira:booster-quizzes:{generation()}", build)


def on_booster_saved(sender, instance, created=False, raw=False, **kwargs):
    if created and not raw and instance.quiz_id not in booster_quiz_ids():
        bump()


def on_attempt_graded(sender, *, user=None, quiz=None, attempt=None, **kwargs):
    """An attempt at a due booster's quiz marks it done (the first one counts)."""
    if quiz is None or user is None or quiz.pk not in booster_quiz_ids():
        return
    when = getattr(attempt, "submitted_at", None) or timezone.now()
    BoosterAssignment.objects.filter(user=user, quiz=quiz, done_at__isnull=True,
                                     due_at__lte=when).update(done_at=when)


def connect() -> None:
    course_completed.connect(on_course_completed, dispatch_uid="courses_booster_schedule")
    attempt_graded.connect(on_attempt_graded, dispatch_uid="courses_booster_done")
    post_save.connect(on_booster_saved, sender=BoosterAssignment,
                      dispatch_uid="courses_booster_saved")
