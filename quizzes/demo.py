"""Quizzes from the demo content format (/work/spec/demo_content_format.md).

``create_quiz(key, data)`` is idempotent by key: a quiz that exists is returned as it
is (an editor may have changed it). Block ids are generated once and shared by every
language's stream, so that answers given in English are graded against the Arabic
(canonical) structure.
"""

import uuid

from django.conf import settings
from django.db import transaction

from .models import Quiz
from .review import default_key_when

NORMALISE_KEYS = {
    "hamza": "ignore_hamza", "alef_maqsura": "ignore_alef_maqsura",
    "teh_marbuta": "ignore_teh_marbuta", "tashkeel": "ignore_tashkeel",
    "tatweel": "ignore_tatweel", "digits": "fold_digits",
}
SERIES_SUFFIXES = ("-pre-a", "-pre-b", "-post-a", "-post-b")


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def _t(value, lang: str) -> str:
    """A translatable demo string in ``lang``, falling back to Arabic; plain strings as is."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return value.get(lang) or value.get("ar") or ""


def _id() -> str:
    return str(uuid.uuid4())


def _items(values, ids, convert):
    return [{"type": "item", "value": convert(v), "id": i} for v, i in zip(values, ids,
                                                                            strict=True)]


def _post(post, lang):
    return {
        "display_name": _t(post["display_name"], lang), "handle": post["handle"],
        "verified": bool(post.get("verified")), "text": _t(post["text"], lang),
        "image": None, "date": post.get("date"), "likes": post.get("likes", 0),
        "shares": post.get("shares", 0), "comments": post.get("comments", 0),
    }


def _question(q: dict, ids: dict, lang: str) -> dict:  # noqa: C901 - one branch per type
    kind = q["type"]
    value = {"prompt": _t(q["prompt"], lang), "explanation": _t(q.get("explanation"), lang),
             "explanation_safe": bool(q.get("explanation_safe")), "points": q.get("points", 1)}
    if kind in ("single_choice", "multiple_response"):
        value["options"] = _items(q["options"], ids["items"], lambda o: {
            "text": _t(o["text"], lang), "correct": bool(o.get("correct")),
            "feedback": _t(o.get("feedback"), lang)})
    elif kind == "true_false":
        value.update(answer=bool(q["answer"]), feedback_true=_t(q.get("feedback_true"), lang),
                     feedback_false=_t(q.get("feedback_false"), lang))
    elif kind == "ordering":
        value["items"] = _items(q["items"], ids["items"], lambda item: _t(item, lang))
    elif kind == "matching":
        value["pairs"] = _items(q["pairs"], ids["items"], lambda pair: {
            "left": _t(pair[0], lang), "right": _t(pair[1], lang)})
    elif kind == "short_text":
        value["answers"] = _items(q["answers"], ids["items"], lambda a: _t(a, lang))
        normalise = q.get("normalise") or {}
        for key, field in NORMALISE_KEYS.items():
            value[field] = bool(normalise.get(key, True))
    elif kind == "rate_a_post":
        value.update(post=_post(q["post"], lang), reliable=bool(q["reliable"]),
                     technique=q.get("technique") or "")
    elif kind == "real_or_fake":
        value.update(headline=_t(q["headline"], lang), outlet=_t(q.get("outlet"), lang),
                     real=bool(q["real"]))
    elif kind == "spot_the_technique":
        value.update(post=_post(q["post"], lang), technique=q.get("technique") or "none")
    elif kind == "phishing_or_legitimate":
        m = q["message"]
        value.update(
            message={"channel": m.get("channel", "email"), "sender": m["sender"],
                     "sender_name": _t(m.get("sender_name"), lang),
                     "subject": _t(m.get("subject"), lang), "body": _t(m["body"], lang),
                     "links": _items(m.get("links", []), ids["links"], lambda s: s)},
            phishing=bool(q["phishing"]),
            signs=_items(q.get("signs", []), ids["signs"], lambda s: _t(s, lang)),
        )
    else:
        raise ValueError(f"unknown question type {kind!r}")
    return {"type": kind, "value": value, "id": ids["id"]}


def _ids_for(q: dict) -> dict:
    items = q.get("options") or q.get("items") or q.get("pairs") or q.get("answers") or []
    message = q.get("message") or {}
    return {"id": _id(), "items": [_id() for _ in items],
            "links": [_id() for _ in message.get("links", [])],
            "signs": [_id() for _ in q.get("signs", [])]}


def series_of(key: str, data: dict) -> str:
    """The pre/post series: given, or the key without its "-pre-a"/"-post-b" suffix."""
    if data.get("series"):
        return data["series"]
    if data.get("kind") in ("pretest", "posttest") and data.get("form"):
        for suffix in SERIES_SUFFIXES:
            if key.endswith(suffix):
                return key[: -len(suffix)]
    return ""


@transaction.atomic
def create_quiz(key: str | dict, data: dict | None = None) -> Quiz:
    """The demo quiz ``key``, created from ``data`` if it does not exist yet.

    Also callable as ``create_quiz(data)`` with the key inside (``data["key"]``), the
    form the courses seeder uses. Beyond the format: ``review_key_when`` (else the kind's
    default, ``quizzes.review.default_key_when``) and a question's ``explanation_safe``.
    """
    if data is None:
        data, key = key, key["key"]
    existing = Quiz.objects.filter(key=key).first()
    if existing is not None:
        return existing
    ids = [_ids_for(q) for q in data.get("questions", [])]
    quiz = Quiz(
        key=key, kind=data.get("kind", "practice"), form=data.get("form") or "",
        series=series_of(key, data), pass_mark=data.get("pass_mark", 70),
        attempts_allowed=data.get("attempts_allowed", 0),
        shuffle_questions=bool(data.get("shuffle_questions", False)),
        shuffle_options=bool(data.get("shuffle_options", True)),
        time_limit_minutes=data.get("time_limit_minutes"),
        review_key_when=data.get("review_key_when") or default_key_when(
            data.get("kind", "practice")),
    )
    for lang in _languages():
        title = _t(data["title"], lang) if lang in data["title"] or lang == "ar" else ""
        setattr(quiz, f"title_{lang}", title)
        intro = data.get("intro") or {}
        setattr(quiz, f"intro_{lang}", _t(intro, lang) if lang in intro or lang == "ar" else "")
        # A language gets its own stream only when every question has it: a half-translated
        # quiz would show one item in French and the next in Arabic.
        has_lang = lang == "ar" or all(lang in (q.get("prompt") or {}) for q in data["questions"])
        setattr(quiz, f"questions_{lang}", [
            _question(q, i, lang) for q, i in zip(data["questions"], ids, strict=True)
        ] if has_lang else [])
    quiz.full_clean(exclude=["questions", "questions_ar", "questions_en", "questions_fr"])
    quiz.save()
    return quiz


# Demo pre/post attempts --------------------------------------------------------------

# Answers are drawn from these rules so that the learning-gain figures (quizzes.gains)
# have something realistic to show: each learner has a pre-test "ability" (the chance of
# judging an item right), and improves by a normalised gain drawn around +0.3 with a
# spread, so a few learners gain little or even slip back.
PRE_ABILITY = (0.35, 0.7)
GAIN_MEAN, GAIN_SPREAD = 0.3, 0.25


def _demo_answer(question, right: bool, rng) -> dict[str, list[str]]:
    """Form fields for one real/fake or rate-a-post item, answered right or wrong."""
    field, value = f"q.{question.id}", question.value
    if question.block_type == "real_or_fake":
        truth = "real" if value["real"] else "fake"
        choice = truth if right else ("fake" if truth == "real" else "real")
        confidence = rng.randint(4, 7) if right else rng.randint(2, 6)
        return {field: [choice], f"{field}.confidence": [str(confidence)]}
    if question.block_type == "rate_a_post":
        trust = value["reliable"] == right  # rated reliable (5-7) or not (1-3, or undecided 4)
        reliability = rng.randint(5, 7) if trust else rng.choice([1, 2, 3, 3, 4] if not right
                                                                   else [1, 2, 3])
        return {f"{field}.reliability": [str(reliability)],
                f"{field}.confidence": [str(rng.randint(3, 7))],
                f"{field}.share": ["yes" if trust and rng.random() < 0.5 else "no"]}
    raise ValueError(f"no demo answers for {question.block_type} questions")


def _demo_submission(quiz, ability: float, rng):
    from django.utils.datastructures import MultiValueDict

    fields = {}
    for question in quiz.canonical_questions():
        fields.update(_demo_answer(question, rng.random() < ability, rng))
    return MultiValueDict(fields)


def seed_prepost_attempts(*, series: str, learners, seed: int = 2026) -> int:
    """Submitted pre- and post-test attempts on the parallel forms of ``series``.

    learners: (user, when the pre-test was taken, when the post-test was taken or None
    for a learner who has not taken it yet). Forms are assigned as for real learners
    (balanced A/B, the other form after) and answers are graded by the real grader.
    Deterministic for a given ``seed``; learners who already took a test of the series
    are left as they are. Returns the number of attempts made.
    """
    import random

    from .attempts import FormToken, assigned_quiz, submit
    from .models import Attempt

    pre = Quiz.objects.filter(series=series, kind=Quiz.Kind.PRETEST).order_by("form").first()
    post = Quiz.objects.filter(series=series, kind=Quiz.Kind.POSTTEST).order_by("form").first()
    if pre is None or post is None:
        return 0
    made = 0
    for user, pre_at, post_at in learners:
        rng = random.Random(f"{seed}:{series}:{user.username}")  # noqa: S311 - demo data
        if Attempt.objects.filter(user=user, quiz__series=series).exists():
            continue
        ability = rng.uniform(*PRE_ABILITY)
        gain = max(-0.2, min(0.9, rng.gauss(GAIN_MEAN, GAIN_SPREAD)))
        for kind_quiz, when, level in ((pre, pre_at, ability),
                                       (post, post_at, ability + gain * (1 - ability))):
            if when is None:
                break
            quiz = assigned_quiz(user=user, quiz=kind_quiz)
            token = FormToken(quiz.pk, None, user.pk, 1, str(uuid.uuid4()),
                              rng.randrange(1, 2**31))
            submit(user=user, quiz=quiz, page=None, form=token,
                   data=_demo_submission(quiz, level, rng), now=when)
            made += 1
    return made
