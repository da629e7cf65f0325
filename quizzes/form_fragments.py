"""The parts of a quiz form that are the same for every learner, rendered once.

A quiz's header and its questions (each one's prompt, mock-up post or message,
instructions, option and scale labels, per question type:
``quizzes/questions/<type>.html``) is most of what a lesson with quizzes costs to
render, and for a fresh form it is the same for everyone. It is cached per quiz,
question, language, digits and *content generation* (``literacy.content_cache``: saving
a quiz, an image or a page starts a new one).

What stays per learner is rendered around it, never cached: the CSRF token, the
attempt token, the numbering, attempts left, the last result and its review. A fresh
form's whole block (``fresh_block``) is kept as a shell with slots for the two tokens and
the learner's items, so a lesson's quizzes render no template at all on a repeat view.

Nothing a learner did, and nothing of the answer key, may enter the cache:
- only a fresh form is cached: a form showing the learner's previous answers (an error
  page) is rendered for them alone;
- a list shown in an order drawn from the attempt's seed (shuffled options, ordering
  items, matching answers: ``QuestionType.seeded_orders``) is cached entry by entry, the
  entries sorted by their key, and laid out in the learner's order on every view: the
  cache holds neither that order nor the authored one (an ordering question's answer);
- the body is built from the learner rows (``presentation.learner_questions``), whose
  allow-list never holds correctness, feedback or explanations.
Guarded by tests/quizzes/test_form_fragments.py::test_the_cache_holds_no_answer_of_the_learner_nor_the_key.
"""

import re

from django.apps import apps
from django.template.loader import render_to_string
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from literacy import formatting
from literacy.content_cache import cached, generation, watch

from .models import Quiz
from .question_types import question_type
from .templatetags.quiz_fragments import END, KEY_END, SEEDED_MARKS, START


def connect() -> None:
    """What a question body shows besides the quiz itself: images and their renditions."""
    watch(Quiz)
    if apps.is_installed("wagtail.images"):
        from wagtail.images import get_image_model  # late: only when installed

        image = get_image_model()
        watch(image)
        # A rendition is made while a page renders: only deleting one changes content.
        watch(image.get_rendition_model(), saves=False)


# Where the learner's question number goes in a cached item (the numbering follows the
# attempt's question order, so it is set per learner).
_NUMBER_SLOT = "\x00number\x00"
# Question numbers as the active language writes them: a handful, formatted once.
_NUMBERS: dict[tuple, str] = {}
# A rendered item's number slot and its {% seeded %} entries (quiz_fragments' marks).
_PARTS = re.compile(f"{_NUMBER_SLOT}|{START}([^{KEY_END}]*){KEY_END}([^{KEY_END}]*){KEY_END}"
                    f"(.*?){END}", re.DOTALL)
_MARKS = re.compile(f"{START}[^{KEY_END}]*{KEY_END}[^{KEY_END}]*{KEY_END}|{END}")


def _digits() -> str:
    """The digits the active language is written with, part of every key here."""
    return "arab" if formatting.uses_arabic_digits() else "latn"


def _number(number: int, language: str, digits: str) -> str:
    key = (number, language, digits)
    if key not in _NUMBERS:
        _NUMBERS[key] = formatting.number(number)
    return _NUMBERS[key]


def _parts(marked: str) -> tuple:
    """A marked item cut into its parts: text, None (the number) and, for each run of
    seeded entries, (list name, {key: entry}) with the keys *sorted*: the cache holds
    neither this attempt's order nor the authored one (an ordering question's answer).
    Guarded by tests/quizzes/test_form_fragments.py::test_the_cache_holds_no_order_of_an_attempt.
    """
    parts: list = []
    position = 0
    for match in _PARTS.finditer(marked):
        if match.start() > position:
            parts.append(marked[position:match.start()])
        name, key, body = match.groups()
        if name is None:
            parts.append(None)
        elif parts and isinstance(parts[-1], tuple) and parts[-1][0] == name \
                and match.start() == position and key not in parts[-1][1]:
            parts[-1][1][key] = body
        else:
            parts.append((name, {key: body}))
        position = match.end()
    parts.append(marked[position:])
    return tuple((part[0], dict(sorted(part[1].items())))
                 if isinstance(part, tuple) else part for part in parts)


def _assemble(parts: tuple, number: str, orders: dict) -> str | None:
    """The item for one attempt: its number, and each run of seeded entries in the
    attempt's order; None when the orders do not fit the parts (not the same entries)."""
    out = []
    for part in parts:
        if part is None:
            out.append(number)
        elif isinstance(part, str):
            out.append(part)
        else:
            name, entries = part
            order = orders.get(name, ())
            if len(order) != len(entries) or not all(key in entries for key in order):
                return None
            out.extend(entries[key] for key in order)
    return "".join(out)


def _render_item(row: dict, questions_lang: str, orders: dict) -> tuple | None:
    """A fresh question's list item (includes/question_item.html, as rendered for a
    learner) cut into parts (see _parts); None if it cannot be put back together
    exactly as rendered, then it is not cached.
    Guarded by tests/quizzes/test_form_fragments.py::test_cached_items_are_byte_identical_to_live_ones.
    """
    marked = render_to_string("quizzes/includes/question_item.html", {
        "question": {**row, "number": _NUMBER_SLOT}, "error_numbers": (),
        "quiz_info": {"questions_lang": questions_lang}, SEEDED_MARKS: True})
    parts = _parts(marked)
    return parts if _assemble(parts, _NUMBER_SLOT, orders) == _MARKS.sub("", marked) \
        else None


def header(quiz, quiz_info: dict) -> str:
    """The quiz's header (title, introduction, pass mark, attempts allowed, time limit):
    the same for everyone, so rendered once (includes/quiz_header.html)."""
    digits = _digits()
    key = f"quizzes:header:{generation()}:{quiz.pk}:{get_language() or 'ar'}:{digits}"
    return mark_safe(cached(key, lambda: render_to_string(  # noqa: S308
        "quizzes/includes/quiz_header.html", {"quiz_info": quiz_info})))


def fresh_questions(quiz, numbered, *, seed: int, row, questions_lang: str) -> list[dict]:
    """The questions of a *fresh* form, in the attempt's order (``numbered``: (number,
    question) pairs). Each gets its list item (``item``, read by includes/quiz_form.html)
    from the cached parts, with its number and its seeded lists
    (``QuestionType.seeded_orders``) laid out for this attempt; its learner row
    (``row(number, question)``, presentation.learner_questions's) is built only to
    render the item on a miss, or when the item could not be cached.

    Never call it for a form that shows a learner's answers (see the module docstring).
    """
    language = get_language() or "ar"
    digits = _digits()
    prefix = (f"quizzes:question:{generation()}:{quiz.pk}:{language}:{questions_lang}:"
              f"{digits}:")
    rows = []
    for number, question in numbered:
        orders = question_type(question).seeded_orders(
            question, seed=seed, shuffle_options=quiz.shuffle_options)
        parts = cached(prefix + question.id,
                       lambda number=number, question=question, orders=orders: _render_item(
                           row(number, question), questions_lang, orders))
        item = None if parts is None else \
            _assemble(parts, _number(number, language, digits), orders)
        if item is None:
            rows.append(row(number, question))
            continue
        rows.append({
            "id": question.id, "type": question.block_type, "number": number,
            "item": mark_safe(item),  # noqa: S308 - rendered by the templates; a formatted int
        })
    return rows


# What a fresh form's block shows that differs between learners, as the slots of its
# cached shell: the CSRF token, the attempt token and the question items (each already
# laid out for the learner by fresh_questions).
_SLOT = re.compile("\x00(csrf|token|item [0-9]+)\x00")
# A fresh form's block context (presentation.take_context) holds these as here; with any
# of them otherwise (a result, an error, a deadline...) the block is rendered for the
# learner alone.
_FRESH = {"errors": [], "error_numbers": [], "last_result": None, "can_answer": True,
          "deadline": None, "needs_start": None, "preview": None, "login_url": None,
          "quiz_unavailable": None}


def _is_fresh(context: dict) -> bool:
    questions = context.get("questions")
    return (all(context.get(name) == value for name, value in _FRESH.items())
            and bool(context.get("token")) and bool(questions)
            and all(question.get("item") for question in questions)
            and context.get("csrf_token") not in (None, "", "NOTPROVIDED"))


def _cut(html: str) -> tuple:
    """The shell's parts: text, and ("slot", name) where a learner's value goes."""
    parts, position = [], 0
    for match in _SLOT.finditer(html):
        parts += [html[position:match.start()], ("slot", match.group(1))]
        position = match.end()
    return (*parts, html[position:])


def _fill(shell: tuple, values: dict) -> str:
    return "".join(values[part[1]] if isinstance(part, tuple) else part for part in shell)


def fresh_block(template: str, context: dict) -> str | None:
    """A quiz block showing a fresh form, from its shell cached per quiz, language,
    digits and content generation; None when the block is not a fresh form (then it is
    rendered for the learner alone).

    The shell is the block's template rendered with slots in place of the CSRF token,
    the attempt token and each question's item; it is kept only if, filled with this
    learner's values, it is byte for byte the block rendered for them (else an empty
    shell is kept and the block is always rendered). No token and nothing of the
    learner enters it.
    Guarded by tests/quizzes/test_form_fragments.py::test_a_fresh_block_from_its_shell_is_the_block_rendered_live
    and ::test_the_cache_holds_no_answer_of_the_learner_nor_the_key (no token cached).
    """
    if not _is_fresh(context):
        return None
    questions = context["questions"]
    values = {"csrf": conditional_escape(str(context["csrf_token"])),
              "token": conditional_escape(context["token"]),
              **{f"item {index}": question["item"]
                 for index, question in enumerate(questions)}}
    digits = _digits()
    key = (f"quizzes:block:{generation()}:{context['quiz_info']['id']}:"
           f"{get_language() or 'ar'}:{digits}:{len(questions)}:"
           f"{context['attempts_used']}:{context['attempts_left']}")
    live = []

    def build() -> tuple:
        live.append(render_to_string(template, context))
        shell = _cut(render_to_string(template, {
            **context, "csrf_token": "\x00csrf\x00", "token": "\x00token\x00",
            "questions": [{**question, "item": mark_safe(f"\x00item {index}\x00")}  # noqa: S308 - a slot
                          for index, question in enumerate(questions)]}))
        return shell if _fill(shell, values) == live[0] else ()

    shell = cached(key, build)
    if live:
        return live[0]
    return _fill(shell, values) if shell else None
