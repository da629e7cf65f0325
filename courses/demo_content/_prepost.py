"""Shared builders of the knowledge pre/post forms (safety and rights courses). Pure data.

An item is a single-choice question with a ``construct``: forms A and B ask the same
constructs in the same order, so that position n of A and of B test one idea in two
different situations (tests/courses/test_demo_prepost_knowledge.py).
"""

import copy

try:
    from ._text import T
except ImportError:
    from _text import T


def opt(ar, en, fr, correct=False):
    return {"text": T(ar, en, fr), "correct": correct}


def item(construct, prompt, options, why):
    """prompt and why: (ar, en, fr); options: opt(...) values, exactly one correct."""
    return {"type": "single_choice", "construct": construct, "prompt": T(*prompt),
            "options": options, "explanation": T(*why)}


def form(kind, form_letter, title, intro, questions):
    """A pre- or post-test in the quiz bank's format. title/intro: {kind: (ar, en, fr)}."""
    return {"kind": kind, "title": T(*title[kind]), "intro": T(*intro[kind]),
            "pass_mark": 0, "attempts_allowed": 1, "form": form_letter,
            "questions": copy.deepcopy(questions)}
