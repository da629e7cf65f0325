"""The safety and rights courses' pre/post forms A and B: parallel, not clones, no giveaways.

A learner takes one form before the course and the other after (quizzes.attempts
assigns them), so a gain only means something if both forms ask the same constructs at
the same difficulty and neither can be passed on the options' form alone. The seeded
attempts' statistics are checked with the disinformation forms, in one seed
(test_demo_prepost_forms.py::test_seeded_attempts_find_the_forms_equally_hard).
"""

import re

import pytest

from courses.demo import PREPOST_BY_SLUG, quiz_bank
from courses.demo_content import prepost_rights, prepost_safety, rights, safety
from courses.demo_content.quiz_bank_safety_rights import QUIZZES_SAFETY_RIGHTS

MODULES = {"safety": prepost_safety, "rights": prepost_rights}
COURSES = {"safety": safety.COURSE, "rights": rights.COURSE}


def _forms(name):
    module = MODULES[name]
    return module.FORM_A_QUESTIONS, module.FORM_B_QUESTIONS


def _words(item):
    """The words an item shows (prompt and options, in English)."""
    text = " ".join([item["prompt"]["en"], *(o["text"]["en"] for o in item["options"])])
    return set(re.findall(r"\w+", text.lower()))


@pytest.mark.parametrize("name", MODULES)
def test_each_form_has_twelve_single_choice_items_with_one_key(name):
    for form in _forms(name):
        assert len(form) >= 12
        for item in form:
            keys = [o for o in item["options"] if o["correct"]]
            texts = [o["text"]["ar"] for o in item["options"]]
            assert item["type"] == "single_choice" and len(keys) == 1, item["construct"]
            assert len(texts) >= 3 and len(set(texts)) == len(texts), item["construct"]


@pytest.mark.parametrize("name", MODULES)
def test_forms_ask_the_same_constructs_in_the_same_order(name):
    a, b = _forms(name)
    assert [i["construct"] for i in a] == [i["construct"] for i in b]
    assert len({i["construct"] for i in a}) == len(a)  # one idea per position
    # The same number of options at each position (guessing odds alike).
    assert [len(i["options"]) for i in a] == [len(i["options"]) for i in b]


@pytest.mark.parametrize("name", MODULES)
def test_forms_are_not_near_clones(name):
    for position, (a, b) in enumerate(zip(*_forms(name), strict=True), 1):
        overlap = len(_words(a) & _words(b)) / len(_words(a) | _words(b))
        assert overlap < 0.5, (position, overlap)


@pytest.mark.parametrize("name", MODULES)
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_key_is_neither_always_the_longest_nor_alike_in_length(name, lang):
    """Per form: the key is the longest option at most 4 times in 12, the shortest at most
    half the time, and option lengths vary (the longest at least 1.5 times the shortest in
    most items), so length says nothing."""
    for form in _forms(name):
        longest = shortest = varied = 0
        for item in form:
            lengths = [len(o["text"][lang]) for o in item["options"]]
            key = next(len(o["text"][lang]) for o in item["options"] if o["correct"])
            longest += key == max(lengths)
            shortest += key == min(lengths)
            varied += max(lengths) >= 1.5 * min(lengths)
        assert longest <= len(form) // 3, (longest, len(form))
        assert shortest <= len(form) // 2, (shortest, len(form))
        assert varied >= len(form) * 2 // 3, varied


@pytest.mark.parametrize("name", MODULES)
def test_forms_share_no_item_with_each_other_or_the_course_quizzes(name):
    a, b = _forms(name)
    prompts = [i["prompt"]["ar"] for i in a + b]
    assert len(set(prompts)) == len(prompts)
    for quiz in QUIZZES_SAFETY_RIGHTS.values():
        for question in quiz["questions"]:
            assert question["prompt"]["ar"] not in prompts


@pytest.mark.parametrize("name", MODULES)
def test_forms_are_written_in_arabic_english_and_french(name):
    for form in _forms(name):
        for item in form:
            for lang in ("ar", "en", "fr"):
                assert item["prompt"][lang] and item["explanation"][lang]
                assert all(o["text"][lang] for o in item["options"])


def test_corrections_of_issue_21_hold_in_the_keys():
    """The keys say what the corrected course says (issue 21, corrections 1, 2 and 6)."""
    def key(form, construct, lang="en"):
        item = next(i for i in form if i["construct"] == construct)
        return next(o["text"][lang] for o in item["options"] if o["correct"])

    safety_a, safety_b = _forms("safety")
    assert "PIN" in key(safety_a, "sim_swap_messaging")
    assert key(safety_b, "sim_swap_messaging").startswith("No")
    assert "secret chats" in key(safety_a, "telegram_e2e")
    assert "not end-to-end" in key(safety_b, "telegram_e2e")
    rights_a, rights_b = _forms("rights")
    assert key(rights_a, "un_mechanisms").startswith("Yes")
    assert "treaty body" in key(rights_b, "un_mechanisms")
    assert "gravest" in key(rights_a, "criminal_sanctions")


def test_the_courses_place_a_pre_test_first_and_a_post_test_last():
    bank = quiz_bank()
    for slug, (pre, post) in PREPOST_BY_SLUG.items():
        assert bank[pre]["kind"] == "pretest" and bank[post]["kind"] == "posttest"
        assert bank[pre]["form"] != bank[post]["form"]
        assert any(c["slug"] == slug for c in COURSES.values())


def test_the_booster_has_new_items_mixed_reliable_and_manipulative():
    """The disinformation booster (booster_disinformation.py): 6–8 items none of which the
    learner has seen in the course's quizzes or pre/post forms, in ar/en/fr."""
    from courses.demo_content.booster_disinformation import BOOSTER_QUESTIONS
    from courses.demo_content.quiz_bank_disinformation import QUIZZES_DISINFORMATION

    assert 6 <= len(BOOSTER_QUESTIONS) <= 8
    reliable = sum(q["reliable"] for q in BOOSTER_QUESTIONS)
    assert 3 <= reliable <= len(BOOSTER_QUESTIONS) - 3
    seen = {q.get("post", {}).get("text", {}).get("ar") for quiz in QUIZZES_DISINFORMATION.values()
            for q in quiz["questions"]}
    for question in BOOSTER_QUESTIONS:
        assert question["post"]["text"]["ar"] not in seen
        assert all(question["post"]["text"][lang] and question["explanation"][lang]
                   for lang in ("ar", "en", "fr"))
