"""Learning gains from pre/post tests: plain functions, checked on hand-computed data.

Scores are compared in percent so that parallel forms with different maxima compare.
- raw gain: post − pre (percentage points);
- normalised gain g = (post − pre) / (max − pre): undefined when the pre-test score is
  already the maximum (there is nothing left to gain), reported as None with a reason,
  never a division by zero;
- signal detection on real/fake and rate-a-post items and simulated-feed posts, where the
  "signal" is a fake or manipulative item and a "yes" is judging it so (for a feed post:
  not sharing it): d′ = z(H) − z(F) (discernment) and
  c = −(z(H) + z(F)) / 2 (bias; positive = inclined to trust), with the log-linear
  correction H = (hits + 0.5) / (signals + 1), F = (false alarms + 0.5) / (noise + 1)
  so that rates of 0 or 1 stay finite;
- group means with 95 % confidence intervals (Student's t), suppressed for groups the
  one small-group rule calls too small (``literacy.small_groups``).
"""

import math
from dataclasses import dataclass
from statistics import NormalDist, mean, stdev
from typing import NamedTuple

from literacy.small_groups import too_small

from .models import Answer, Attempt, Quiz
from .question_types import names, question_type

# Two-sided 95 % Student t quantiles by degrees of freedom (df > 30: interpolated table).
_T95 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306,
        9: 2.262, 10: 2.228, 11: 2.201, 12: 2.179, 13: 2.160, 14: 2.145, 15: 2.131,
        16: 2.120, 17: 2.110, 18: 2.101, 19: 2.093, 20: 2.086, 21: 2.080, 22: 2.074,
        23: 2.069, 24: 2.064, 25: 2.060, 26: 2.056, 27: 2.052, 28: 2.048, 29: 2.045,
        30: 2.042, 40: 2.021, 60: 2.000, 120: 1.980}
UNDEFINED_AT_MAX = "undefined: the pre-test score is already the maximum"


def t95(df: int) -> float:
    if df in _T95:
        return _T95[df]
    if df > 120:
        return 1.960
    lower = max(k for k in _T95 if k < df)
    upper = min(k for k in _T95 if k > df)
    share = (df - lower) / (upper - lower)
    return _T95[lower] + share * (_T95[upper] - _T95[lower])


def raw_gain(pre: float, post: float) -> float:
    return post - pre


def normalised_gain(pre: float, post: float, maximum: float = 100.0) -> float | None:
    """(post − pre) / (max − pre); None (undefined) when pre is already the maximum."""
    if pre >= maximum:
        return None
    return (post - pre) / (maximum - pre)


@dataclass(frozen=True)
class SignalCounts:
    hits: int = 0
    misses: int = 0
    false_alarms: int = 0
    correct_rejections: int = 0

    def __add__(self, other):
        return SignalCounts(self.hits + other.hits, self.misses + other.misses,
                            self.false_alarms + other.false_alarms,
                            self.correct_rejections + other.correct_rejections)


def d_prime_and_c(counts: SignalCounts) -> tuple[float, float]:
    """Discernment d′ and bias c with the log-linear correction."""
    z = NormalDist().inv_cdf
    hit_rate = (counts.hits + 0.5) / (counts.hits + counts.misses + 1)
    fa_rate = (counts.false_alarms + 0.5) / (counts.false_alarms + counts.correct_rejections + 1)
    return z(hit_rate) - z(fa_rate), -(z(hit_rate) + z(fa_rate)) / 2


def signal_types() -> tuple[str, ...]:
    """The question types signal detection counts (``QuestionType.detects_signals``)."""
    return names(detects_signals=True)


def signal_counts(questions, answers) -> SignalCounts:
    """Hits and false alarms over the items of one attempt whose type detects signals
    (real/fake, rate-a-post, each post of a simulated feed: ``QuestionType.signals``).

    questions: canonical question blocks; answers: {question id: response dict}.
    """
    total = SignalCounts()
    for question in questions:
        response = answers.get(question.id)
        if response is None:
            continue
        for signal, said_yes in question_type(question).signals(question.value, response):
            total = total + SignalCounts(
                hits=int(signal and said_yes), misses=int(signal and not said_yes),
                false_alarms=int(not signal and said_yes),
                correct_rejections=int(not signal and not said_yes))
    return total


@dataclass(frozen=True)
class GroupFigure:
    """A group mean with its 95 % CI, or suppressed (mean None) when n is too small."""

    n: int
    mean: float | None = None
    low: float | None = None
    high: float | None = None
    suppressed: bool = False


def group_mean(values) -> GroupFigure:
    """The mean with its 95 % CI; suppressed for a small group (``too_small``) and below
    two values, which have no interval."""
    values = [v for v in values if v is not None]
    n = len(values)
    if too_small(n) or n < 2:
        return GroupFigure(n=n, suppressed=True)
    centre = mean(values)
    half = t95(n - 1) * stdev(values) / math.sqrt(n)
    return GroupFigure(n=n, mean=centre, low=centre - half, high=centre + half)


@dataclass
class LearnerGain:
    user_id: int
    pre: float
    post: float
    raw: float
    normalised: float | None
    note: str = ""
    d_prime_pre: float | None = None
    d_prime_post: float | None = None
    c_pre: float | None = None
    c_post: float | None = None


def learner_gain(user_id, pre: float, post: float, pre_counts=None, post_counts=None):
    g = normalised_gain(pre, post)
    row = LearnerGain(user_id=user_id, pre=pre, post=post, raw=raw_gain(pre, post),
                      normalised=g, note=UNDEFINED_AT_MAX if g is None else "")
    if pre_counts is not None and pre_counts != SignalCounts():
        row.d_prime_pre, row.c_pre = d_prime_and_c(pre_counts)
    if post_counts is not None and post_counts != SignalCounts():
        row.d_prime_post, row.c_post = d_prime_and_c(post_counts)
    return row


class _First(NamedTuple):
    """A learner's first submitted attempt at one test of a series."""

    pk: int
    quiz_id: int
    percent: float | None


def _percent(score, max_score) -> float | None:
    """As Attempt.percent."""
    if score is None or not max_score:
        return None
    return round(100 * score / max_score, 1)


def series_gains(series, *, user_ids=None) -> list[LearnerGain]:
    """Per learner: first submitted pre-test and first submitted post-test of a series
    (a name or several).

    Three queries whatever the number of learners (quizzes, attempts, answers). With
    `user_ids` (ids or a subquery of them) only those learners' attempts are read, so a
    cohort's figures cost what the cohort holds, not what the whole site holds.
    Guarded by tests/courses/test_cohort_gains.py::test_gains_read_only_the_cohorts_attempts.
    """
    names = [series] if isinstance(series, str) else list(series)
    quizzes = {q.pk: q for q in Quiz.objects.filter(series__in=names,
                                                      kind__in=["pretest", "posttest"])}
    if not quizzes:
        return []
    questions = {pk: list(q.canonical_questions()) for pk, q in quizzes.items()}
    attempts = Attempt.objects.filter(quiz_id__in=quizzes, submitted_at__isnull=False)
    if user_ids is not None:
        attempts = attempts.filter(user_id__in=user_ids)
    # Plain tuples, not model instances: a cohort's series is thousands of attempts and
    # building an Attempt for each cost more than reading it.
    firsts: dict[tuple[int, str, str], _First] = {}
    for pk, user_id, quiz_id, score, max_score in (
            attempts.order_by("submitted_at", "pk")
            .values_list("pk", "user_id", "quiz_id", "score", "max_score")):
        quiz = quizzes[quiz_id]
        key = (user_id, quiz.series, quiz.kind)
        if key not in firsts:
            firsts[key] = _First(pk, quiz_id, _percent(score, max_score))
    # Only the answers signal detection reads, of these attempts (a subquery: a list of
    # thousands of ids costs Django more to prepare than the database to read).
    answers: dict[int, dict] = {}
    if any(question_type(q).detects_signals for qs in questions.values() for q in qs):
        firsts_ids = {a.pk for a in firsts.values()}
        for answer in (Answer.objects.filter(attempt__in=attempts.values("pk"),
                                             question_type__in=signal_types())
                       .only("attempt_id", "question_id", "response")):
            if answer.attempt_id in firsts_ids:
                answers.setdefault(answer.attempt_id, {})[answer.question_id] = \
                    answer.response
    rows = []
    for (user_id, name, kind), pre in firsts.items():
        post = firsts.get((user_id, name, "posttest"))
        if kind != "pretest" or post is None:
            continue
        rows.append(learner_gain(
            user_id, pre.percent or 0.0, post.percent or 0.0,
            signal_counts(questions[pre.quiz_id], answers.get(pre.pk, {})),
            signal_counts(questions[post.quiz_id], answers.get(post.pk, {})),
        ))
    return rows


def group_gains(rows: list[LearnerGain]) -> dict:
    """Group means (95 % CI) of each figure; the normalised gain counts defined ones only."""
    figure = group_mean

    return {
        "learners": len(rows),
        "pre": figure([r.pre for r in rows]),
        "post": figure([r.post for r in rows]),
        "raw_gain": figure([r.raw for r in rows]),
        "normalised_gain": figure([r.normalised for r in rows]),
        "normalised_gain_undefined": sum(1 for r in rows if r.normalised is None),
        "d_prime_pre": figure([r.d_prime_pre for r in rows]),
        "d_prime_post": figure([r.d_prime_post for r in rows]),
        "c_pre": figure([r.c_pre for r in rows]),
        "c_post": figure([r.c_post for r in rows]),
    }
