"""A live session's questions: which were asked, and each as everyone sees it while open.

Both the verbs (services: the end-of-session summary) and the screens (state) read them,
so they live below both, kept per session version and language in this process.
"""

from django.utils.translation import get_language

from ..presentation import learner_questions
from ..question_types import named

_CACHE: dict[tuple, dict] = {}


def remember(key, build):
    value = _CACHE.get(key)
    if value is None:
        if len(_CACHE) > 512:
            _CACHE.clear()
        value = _CACHE[key] = build()
    return value


def rows(session) -> dict[str, dict]:
    quiz = session.quiz
    key = ("rows", session.pk, quiz.updated_at, get_language())
    return remember(key, lambda: {row["id"]: row for row in
                                  learner_questions(quiz, seed=session.seed)})


def public_question(session, question_id: str) -> dict:
    """The question as everyone sees it while it is open: no verdict of any kind."""
    row = rows(session)[question_id]
    kind = named(row["type"])
    return {"id": question_id, "type": row["type"], "prompt": row["prompt"],
            "buttons": kind.live_buttons(row), "multiple": kind.live_multiple,
            "scale": kind.live_scale, **kind.live_mockup(row)}


def questions_by_id(quiz) -> dict:
    return {q.id: q for q in quiz.canonical_questions()}


def asked_ids(session) -> list[str]:
    return session.question_ids[: session.current_index + 1]
