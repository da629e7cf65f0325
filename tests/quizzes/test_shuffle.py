"""Shuffled ordering items and matching columns give nothing away: every order but the
right one is equally likely, and no question of two entries (whose only wrong order is
the reverse) can be saved."""

from collections import Counter
from itertools import permutations

import pytest
from django.utils import translation

from quizzes.demo import create_quiz
from quizzes.grading import item_ids, matching_token
from quizzes.models import Quiz
from quizzes.presentation import learner_questions

from .data import QUESTIONS, T, quiz_data

DRAWS = 3000
# Chi-square, 4 degrees of freedom (5 wrong orders of 3 entries), p = 0.001. The draws are
# fixed (seeds 1..DRAWS), so the test is deterministic; the bound says how far from
# uniform a correct shuffle may plausibly fall.
CHI2_BOUND = 18.47

ORDERING = {"type": "ordering", "prompt": T("رتّب", "Order"), "explanation": T("", ""),
            "items": [T("أولاً", "First"), T("ثانياً", "Second"), T("ثالثاً", "Third")]}
MATCHING = {"type": "matching", "prompt": T("طابق", "Match"), "explanation": T("", ""),
            "pairs": [[T("أ", "A"), T("١", "1")], [T("ب", "B"), T("٢", "2")],
                      [T("ج", "C"), T("٣", "3")]]}


def _quiz(key, *questions):
    return create_quiz(key, quiz_data(questions=list(questions)))


def _shown_orders(quiz, draws=DRAWS):
    """How often each order of the ordering items and of the matching rights was shown."""
    question = {q.block_type: q for q in quiz.canonical_questions()}
    orders = {"ordering": Counter(), "matching": Counter()}
    for seed in range(1, draws + 1):
        for row in learner_questions(quiz, seed=seed):
            if row["type"] == "ordering":
                orders["ordering"][tuple(i["id"] for i in row["items"])] += 1
            else:
                orders["matching"][tuple(r["token"] for r in row["rights"])] += 1
    right = {
        "ordering": tuple(item_ids(question["ordering"].value, "items")),
        "matching": tuple(matching_token(question["matching"].id, pid)
                          for pid in item_ids(question["matching"].value, "pairs")),
    }
    return orders, right


def _chi_square(counts, categories):
    expected = sum(counts.values()) / len(categories)
    return sum((counts[c] - expected) ** 2 / expected for c in categories)


def test_shuffle_is_uniform_over_the_wrong_orders(db):
    orders, right = _shown_orders(_quiz("three", ORDERING, MATCHING))
    for kind in ("ordering", "matching"):
        counts = orders[kind]
        assert counts[right[kind]] == 0, kind  # the right order is never shown
        wrong = [p for p in permutations(right[kind]) if p != right[kind]]
        assert set(counts) == set(wrong), kind
        assert sum(counts.values()) == DRAWS
        assert _chi_square(counts, wrong) < CHI2_BOUND, (kind, counts)


def test_two_entries_already_stored_are_shown_in_either_order(db):
    """Authors can no longer save them; one stored earlier shows both orders alike, so
    the order shown says nothing about the answer (never always the reverse)."""
    two = ({**ORDERING, "items": ORDERING["items"][:2]},
           {**MATCHING, "pairs": MATCHING["pairs"][:2]})
    orders, right = _shown_orders(_quiz("two", *two), draws=400)
    for kind in ("ordering", "matching"):
        counts = orders[kind]
        assert len(counts) == 2 and sum(counts.values()) == 400
        assert 150 < counts[right[kind]] < 250, (kind, counts)


def _clean(quiz):
    field = Quiz._meta.get_field("questions")
    return field.stream_block.clean(quiz.questions)


@pytest.mark.parametrize(("question", "entries", "message"), [
    (ORDERING, "items", "ثلاثة عناصر على الأقل"),
    (MATCHING, "pairs", "ثلاثة أزواج على الأقل"),
])
def test_two_item_questions_cannot_be_saved(db, question, entries, message):
    """The editor's block validation refuses two entries, in the editor's language, next
    to the list; three are accepted."""
    from wagtail.blocks import StreamBlockValidationError

    _clean(_quiz(f"ok-{entries}", question))
    quiz = _quiz(f"two-{entries}", {**question, entries: question[entries][:2]})
    with translation.override("ar"), pytest.raises(StreamBlockValidationError) as raised:
        _clean(quiz)
        pytest.fail("a two-item question was accepted")
    with translation.override("ar"):
        data = raised.value.as_json_data()
    [errors] = data["blockErrors"].values()
    assert message in errors["blockErrors"][entries]["messages"][0]


def test_every_demo_quiz_passes_the_editors_validation(db):
    """The demo content has no question an editor could not save (e.g. two-item orderings)."""
    from courses.demo import quiz_bank

    field = Quiz._meta.get_field("questions")
    for key, data in quiz_bank().items():
        quiz = create_quiz(key, data)
        for lang in ("ar", "en", "fr"):
            field.stream_block.clean(getattr(quiz, f"questions_{lang}"))


def test_the_test_data_has_three_entries_or_more():
    for question in QUESTIONS:
        assert len(question.get("items", question.get("pairs", [1, 2, 3]))) >= 3
