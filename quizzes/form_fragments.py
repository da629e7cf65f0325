"""The parts of a quiz form that are the same for every learner, rendered once.

A quiz's header and its questions (each one's prompt, mock-up post or message,
instructions, option and scale labels, per question type: ``quizzes/questions/<type>.html``) is most of what a lesson
with quizzes costs to render, and for a fresh form it is the same for everyone. It is
cached per quiz, question, language, digits and *content generation*
(``literacy.content_cache``: saving a quiz, an image or a page starts a new one).

What stays per learner is rendered around it, never cached: the CSRF token, the
attempt token, the numbering, attempts left, the last result and its review.

Nothing a learner did, and nothing of the answer key, may enter the cache:
- only a fresh form is cached: a form showing the learner's previous answers (an error
  page) is rendered for them alone;
- a question whose form depends on the attempt's seed (shuffled options, ordering,
  matching: ``QuestionType.shuffles``) is rendered per attempt;
- the body is built from the learner rows (``presentation.learner_questions``), whose
  allow-list never holds correctness, feedback or explanations.
Guarded by tests/quizzes/test_form_fragments.py::test_the_cache_holds_no_answer_of_the_learner_nor_the_key.
"""

from django.apps import apps
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from literacy import formatting
from literacy.content_cache import cached, generation, watch

from .models import Quiz
from .question_types import question_type


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


def _number(number: int, language: str, digits: str) -> str:
    key = (number, language, digits)
    if key not in _NUMBERS:
        _NUMBERS[key] = formatting.number(number)
    return _NUMBERS[key]


def _render_item(row: dict, questions_lang: str) -> tuple[str, str]:
    """A fresh question's list item (includes/question_item.html, as rendered for a
    learner) cut at its number: (what comes before it, what comes after it)."""
    html = render_to_string("quizzes/includes/question_item.html", {
        "question": {**row, "number": _NUMBER_SLOT}, "error_numbers": (),
        "quiz_info": {"questions_lang": questions_lang}})
    before, _slot, after = html.partition(_NUMBER_SLOT)
    return before, after


def header(quiz, quiz_info: dict) -> str:
    """The quiz's header (title, introduction, pass mark, attempts allowed, time limit):
    the same for everyone, so rendered once (includes/quiz_header.html)."""
    digits = "arab" if formatting.uses_arabic_digits() else "latn"
    key = f"quizzes:header:{generation()}:{quiz.pk}:{get_language() or 'ar'}:{digits}"
    return mark_safe(cached(key, lambda: render_to_string(  # noqa: S308
        "quizzes/includes/quiz_header.html", {"quiz_info": quiz_info})))


def fresh_questions(quiz, numbered, *, row, questions_lang: str) -> list[dict]:
    """The questions of a *fresh* form, in the attempt's order (``numbered``: (number,
    question) pairs). A question whose fields do not depend on the seed gets its list item
    (``item``, read by includes/quiz_form.html) from the cache but for its number; its
    learner row (``row(number, question)``, presentation.learner_questions's) is built
    only to render that item on a miss. The others get their full row, rendered live.

    Never call it for a form that shows a learner's answers (see the module docstring).
    """
    language = get_language() or "ar"
    digits = "arab" if formatting.uses_arabic_digits() else "latn"
    prefix = (f"quizzes:question:{generation()}:{quiz.pk}:{language}:{questions_lang}:"
              f"{digits}:")
    rows = []
    for number, question in numbered:
        if question_type(question).shuffles(quiz):
            rows.append(row(number, question))
            continue
        before, after = cached(
            prefix + question.id,
            lambda number=number, question=question: _render_item(row(number, question),
                                                                 questions_lang))
        rows.append({
            "id": question.id, "type": question.block_type, "number": number,
            "item": mark_safe(  # noqa: S308 - rendered by the template; a formatted int
                before + _number(number, language, digits) + after),
        })
    return rows
