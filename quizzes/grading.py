"""Validate a learner's raw answers against a quiz and grade them (no database access).

Form field names: ``q.<question id>`` for the main answer of a question and
``q.<question id>.<part>`` for its parts (ordering item ids, matching left ids,
"confidence", "reliability", "share"). Everything is checked against the canonical
question stream before anything is stored; a ``SubmissionError`` lists every problem.
"""

import random
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .question_types import AnswerFields, question_type
from .question_types.base import item_ids
from .question_types.matching import matching_token

__all__ = ["GradedAnswer", "SubmissionError", "grade", "grade_question", "item_ids",
           "matching_token", "ordered_questions", "parse_submission"]

FIELD_PREFIX = "q."


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


def ordered_questions(quiz, seed: int):
    """The canonical questions in this attempt's order (reproducible from its seed)."""
    questions = list(quiz.canonical_questions())
    if quiz.shuffle_questions:
        random.Random(seed).shuffle(questions)  # noqa: S311 - display order
    return questions


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
        response = question_type(question).parse(
            question, AnswerFields(fields, number, errors))
        if response is not None:
            responses[question.id] = response
        if len(errors) > before:
            numbers.append(number)
    if errors:
        raise SubmissionError(errors, numbers)
    return responses


def grade_question(question, response: dict) -> GradedAnswer:
    """Points, correctness and the feedback matching this response (for the review)."""
    max_points = float(question.value["points"])
    fraction, feedback = question_type(question).grade(question, response)
    return GradedAnswer(
        question_id=question.id, question_type=question.block_type, response=response,
        correct=fraction >= 1.0, points=round(fraction * max_points, 4),
        max_points=max_points, feedback=feedback,
    )


def grade(questions, responses: dict[str, dict]) -> list[GradedAnswer]:
    return [grade_question(question, responses[question.id]) for question in questions]
