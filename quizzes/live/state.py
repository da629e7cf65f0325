"""What each screen of a live session shows, built from allow-listed fields only.

A question reaches learners and the projector as ``presentation.learner_questions``
gives it (prompts, option texts, mock-ups: never correctness); the right answers, the
explanation and the distribution exist in these payloads only once the question is
revealed. The parts shared by every learner are built once per session version and
language and kept in this process.
"""

from collections import Counter

from django.utils.translation import get_language

from ..question_types import Localised, named, question_type
from .models import LiveAnswer, LiveSession
from .questions import asked_ids, public_question, questions_by_id, remember, rows
from .services import leaderboard

State = LiveSession.State


def _counts(session, question_id) -> Counter:
    counts: Counter = Counter()
    kind = named(rows(session)[question_id]["type"])
    for response in LiveAnswer.objects.filter(session=session, question_id=question_id) \
            .values_list("response", flat=True):
        value = kind.live_value(response)
        counts.update(value if isinstance(value, list) else [value])
    return counts


def _earlier(session, question):
    """(question, counts getter) of the questions of the same type asked before this
    one, newest first; each one's answers are counted only if asked for."""
    questions = questions_by_id(session.quiz)
    kind = question_type(question)
    for qid in reversed(asked_ids(session)[:-1]):
        other = questions.get(qid)
        if other is not None and question_type(other) is kind:
            yield other, (lambda qid=qid: _counts(session, qid))


def public_reveal(session, question_id: str) -> dict:
    """The verdict, the explanation and the distribution of one revealed question."""
    def build():
        question = questions_by_id(session.quiz)[question_id]
        kind = question_type(question)
        public = public_question(session, question_id)
        right = kind.live_right(question)
        counts = _counts(session, question_id)
        local = Localised(session.quiz).value(question)
        reveal = {"right": right,
                  "explanation": Localised.text(question.value, local, "explanation")}
        reveal["series"] = kind.live_series(question, counts, _earlier(session, question))
        if reveal["series"] is None:
            reveal["series"] = [{"label": "", "current": True, "bars": [
                {"value": b["value"], "label": b["label"], "count": counts.get(b["value"], 0),
                 "right": b["value"] in right} for b in public["buttons"]]}]
        return reveal

    return remember(("reveal", session.pk, session.version, question_id, get_language()),
                    build)


def _common(session) -> dict:
    qid = session.current_question_id
    state = {"code": session.code, "version": session.version, "state": session.state,
             "paused": session.paused, "index": session.current_index,
             "total": len(session.question_ids), "question": None, "reveal": None}
    if qid is not None and session.state in (State.OPEN, State.REVEALED):
        state["question"] = public_question(session, qid)
        if session.state == State.REVEALED:
            state["reveal"] = public_reveal(session, qid)
    return state


def learner_state(session, *, user, mine: dict[str, dict]) -> dict:
    """A learner's screen: the current question, their locked answer, the verdict after
    reveal (``mine``: their stored responses by question id)."""
    state = _common(session)
    qid = session.current_question_id
    response = mine.get(qid) if qid else None
    state["mine"] = named(rows(session)[qid]["type"]).live_value(response) \
        if response else None
    if state["reveal"] is not None:
        reveal = dict(state["reveal"])
        reveal.pop("series", None)  # the phone shows the verdict; the chart is projected
        if response is not None:
            given = state["mine"]
            given = given if isinstance(given, list) else [given]
            if state["question"]["scale"]:
                reveal["correct"] = given[0] in reveal["right"]
            else:
                reveal["correct"] = set(given) == set(reveal["right"])
        state["reveal"] = reveal
    if session.state == State.ENDED:
        state["score"] = LiveAnswer.objects.filter(session=session, user=user,
                                                   correct=True).count()
        state["asked"] = len(asked_ids(session))
    return state


def presenter_state(session) -> dict:
    state = _common(session)
    state["joined"] = session.joined_count()
    state["answered"] = session.answered_count(session.current_question_id)
    if session.leaderboard and session.state in (State.REVEALED, State.ENDED):
        state["leaderboard"] = leaderboard(session)
    if session.state == State.ENDED:
        state["summary"] = session.summary
    state["last"] = session.current_index + 1 >= len(session.question_ids)
    return state
