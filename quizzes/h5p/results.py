"""Record a result the learner's browser reported (client-reported: it can be forged).

The view has already taken the user from the session and checked access; this module
decides what of the statement is believed: only the score, capped at the package's
maximum, the success and completion flags, and nothing about the person.

Passed means passed: the statement says ``success: true``, or the score reaches the pass
mark the editor set on the activity (``H5PPackage.pass_mark``, a percentage of the maximum).
Completing is not passing. Content without any score (nothing to get right) passes when it
is completed.

Compound content (Column, Interactive Book, Question Set) reports each part with a
``subContentId``. Those answers are kept as rows of their own, but only the activity's own
statement gives its result: a part never overwrites it. When an activity reports only its
parts, its result is the sum of the latest answer to each of its direct parts, out of the
maximum the editor set or, failing that, the sum of the parts' maxima; it can pass only once
every direct part named in its content has answered.
"""

from __future__ import annotations

import logging
import math
from typing import Any
from urllib.parse import parse_qs

from django.db import transaction

from ..models import H5PPackage, H5PResult
from ..signals import h5p_result_recorded
from . import safe_json
from .storage import h5p_storage

logger = logging.getLogger("basira.h5p")

RESULT_VERBS = {
    "http://adlnet.gov/expapi/verbs/answered",
    "http://adlnet.gov/expapi/verbs/completed",
    "http://adlnet.gov/expapi/verbs/passed",
    "http://adlnet.gov/expapi/verbs/failed",
}
MAX_SCORE_CEILING = 10_000


class StatementRefused(Exception):
    """The statement is about another activity or is malformed."""


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _sub_content_id(query: str) -> str:
    return parse_qs(query).get("subContentId", [""])[0][:64]


def is_result_statement(statement: dict, package: H5PPackage) -> bool:
    """True for a statement with a result, of the activity or of one of its parts.

    Raises StatementRefused when the statement names another activity.
    """
    if not isinstance(statement, dict):
        raise StatementRefused("statement is not an object")
    obj = statement.get("object") or {}
    object_id = obj.get("id") if isinstance(obj, dict) else None
    if not isinstance(object_id, str):
        raise StatementRefused("statement has no object id")
    base, _sep, query = object_id.partition("?")
    if base != package.activity_iri:
        raise StatementRefused("statement is about another activity")
    if query and not _sub_content_id(query):
        return False
    verb = statement.get("verb") or {}
    verb_id = verb.get("id") if isinstance(verb, dict) else None
    result = statement.get("result")
    return verb_id in RESULT_VERBS and isinstance(result, dict)


def clean_statement(statement: dict) -> dict:
    """Keep what describes the answer; drop actor, authority, context, ids and extensions."""
    verb = statement.get("verb") or {}
    obj = statement.get("object") or {}
    result = statement.get("result") or {}
    score = result.get("score") if isinstance(result.get("score"), dict) else {}
    cleaned_result: dict[str, Any] = {
        "score": {k: _number(score.get(k)) for k in ("raw", "min", "max", "scaled")
                  if _number(score.get(k)) is not None},
    }
    for key in ("success", "completion"):
        if _flag(result.get(key)) is not None:
            cleaned_result[key] = result[key]
    for key in ("duration", "response"):
        if isinstance(result.get(key), str):
            cleaned_result[key] = result[key][:2000]
    cleaned = {
        "verb": {"id": verb.get("id")} if isinstance(verb, dict) else {},
        "object": {"id": obj.get("id")},
        "result": cleaned_result,
    }
    definition = obj.get("definition") if isinstance(obj, dict) else None
    if isinstance(definition, dict):
        kept = {k: definition[k] for k in ("type", "interactionType", "correctResponsesPattern")
                if k in definition}
        if kept:
            cleaned["object"]["definition"] = kept
    return cleaned


def scores(statement: dict, package: H5PPackage) -> tuple[float | None, float | None]:
    """(score, max) with the score clamped to [0, the package's maximum]."""
    score = (statement.get("result") or {}).get("score")
    score = score if isinstance(score, dict) else {}
    raw, reported_max = _number(score.get("raw")), _number(score.get("max"))
    if package.max_score is not None:
        maximum = float(package.max_score)
    elif reported_max is not None:
        maximum = min(max(reported_max, 0.0), MAX_SCORE_CEILING)
    else:
        maximum = None
    if raw is None:
        scaled = _number(score.get("scaled"))
        if scaled is None or maximum is None:
            return None, maximum
        raw = scaled * maximum
    upper = maximum if maximum is not None else MAX_SCORE_CEILING
    return min(max(raw, 0.0), upper), maximum


def is_passed(*, success: bool | None, score: float | None, maximum: float | None,
              completion: bool, pass_mark: int) -> bool:
    """The activity's verdict, else the editor's pass mark; completing alone is not passing.

    Guarded by tests/quizzes/test_h5p_results.py::
    test_a_completed_activity_below_the_pass_mark_is_not_passed.
    """
    if success is True:
        return True
    if score is not None and maximum:
        return score >= maximum * pass_mark / 100 - 1e-9
    return success is None and score is None and maximum is None and completion


def _parent_of(statement: dict, package: H5PPackage) -> str:
    """The sub-content id of the part containing this one ("" for the activity itself)."""
    context = statement.get("context")
    activities = context.get("contextActivities") if isinstance(context, dict) else None
    parents = activities.get("parent") if isinstance(activities, dict) else None
    if not isinstance(parents, list) or not parents or not isinstance(parents[0], dict):
        return ""
    parent_id = parents[0].get("id")
    if not isinstance(parent_id, str):
        return ""
    base, _sep, query = parent_id.partition("?")
    return _sub_content_id(query) if base == package.activity_iri else ""


def direct_parts(content: Any) -> set[str]:
    """Sub-content ids of the parts directly inside an activity (not parts of parts)."""
    found: set[str] = set()
    if isinstance(content, dict):
        if isinstance(content.get("library"), str) and isinstance(content.get("subContentId"),
                                                                   str):
            return {content["subContentId"][:64]}
        for value in content.values():
            found |= direct_parts(value)
    elif isinstance(content, list):
        for value in content:
            found |= direct_parts(value)
    return found


def _package_content(package: H5PPackage) -> Any:
    try:
        with h5p_storage().open(f"{package.content_path}/content/content.json", "rb") as handle:
            return safe_json.loads(handle.read())
    except (OSError, safe_json.UnsafeJSON):
        logger.warning("content.json of H5P package %s could not be read", package.pk)
        return None


def _result_from_parts(*, user, package: H5PPackage, page_id: int | None,
                       completes_lesson: bool) -> H5PResult | None:
    """The activity's result summed from its direct parts, while it reports none itself."""
    mine = H5PResult.objects.filter(user=user, package=package)
    if mine.filter(sub_content_id="").exclude(statement__has_key="aggregated").exists():
        return None  # the activity reports its own result: parts never overwrite it
    latest: dict[str, H5PResult] = {}
    for row in mine.exclude(sub_content_id="").order_by("-created_at", "-pk"):
        if row.statement.get("parent", "") == "" and row.sub_content_id not in latest:
            latest[row.sub_content_id] = row
    scored = [row for row in latest.values() if row.score is not None]
    if not scored:
        return None
    score = sum(row.score for row in scored)
    if package.max_score is not None:
        maximum = float(package.max_score)
    else:
        maximum = min(sum(row.max_score or 0.0 for row in scored), MAX_SCORE_CEILING)
    score = min(score, maximum)
    expected = direct_parts(_package_content(package))
    complete = bool(expected) and expected <= set(latest)
    passed = complete and is_passed(success=None, score=score, maximum=maximum,
                                    completion=True, pass_mark=package.pass_mark)
    result, _created = H5PResult.objects.update_or_create(
        user=user, package=package, page_id=page_id, sub_content_id="",
        statement__has_key="aggregated",
        defaults={"score": score, "max_score": maximum, "success": None,
                  "completion": complete, "passed": passed,
                  "completes_lesson": completes_lesson, "source": H5PResult.SOURCE_CLIENT,
                  "statement": {"aggregated": len(latest)}},
    )
    return result


def record_result(
    *, user, package: H5PPackage, statement: dict, page_id: int | None,
    completes_lesson: bool = False,
) -> H5PResult | None:
    """Store one client-reported result and tell listeners; None when nothing to keep.

    A part's answer is stored, and tells listeners only through the activity's result
    computed from its parts, while the activity reports none of its own.
    Raises StatementRefused for a statement about another activity.
    """
    if not is_result_statement(statement, package):
        return None
    cleaned = clean_statement(statement)
    score, maximum = scores(statement, package)
    _base, _sep, query = cleaned["object"]["id"].partition("?")
    part = _sub_content_id(query)
    if part:
        cleaned["parent"] = _parent_of(statement, package)
        score, maximum = _part_scores(statement)
    success = cleaned["result"].get("success")
    completion = bool(cleaned["result"].get("completion")) or success is not None or (
        cleaned["verb"].get("id") == "http://adlnet.gov/expapi/verbs/completed"
    )
    passed = is_passed(success=success, score=score, maximum=maximum, completion=completion,
                       pass_mark=package.pass_mark)
    with transaction.atomic():
        result = H5PResult.objects.create(
            user=user, package=package, page_id=page_id, sub_content_id=part, score=score,
            max_score=maximum, success=success, completion=completion, passed=passed,
            completes_lesson=completes_lesson, source=H5PResult.SOURCE_CLIENT,
            statement=cleaned,
        )
        if part:
            activity = _result_from_parts(user=user, package=package, page_id=page_id,
                                          completes_lesson=completes_lesson)
            if activity is None:
                return result
            result = activity
        h5p_result_recorded.send(
            sender=H5PResult, result=result, user=user, package=package,
            passed=result.passed, page_id=page_id,
        )
    return result


def _part_scores(statement: dict) -> tuple[float | None, float | None]:
    """A part's own (score, max), bounded like any reported number."""
    score = (statement.get("result") or {}).get("score")
    score = score if isinstance(score, dict) else {}
    raw, maximum = _number(score.get("raw")), _number(score.get("max"))
    if maximum is not None:
        maximum = min(max(maximum, 0.0), MAX_SCORE_CEILING)
    if raw is not None:
        raw = min(max(raw, 0.0), maximum if maximum is not None else MAX_SCORE_CEILING)
    return raw, maximum
