"""A lesson completed by an activity (a quiz passed, an H5P result), recorded inside the
activity's own transaction in as few round trips as the learner's state allows.

A submission is the request learners make most, and most submissions change nothing of
the lesson's progress (a second try, a lesson completed already), so:

- the course comes from the cached structure (``outline.course_rows``, per content
  generation): no query;
- the learner's enrolment and completed lessons are one query
  (``outline.learner_course_state``), which also says whether anything is left to write:
  a lesson completed already costs nothing more;
- a new completion is two statements: the enrolment inserted or touched in one upsert
  (the self-paced course's enrolment made on the way, its last lesson and activity set)
  and the progress row inserted with ON CONFLICT DO NOTHING; the required lessons left
  come from the cached structure too. A race (another tab completing the same lesson) cannot make
  either statement fail, so no savepoint is needed; and both stay in the activity's
  transaction: the attempt and the progress are committed together or not at all.

Only completing the course's last required lesson costs more
(``services.complete_course_if_done``, once per course).
"""

import logging

from django.db.models.signals import post_save
from django.utils import timezone

from . import outline, services
from .models import CoursePage, Enrollment, LessonPage, LessonProgress
from .models.pages import Pacing

logger = logging.getLogger("basira.courses")


def record(*, user, lesson: LessonPage, source: str) -> bool:
    """Complete ``lesson`` for ``user`` (its rule was checked by the caller); enrol them
    first in a self-paced course. True when the completion was recorded now; False when
    it was already, or the learner may not be enrolled by an activity (a cohort-only
    course they were not invited to: logged, as ``services.ProgressRefused`` was)."""
    rows = outline.course_rows(lesson)
    if not rows or rows[0].depth != lesson.depth - 2:
        return False
    course = rows[0]
    enrollment_id, _last, done_ids, _cohorts, completed_at = outline.learner_course_state(
        user, course.pk)
    done = lesson.pk in done_ids
    if done and enrollment_id is not None:
        return False
    now = timezone.now()
    if enrollment_id is None:
        if course.pacing != Pacing.SELF_PACED:
            logger.info("progress of page %s not recorded: learner not enrolled", lesson.pk)
            return False
        # Completing a lesson's activity in a self-paced course is enrolling in it.
        Enrollment.objects.bulk_create(
            [Enrollment(user=user, course_id=course.pk, last_lesson=lesson,
                        last_activity_at=now)],
            update_conflicts=True, unique_fields=["user", "course"],
            update_fields=["last_lesson", "last_activity_at"])
    else:
        Enrollment.objects.filter(pk=enrollment_id).update(last_lesson=lesson,
                                                           last_activity_at=now)
    if done:
        return False
    progress = LessonProgress(user=user, lesson=lesson, course_id=course.pk, source=source,
                              completed_at=now)
    LessonProgress.objects.bulk_create([progress], ignore_conflicts=True)
    # bulk_create sends no signal: the listeners of a new progress row (the cohorts' live
    # event, courses.cohorts.receivers) are told as a save would tell them.
    post_save.send(sender=LessonProgress, instance=progress, created=True,
                   update_fields=None, raw=False, using=LessonProgress.objects.db)
    # The required lessons left, from the cached structure (lessons are always two levels
    # below their course: page types): no query.
    done_now = done_ids | {lesson.pk}
    left = any(row.depth == course.depth + 2 and row.required and row.pk not in done_now
               for row in rows)
    if completed_at is None and not left:
        services.complete_course_if_done(
            user=user, course=CoursePage.objects.get(pk=course.pk),
            enrollment=Enrollment.objects.get(user=user, course_id=course.pk))
    return True
