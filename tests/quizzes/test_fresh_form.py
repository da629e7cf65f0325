"""A fresh quiz form gives nothing away by its state: no choice ticked, no option selected,
no text filled in, and the same page whichever answer is right."""

import copy
import re
from html.parser import HTMLParser

import pytest

from quizzes import presentation
from quizzes.blocks import QuestionStreamBlock
from quizzes.demo import create_quiz

from .data import EVERY_TYPE, quiz_data
from .test_taking import render_block

TYPES = list(QuestionStreamBlock().child_blocks)
BY_TYPE = {q["type"]: q for q in EVERY_TYPE}


def _set(name, value):
    def change(v):
        v[name] = value
    return change


def _correct_option(index):
    def change(v):
        for n, option in enumerate(v["options"]):
            option["value"]["correct"] = n == index
    return change


def _answers(*texts):
    def change(v):
        v["answers"] = [{"type": "item", "value": t, "id": f"a{n}"} for n, t in enumerate(texts)]
    return change


def _first_post_real(real):
    def change(v):
        v["posts"][0]["value"]["real"] = real
    return change


# Two versions of each question that differ only in which answer is right. Ordering and
# matching are answered by the authored order itself, shown shuffled: see test_shuffle.
ANSWER_VARIANTS = {
    "single_choice": (_correct_option(0), _correct_option(2)),
    "multiple_response": (_correct_option(0), _correct_option(1)),
    "true_false": (_set("answer", True), _set("answer", False)),
    "short_text": (_answers("القراءة الجانبية"), _answers("بحث عكسي")),
    "rate_a_post": (_set("reliable", True), _set("reliable", False)),
    "real_or_fake": (_set("real", True), _set("real", False)),
    "spot_the_technique": (_set("technique", "none"), _set("technique", "trolling")),
    "phishing_or_legitimate": (_set("phishing", True), _set("phishing", False)),
    "simulated_feed": (_first_post_real(True), _first_post_real(False)),
}
ORDER_IS_THE_ANSWER = {"ordering", "matching"}


class _FormState(HTMLParser):
    """Every piece of state a form control carries when the page loads."""

    def __init__(self):
        super().__init__()
        self.controls, self.state, self._textarea = 0, [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("input", "select", "textarea"):
            self.controls += 1
        if tag == "input":
            kind = attrs.get("type", "text")
            if "checked" in attrs:
                self.state.append(("checked", attrs.get("name"), attrs.get("value")))
            if kind not in ("hidden", "radio", "checkbox", "submit", "button") \
                    and attrs.get("value"):
                self.state.append(("value", attrs.get("name"), attrs["value"]))
        elif tag == "option" and "selected" in attrs:
            self.state.append(("selected", attrs.get("value")))
        elif tag == "textarea":
            self._textarea = attrs.get("name")

    def handle_data(self, data):
        if self._textarea is not None and data.strip():
            self.state.append(("text", self._textarea, data.strip()))

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None


def _quiz(kind):
    return create_quiz(f"fresh-{kind}", quiz_data(questions=[BY_TYPE[kind]]))


def _form(html):
    form = html.split('class="quiz__form"', 1)[1].split("</form>", 1)[0]
    # The token is signed with the time; everything else must match byte for byte.
    return re.sub(r'name="token" value="[^"]*"', 'name="token"', form)


@pytest.fixture
def fixed_token(monkeypatch):
    """Every fresh form gets the same attempt key and shuffle seed."""
    issue = presentation.issue_token

    def fixed(**kwargs):
        token = issue(**kwargs)
        token.key, token.seed = "0" * 32, 12345
        return token

    monkeypatch.setattr(presentation, "issue_token", fixed)


def test_every_question_type_is_checked_below():
    assert set(TYPES) == set(BY_TYPE) == set(ANSWER_VARIANTS) | ORDER_IS_THE_ANSWER


@pytest.mark.parametrize("kind", TYPES)
def test_a_fresh_form_has_nothing_ticked_selected_or_filled(kind, lesson, learner):
    """Guards every question template and ``presentation.learner_questions``."""
    quiz = _quiz(kind)
    lesson.place(quiz)
    parser = _FormState()
    parser.feed(_form(render_block(quiz, lesson, learner)))
    assert parser.controls > 0, "the question renders no input"
    assert parser.state == [], parser.state


def _with(quiz, change):
    """``quiz`` with its one question changed in every language (ids kept)."""
    for lang in ("ar", "en", "fr"):
        stream = getattr(quiz, f"questions_{lang}")
        raw = copy.deepcopy(list(stream.raw_data)) if stream else []
        if not raw:
            continue  # not translated
        change(raw[0]["value"])
        setattr(quiz, f"questions_{lang}", raw)
    quiz.save()
    return type(quiz).objects.get(pk=quiz.pk)


@pytest.mark.parametrize("kind", sorted(ANSWER_VARIANTS))
def test_a_fresh_form_is_the_same_whichever_answer_is_right(kind, lesson, learner,
                                                           fixed_token):
    quiz = _quiz(kind)
    lesson.place(quiz)
    first, second = ANSWER_VARIANTS[kind]
    forms = [_form(render_block(_with(quiz, change), lesson, learner))
             for change in (first, second)]
    assert forms[0] == forms[1]
