"""The quizzes app's part of a learner's data export and account erasure.

Registered with the ``basira_personal_data`` hook (see literacy/accounts/personal_data.py).
Attempts, answers and H5P results stay after erasure, attached to the anonymised account,
so that scores and pre/post gains are unchanged; what the learner *typed* (short-text
answers, H5P free responses) and the saved state of activities are erased, because free
text is where people give themselves away.
"""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from literacy.accounts.personal_data import Section

from .live.models import LiveAnswer, LiveParticipant
from .models import Answer, Attempt, FormAssignment, H5PResult, H5PUserData
from .question_types import all_types

LABELS = {
    "quiz": _("Quiz"),
    "number": _("Attempt"),
    "language": _("Language"),
    "started": _("Started on"),
    "submitted": _("Submitted"),
    "score": _("Score"),
    "max_score": _("Maximum score"),
    "passed": _("Passed"),
    "answers": _("Answers"),
    "question": _("Question"),
    "question_type": _("Question type"),
    "response": _("Your answer"),
    "correct": _("Correct"),
    "points": _("Points"),
    "max_points": _("Maximum points"),
    "series": _("Pre/post test series"),
    "pre_test_form": _("Pre-test form"),
    "activity": _("Activity"),
    "success": _("Success"),
    "completed": _("Activity completed"),
    "recorded": _("Recorded"),
    "data_type": _("Data type"),
    "data": _("Saved state"),
    "updated": _("Updated"),
    "joined": _("Joined on"),
    "answered": _("Answered on"),
}


def _prompts(quiz) -> dict[str, str]:
    """Question id → prompt in the active language (the quiz's questions fall back to
    Arabic where a translation is missing)."""
    prompts = {}
    for block in quiz.questions or []:
        value = block.value
        prompt = value.get("prompt", "") if hasattr(value, "get") else ""
        prompts[block.id] = str(prompt)
    return prompts


def export_attempts(user) -> list[dict]:
    attempts = (
        Attempt.objects.filter(user=user).select_related("quiz").order_by("started_at")
        .prefetch_related(Prefetch("answers", queryset=Answer.objects.order_by("pk")))
    )
    prompts: dict[int, dict[str, str]] = {}
    rows = []
    for attempt in attempts:
        if attempt.quiz_id not in prompts:
            prompts[attempt.quiz_id] = _prompts(attempt.quiz)
        rows.append({
            "quiz": attempt.quiz.title,
            "number": attempt.number,
            "language": attempt.language,
            "started": attempt.started_at,
            "submitted": attempt.submitted_at,
            "score": attempt.score,
            "max_score": attempt.max_score,
            "passed": attempt.passed,
            "answers": [{
                "question": prompts[attempt.quiz_id].get(answer.question_id,
                                                         answer.question_id),
                "question_type": answer.question_type,
                "response": answer.response,
                "correct": answer.correct,
                "points": answer.points,
                "max_points": answer.max_points,
            } for answer in attempt.answers.all()],
        })
    return rows


def erase_typed_answers(user) -> None:
    """Blank the text of free-text answers; their grade (points, correct) stays."""
    for kind in all_types():
        key = kind.free_text_key
        if key is None:
            continue
        answers = Answer.objects.filter(attempt__user=user, question_type=kind.name)
        for answer in answers:
            if isinstance(answer.response, dict) and answer.response.get(key):
                answer.response = {**answer.response, key: ""}
                answer.save(update_fields=["response"])


def export_form_assignments(user) -> list[dict]:
    rows = FormAssignment.objects.filter(user=user).order_by("created_at")
    return [{"series": row.series, "pre_test_form": row.pre_form} for row in rows]


def export_h5p_results(user) -> list[dict]:
    rows = H5PResult.objects.filter(user=user).select_related("package").order_by(
        "created_at")
    return [{
        "activity": row.package.title,
        "score": row.score,
        "max_score": row.max_score,
        "success": row.success,
        "completed": row.completion,
        "passed": row.passed,
        "response": (row.statement.get("result") or {}).get("response", ""),
        "recorded": row.created_at,
    } for row in rows]


def erase_h5p_responses(user) -> None:
    for row in H5PResult.objects.filter(user=user):
        result = (row.statement or {}).get("result")
        if isinstance(result, dict) and "response" in result:
            result = {k: v for k, v in result.items() if k != "response"}
            row.statement = {**row.statement, "result": result}
            row.save(update_fields=["statement"])


def export_h5p_state(user) -> list[dict]:
    rows = H5PUserData.objects.filter(user=user).select_related("package").order_by(
        "updated_at")
    return [{
        "activity": row.package.title,
        "data_type": row.data_type,
        "data": row.data,
        "updated": row.updated_at,
    } for row in rows]


def erase_h5p_state(user) -> None:
    H5PUserData.objects.filter(user=user).delete()


def export_live_sessions(user) -> list[dict]:
    """Live workshop quizzes joined, with the answers given (when a session ends they also
    become a live attempt, exported with the attempts)."""
    participations = (LiveParticipant.objects.filter(user=user)
                      .select_related("session__quiz").order_by("joined_at"))
    answers: dict[int, list] = {}
    for answer in LiveAnswer.objects.filter(user=user).order_by("answered_at"):
        answers.setdefault(answer.session_id, []).append(answer)
    prompts: dict[int, dict[str, str]] = {}
    rows = []
    for participation in participations:
        quiz = participation.session.quiz
        if quiz.pk not in prompts:
            prompts[quiz.pk] = _prompts(quiz)
        rows.append({
            "quiz": quiz.title,
            "joined": participation.joined_at,
            "answers": [{
                "question": prompts[quiz.pk].get(answer.question_id, answer.question_id),
                "response": answer.response,
                "correct": answer.correct,
                "points": answer.points,
                "answered": answer.answered_at,
            } for answer in answers.get(participation.session_id, [])],
        })
    return rows


def sections() -> list[Section]:
    return [
        Section(key="quiz_attempts", title=_("Quiz attempts and answers"), labels=LABELS,
                export=export_attempts, erase=erase_typed_answers),
        Section(key="live_quizzes", title=_("Live workshop quizzes"), labels=LABELS,
                export=export_live_sessions),
        Section(key="pre_post_forms", title=_("Pre/post test forms"), labels=LABELS,
                export=export_form_assignments),
        Section(key="h5p_results", title=_("Interactive activity (H5P) results"),
                labels=LABELS, export=export_h5p_results, erase=erase_h5p_responses),
        Section(key="h5p_state", title=_("Saved progress in interactive activities"),
                labels=LABELS, export=export_h5p_state, erase=erase_h5p_state),
    ]
