"""A quiz on paper: the learner's questions without answers, and the facilitators' key.

The printed questions are the learner rows of ``presentation.learner_questions`` (the
same allow-list as the form: never correctness, feedback or explanations), each shown by
its type's ``print_template``; a type without one is printed as "answer this activity
online". The answer key is the types' own ``review`` of an empty response plus the
explanation, for the facilitators' edition only.
"""

from django.template.loader import render_to_string

from .grading import ordered_questions
from .presentation import learner_questions
from .question_types import Localised, question_type

PRINT_SEED = 0  # one reproducible order of options for every printed copy


def printed_questions(quiz) -> list[dict]:
    """The questions as printed for learners: number, prompt and the type's paper form
    (``html``), or ``html`` None when the type cannot be answered on paper."""
    rows = []
    for row in learner_questions(quiz, seed=PRINT_SEED):
        template = _type_named(quiz, row["id"]).print_template
        rows.append({"number": row["number"], "prompt": row["prompt"],
                     "html": render_to_string(template, {"question": row})
                     if template else None})
    return rows


def answer_key(quiz) -> list[dict]:
    """The right answers and explanations, numbered as ``printed_questions``."""
    localised = Localised(quiz)
    rows = []
    for number, question in enumerate(ordered_questions(quiz, PRINT_SEED), 1):
        local = localised.value(question)
        review = question_type(question).review(question, local, {})
        rows.append({
            "number": number,
            "prompt": Localised.text(question.value, local, "prompt"),
            "right": [str(text) for text in review.get("right") or []],
            "explanation": Localised.text(question.value, local, "explanation") or "",
        })
    return rows


def _type_named(quiz, question_id):
    for question in quiz.canonical_questions():
        if question.id == question_id:
            return question_type(question)
    raise KeyError(question_id)
