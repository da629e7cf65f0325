"""State changes of the learner journey, one verb per function.

Views, receivers and the seeder call these; each is idempotent, so a double click, a
resubmitted form or a replayed signal records nothing twice.
"""

import logging
from typing import Protocol

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .certificate_tasks import prepare_when_issued
from .completion import completion_for
from .models import Certificate, CoursePage, Enrollment, LessonPage, LessonProgress
from .models.pages import Pacing
from .signals import course_completed

logger = logging.getLogger("basira.courses")


class ProgressRefused(Exception):
    """A state change the learner may not make; `message` is translated, for the learner."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


NOT_ENROLLED = _("Enrol in this course before marking its lessons as complete.")
COHORT_ONLY = _("This course is taught in cohorts: a facilitator will invite you.")


class CourseRef(Protocol):
    """What completing a lesson needs of its course: its id and its place in the page
    tree. A CoursePage, or the lesson view's ``outline.OutlineRow`` of the course (which
    saves fetching the page again)."""

    pk: int
    path: str
    depth: int


def course_of(lesson: LessonPage) -> CoursePage:
    return CoursePage.objects.ancestor_of(lesson).get()


def enroll(*, user, course: CoursePage) -> tuple[Enrollment, bool]:
    """Enrol the learner; a second call returns the existing enrolment."""
    if course.pacing == Pacing.COHORT_ONLY:
        existing = Enrollment.objects.filter(user=user, course=course).first()
        if existing:
            return existing, False
        raise ProgressRefused(COHORT_ONLY)
    return Enrollment.objects.get_or_create(user=user, course=course)


@transaction.atomic
def record_completion(
    *, user, lesson: LessonPage, source: str, course: CourseRef | None = None
) -> tuple[LessonProgress, bool]:
    """Mark one lesson complete for one enrolled learner; issues the certificate when it
    was the last required lesson. Refused (ProgressRefused) when not enrolled, and when
    the learner marks by hand ("manual") a lesson whose rule is an activity
    (courses/completion.py): a quiz or activity cannot be skipped with the button.
    Tests: test_lesson_with_an_activity_cannot_be_marked_by_hand,
    test_completing_without_enrolment_is_refused_with_a_message."""
    course = course or course_of(lesson)
    enrollment = Enrollment.objects.filter(user=user, course_id=course.pk).first()
    if enrollment is None:
        raise ProgressRefused(NOT_ENROLLED)
    if source == LessonProgress.Source.MANUAL:
        rule = completion_for(lesson)
        if not rule.by_hand:
            raise ProgressRefused(rule.explanation)
    progress, created = LessonProgress.objects.get_or_create(
        user=user, lesson=lesson, defaults={"course_id": course.pk, "source": source}
    )
    if created:
        now = timezone.now()
        Enrollment.objects.filter(pk=enrollment.pk).update(
            last_lesson=lesson, last_activity_at=now
        )
        complete_course_if_done(user=user, course=course, enrollment=enrollment)
    return progress, created


def required_lesson_ids(course: CourseRef) -> list[int]:
    return list(
        LessonPage.objects.live()
        .descendant_of(course)
        .filter(required=True)
        .values_list("pk", flat=True)
    )


def complete_course_if_done(*, user, course: CourseRef, enrollment: Enrollment):
    """Every required live lesson complete → the course is complete and certified."""
    required = required_lesson_ids(course)
    if not required:
        return None
    done = LessonProgress.objects.filter(user=user, lesson_id__in=required).count()
    if done < len(required):
        return None
    if enrollment.completed_at is None:
        now = timezone.now()
        if Enrollment.objects.filter(pk=enrollment.pk, completed_at__isnull=True).update(
            completed_at=now
        ):
            # Only the request that marked it: a replay or a race sends nothing twice.
            # Receivers get the page, never a cached outline row (the lesson page passes
            # one): tests/courses/test_boosters.py::
            # test_a_course_completed_by_opening_its_last_lesson_schedules_the_booster.
            if not isinstance(course, CoursePage):
                course = CoursePage.objects.get(pk=course.pk)
            course_completed.send(sender=CoursePage, user=user, course=course,
                                  completed_at=now)
    certificate, created = Certificate.objects.get_or_create(user=user, course_id=course.pk)
    if created:
        logger.info("certificate %s issued for course %s", certificate.pk, course.pk)
        prepare_when_issued(certificate=certificate, user=user)
    return certificate


def record_visit(*, enrollment: Enrollment, lesson: LessonPage) -> None:
    """Remember the last lesson opened and when (the learner's last activity, which
    facilitators see). Not the resume point: "Continue" opens the first unfinished lesson
    (outline.resume_lesson). One UPDATE, and only when it changed, so reopening the same
    lesson writes nothing."""
    if enrollment.last_lesson_id != lesson.pk:
        Enrollment.objects.filter(pk=enrollment.pk).update(
            last_lesson=lesson, last_activity_at=timezone.now()
        )
        enrollment.last_lesson_id = lesson.pk
