"""Progress → live events: lesson completions (LessonProgress rows) and quiz submissions
(quizzes' `attempt_graded` signal); membership changes → what is cached of the member's
roles and cohorts is forgotten; a user's sessions changed (literacy's `sessions_changed`)
→ their dashboard sockets check their session. Connected from CoursesConfig.ready()."""

from django.db.models.signals import post_delete, post_save

from literacy.signals import sessions_changed
from quizzes.live import events as live_events
from quizzes.signals import attempt_graded

from . import events, figure_cache
from .access import cohort_ids_of_learner, forget_member_caches


def on_progress_saved(sender, instance, created, **kwargs):
    if created and not kwargs.get("raw"):
        # No new figure version: a completed lesson changes no cached figure (the gains
        # rest on attempts); completion and activity are counted afresh on every view.
        events.publish_progress(user_id=instance.user_id, page_id=instance.lesson_id,
                                kind="lesson")


def on_attempt_changed(sender, instance, **kwargs):
    """A submitted attempt saved (graded, regraded) or any attempt deleted (erasure):
    the figures of the learner's cohorts are computed afresh."""
    if kwargs.get("raw") or (kwargs.get("signal") is post_save
                             and instance.submitted_at is None):
        return
    figure_cache.changed(cohort_ids=cohort_ids_of_learner(instance.user_id))


def on_membership_changed(sender, instance, created=False, **kwargs):
    forget_member_caches(instance.user_id)
    figure_cache.changed(cohort_ids=[instance.cohort_id])
    if not created:
        # Removed, or its role changed: a live quiz this member started may no longer be
        # theirs to run, so their presenter sockets check their rights now.
        live_events.publish_recheck(user_id=instance.user_id)


def on_attempt_graded(sender, *, user=None, page_id=None, **kwargs):
    if user is not None:
        events.publish_progress(user_id=user.pk, page_id=page_id, kind="quiz")


def on_sessions_changed(sender, *, user_id, ended=None, **kwargs):
    events.publish_sessions_changed(user_id=user_id, ended=ended)


def connect() -> None:
    sessions_changed.connect(on_sessions_changed, dispatch_uid="cohorts_sessions_changed")
    post_save.connect(on_progress_saved, sender="courses.LessonProgress",
                      dispatch_uid="cohorts_progress_saved")
    post_save.connect(on_membership_changed, sender="courses.CohortMembership",
                      dispatch_uid="cohorts_membership_saved")
    post_delete.connect(on_membership_changed, sender="courses.CohortMembership",
                        dispatch_uid="cohorts_membership_deleted")
    post_save.connect(on_attempt_changed, sender="quizzes.Attempt",
                      dispatch_uid="cohorts_attempt_saved")
    post_delete.connect(on_attempt_changed, sender="quizzes.Attempt",
                        dispatch_uid="cohorts_attempt_deleted")
    attempt_graded.connect(on_attempt_graded, dispatch_uid="cohorts_attempt_graded")
