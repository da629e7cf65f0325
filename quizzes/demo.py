"""Quizzes from the demo content format (/work/spec/demo_content_format.md).

``create_quiz(key, data)`` is idempotent by key: a quiz that exists is returned as it
is (an editor may have changed it). Block ids are generated once and shared by every
language's stream, so that answers given in English are graded against the Arabic
(canonical) structure.
"""

import random
import uuid

from django.conf import settings
from django.db import transaction
from django.utils.datastructures import MultiValueDict

from .attempts import FormToken, assigned_quiz, submit
from .models import Attempt, Quiz
from .question_types import named, names, question_type
from .review import default_key_when

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
        # An image pk: the seeding app resolves its own files (quizzes knows no courses);
        # a file name nobody resolved (a quiz created straight from the bank) shows none.
        "image": post["image"] if isinstance(post.get("image"), int) else None,
        "image_alt": _t(post.get("image_alt"), lang),
        "date": post.get("date"), "likes": post.get("likes", 0),
        "shares": post.get("shares", 0), "comments": post.get("comments", 0),
    }


class DemoText:
    """One language's view of a question in the demo format, for its type's
    ``demo_value``: translated texts and the list items with their shared ids."""

    def __init__(self, ids: dict, lang: str):
        self.ids, self.lang = ids, lang

    def t(self, value) -> str:
        return _t(value, self.lang)

    def items(self, values, convert, ids: str = "items") -> list[dict]:
        return _items(values, self.ids[ids], convert)

    def post(self, post) -> dict:
        return _post(post, self.lang)


def _question(q: dict, ids: dict, lang: str) -> dict:
    kind = q["type"]
    if kind not in names():
        raise ValueError(f"unknown question type {kind!r}")
    value = {"prompt": _t(q["prompt"], lang), "explanation": _t(q.get("explanation"), lang),
             "explanation_safe": bool(q.get("explanation_safe")), "points": q.get("points", 1)}
    value.update(named(kind).demo_value(q, DemoText(ids, lang)))
    return {"type": kind, "value": value, "id": ids["id"]}


def _ids_for(q: dict) -> dict:
    items = (q.get("options") or q.get("items") or q.get("pairs") or q.get("answers")
             or q.get("posts") or [])
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


def _demo_submission(quiz, ability: float, rng):
    fields = {}
    for question in quiz.canonical_questions():
        fields.update(question_type(question).demo_answer(question, rng.random() < ability, rng))
    return MultiValueDict(fields)


def seed_prepost_attempts(*, series: str, learners, seed: int = 2026) -> int:
    """Submitted pre- and post-test attempts on the parallel forms of ``series``.

    learners: (user, when the pre-test was taken, when the post-test was taken or None
    for a learner who has not taken it yet). Forms are assigned as for real learners
    (balanced A/B, the other form after) and answers are graded by the real grader.
    Deterministic for a given ``seed``; learners who already took a test of the series
    are left as they are. Returns the number of attempts made.
    """
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
            seed_attempt(user=user, quiz=assigned_quiz(user=user, quiz=kind_quiz),
                         level=level, when=when, rng=rng)
            made += 1
    return made


def seed_attempt(*, user, quiz: Quiz, level: float, when, rng):
    """One submitted attempt at ``quiz``, answered right with probability ``level`` and
    graded by the real grader (so its signals run, as for a learner)."""

    token = FormToken(quiz.pk, None, user.pk, 1, str(uuid.uuid4()), rng.randrange(1, 2**31))
    return submit(user=user, quiz=quiz, page=None, form=token,
                  data=_demo_submission(quiz, level, rng), now=when)
