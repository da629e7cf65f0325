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
from django.utils import timezone

from quizzes.signals import attempt_graded

from . import conf
from .models import BoosterAssignment
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


def on_attempt_graded(sender, *, user=None, quiz=None, attempt=None, **kwargs):
    """An attempt at a due booster's quiz marks it done (the first one counts)."""
    if quiz is None or user is None:
        return
    when = getattr(attempt, "submitted_at", None) or timezone.now()
    BoosterAssignment.objects.filter(user=user, quiz=quiz, done_at__isnull=True,
                                     due_at__lte=when).update(done_at=when)


def connect() -> None:
    course_completed.connect(on_course_completed, dispatch_uid="courses_booster_schedule")
    attempt_graded.connect(on_attempt_graded, dispatch_uid="courses_booster_done")
