"""Read-only access to the quizzes app's attempts, for the dashboard and the exports.

courses may read quizzes (never the reverse); courses requires quizzes (docs/design.md,
"Dependencies").
"""


from django.apps import apps
from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    FloatField,
    Max,
    Q,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Substr

from quizzes import gains as quiz_gains

from . import placements

GRADED = "graded"
PRETEST = "pretest"
POSTTEST = "posttest"


def attempt_model():
    return apps.get_model("quizzes", "Attempt")


def submitted_attempts(*, user_ids, page_paths: list[str]):
    """Submitted attempts of these learners that count for these courses (`page_paths`
    are the courses' paths): taken in one of their lessons, or outside any lesson (live
    session, assigned parallel form) at a quiz they place. See ``placements``."""
    Attempt = attempt_model()
    within = Q()
    for path in page_paths:
        within |= Q(page__path__startswith=path)
    placed = placements.quiz_lessons(page_paths)
    if placed:
        within |= Q(page__isnull=True, quiz_id__in=list(placed))
    if not within:
        return Attempt.objects.none()
    return Attempt.objects.filter(within, user_id__in=user_ids, submitted_at__isnull=False)


def module_expression(*, length: int, page_paths: list[str]):
    """The module path (the first `length` characters of a lesson path) an attempt of
    ``submitted_attempts`` belongs to: its lesson's, else its quiz's first placement."""
    placed = placements.quiz_lessons(page_paths)
    by_quiz = Case(*(When(quiz_id=pk, then=Value(path[:length]))
                     for pk, path in placed.items()),
                   default=Value(None), output_field=CharField()) if placed else Value(None)
    return Coalesce(Substr("page__path", 1, length), by_quiz, output_field=CharField())


def percent_expression():
    return Cast(F("score"), FloatField()) * 100.0 / F("max_score")


def scores_by_prefix(qs, prefix_expression):
    """From one grouped pass over the attempts (by learner, module and quiz): the best
    percent of a scored quiz per (user_id, module_path), the last submission per user_id,
    the learners who failed one graded quiz at least twice and have not passed it
    since (one scan of the attempts instead of two: the board's dearest reads), and the
    last passed-or-failed graded submission per user_id (what the activity feed lists)."""
    if qs is None:
        return {}, {}, set(), {}
    rows = (
        qs.annotate(mpath=prefix_expression)
        .values_list("user_id", "mpath", "quiz_id", "quiz__kind")
        .annotate(best=Max(percent_expression(), filter=Q(max_score__gt=0)),
                  last=Max("submitted_at"),
                  decided=Max("submitted_at", filter=Q(passed__isnull=False)),
                  failed=Count("id", filter=Q(passed=False)),
                  passed_n=Count("id", filter=Q(passed=True)))
    )
    best, last, failed_twice, last_decided = {}, {}, set(), {}
    for uid, mpath, _quiz, kind, score, when, decided, failed, passed_n in rows:
        if score is not None and ((uid, mpath) not in best or score > best[(uid, mpath)]):
            best[(uid, mpath)] = score
        if when is not None and (uid not in last or when > last[uid]):
            last[uid] = when  # any submission is activity, scored or not
        if kind == GRADED:
            if failed >= 2 and not passed_n:
                failed_twice.add(uid)
            if decided is not None and (uid not in last_decided or decided > last_decided[uid]):
                last_decided[uid] = decided
    return best, last, failed_twice, last_decided


def gains(*, user_ids, page_paths: list[str] | None = None) -> dict | None:
    """Mean pre/post gain (percentage points) of these learners with its 95 % CI, and
    under "normalised" the mean normalised gain g with its 95 % CI.

    From `quizzes.gains` (first pre-test and first post-test of each series the learners
    took, paired per learner); None without learners. `mean` is None when too few
    learners have both tests (the one small-group rule, ``literacy.small_groups``). With `page_paths` (the courses' paths),
    only the series of attempts that count for those courses (``submitted_attempts``)."""
    Attempt = attempt_model()
    if isinstance(user_ids, (list, set, tuple)):
        ids = sorted(set(user_ids))
        if not ids:
            return None
    else:
        # A subquery (the cohort's memberships): the database reads the ids itself; a list
        # of 2,000 ids costs Django more to prepare than the query costs to run.
        ids = user_ids.values("user_id")
    counted = Attempt.objects.filter(user_id__in=ids, submitted_at__isnull=False) \
        if page_paths is None else submitted_attempts(user_ids=ids, page_paths=page_paths)
    series = (
        counted.filter(quiz__kind__in=[PRETEST, POSTTEST])
        .exclude(quiz__series="").values_list("quiz__series", flat=True).distinct()
    )
    # Only these learners' attempts are read (the cost is bounded by the cohort).
    rows = quiz_gains.series_gains(list(series), user_ids=ids)
    group = quiz_gains.group_gains(rows)
    figure, normalised = group["raw_gain"], group["normalised_gain"]
    # n counts (learner, series) pairs; "learners" the distinct learners behind them.
    return {"n": figure.n, "mean": figure.mean, "low": figure.low, "high": figure.high,
            "learners": len({r.user_id for r in rows}),
            # Hake's g: the share of what was left to learn that was learnt (−1 to 1).
            "normalised": {"n": normalised.n, "mean": normalised.mean,
                           "low": normalised.low, "high": normalised.high,
                           "learners": len({r.user_id for r in rows
                                            if r.normalised is not None}),
                           "undefined": group["normalised_gain_undefined"]}}
