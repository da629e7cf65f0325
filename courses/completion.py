"""How a lesson is completed: one rule per lesson, derived from what its body places.

The rule, first match wins:

1. The lesson places a graded quiz: passing one of its graded quizzes completes it.
   Practice quizzes, pre-tests and post-tests beside it are practice or measurement
   (a pre/post test's pass mark is usually 0, so every attempt "passes"): they never
   complete the lesson.
2. An H5P activity whose block says "completing this activity completes the lesson":
   the activity's reported pass (self-reported: the editor chose to trust it).
3. A practice quiz: passing it.
4. Only a pre-test or post-test: answering it, whatever the score (it measures what the
   learner knows; it is not theirs to pass).
5. Nothing of the above (text, or activities that do not count): the learner marks the
   lesson as complete. Only when the editor chose "complete when viewed" and the lesson
   places no quiz and no H5P activity at all does opening it complete it.

Opening a lesson never completes one that has an activity. The editor's
``completion_rule`` therefore only chooses between rule 5's two forms.

The rule is the same for every learner until the content changes, so it is cached under
the content generation (saving a page or a quiz starts a new one).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.blocks import StreamValue

from literacy.content_cache import cached, generation
from literacy.precompiled import stream_field_names
from quizzes.models import Quiz

from .models.pages import CompletionRule
from .models.progress import LessonProgress

GRADED, PRACTICE = "graded", "practice"
TESTS = frozenset({"pretest", "posttest"})


@dataclass(frozen=True)
class Completion:
    """A lesson's completion rule: what completes it, and how the learner is told."""

    source = LessonProgress.Source.MANUAL
    explanation = _("When you have read this lesson, mark it as complete.")
    by_hand = True
    on_view = False

    def completed_by_quiz(self, *, kind: str, passed: bool) -> bool:
        return False

    def completed_by_activity(self, *, completes_lesson: bool, passed: bool) -> bool:
        return False


@dataclass(frozen=True)
class OnView(Completion):
    source = LessonProgress.Source.VIEW
    explanation = _("This lesson is complete once you have opened it.")
    by_hand = False
    on_view = True


@dataclass(frozen=True)
class PassQuiz(Completion):
    """Passing a quiz of one kind (graded, or practice when there is no graded one)."""

    kind: str = GRADED
    source = LessonProgress.Source.QUIZ
    by_hand = False

    @property
    def explanation(self):
        if self.kind == GRADED:
            return _("This lesson is complete when you pass its graded quiz.")
        return _("This lesson is complete when you pass its practice quiz.")

    def completed_by_quiz(self, *, kind: str, passed: bool) -> bool:
        return passed and kind == self.kind


@dataclass(frozen=True)
class AnswerTest(Completion):
    source = LessonProgress.Source.QUIZ
    explanation = _(
        "This lesson is complete when you answer its test, whatever your score."
    )
    by_hand = False

    def completed_by_quiz(self, *, kind: str, passed: bool) -> bool:
        return kind in TESTS


@dataclass(frozen=True)
class FinishActivity(Completion):
    source = LessonProgress.Source.H5P
    explanation = _("This lesson is complete when you finish its activity.")
    by_hand = False

    def completed_by_activity(self, *, completes_lesson: bool, passed: bool) -> bool:
        return passed and completes_lesson


def derive(*, quiz_kinds: set[str], counted_activity: bool, any_activity: bool,
           editor_rule: str) -> Completion:
    """The rule from what the lesson places (see the module docstring). Guards: opening
    never completes a lesson with an activity, and only the deciding quiz kind counts
    (tests/courses/test_completion.py: test_the_rule_is_derived_from_the_blocks_first_
    match_wins, test_a_lesson_with_an_activity_is_never_completed_by_opening_it,
    test_passing_the_post_test_beside_a_graded_quiz_does_not_complete_the_lesson)."""
    if GRADED in quiz_kinds:
        return PassQuiz(kind=GRADED)
    if counted_activity:
        return FinishActivity()
    if PRACTICE in quiz_kinds:
        return PassQuiz(kind=PRACTICE)
    if quiz_kinds & TESTS:
        return AnswerTest()
    if editor_rule == CompletionRule.VIEW and not any_activity:
        return OnView()
    return Completion()


def completion_for(lesson, *, preview: bool = False) -> Completion:
    """The completion rule of this lesson (cached; the lesson may be loaded without its
    bodies, as a quiz submission loads it). A preview is never cached: it shows unsaved
    blocks under the saved page's id (test_a_preview_of_unsaved_blocks_does_not_change_
    the_rule_learners_get)."""
    if preview or lesson.pk is None:
        return _build(lesson)
    revision = getattr(lesson, "latest_revision_id", None)
    key = f"courses:completion:{generation()}:{lesson.pk}:{revision}"
    return cached(key, lambda: _build(lesson))


def _build(lesson) -> Completion:
    quiz_ids, counted_activity, any_activity = set(), False, False
    for block_type, value in _activity_blocks(lesson):
        any_activity = True
        if block_type == "quiz" and value.get("quiz") is not None:
            quiz_ids.add(value["quiz"])
        elif block_type == "h5p" and value.get("completes_lesson"):
            counted_activity = True
    return derive(quiz_kinds=_quiz_kinds(quiz_ids), counted_activity=counted_activity,
                  any_activity=any_activity, editor_rule=lesson.completion_rule)


def _activity_blocks(lesson):
    """(type, raw value) of the quiz and H5P blocks of every language's body: the rule
    is the same whatever language the learner reads in."""
    unread = set(stream_field_names(type(lesson))) & lesson.get_deferred_fields()
    if unread:
        lesson.refresh_from_db(fields=sorted(unread))
    for model_field in lesson._meta.concrete_fields:
        stream = getattr(lesson, model_field.attname, None)
        if not isinstance(stream, StreamValue):
            continue
        for item in stream.raw_data:
            if (isinstance(item, dict) and item.get("type") in ("quiz", "h5p")
                    and isinstance(item.get("value"), dict)):
                yield item["type"], item["value"]


def _quiz_kinds(quiz_ids: set) -> set[str]:
    if not quiz_ids:
        return set()

    ids = [int(pk) for pk in quiz_ids if str(pk).isdigit()]
    return set(Quiz.objects.filter(pk__in=ids).values_list("kind", flat=True))
