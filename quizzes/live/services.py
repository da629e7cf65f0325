"""Every verb of a live session: start, join, answer, the presenter's commands, the end.

Views and the consumer call these and nothing else. Each verb checks the state it needs
in the database (the session row is the authority), refuses bad input with a translated
``LiveError`` and stores nothing then. Answers are graded with the quiz engine
(``grading.grade_question``); the learner never sends points or correctness.
"""

import json
import random
import uuid
from collections import Counter
from dataclasses import dataclass

from django.db import IntegrityError, connection, transaction
from django.db.models import Max, Sum
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from literacy.accounts.pseudonyms import shown

from ..grading import grade_question, ordered_questions
from ..models import Answer, Attempt
from ..question_types import named, question_type
from ..signals import attempt_graded
from . import audience, events
from .models import LiveAnswer, LiveParticipant, LiveSession
from .questions import asked_ids, public_question, questions_by_id

State = LiveSession.State
ACTIONS = ("next", "reveal", "pause", "resume", "end", "leaderboard")


class LiveError(Exception):
    """Refused; ``message`` says why in the user's language. Nothing was stored."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass
class AnswerOutcome:
    answer: LiveAnswer
    answered: int
    joined: int | None
    value: object = None  # what the learner's buttons show as chosen


# --- starting and joining ---------------------------------------------------------------


def start_session(*, quiz, host, audience_key: str) -> LiveSession:
    if not audience.may_start(host, audience_key):
        raise LiveError(_("You cannot start a live quiz for this group."), status=404)
    seed = random.SystemRandom().randrange(1, 2**31)

    # Only the types a learner answers with buttons on a phone (``QuestionType.live``);
    # the others (ordering, matching, typed answers) are left out of live sessions.
    ids = [q.id for q in ordered_questions(quiz, seed) if question_type(q).live]
    if not ids:
        raise LiveError(_("This quiz has no question that can be answered with buttons, "
                          "so it cannot be run live."))
    for _try in range(5):
        try:
            with transaction.atomic():
                return LiveSession.objects.create(
                    quiz=quiz, host=host, audience=audience_key, question_ids=ids, seed=seed,
                    language=translation.get_language() or "")
        except IntegrityError:  # the random code was taken: draw another
            continue
    raise LiveError(_("No free session code was found. Try again."))


def session_by_code(code: str) -> LiveSession | None:
    cleaned = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    if not cleaned:
        return None
    return LiveSession.objects.select_related("quiz").filter(code=cleaned).first()


def join(*, session: LiveSession, user) -> LiveParticipant:
    """Join (or rejoin: idempotent) a session as a learner."""
    if session.state == State.ENDED:
        raise LiveError(_("This live quiz has ended."), status=410)
    if not audience.may_join(user, session):
        raise LiveError(_("This live quiz is only open to the members of its group."),
                        status=403)
    participant, created = LiveParticipant.objects.get_or_create(session=session, user=user)
    if created:
        events.publish_count(session, question_id=session.current_question_id, user_id=user.pk)
    return participant


# --- answering -----------------------------------------------------------------------------


def _locked_state(session_id: int):
    """The session's answer-gate fields, read under a share lock on PostgreSQL.

    Answers take a shared lock (they do not wait for each other); "reveal", "next" and
    "end" take the row for update and so wait until answers in flight have committed:
    an answer is either counted before the question closes or refused after.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT state, paused, current_index, question_ids FROM "
                "quizzes_livesession WHERE id = %s FOR SHARE", [session_id])
            row = cursor.fetchone()
        if row is None:
            return None
        ids = row[3] if isinstance(row[3], list) else json.loads(row[3])
        return row[0], row[1], row[2], ids
    row = LiveSession.objects.filter(pk=session_id).values_list(
        "state", "paused", "current_index", "question_ids").first()
    return row


def parse_value(question, value) -> dict:
    """The graded response shape of one button answer, or LiveError."""
    response = question_type(question).live_parse(question, value)
    if response is None:
        raise LiveError(_("This answer is not one of the question's options."))
    return response


def submit_answer(*, session: LiveSession, user, question_id: str, value,
                  joined_already: bool = False) -> AnswerOutcome:
    """Lock in one learner's answer to the open question; refused in every other case.

    ``joined_already``: the caller (a socket that joined when it opened) vouches for the
    membership, saving a query on the hot path; the joined count is then not recounted.
    """
    if not isinstance(question_id, str):
        raise LiveError(_("This question is not open."))
    try:
        # One transaction, no savepoint: the insert is its only write, so a second tap's
        # IntegrityError (the unique answer per learner and question) rolls back nothing
        # else. Two round trips fewer per answer (SAVEPOINT, RELEASE) than a nested
        # atomic block; counted by tests/quizzes/test_live_answer_cost.py.
        with transaction.atomic():
            answer, graded, question = _store_answer(session, user, question_id, value,
                                                     joined_already)
    except IntegrityError:
        raise LiveError(_("You have already answered this question."), status=409) \
            from None
    return AnswerOutcome(answer, session.answered_count(question_id),
                         None if joined_already else session.joined_count(),
                         question_type(question).live_value(graded.response))


def _store_answer(session, user, question_id, value, joined_already):
    answer, graded, question = _checked_answer(session, _locked_state(session.pk), user,
                                               question_id, value, joined_already)
    answer.save(force_insert=True)
    return answer, graded, question


def _checked_answer(session, gate, user, question_id, value, joined_already):
    """The learner's answer graded and ready to insert (gate: ``_locked_state``'s row,
    read in the caller's transaction), or LiveError."""
    if gate is None:
        raise LiveError(_("This live quiz does not exist."), status=404)
    state, paused, index, ids = gate
    if state == State.ENDED:
        raise LiveError(_("This live quiz has ended."), status=410)
    current = ids[index] if 0 <= index < len(ids) else None
    if question_id != current or state != State.OPEN:
        raise LiveError(_("This question is not open."), status=409)
    if paused:
        raise LiveError(_("The facilitator paused the quiz: wait a moment."), status=409)
    if not joined_already and \
            not LiveParticipant.objects.filter(session_id=session.pk, user=user).exists():
        raise LiveError(_("Join the live quiz before answering."), status=403)
    question = questions_by_id(session.quiz).get(question_id)
    if question is None:
        raise LiveError(_("This question is not open."), status=409)
    graded = grade_question(question, parse_value(question, value))
    answer = LiveAnswer(
        session_id=session.pk, user=user, question_id=question_id,
        response=graded.response, correct=graded.correct, points=graded.points,
        max_points=graded.max_points)
    return answer, graded, question


def submit_answers(*, session: LiveSession, answers: list[tuple]) -> list:
    """Several joined learners' answers that arrived together, stored in one transaction
    (a group commit): ``answers`` are (user, question_id, value, language); each gets its
    own ``AnswerOutcome`` or ``LiveError`` (in its language), in order, once the
    transaction has committed. The same checks as ``submit_answer`` for each, and the
    same refusal of a second answer to a question, whether it was stored before or comes
    twice in the batch; the unique constraint stays the authority: if another process
    stored one of them meanwhile, nothing of the batch is kept and each is submitted on
    its own. A room answering at once costs one lock, one insert and one count per
    batch instead of per answer; a second answer is refused without that fallback
    (guarded by tests/quizzes/test_live_answer_cost.py
    ::test_a_burst_of_answers_is_one_transaction_of_four_statements)."""
    if len(answers) == 1:
        return [_submit_one(session, *answers[0])]
    results: list = [None] * len(answers)
    new = []
    try:
        with transaction.atomic():
            gate = _locked_state(session.pk)
            asked = {qid for _u, qid, _v, _l in answers if isinstance(qid, str)}
            taken = set(LiveAnswer.objects.filter(
                session_id=session.pk, question_id__in=asked,
                user_id__in={user.pk for user, *_rest in answers},
            ).values_list("user_id", "question_id")) if asked else set()
            for n, (user, question_id, value, language) in enumerate(answers):
                with translation.override(language):
                    try:
                        if not isinstance(question_id, str):
                            raise LiveError(_("This question is not open."))
                        checked = _checked_answer(session, gate, user, question_id, value,
                                                  True)
                        if (user.pk, question_id) in taken:
                            raise LiveError(_("You have already answered this question."),
                                            status=409)
                    except LiveError as error:
                        results[n] = error
                        continue
                taken.add((user.pk, question_id))
                new.append((n, *checked))
            LiveAnswer.objects.bulk_create([answer for _n, answer, *_rest in new])
    except IntegrityError:
        return [_submit_one(session, *answer) for answer in answers]
    answered = {qid: session.answered_count(qid)
                for qid in {answer.question_id for _n, answer, *_rest in new}}
    for n, answer, graded, question in new:
        results[n] = AnswerOutcome(answer, answered[answer.question_id], None,
                                   question_type(question).live_value(graded.response))
    return results


def _submit_one(session, user, question_id, value, language):
    with translation.override(language):
        try:
            return submit_answer(session=session, user=user, question_id=question_id,
                                 value=value, joined_already=True)
        except LiveError as error:
            return error


def my_answers(session, user) -> dict[str, dict]:
    return dict(LiveAnswer.objects.filter(session=session, user=user)
                .values_list("question_id", "response"))


# --- the presenter's commands ---------------------------------------------------------------


def command(*, session_id: int, user, action: str) -> LiveSession:
    """Apply one presenter command; LiveError for a learner or a command out of place."""
    if action not in ACTIONS:
        raise LiveError(_("Unknown command."))
    with transaction.atomic():
        session = (LiveSession.objects.select_for_update().select_related("quiz")
                   .filter(pk=session_id).first())
        if session is None:
            raise LiveError(_("This live quiz does not exist."), status=404)
        if not audience.may_host(user, session):
            raise LiveError(_("Only the facilitator can run the quiz."), status=403)
        if session.state == State.ENDED:
            raise LiveError(_("This live quiz has ended."), status=410)
        now = timezone.now()
        if action == "next":
            if session.current_index + 1 >= len(session.question_ids):
                raise LiveError(_("That was the last question: end the quiz."))
            if session.state == State.OPEN:
                session.question_closed_at = now
            session.current_index += 1
            session.state, session.paused = State.OPEN, False
            session.question_opened_at, session.question_closed_at = now, None
        elif action == "reveal":
            if session.state != State.OPEN:
                raise LiveError(_("No question is open."))
            session.state, session.paused = State.REVEALED, False
            session.question_closed_at = now
        elif action in ("pause", "resume"):
            if session.state != State.OPEN:
                raise LiveError(_("No question is open."))
            session.paused = action == "pause"
        elif action == "leaderboard":
            session.leaderboard = not session.leaderboard
        elif action == "end":
            _end(session, now)
        session.version += 1
        session.save()
        events.publish_state(session)
    return session


def _end(session: LiveSession, now) -> None:
    if session.state == State.OPEN:
        session.question_closed_at = now
    session.state, session.paused, session.ended_at = State.ENDED, False, now
    session.summary = build_summary(session)
    record_attempts(session, now)


def build_summary(session) -> list[dict]:
    """Per question asked: how many answered, the share correct, the most common wrong
    answer (labels in the language active when the session ends)."""
    rows = []
    by_question: dict[str, list] = {}
    for qid, response, correct in LiveAnswer.objects.filter(session=session).values_list(
            "question_id", "response", "correct"):
        by_question.setdefault(qid, []).append((response, correct))
    for number, qid in enumerate(asked_ids(session), 1):
        public = public_question(session, qid)
        answers = by_question.get(qid, [])
        right = sum(1 for _r, correct in answers if correct)
        kind = named(public["type"])
        wrong = Counter(_label_key(kind, r) for r, correct in answers if not correct)
        common = None
        if wrong:
            key, count = wrong.most_common(1)[0]
            common = {"label": _label_of(public, key), "count": count}
        rows.append({
            "id": qid, "number": number, "type": public["type"], "prompt": public["prompt"],
            "answered": len(answers), "correct": right,
            "share_correct": round(100 * right / len(answers)) if answers else None,
            "common_wrong": common,
        })
    return rows


def _label_key(kind, response: dict) -> str:
    value = kind.live_value(response)
    return "|".join(value) if isinstance(value, list) else str(value)


def _label_of(public: dict, key: str) -> str:
    return named(public["type"]).live_answer_label(public["buttons"], key.split("|"))


def record_attempts(session, now) -> list[Attempt]:
    """Each learner's answers become one live attempt in their own history."""
    quiz = session.quiz
    questions = questions_by_id(quiz)
    asked = [qid for qid in asked_ids(session) if qid in questions]
    max_score = round(sum(float(questions[qid].value["points"]) for qid in asked), 4)
    by_user: dict[int, list[LiveAnswer]] = {}
    for answer in LiveAnswer.objects.filter(session=session).select_related("user"):
        by_user.setdefault(answer.user_id, []).append(answer)
    joined = dict(LiveParticipant.objects.filter(session=session)
                  .values_list("user_id", "joined_at"))
    last_numbers = dict(Attempt.objects.filter(quiz=quiz, user_id__in=by_user)
                        .values_list("user_id").annotate(last=Max("number")).order_by())
    attempts = []
    for user_id, answers in by_user.items():
        user = answers[0].user
        score = round(sum(a.points for a in answers), 4)
        passed = bool(max_score) and 100 * score / max_score >= quiz.pass_mark
        attempt = Attempt.objects.create(
            user=user, quiz=quiz, number=last_numbers.get(user_id, 0) + 1,
            idempotency_key=uuid.uuid4(), order_seed=session.seed,
            language=session.language, started_at=joined.get(user_id, now),
            submitted_at=now, score=score, max_score=max_score, passed=passed,
            mode=Attempt.Mode.LIVE)
        Answer.objects.bulk_create([
            Answer(attempt=attempt, question_id=a.question_id,
                   question_type=questions[a.question_id].block_type, response=a.response,
                   correct=a.correct, points=a.points, max_points=a.max_points)
            for a in answers if a.question_id in questions
        ])
        attempt_graded.send(sender=Attempt, attempt=attempt, user=user, quiz=quiz,
                            passed=passed, page_id=None)
        attempts.append(attempt)
    return attempts


def leaderboard(session, limit: int = 5) -> list[dict]:
    rows = (LiveAnswer.objects.filter(session=session).values("user__username")
            .annotate(points=Sum("points")).order_by("-points", "user__username")[:limit])
    return [{"name": shown(row["user__username"]), "points": round(row["points"] or 0, 2)}
            for row in rows]


def sessions_for_audience(audience_key: str):
    return LiveSession.objects.filter(audience=audience_key).select_related("quiz")


def running_for_audiences(keys) -> list[LiveSession]:
    return list(LiveSession.objects.filter(audience__in=list(keys))
                .exclude(state=State.ENDED).select_related("quiz"))
