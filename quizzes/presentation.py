"""What learners see of a quiz, built from explicit allow-lists of fields.

Before submitting: prompts, option texts, mock-ups and ids, never correctness, feedback,
explanations or the authored order of ordering items and matching pairs. After
submitting: only what the review policy allows (``quizzes.review.ReviewPolicy``).
"""

import random

from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from literacy.fallback import shown_language

from .access import can_take
from .attempts import (
    assigned_quiz,
    attempts_left,
    attempts_used,
    issue_token,
    last_attempt,
    review_for,
)
from .blocks import TECHNIQUES_OR_NONE
from .grading import BINARY_CHOICES, matching_token, ordered_questions
from .models import Attempt

TECHNIQUE_LABELS = dict(TECHNIQUES_OR_NONE)


def binary_labels():
    return {
        "true_false": {"true": _("True"), "false": _("False")},
        "real_or_fake": {"real": _("Real"), "fake": _("Fake")},
        "phishing_or_legitimate": {"phishing": _("Phishing"), "legitimate": _("Legitimate")},
        "spot_the_technique": {key: str(label) for key, label in TECHNIQUES_OR_NONE},
    }


class _Localised:
    """Texts of the active language laid over the canonical (Arabic) question stream."""

    def __init__(self, quiz):
        self.by_id = {}
        lang = get_language() or settings.LANGUAGE_CODE
        if lang != settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            stream = getattr(quiz, f"questions_{lang}", None)
            if stream:
                self.by_id = {block.id: block for block in stream}

    def value(self, question):
        local = self.by_id.get(question.id)
        if local is not None and local.block_type == question.block_type:
            return local.value
        return None

    @staticmethod
    def text(canonical, local, name):
        if local is not None and local.get(name):
            return local[name]
        return canonical[name]

    @staticmethod
    def items(canonical, local, name):
        """(id, canonical item value, localised item value) for a ListBlock."""
        canon = list(canonical[name].bound_blocks)
        local_items = list(local[name].bound_blocks) if local is not None else []
        local_by_id = {child.id: child.value for child in local_items}
        rows = []
        for index, child in enumerate(canon):
            value = local_by_id.get(child.id)
            if value is None and len(local_items) == len(canon):
                value = local_items[index].value
            rows.append((child.id, child.value, value if value else child.value))
        return rows


def _shuffled(rows, seed, salt, avoid_identity=False):
    """``rows`` in an order reproducible from the attempt's seed.

    avoid_identity: ordering items and matching rights never appear in the authored
    (correct) order, which would give the answer away, and every other order is equally
    likely: a draw in the authored order is redrawn, not fixed up (moving it to one
    chosen order made that order twice as likely). Two rows have one other order only,
    which would be the answer itself, so they are shuffled over both orders (authors
    can no longer save them: ``blocks.AtLeastThree``).
    Guarded by tests/quizzes/test_shuffle.py::test_shuffle_is_uniform_over_the_wrong_orders.
    """
    original, rows = list(rows), list(rows)
    rng = random.Random(f"{seed}:{salt}")  # noqa: S311 - display order
    rng.shuffle(rows)
    while avoid_identity and len(rows) > 2 and rows == original:
        rng.shuffle(rows)
    return rows


def _post(canonical, local):
    post_c = canonical["post"]
    post_l = local["post"] if local is not None else None

    def text(name):
        return _Localised.text(post_c, post_l, name)

    return {
        "display_name": text("display_name"), "handle": post_c["handle"],
        "verified": bool(post_c["verified"]), "text": text("text"), "image": post_c["image"],
        "date": post_c["date"], "likes": post_c["likes"], "shares": post_c["shares"],
        "comments": post_c["comments"],
    }


def _message(canonical, local):
    msg_c = canonical["message"]
    msg_l = local["message"] if local is not None else None
    return {
        "channel": msg_c["channel"], "sender": msg_c["sender"],
        "sender_name": _Localised.text(msg_c, msg_l, "sender_name"),
        "subject": _Localised.text(msg_c, msg_l, "subject"),
        "body": _Localised.text(msg_c, msg_l, "body"),
        "links": list(msg_c["links"]),
    }


def mockup(question, local) -> dict:
    """The material a question shows (post, message, headline): never its verdict."""
    value, kind = question.value, question.block_type
    if kind in ("rate_a_post", "spot_the_technique"):
        return {"post": _post(value, local)}
    if kind == "phishing_or_legitimate":
        return {"message": _message(value, local)}
    if kind == "real_or_fake":
        return {"headline": _Localised.text(value, local, "headline"),
                "outlet": _Localised.text(value, local, "outlet")}
    return {}


def learner_questions(quiz, *, seed: int, previous=None) -> list[dict]:
    """The questions as a learner sees them before submitting (allow-listed fields only).

    Only ``previous`` (the learner's own answers, on an error page) ticks or fills in
    anything: a fresh form is the same whichever answer is right.
    Guarded by tests/quizzes/test_fresh_form.py (nothing ticked, selected or filled in
    for every question type; the same form whichever answer is right).
    """
    previous = previous or {}
    localised = _Localised(quiz)
    labels = binary_labels()
    rows = []
    for number, question in enumerate(ordered_questions(quiz, seed), 1):
        value, kind, qid = question.value, question.block_type, question.id
        local = localised.value(question)
        field = f"q.{qid}"
        row = {"id": qid, "type": kind, "number": number, "field": field,
               "prompt": _Localised.text(value, local, "prompt"), **mockup(question, local)}
        if kind in ("single_choice", "multiple_response"):
            chosen = set(_getlist(previous, field))
            options = [{"id": oid, "text": loc["text"], "checked": oid in chosen}
                       for oid, _c, loc in _Localised.items(value, local, "options")]
            if quiz.shuffle_options:
                options = _shuffled(options, seed, qid)
            row["options"] = options
        elif kind in BINARY_CHOICES:
            current = _get(previous, field)
            row["choices"] = [{"value": key, "label": label, "checked": key == current}
                              for key, label in labels[kind].items()]
            if kind == "real_or_fake":
                row["confidence"] = _scale(previous, f"{field}.confidence")
        elif kind == "ordering":
            items = _Localised.items(value, local, "items")
            shuffled = _shuffled([(iid, loc, index) for index, (iid, _c, loc) in
                                  enumerate(items)], seed, qid, avoid_identity=True)
            row["items"] = [{"id": iid, "text": text, "field": f"{field}.{iid}",
                             "selected": _get(previous, f"{field}.{iid}")}
                            for iid, text, _i in shuffled]
            row["positions"] = [str(n) for n in range(1, len(items) + 1)]
        elif kind == "matching":
            pairs = _Localised.items(value, local, "pairs")
            row["lefts"] = [{"id": pid, "text": loc["left"], "field": f"{field}.{pid}",
                             "selected": _get(previous, f"{field}.{pid}")}
                            for pid, _c, loc in pairs]
            rights = _shuffled([(matching_token(qid, pid), loc["right"], index)
                                for index, (pid, _c, loc) in enumerate(pairs)],
                               seed, f"{qid}:rights", avoid_identity=True)
            row["rights"] = [{"token": token, "text": text} for token, text, _i in rights]
        elif kind == "short_text":
            row["text"] = _get(previous, field) or ""
        elif kind == "rate_a_post":
            row["reliability"] = _scale(previous, f"{field}.reliability")
            row["confidence"] = _scale(previous, f"{field}.confidence")
            row["share"] = _get(previous, f"{field}.share")
        rows.append(row)
    return rows


def _get(data, name):
    value = data.get(name) if hasattr(data, "get") else None
    return str(value) if value is not None else None


def _getlist(data, name):
    if hasattr(data, "getlist"):
        return data.getlist(name)
    value = data.get(name)
    return value if isinstance(value, list) else ([value] if value else [])


def _scale(data, name):
    current = _get(data, name)
    return {"name": name, "points": [{"value": str(n), "checked": str(n) == current}
                                     for n in range(1, 8)]}


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
    context.update(
        token=token.sign(), submit_url=reverse("quizzes:submit", args=[quiz.pk]),
        questions=learner_questions(quiz, seed=token.seed, previous=previous),
        deadline=open_attempt.deadline if open_attempt else None,
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
            for attempt in (Attempt.objects.filter(user=self.user, quiz_id__in=ids)
                            .order_by("quiz_id", "number")):
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
        from wagtail.blocks import StreamValue

        from .blocks import QuizBlock

        stream = getattr(self.page, "body", None) if self.page is not None else None
        if not isinstance(stream, StreamValue):
            return []
        # Only the quiz blocks are looked at, so no other block type's data is loaded.
        children = stream.stream_block.child_blocks
        indexes = [i for i, raw in enumerate(stream.raw_data)
                   if isinstance(children.get(raw.get("type")), QuizBlock)]
        quizzes = (stream[i].value.get("quiz") for i in indexes)
        return [quiz for quiz in quizzes if quiz is not None]


def _page_state(request, page) -> _PageQuizzes:
    memo = getattr(request, "_quizzes_page_state", None)
    if memo is None:
        memo = {}
        request._quizzes_page_state = memo
    key = page.pk if page is not None else None
    if key not in memo:
        memo[key] = _PageQuizzes(request, page)
    return memo[key]


def _option_texts(rows, ids):
    return [loc["text"] for oid, _c, loc in rows if oid in ids]


def _truth(kind, value) -> str:
    if kind == "true_false":
        return "true" if value["answer"] else "false"
    if kind == "real_or_fake":
        return "real" if value["real"] else "fake"
    if kind == "phishing_or_legitimate":
        return "phishing" if value["phishing"] else "legitimate"
    return value["technique"]


def review_items(attempt, review) -> list[dict]:  # noqa: C901
    """One row per question of a submitted attempt, showing what ``review`` allows."""
    quiz = attempt.quiz
    answers = {a.question_id: a for a in attempt.answers.all()}
    localised = _Localised(quiz)
    labels = binary_labels()
    rows = []
    for number, question in enumerate(ordered_questions(quiz, attempt.order_seed), 1):
        value, kind = question.value, question.block_type
        local = localised.value(question)
        answer = answers.get(question.id)
        row = {"number": number, "type": kind,
               "prompt": _Localised.text(value, local, "prompt"), **mockup(question, local),
               "given": [], "right": [], "feedback": [], "signs": []}
        response = answer.response if answer else {}
        if kind in ("single_choice", "multiple_response"):
            options = _Localised.items(value, local, "options")
            chosen = set(response.get("choices") or [response.get("choice")])
            row["given"] = _option_texts(options, chosen)
            row["right"] = [loc["text"] for _i, canon, loc in options if canon["correct"]]
            row["feedback"] = [loc["feedback"] for oid, _c, loc in options
                               if oid in chosen and loc["feedback"]]
        elif kind in BINARY_CHOICES:
            choice = response.get("choice")
            row["given"] = [labels[kind][choice]] if choice else []
            if kind == "real_or_fake" and response.get("confidence"):
                row["given"].append(_("Confidence: %(n)s of 7") % {"n": response["confidence"]})
            row["right"] = [labels[kind][_truth(kind, value)]]
            if kind == "true_false" and choice:
                text = _Localised.text(value, local, f"feedback_{choice}")
                row["feedback"] = [text] if text else []
            if kind == "phishing_or_legitimate":
                row["signs"] = [loc for _i, _c, loc in _Localised.items(value, local, "signs")]
        elif kind == "rate_a_post":
            if response:
                # A live workshop quiz asks for the rating only.
                row["given"] = [_("Reliability: %(n)s of 7") % {"n": response["reliability"]}]
                if "confidence" in response:
                    row["given"].append(_("Confidence: %(n)s of 7") % {"n": response["confidence"]})
                if "share" in response:
                    row["given"].append(_("Would share: yes") if response["share"]
                                        else _("Would share: no"))
            if value["reliable"]:
                row["right"] = [_("Reliable")]
            else:
                technique = TECHNIQUE_LABELS.get(value["technique"] or "", "")
                row["right"] = [_("Manipulative") + (f" ({technique})" if technique else "")]
        elif kind == "ordering":
            items = _Localised.items(value, local, "items")
            positions = response.get("positions", {})
            given = sorted((p, iid) for iid, p in positions.items())
            texts = {iid: loc for iid, _c, loc in items}
            row["given"] = [texts[iid] for _p, iid in given if iid in texts]
            row["right"] = [loc for _i, _c, loc in items]
            row["ordered"] = True
        elif kind == "matching":
            pairs = {pid: loc for pid, _c, loc in _Localised.items(value, local, "pairs")}
            matches = response.get("matches", {})
            row["given"] = [f"{pairs[left]['left']} ← {pairs[right]['right']}"
                            for left, right in matches.items() if left in pairs and right in pairs]
            row["right"] = [f"{pair['left']} ← {pair['right']}" for pair in pairs.values()]
        elif kind == "short_text":
            row["given"] = [response["text"]] if response.get("text") else []
            row["right"] = list(value["answers"])[:1]
        # Feedback and signs tell the answer: they belong to the key, as do the
        # explanations not marked safe to show before it (quizzes.review).
        if review.explanations or (review.safe_explanations and value.get("explanation_safe")):
            row["explanation"] = _Localised.text(value, local, "explanation")
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
