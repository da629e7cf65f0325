"""Validate a learner's raw answers against a quiz and grade them (no database access).

Form field names: ``q.<question id>`` for the main answer of a question and
``q.<question id>.<part>`` for its parts (ordering item ids, matching left ids,
"confidence", "reliability", "share"). Everything is checked against the canonical
question stream before anything is stored; a ``SubmissionError`` lists every problem.
"""

import random
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from literacy.text import normalize_arabic

from . import conf
from .blocks import TECHNIQUES_OR_NONE
from .params import has_nul

FIELD_PREFIX = "q."
RATING_RANGE = range(1, 8)
BINARY_CHOICES = {
    "true_false": ("true", "false"),
    "real_or_fake": ("real", "fake"),
    "phishing_or_legitimate": ("phishing", "legitimate"),
    "spot_the_technique": tuple(key for key, _label in TECHNIQUES_OR_NONE),
}


class SubmissionError(Exception):
    """The answers cannot be accepted; ``messages`` says why, in the learner's language."""

    def __init__(self, messages: list[str], numbers=()):
        super().__init__("; ".join(messages))
        self.messages = messages
        self.numbers = list(numbers)  # the questions (display numbers) with a problem


@dataclass
class GradedAnswer:
    question_id: str
    question_type: str
    response: dict
    correct: bool
    points: float
    max_points: float
    feedback: list[str] = field(default_factory=list)


def item_ids(value, name: str) -> list[str]:
    """Ids of the ListBlock items ``name`` of a question value, in authored order."""
    return [child.id for child in value[name].bound_blocks]


def matching_token(question_id: str, pair_id: str) -> str:
    """The value a learner picks for the right-hand side of a pair.

    Not the pair id itself: that would give away which right goes with which left.
    """
    return salted_hmac("quizzes.matching", f"{question_id}:{pair_id}").hexdigest()[:12]


def ordered_questions(quiz, seed: int):
    """The canonical questions in this attempt's order (reproducible from its seed)."""
    questions = list(quiz.canonical_questions())
    if quiz.shuffle_questions:
        random.Random(seed).shuffle(questions)  # noqa: S311 - display order
    return questions


def _unexpected():
    return _("the form sent an answer this question does not have.")


def _error(number: int, message: str) -> str:
    return _("Question %(number)s: %(message)s") % {"number": number, "message": message}


def _one(values: list[str], number: int, errors: list[str]) -> str | None:
    if len(values) > 1:
        errors.append(_error(number, _("the same answer field was sent more than once.")))
        return None
    return values[0] if values else None


def _rating(values, number, errors, label) -> int | None:
    raw = _one(values, number, errors)
    if raw is None:
        return None
    try:
        rating = int(raw)
    except ValueError:
        rating = 0
    if rating not in RATING_RANGE:
        errors.append(_error(number, _("%(label)s must be between 1 and 7.") % {"label": label}))
        return None
    return rating


def collect_fields(data: Mapping, questions) -> dict[str, dict[str | None, list[str]]]:
    """The answer fields grouped by question id; unknown question ids are an error."""
    known = {q.id for q in questions}
    grouped: dict[str, dict[str | None, list[str]]] = {}
    unknown = False
    for name in data:
        if not name.startswith(FIELD_PREFIX):
            continue
        qid, _dot, part = name[len(FIELD_PREFIX):].partition(".")
        if qid not in known:
            unknown = True
            continue
        values = data.getlist(name) if hasattr(data, "getlist") else [data[name]]
        grouped.setdefault(qid, {})[part or None] = [str(v) for v in values]
    if unknown:
        raise SubmissionError([_("The answers refer to a question that is not in this quiz.")])
    return grouped


def parse_submission(questions, data: Mapping) -> dict[str, dict]:
    """Validated responses by question id, or SubmissionError with every problem found."""
    grouped = collect_fields(data, questions)
    errors: list[str] = []
    numbers = []
    responses = {}
    for number, question in enumerate(questions, 1):
        fields = grouped.get(question.id, {})
        before = len(errors)
        response = _parse_one(question, fields, number, errors)
        if response is not None:
            responses[question.id] = response
        if len(errors) > before:
            numbers.append(number)
    if errors:
        raise SubmissionError(errors, numbers)
    return responses


def _parse_one(question, fields, number, errors) -> dict | None:  # noqa: C901
    kind, value = question.block_type, question.value
    missing = _error(number, _("please answer this question."))
    main = fields.get(None, [])
    extra_parts = set(fields) - {None}

    def unexpected(allowed=()):
        if extra_parts - set(allowed):
            errors.append(_error(number, _unexpected()))
            return True
        return False

    if kind == "single_choice":
        if unexpected():
            return None
        choice = _one(main, number, errors)
        if choice is None:
            if not main:
                errors.append(missing)
            return None
        if choice not in item_ids(value, "options"):
            errors.append(_error(number, _("this answer is not one of its options.")))
            return None
        return {"choice": choice}

    if kind == "multiple_response":
        if unexpected():
            return None
        if not main:
            errors.append(missing)
            return None
        if len(set(main)) != len(main):
            errors.append(_error(number, _("the same answer field was sent more than once.")))
            return None
        options = set(item_ids(value, "options"))
        if not set(main) <= options:
            errors.append(_error(number, _("this answer is not one of its options.")))
            return None
        return {"choices": sorted(main)}

    if kind in BINARY_CHOICES:
        allowed = ("confidence",) if kind == "real_or_fake" else ()
        if unexpected(allowed):
            return None
        choice = _one(main, number, errors)
        if choice is None:
            if not main:
                errors.append(missing)
            return None
        if choice not in BINARY_CHOICES[kind]:
            errors.append(_error(number, _("this answer is not one of its options.")))
            return None
        response = {"choice": choice}
        if kind == "real_or_fake":
            confidence = _rating(fields.get("confidence", []), number, errors, _("Confidence"))
            if confidence is None:
                if not fields.get("confidence"):
                    errors.append(_error(number, _("please say how sure you are.")))
                return None
            response["confidence"] = confidence
        return response

    if kind == "ordering":
        ids = item_ids(value, "items")
        if main or unexpected(ids):
            if main:
                errors.append(_error(number, _unexpected()))
            return None
        if set(fields) != set(ids):
            errors.append(_error(number, _("give every item a position.")))
            return None
        positions = {}
        for item_id in ids:
            raw = _one(fields[item_id], number, errors)
            if raw is None:
                return None
            try:
                position = int(raw)
            except ValueError:
                position = 0
            if not 1 <= position <= len(ids):
                errors.append(_error(number, _("a position is out of range.")))
                return None
            positions[item_id] = position
        if len(set(positions.values())) != len(ids):
            errors.append(_error(number, _("give each item a different position.")))
            return None
        return {"positions": positions}

    if kind == "matching":
        ids = item_ids(value, "pairs")
        if main or unexpected(ids):
            if main:
                errors.append(_error(number, _unexpected()))
            return None
        if set(fields) != set(ids):
            errors.append(_error(number, _("match every item.")))
            return None
        by_token = {matching_token(question.id, pair_id): pair_id for pair_id in ids}
        matches = {}
        for left_id in ids:
            raw = _one(fields[left_id], number, errors)
            if raw is None:
                return None
            if raw not in by_token:
                errors.append(_error(number, _("this answer is not one of its options.")))
                return None
            matches[left_id] = by_token[raw]
        return {"matches": matches}

    if kind == "short_text":
        if unexpected():
            return None
        text = _one(main, number, errors)
        if text is None:
            if not main:
                errors.append(missing)
            return None
        text = text.strip()
        if not text:
            errors.append(missing)
            return None
        if has_nul(text):  # PostgreSQL cannot store it
            errors.append(_error(number, _("the answer contains a character that is not "
                                           "allowed (a NUL byte).")))
            return None
        if len(text) > conf.get("QUIZZES_MAX_TEXT_ANSWER"):
            errors.append(_error(number, _("the answer is too long.")))
            return None
        return {"text": text}

    if kind == "rate_a_post":
        if main or unexpected(("reliability", "confidence", "share")):
            if main:
                errors.append(_error(number, _unexpected()))
            return None
        if not all(fields.get(part) for part in ("reliability", "confidence", "share")):
            errors.append(missing)
            return None
        reliability = _rating(fields["reliability"], number, errors, _("Reliability"))
        confidence = _rating(fields["confidence"], number, errors, _("Confidence"))
        share = _one(fields["share"], number, errors)
        if share is not None and share not in ("yes", "no"):
            errors.append(_error(number, _("this answer is not one of its options.")))
            return None
        if reliability is None or confidence is None or share is None:
            return None
        return {"reliability": reliability, "confidence": confidence, "share": share == "yes"}

    errors.append(_error(number, _("this question type cannot be answered here.")))
    return None


def _normaliser(value):
    options = {
        "hamza": value.get("ignore_hamza", True),
        "alef_maqsura": value.get("ignore_alef_maqsura", True),
        "teh_marbuta": value.get("ignore_teh_marbuta", True),
        "tashkeel": value.get("ignore_tashkeel", True),
        "tatweel": value.get("ignore_tatweel", True),
        "digits": value.get("fold_digits", True),
    }
    # Case and spacing never matter in a typed answer, whatever the author chose.
    return lambda text: " ".join(normalize_arabic(text, **options).casefold().split())


def judged_manipulative(reliability: int) -> bool:
    """A rate-a-post rating counts as "manipulative" at 3 or below (4 is undecided)."""
    return reliability <= 3


def rating_is_right(reliability: int, *, reliable: bool) -> bool:
    """A reliable post is rated 5 or more, a manipulative one 3 or less."""
    return reliability >= 5 if reliable else judged_manipulative(reliability)


def grade_question(question, response: dict) -> GradedAnswer:
    """Points, correctness and the feedback matching this response (for the review)."""
    kind, value = question.block_type, question.value
    max_points = float(value["points"])
    fraction = 0.0
    feedback: list[str] = []
    if kind in ("single_choice", "multiple_response"):
        options = {child.id: child.value for child in value["options"].bound_blocks}
        chosen = [response["choice"]] if kind == "single_choice" else response["choices"]
        feedback = [options[c]["feedback"] for c in chosen if options[c]["feedback"]]
        right = {oid for oid, option in options.items() if option["correct"]}
        if kind == "single_choice":
            fraction = 1.0 if chosen[0] in right else 0.0
        elif right:
            hits = len(right & set(chosen)) - len(set(chosen) - right)
            fraction = max(0.0, hits / len(right))
    elif kind == "true_false":
        truth = "true" if value["answer"] else "false"
        fraction = float(response["choice"] == truth)
        text = value["feedback_true"] if response["choice"] == "true" else value["feedback_false"]
        feedback = [text] if text else []
    elif kind == "real_or_fake":
        fraction = float((response["choice"] == "real") == bool(value["real"]))
    elif kind == "phishing_or_legitimate":
        fraction = float((response["choice"] == "phishing") == bool(value["phishing"]))
    elif kind == "spot_the_technique":
        fraction = float(response["choice"] == value["technique"])
    elif kind == "rate_a_post":
        fraction = float(rating_is_right(response["reliability"],
                                         reliable=bool(value["reliable"])))
    elif kind == "ordering":
        ids = item_ids(value, "items")
        placed = sum(1 for index, item_id in enumerate(ids, 1)
                     if response["positions"][item_id] == index)
        fraction = placed / len(ids)
    elif kind == "matching":
        matches = response["matches"]
        fraction = sum(1 for left, right in matches.items() if left == right) / len(matches)
    elif kind == "short_text":
        normalise = _normaliser(value)
        given = normalise(response["text"])
        fraction = float(any(given == normalise(answer) for answer in value["answers"]))
    return GradedAnswer(
        question_id=question.id, question_type=kind, response=response,
        correct=fraction >= 1.0, points=round(fraction * max_points, 4),
        max_points=max_points, feedback=feedback,
    )


def grade(questions, responses: dict[str, dict]) -> list[GradedAnswer]:
    return [grade_question(question, responses[question.id]) for question in questions]
