"""What learners see of a quiz, built from explicit allow-lists of fields.

Before submitting: prompts, option texts, mock-ups and ids, never correctness, feedback,
explanations or the authored order of ordering items and matching pairs. After
submitting: only what the review policy allows (``quizzes.review.ReviewPolicy``).
"""

from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.blocks import StreamValue

from literacy import offline
from literacy.fallback import shown_language
from literacy.precompiled import select

from . import form_fragments
from .access import can_take
from .attempts import (
    assigned_quiz,
    attempts_left,
    attempts_used,
    issue_token,
    last_attempt,
    review_for,
)
from .grading import ordered_questions
from .models import Attempt
from .question_types import Localised, question_type


def learner_questions(quiz, *, seed: int, previous=None) -> list[dict]:
    """The questions as a learner sees them before submitting (allow-listed fields only).

    Each type adds its own fields (``QuestionType.learner_fields``). Only ``previous``
    (the learner's own answers, on an error page) ticks or fills in
    anything: a fresh form is the same whichever answer is right.
    Guarded by tests/quizzes/test_fresh_form.py (nothing ticked, selected or filled in
    for every question type; the same form whichever answer is right).
    """
    row = _row_builder(quiz, seed=seed, previous=previous or {})
    return [row(number, question)
            for number, question in enumerate(ordered_questions(quiz, seed), 1)]


def _row_builder(quiz, *, seed: int, previous: dict):
    """``row(number, question)``: one question's learner row (see learner_questions)."""
    localised = Localised(quiz)

    def row(number, question) -> dict:
        kind, value, qid = question_type(question), question.value, question.id
        local = localised.value(question)
        field = f"q.{qid}"
        return {
            "id": qid, "type": question.block_type, "number": number, "field": field,
            "prompt": Localised.text(value, local, "prompt"), **kind.mockup(value, local),
            **kind.learner_fields(question, local, field=field, previous=previous, seed=seed,
                                  shuffle_options=quiz.shuffle_options),
        }

    return row


def quiz_info(quiz) -> dict:
    return {
        "id": quiz.pk, "title": quiz.title, "intro": quiz.intro, "kind": quiz.kind,
        # The language each text is shown in (Arabic when not translated): lang/dir.
        "title_lang": shown_language(quiz, "title"),
        "intro_lang": shown_language(quiz, "intro"),
        "questions_lang": shown_language(quiz, "questions"),
        "kind_label": quiz.get_kind_display(), "pass_mark": quiz.pass_mark,
        "attempts_allowed": quiz.attempts_allowed,
        "time_limit_minutes": quiz.time_limit_minutes,
    }


_UNKNOWN = object()


def take_context(*, user, page, quiz, previous=None, errors=None, error_numbers=(),
                 last=_UNKNOWN, live=None) -> dict:
    """Everything the quiz form (block or error page) shows a signed-in learner.

    ``last``, ``live``: the learner's latest attempt at ``quiz`` and their number of live
    attempts at it, when the caller loaded them already.
    """
    if last is _UNKNOWN:
        last = last_attempt(user, quiz)
    submitted = last is not None and last.submitted_at is not None
    used = attempts_used(last, quiz, live=live)
    left = attempts_left(quiz, used)
    context = {"quiz_info": quiz_info(quiz), "page_id": page.pk if page else None,
               "attempts_used": used, "attempts_left": left, "errors": errors or [],
               "error_numbers": list(error_numbers),
               "can_answer": left != 0, "last_result": None}
    context["quiz_header"] = form_fragments.header(quiz, context["quiz_info"])
    if submitted:
        review = review_for(last, attempts_used=used)
        context["last_result"] = {
            "number": last.number, "url": reverse("quizzes:attempt", args=[last.pk]),
            "review": review, "score": last.score, "max_score": last.max_score,
            "percent": last.percent, "passed": last.passed,
        }
    if left == 0:
        return context
    open_attempt = last if last is not None and not submitted else None
    if quiz.time_limit_minutes and open_attempt is None:
        context["needs_start"] = True
        context["start_url"] = reverse("quizzes:start", args=[quiz.pk])
        return context
    token = issue_token(user=user, quiz=quiz, page_id=context["page_id"], last=last)
    if previous:
        # A form showing the learner's own answers is rendered for them alone.
        questions = learner_questions(quiz, seed=token.seed, previous=previous)
    else:
        # A fresh form: what every learner sees of it is rendered once (form_fragments),
        # and a question's row is built only when its item is not cached.
        questions = form_fragments.fresh_questions(
            quiz, enumerate(ordered_questions(quiz, token.seed), 1), seed=token.seed,
            row=_row_builder(quiz, seed=token.seed, previous={}),
            questions_lang=context["quiz_info"]["questions_lang"])
    context.update(
        token=token.sign(), submit_url=reverse("quizzes:submit", args=[quiz.pk]),
        questions=questions, deadline=open_attempt.deadline if open_attempt else None,
    )
    return context


def quiz_block_context(*, request, page, quiz) -> dict:
    """The quiz block's context for this request: nothing if the learner may not take it.

    An editor previewing a draft (Wagtail sets ``request.is_preview``; only people who may
    edit the page reach it) sees the questions as a learner would, without a token to
    submit them: the draft is not live, so no attempt could count."""
    if quiz is not None and request is not None and getattr(request, "is_preview", False):
        return {"quiz_info": quiz_info(quiz), "preview": True, "can_answer": True,
                "questions": learner_questions(quiz, seed=0), "errors": []}
    if quiz is None or request is None or not can_take(request, page, quiz):
        return {"quiz_unavailable": True}
    user = request.user
    if not user.is_authenticated:
        login = resolve_url(settings.LOGIN_URL)
        return {"quiz_info": quiz_info(quiz),
                "login_url": f"{login}?{urlencode({'next': request.path})}"}
    state = _page_state(request, page)
    quiz = state.assigned(quiz)
    if state.last_attempt(quiz) is not None:
        # The learner's graded answers (and perhaps the key) stay off the phone. Guarded by
        # tests/literacy/test_offline.py::test_staff_export_and_review_responses_are_never_marked.
        offline.forbid(request)
    return take_context(user=user, page=page, quiz=quiz, last=state.last_attempt(quiz),
                        live=state.live_attempts(quiz))


class _PageQuizzes:
    """The learner's form assignments and latest attempts for every quiz a page places,
    loaded once per request: a page with many quiz blocks costs the same queries as one."""

    def __init__(self, request, page):
        self.user, self.page = request.user, page
        self._assigned, self._last, self._live = {}, None, {}

    def assigned(self, quiz):
        key = (quiz.series, quiz.kind, quiz.pk) if quiz.series else quiz.pk
        if key not in self._assigned:
            self._assigned[key] = assigned_quiz(user=self.user, quiz=quiz)
        return self._assigned[key]

    def last_attempt(self, quiz):
        if self._last is None or quiz.pk not in self._last:
            ids = {quiz.pk} | {self.assigned(q).pk for q in self._placed()}
            latest, live = {}, dict.fromkeys(ids, 0)
            for attempt in select(Attempt, "quizzes:latest-attempts", _attempts_query,
                                  [self.user.pk, *ids]):
                latest[attempt.quiz_id] = attempt
                live[attempt.quiz_id] += attempt.mode == Attempt.Mode.LIVE
            self._last = {pk: latest.get(pk) for pk in ids}
            self._live = live
        return self._last[quiz.pk]

    def live_attempts(self, quiz) -> int:
        """The learner's live workshop attempts at ``quiz`` (loaded with the latest)."""
        self.last_attempt(quiz)
        return self._live[quiz.pk]

    def _placed(self):
        """Quizzes of the page's body in the active language (already loaded with it)."""
        stream = getattr(self.page, "body", None) if self.page is not None else None
        if not isinstance(stream, StreamValue):
            return []
        # Only the quiz blocks are looked at, so no other block type's data is loaded.
        children = stream.stream_block.child_blocks
        indexes = [i for i, raw in enumerate(stream.raw_data)
                   if getattr(children.get(raw.get("type")), "places_quiz", False)]
        quizzes = (stream[i].value.get("quiz") for i in indexes)
        return [quiz for quiz in quizzes if quiz is not None]


def _attempts_query(user_id, *quiz_ids):
    """A learner's attempts at these quizzes, oldest last per quiz (_PageQuizzes)."""
    return Attempt.objects.filter(user_id=user_id, quiz_id__in=quiz_ids) \
        .order_by("quiz_id", "number")


def _page_state(request, page) -> _PageQuizzes:
    memo = getattr(request, "_quizzes_page_state", None)
    if memo is None:
        memo = {}
        request._quizzes_page_state = memo
    key = page.pk if page is not None else None
    if key not in memo:
        memo[key] = _PageQuizzes(request, page)
    return memo[key]


def review_items(attempt, review) -> list[dict]:
    """One row per question of a submitted attempt, showing what ``review`` allows."""
    quiz = attempt.quiz
    answers = {a.question_id: a for a in attempt.answers.all()}
    localised = Localised(quiz)
    rows = []
    for number, question in enumerate(ordered_questions(quiz, attempt.order_seed), 1):
        kind, value = question_type(question), question.value
        local = localised.value(question)
        answer = answers.get(question.id)
        row = {"number": number, "type": question.block_type,
               "prompt": Localised.text(value, local, "prompt"), **kind.mockup(value, local),
               "given": [], "right": [], "feedback": [], "signs": []}
        row.update(kind.review(question, local, answer.response if answer else {}))
        # Feedback and signs tell the answer: they belong to the key, as do the
        # explanations not marked safe to show before it (quizzes.review).
        if review.explanations or (review.safe_explanations and value.get("explanation_safe")):
            row["explanation"] = Localised.text(value, local, "explanation")
        if not review.explanations:
            row["feedback"], row["signs"] = [], []
        if not review.answers:
            row["right"] = []
        if review.correctness and answer is not None:
            row["correct"] = answer.correct
        if review.score and answer is not None:
            row["points"], row["max_points"] = answer.points, answer.max_points
        rows.append(row)
    return rows
