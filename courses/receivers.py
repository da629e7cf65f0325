"""Listeners: search index on publish, and lesson progress from the quizzes app.

The quizzes app sends `attempt_graded` and `h5p_result_recorded` inside its grading
transaction; we record the lesson's progress in that same transaction. quizzes is an
optional plugin: without it (or before it defines those signals) nothing is connected.
"""

import importlib
import logging

from wagtail.signals import page_published, page_unpublished

from . import search, services
from .models import LessonPage
from .models.pages import CompletionRule, Pacing

logger = logging.getLogger("basira.courses")


def on_page_published(sender, instance, **kwargs):
    search.reindex(instance)


def on_page_unpublished(sender, instance, **kwargs):
    search.unindex(instance)


def _record_activity(*, user, passed, page_id, source, counts=None, page=None):
    """Complete the lesson the activity sits on, if passing it is that lesson's rule.

    ``counts(lesson)`` says whether this activity counts for the lesson; by default the
    lesson's completion rule must be "quiz".
    """
    if not passed or page_id is None or user is None:
        return
    if isinstance(page, LessonPage) and page.pk == page_id:
        lesson = page if page.live else None  # the sender's page, read in this request
    else:
        lesson = LessonPage.objects.live().filter(pk=page_id).first()
    if lesson is None:
        return
    if not (counts(lesson) if counts else lesson.completion_rule == CompletionRule.QUIZ):
        return
    course = services.course_of(lesson)
    if course.pacing == Pacing.SELF_PACED:
        # Passing a lesson's quiz in a self-paced course is enrolling in it.
        services.enroll(user=user, course=course)
    try:
        services.record_completion(user=user, lesson=lesson, source=source, course=course)
    except services.ProgressRefused:
        logger.info("progress of page %s not recorded: learner not enrolled", page_id)


def on_attempt_graded(sender, *, user=None, passed=False, page_id=None, quiz=None, page=None,
                      **kwargs):
    def counts(lesson) -> bool:
        # A practice quiz next to a graded one does not complete the lesson.
        if lesson.completion_rule != CompletionRule.QUIZ:
            return False
        return quiz is None or quiz.kind != "practice" or not _has_assessed_quiz(lesson)

    _record_activity(user=user, passed=passed, page_id=page_id, source="quiz", counts=counts,
                     page=page)


def _has_assessed_quiz(lesson) -> bool:
    """Whether the lesson places a quiz that is not a practice quiz."""
    from quizzes.models import Quiz

    quiz_ids = [block.value["quiz"].pk for block in lesson.body
                if block.block_type == "quiz" and block.value.get("quiz")]
    return Quiz.objects.filter(pk__in=quiz_ids).exclude(kind="practice").exists()


def on_h5p_result_recorded(sender, *, user=None, passed=False, page_id=None, result=None,
                           **kwargs):
    # The editor chose on the block whether completing the activity completes the lesson.
    completes = bool(result is not None and getattr(result, "completes_lesson", False))
    _record_activity(user=user, passed=passed, page_id=page_id, source="h5p",
                     counts=lambda lesson: completes)


def connect() -> None:
    page_published.connect(on_page_published, dispatch_uid="courses_search_publish")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="courses_search_unpublish")
    try:
        quiz_signals = importlib.import_module("quizzes.signals")
    except ImportError:
        return
    for name, receiver in (
        ("attempt_graded", on_attempt_graded),
        ("h5p_result_recorded", on_h5p_result_recorded),
    ):
        signal = getattr(quiz_signals, name, None)
        if signal is not None:
            signal.connect(receiver, dispatch_uid=f"courses_{name}")
