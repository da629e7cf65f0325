"""Item review of the demo quiz banks: one defensible key, no answer given away by its form.

A learner who knows nothing should not score by picking the longest option, by always
answering "false", by ticking three boxes, or by distrusting whatever shouts. Each check
below is one of those shortcuts, measured on the plain bank data the seeder reads.
"""

import re
from collections import Counter

import pytest

from courses.demo import quiz_bank
from courses.demo_content.prepost_rights import QUIZZES_PREPOST_RIGHTS
from courses.demo_content.prepost_safety import QUIZZES_PREPOST_SAFETY
from courses.demo_content.quiz_bank_disinformation import QUIZZES_DISINFORMATION
from courses.demo_content.quiz_bank_safety_rights import QUIZZES_SAFETY_RIGHTS

TECHNIQUES = {"impersonation", "emotional_language", "polarisation", "conspiracy",
              "discrediting", "trolling"}
BANKS = {"disinformation": QUIZZES_DISINFORMATION, "safety-rights": QUIZZES_SAFETY_RIGHTS}
# The knowledge pre/post forms are all single-choice: held to the key-length rule per form.
FORM_BANKS = {key: {key: quiz}
              for key, quiz in {**QUIZZES_PREPOST_SAFETY, **QUIZZES_PREPOST_RIGHTS}.items()}
# The key may be the longest option now and then, as in any honest test, but not as a rule.
MAX_SHARE_KEY_LONGEST = 0.4
MAX_SHARE_KEY_SHORTEST = 0.5


def _items(bank):
    for key, quiz in bank.items():
        for index, question in enumerate(quiz["questions"]):
            yield f"{key}#{index}", question


def _all_items():
    return list(_items(quiz_bank()))


def _text(value, lang="ar"):
    return value[lang] if isinstance(value, dict) else value


def _is_manipulative(question) -> bool | None:
    """True/False for the items that show a post or headline to judge, else None."""
    kind = question["type"]
    if kind == "real_or_fake":
        return not question["real"]
    if kind == "rate_a_post":
        return not question["reliable"]
    if kind == "spot_the_technique":
        return question["technique"] != "none"
    return None


def _shown_text(question) -> str:
    if "headline" in question:
        return _text(question["headline"]) + " " + _text(question.get("outlet") or "")
    return _text(question["post"]["text"])


LOUD = re.compile(r"!!|！|🔴|💔|عاجل|شاهد قبل|انشر")


@pytest.mark.parametrize("name,question", _all_items(), ids=lambda v: v if isinstance(v, str)
                         else "")
def test_every_item_has_one_defensible_key(name, question):
    kind = question["type"]
    assert _text(question["prompt"]) and _text(question["prompt"], "en")
    assert question.get("explanation") or kind in ("phishing_or_legitimate",), name
    if kind == "single_choice":
        keys = [o for o in question["options"] if o["correct"]]
        texts = [_text(o["text"]) for o in question["options"]]
        assert len(keys) == 1 and len(texts) >= 3 and len(set(texts)) == len(texts), name
    elif kind == "multiple_response":
        right = sum(o["correct"] for o in question["options"])
        assert 1 <= right < len(question["options"]), name
    elif kind == "true_false":
        assert isinstance(question["answer"], bool), name
    elif kind == "ordering":
        items = [_text(i) for i in question["items"]]
        assert len(items) >= 3 and len(set(items)) == len(items), name
    elif kind == "matching":
        rights = [_text(pair[1]) for pair in question["pairs"]]
        assert len(rights) >= 3 and len(set(rights)) == len(rights), name
    elif kind == "short_text":
        assert question["answers"], name
    elif kind == "spot_the_technique":
        assert question["technique"] in TECHNIQUES | {"none"}, name
    elif kind == "rate_a_post":
        # A reliable post uses no technique; a manipulative one uses exactly one.
        assert (question["technique"] is None) == question["reliable"], name
        assert question["reliable"] or question["technique"] in TECHNIQUES, name
    elif kind == "real_or_fake":
        assert isinstance(question["real"], bool) and question.get("outlet"), name
    elif kind == "phishing_or_legitimate":
        assert isinstance(question["phishing"], bool), name


@pytest.mark.parametrize("bank", [*BANKS, *FORM_BANKS])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_key_is_not_systematically_the_longest_option(bank, lang):
    longest = shortest = total = 0
    for _name, question in _items(BANKS.get(bank) or FORM_BANKS[bank]):
        if question["type"] != "single_choice":
            continue
        lengths = [len(_text(o["text"], lang)) for o in question["options"]]
        key = next(len(_text(o["text"], lang)) for o in question["options"] if o["correct"])
        total += 1
        longest += key == max(lengths) and lengths.count(key) == 1
        shortest += key == min(lengths) and lengths.count(key) == 1
    assert total >= 5
    assert longest / total <= MAX_SHARE_KEY_LONGEST, (longest, total)
    assert shortest / total <= MAX_SHARE_KEY_SHORTEST, (shortest, total)


@pytest.mark.parametrize("bank", BANKS)
def test_true_or_false_is_not_always_false(bank):
    answers = [q["answer"] for _n, q in _items(BANKS[bank]) if q["type"] == "true_false"]
    assert len(answers) >= 3
    assert 0.3 <= sum(answers) / len(answers) <= 0.7, answers


@pytest.mark.parametrize("bank", BANKS)
def test_multiple_response_items_do_not_always_have_the_same_number_of_keys(bank):
    counts = Counter(sum(o["correct"] for o in q["options"])
                     for _n, q in _items(BANKS[bank]) if q["type"] == "multiple_response")
    assert len(counts) >= 2, counts


@pytest.mark.parametrize("bank", BANKS)
def test_loud_posts_are_not_reserved_for_manipulative_ones(bank):
    """Exclamation marks, «عاجل» and red sirens must not tell the answer on their own
    (the pre/post forms are held to a stricter balance in test_demo_prepost_forms)."""
    loud = Counter()
    for _name, question in _items(BANKS[bank]):
        manipulative = _is_manipulative(question)
        if manipulative is not None and LOUD.search(_shown_text(question)):
            loud[manipulative] += 1
    if loud:
        assert loud[False] >= 1 and loud[True] / sum(loud.values()) <= 0.75, loud


@pytest.mark.parametrize("bank", BANKS)
def test_reliable_items_are_not_all_verified_or_all_plain(bank):
    """The blue tick is no shortcut either: some manipulative posts carry one, some
    reliable posts lack it."""
    ticks = Counter()
    for _name, question in _items(BANKS[bank]):
        manipulative = _is_manipulative(question)
        if manipulative is not None and "post" in question:
            ticks[(manipulative, bool(question["post"]["verified"]))] += 1
    reliable = ticks[(False, True)] + ticks[(False, False)]
    if reliable:
        assert ticks[(False, False)] >= 1, ticks
