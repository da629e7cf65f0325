"""The review policy: what a learner may see of a submitted attempt, and when.

One object owns the decision (``ReviewPolicy.what_to_show``); every view that shows a
review (the attempt report, the quiz block's last result) asks it through ``review_for``
and renders only what the returned ``Review`` allows (``presentation.review_items``).

Two moments, after Moodle's review options ("immediately after the attempt", "later,
while the quiz is still open", "after the quiz is closed"):

- the review (``Quiz.review_when``): the score, which answers were right, and the
  explanations the editor marked as safe to show before the answers;
- the key (``Quiz.review_key_when``): the right answers, the feedback of the options
  chosen, the tell-tale signs and every other explanation.

Whatever the editor chooses, a quiz other than a practice quiz never shows its key while
the learner can still improve their grade: attempts are left and its window is open.
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from wagtail import hooks

from .models import Attempt, Quiz

WINDOW_HOOK = "basira_quiz_window_closes"


@dataclass(frozen=True)
class Review:
    """What a review shows. ``explanations``: every explanation and the feedback (the
    key); ``safe_explanations``: only those marked safe to show before the key."""

    available: bool
    score: bool = False
    correctness: bool = False
    answers: bool = False
    explanations: bool = False
    safe_explanations: bool = False


def window_closes(user, quiz) -> datetime | None:
    """When the learner's quiz window closes: a hook (e.g. the cohort's), else the quiz's."""
    for fn in hooks.get_hooks(WINDOW_HOOK):
        closes = fn(user, quiz)
        if closes is not None:
            return closes
    return quiz.closes_at


def window_closed(user, quiz, now: datetime) -> bool:
    closes = window_closes(user, quiz)
    return closes is not None and now >= closes


def default_key_when(kind: str) -> str:
    """When a new quiz of ``kind`` shows its key unless the editor says otherwise:
    practice right away (it is for learning), any other kind after the last attempt."""
    if kind == Quiz.Kind.PRACTICE:
        return Quiz.ReviewWhen.IMMEDIATELY
    return Quiz.ReviewWhen.AFTER_LAST_ATTEMPT


class ReviewPolicy:
    """The quiz's review rule.

    Guarded by tests/quizzes/test_review_policy.py: ``test_key_hidden_while_attempts_left``
    and ``test_key_hidden_in_the_block_while_attempts_left`` (every question type, the
    report page and the quiz block), ``test_key_shown_after_the_last_attempt``,
    ``test_key_shown_after_close``, ``test_graded_key_never_shown_while_open_whatever_chosen``,
    ``test_passing_does_not_open_the_key_while_a_retake_could_raise_the_grade``,
    ``test_new_graded_quiz_defaults_to_the_safe_review`` and
    ``test_submission_after_the_window_closed_is_refused``. The "safe" flag is read from
    the canonical (Arabic) question, like correctness.
    """

    def __init__(self, quiz: Quiz):
        self.quiz = quiz

    def what_to_show(self, attempt: Attempt, *, attempts_left: int | None,
                     now: datetime | None = None) -> Review:
        """What the learner may see of ``attempt`` now; ``attempts_left``: None when
        unlimited. The window (a hook may ask the cohort) is looked up only if needed."""
        quiz = self.quiz
        if attempt.submitted_at is None:
            return Review(available=False)
        now = now or timezone.now()
        closed = _Lazy(lambda: window_closed(attempt.user, quiz, now))
        last = attempts_left == 0
        # A learner who passed sees their score and which answers were right...
        if not self._reached(quiz.review_when, last or bool(attempt.passed), closed):
            return Review(available=False)
        # ...but not the key while a retake could still raise their grade.
        key = self._reached(quiz.review_key_when, last, closed) and (
            quiz.kind == Quiz.Kind.PRACTICE or last or closed())
        return Review(available=True, score=quiz.review_score,
                      correctness=quiz.review_correctness,
                      answers=key and quiz.review_answers,
                      explanations=key and quiz.review_explanations,
                      safe_explanations=quiz.review_explanations)

    @staticmethod
    def _reached(when: str, last: bool, closed) -> bool:
        if when == Quiz.ReviewWhen.IMMEDIATELY:
            return True
        if when == Quiz.ReviewWhen.AFTER_LAST_ATTEMPT:
            return last
        if when == Quiz.ReviewWhen.AFTER_CLOSE:
            return closed()
        return False  # never


class _Lazy:
    """A boolean computed on first use, then remembered."""

    def __init__(self, fn):
        self.fn, self.value = fn, None

    def __call__(self) -> bool:
        if self.value is None:
            self.value = bool(self.fn())
        return self.value
