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


# The intro of every twelve-item pre/post form (safety, rights).
INTRO = {
    "pretest": ("اثنا عشر سؤالًا قصيرًا. لا تُحتسب النتيجة في الشهادة؛ نستخدمها لقياس ما تتعلّمه. أجب بحسب ما تعرفه الآن دون بحث.",
                "Twelve short questions. The score does not count towards the certificate; we use it to measure what you learn. Answer from what you know now, without searching.",
                "Douze questions courtes. Le score ne compte pas pour le certificat ; il sert à mesurer ce que vous apprenez. Répondez selon ce que vous savez, sans chercher."),
    "posttest": ("اثنا عشر سؤالًا جديدًا. لا تُحتسب النتيجة في الشهادة؛ نقارنها باختبارك القبلي لنعرف ما تغيّر.",
                 "Twelve new questions. The score does not count towards the certificate; we compare it with your pre-test to see what changed.",
                 "Douze nouvelles questions. Le score ne compte pas pour le certificat ; nous le comparons à votre test initial pour voir ce qui a changé."),
}


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
