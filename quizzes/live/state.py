"""What each screen of a live session shows, built from allow-listed fields only.

A question reaches learners and the projector as ``presentation.learner_questions``
gives it (prompts, option texts, mock-ups: never correctness); the right answers, the
explanation and the distribution exist in these payloads only once the question is
revealed. The parts shared by every learner are built once per session version and
language and kept in this process.
"""

from collections import Counter

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ..grading import rating_is_right
from ..presentation import _Localised, _truth, learner_questions
from .models import LiveAnswer, LiveSession
from .services import RATINGS, asked_ids, leaderboard, response_value

State = LiveSession.State
_CACHE: dict[tuple, dict] = {}


def _remember(key, build):
    value = _CACHE.get(key)
    if value is None:
        if len(_CACHE) > 512:
            _CACHE.clear()
        value = _CACHE[key] = build()
    return value


def _rows(session) -> dict[str, dict]:
    quiz = session.quiz
    key = ("rows", session.pk, quiz.updated_at, get_language())
    return _remember(key, lambda: {row["id"]: row for row in
                                   learner_questions(quiz, seed=session.seed)})


def _mockup(row) -> dict:
    if "post" in row:
        post = row["post"]
        fields = {name: post[name] for name in ("display_name", "handle", "verified", "text")}
        fields["date"] = post["date"].isoformat() if post.get("date") else ""
        return {"post": fields}
    if "message" in row:
        return {"message": dict(row["message"])}
    if "headline" in row:
        return {"headline": row["headline"], "outlet": row["outlet"]}
    return {}


def public_question(session, question_id: str) -> dict:
    """The question as everyone sees it while it is open: no verdict of any kind."""
    row = _rows(session)[question_id]
    kind = row["type"]
    if kind in ("single_choice", "multiple_response"):
        buttons = [{"value": o["id"], "label": o["text"]} for o in row["options"]]
    elif kind == "rate_a_post":
        buttons = [{"value": n, "label": n} for n in RATINGS]
    else:
        buttons = [{"value": c["value"], "label": c["label"]} for c in row["choices"]]
    return {"id": question_id, "type": kind, "prompt": row["prompt"], "buttons": buttons,
            "multiple": kind == "multiple_response", "scale": kind == "rate_a_post",
            **_mockup(row)}


def _right_ratings(reliable: bool) -> list[str]:
    return [n for n in RATINGS if rating_is_right(int(n), reliable=reliable)]


def _right_values(question) -> list[str]:
    kind, value = question.block_type, question.value
    if kind in ("single_choice", "multiple_response"):
        return [c.id for c in value["options"].bound_blocks if c.value["correct"]]
    if kind == "rate_a_post":
        return _right_ratings(bool(value["reliable"]))
    return [_truth(kind, value)]


def _counts(session, question_id) -> Counter:
    counts: Counter = Counter()
    for response in LiveAnswer.objects.filter(session=session, question_id=question_id) \
            .values_list("response", flat=True):
        value = response_value(response)
        counts.update(value if isinstance(value, list) else [value])
    return counts


def _rating_series(session, question, counts) -> list[dict]:
    """The spread of reliability ratings of this post, and beside it the spread of the
    last post of the other kind (reliable / manipulative) already asked in the session."""
    from .services import questions_by_id

    questions = questions_by_id(session.quiz)
    this_reliable = bool(question.value["reliable"])
    series = {this_reliable: (question.id, counts)}
    for qid in reversed(asked_ids(session)[:-1]):
        other = questions.get(qid)
        if other is not None and other.block_type == "rate_a_post" and \
                bool(other.value["reliable"]) != this_reliable:
            series[not this_reliable] = (qid, _counts(session, qid))
            break
    rows = []
    for reliable in (False, True):
        if reliable not in series:
            continue
        qid, found = series[reliable]
        right = _right_ratings(reliable)
        rows.append({
            "label": _("Reliable post") if reliable else _("Manipulative post"),
            "reliable": reliable, "current": qid == question.id,
            "bars": [{"value": n, "label": n, "count": found.get(n, 0),
                      "right": n in right} for n in RATINGS],
        })
    return rows


def public_reveal(session, question_id: str) -> dict:
    """The verdict, the explanation and the distribution of one revealed question."""
    from .services import questions_by_id

    def build():
        question = questions_by_id(session.quiz)[question_id]
        public = public_question(session, question_id)
        right = _right_values(question)
        counts = _counts(session, question_id)
        local = _Localised(session.quiz).value(question)
        reveal = {"right": right,
                  "explanation": _Localised.text(question.value, local, "explanation")}
        if question.block_type == "rate_a_post":
            reveal["series"] = _rating_series(session, question, counts)
        else:
            reveal["series"] = [{"label": "", "current": True, "bars": [
                {"value": b["value"], "label": b["label"], "count": counts.get(b["value"], 0),
                 "right": b["value"] in right} for b in public["buttons"]]}]
        return reveal

    return _remember(("reveal", session.pk, session.version, question_id, get_language()),
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
    state["mine"] = response_value(response) if response else None
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
    from .services import answered_count, joined_count

    state = _common(session)
    state["joined"] = joined_count(session)
    state["answered"] = answered_count(session, session.current_question_id)
    if session.leaderboard and session.state in (State.REVEALED, State.ENDED):
        state["leaderboard"] = leaderboard(session)
    if session.state == State.ENDED:
        state["summary"] = session.summary
    state["last"] = session.current_index + 1 >= len(session.question_ids)
    return state
