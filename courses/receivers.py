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


def _record_activity(*, user, passed, page_id, source):
    if not passed or page_id is None or user is None:
        return
    lesson = LessonPage.objects.live().filter(pk=page_id).first()
    if lesson is None or lesson.completion_rule != CompletionRule.QUIZ:
        return
    course = services.course_of(lesson)
    if course.pacing == Pacing.SELF_PACED:
        # Passing a lesson's quiz in a self-paced course is enrolling in it.
        services.enroll(user=user, course=course)
    try:
        services.record_completion(user=user, lesson=lesson, source=source, course=course)
    except services.ProgressRefused:
        logger.info("progress of page %s not recorded: learner not enrolled", page_id)


def on_attempt_graded(sender, *, user=None, passed=False, page_id=None, **kwargs):
    _record_activity(user=user, passed=passed, page_id=page_id, source="quiz")


def on_h5p_result_recorded(sender, *, user=None, passed=False, page_id=None, **kwargs):
    _record_activity(user=user, passed=passed, page_id=page_id, source="h5p")


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
