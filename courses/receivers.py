"""Listeners: search index on publish, and lesson progress from the quizzes app.

The quizzes app sends `attempt_graded` and `h5p_result_recorded` inside its grading
transaction; we record the lesson's progress in that same transaction. courses requires
quizzes (docs/design.md, "Dependencies"), so both are always connected.
"""

from wagtail.signals import page_published, page_unpublished

from quizzes.signals import attempt_graded, h5p_result_recorded

from . import activity_progress, search
from .completion import completion_for
from .documents.tasks import prepare_when_published as prepare_workbooks_when_published
from .models import LessonPage, LessonProgress


def on_page_published(sender, instance, **kwargs):
    search.reindex(instance)
    prepare_workbooks_when_published(instance)


def on_page_unpublished(sender, instance, **kwargs):
    search.unindex(instance)


def _record_activity(*, user, page_id, page, completes, source):
    """Complete the lesson the activity sits on when ``completes(rule)`` says this
    result completes it under the lesson's rule (courses/completion.py), in the
    activity's transaction (courses/activity_progress.py says how few round trips)."""
    if page_id is None or user is None:
        return
    if isinstance(page, LessonPage) and page.pk == page_id:
        lesson = page if page.live else None  # the sender's page, read in this request
    else:
        lesson = LessonPage.objects.live().filter(pk=page_id).first()
    if lesson is None or not completes(completion_for(lesson)):
        return
    activity_progress.record(user=user, lesson=lesson, source=source)


def on_attempt_graded(sender, *, user=None, passed=False, page_id=None, quiz=None, page=None,
                      **kwargs):
    """A submitted attempt. Which quiz decides is the lesson's rule: a practice quiz or a
    pre/post test beside a graded quiz completes nothing (tests/courses/test_completion.py:
    test_passing_the_post_test_beside_a_graded_quiz_does_not_complete_the_lesson)."""
    if quiz is None:
        return
    _record_activity(
        user=user, page_id=page_id, page=page, source=LessonProgress.Source.QUIZ,
        completes=lambda rule: rule.completed_by_quiz(kind=quiz.kind, passed=passed),
    )


def on_h5p_result_recorded(sender, *, user=None, passed=False, page_id=None, result=None,
                           **kwargs):
    # The editor chose on the block whether completing the activity completes the lesson;
    # the result carries that choice (signed into the activity's token).
    counted = bool(result is not None and getattr(result, "completes_lesson", False))
    _record_activity(
        user=user, page_id=page_id, page=None, source=LessonProgress.Source.H5P,
        completes=lambda rule: rule.completed_by_activity(completes_lesson=counted,
                                                          passed=passed),
    )


def connect() -> None:
    page_published.connect(on_page_published, dispatch_uid="courses_search_publish")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="courses_search_unpublish")
    attempt_graded.connect(on_attempt_graded, dispatch_uid="courses_attempt_graded")
    h5p_result_recorded.connect(on_h5p_result_recorded,
                                dispatch_uid="courses_h5p_result_recorded")
