"""Record a result the learner's browser reported (client-reported: it can be forged).

The view has already taken the user from the session and checked access; this module
decides what of the statement is believed: only the score, capped at the package's
maximum, the success and completion flags, and nothing about the person.
"""

from __future__ import annotations

import math
from typing import Any

from django.db import transaction

from ..models import H5PPackage, H5PResult
from ..signals import h5p_result_recorded

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


def is_result_statement(statement: dict, package: H5PPackage) -> bool:
    """True for a top-level statement with a result; sub-content statements are not kept.

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
    if query:  # ?subContentId=… : part of the activity, not its result
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


def record_result(
    *, user, package: H5PPackage, statement: dict, page_id: int | None,
    completes_lesson: bool = False,
) -> H5PResult | None:
    """Store one client-reported result and tell listeners; None when nothing to keep.

    Raises StatementRefused for a statement about another activity.
    """
    if not is_result_statement(statement, package):
        return None
    cleaned = clean_statement(statement)
    score, maximum = scores(statement, package)
    success = cleaned["result"].get("success")
    completion = bool(cleaned["result"].get("completion")) or success is not None or (
        cleaned["verb"].get("id") == "http://adlnet.gov/expapi/verbs/completed"
    )
    passed = success if success is not None else completion
    with transaction.atomic():
        result = H5PResult.objects.create(
            user=user, package=package, page_id=page_id, score=score, max_score=maximum,
            success=success, completion=completion, passed=bool(passed),
            completes_lesson=completes_lesson, source=H5PResult.SOURCE_CLIENT,
            statement=cleaned,
        )
        h5p_result_recorded.send(
            sender=H5PResult, result=result, user=user, package=package,
            passed=bool(passed), page_id=page_id,
        )
    return result
