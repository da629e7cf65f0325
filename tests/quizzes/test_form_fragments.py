"""A quiz's header and fresh question items are cached; no answer of a learner and
nothing of the answer key ever is (quizzes/form_fragments.py)."""

import pickle
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from literacy import content_cache
from quizzes import form_fragments, presentation
from quizzes.blocks import QuizBlock
from quizzes.demo import create_quiz
from quizzes.grading import ordered_questions

from .data import EVERY_TYPE, SECRETS, quiz_data
from .helpers import post_data
from .test_taking import render_block, submit_url

OWN_ANSWER = "جوابي الخاص 7319"


@pytest.fixture
def placed(quiz, lesson):
    lesson.place(quiz)
    return quiz


def _cached_values() -> list[str]:
    """Every value the cache backend and this process's copies hold, as text."""
    values = [repr(pickle.loads(raw)) for raw in cache._cache.values()]  # LocMemCache
    return values + [repr(value) for value in content_cache._local.values()]


def _short_text_field(quiz) -> str:
    question = next(q for q in quiz.canonical_questions() if q.block_type == "short_text")
    return f"q.{question.id}"


def test_the_cache_holds_no_answer_of_the_learner_nor_the_key(client, placed, lesson, learner):
    cache.clear()
    content_cache.forget_local()
    client.force_login(learner)
    field = _short_text_field(placed)
    # A graded attempt, then a form sent back with an answer missing: the error page
    # shows the learner's own answers again.
    graded = post_data(learner, placed, lesson, right=False)
    graded[field] = OWN_ANSWER
    client.post(submit_url(placed), graded)
    partial = post_data(learner, placed, lesson, right=True)
    partial[field] = OWN_ANSWER
    del partial[next(name for name in partial if name.startswith("q.") and name != field)]
    response = client.post(submit_url(placed), partial)
    assert OWN_ANSWER in response.content.decode()  # shown to the learner, not cached
    html = render_block(placed, lesson, learner)
    assert "question--" in html
    values = _cached_values()
    assert any("quizzes:question" in key for key in cache._cache)  # the items are cached
    for value in values:
        assert OWN_ANSWER not in value
        for secret in SECRETS:
            assert secret not in value, secret


def test_cached_items_are_the_items_rendered_for_the_learner(placed, lesson, learner):
    cache.clear()
    content_cache.forget_local()
    first = render_block(placed, lesson, learner)  # rendered and stored
    content_cache.forget_local()
    again = render_block(placed, lesson, learner)  # read back
    strip = re.compile(r'value="[^"]{40,}"')
    assert strip.sub("", first).count("question--") == strip.sub("", again).count("question--")
    assert first.count('<li class="question') == again.count('<li class="question') == 10


# --- seeded lists: options shuffled, ordering items, matching answers ------------------


@pytest.fixture
def every_type(db):
    return create_quiz("every-type", quiz_data(questions=EVERY_TYPE, shuffle_options=True,
                                               shuffle_questions=True))


def _live_items(quiz, seed: int) -> list[str]:
    """The question items as rendered without any cache (an error page's way)."""
    info = presentation.quiz_info(quiz)
    return [render_to_string("quizzes/includes/question_item.html", {
        "question": row, "error_numbers": (), "quiz_info": info})
        for row in presentation.learner_questions(quiz, seed=seed)]


def _cached_items(quiz, seed: int) -> list[str]:
    rows = form_fragments.fresh_questions(
        quiz, enumerate(ordered_questions(quiz, seed), 1), seed=seed,
        row=presentation._row_builder(quiz, seed=seed, previous={}),
        questions_lang=presentation.quiz_info(quiz)["questions_lang"])
    return [row.get("item") for row in rows]


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("shuffle_options", [True, False])
def test_cached_items_are_byte_identical_to_live_ones(every_type, language, shuffle_options):
    every_type.shuffle_options = shuffle_options
    cache.clear()
    content_cache.forget_local()
    with translation.override(language):
        seeds = [3, 11, 2024, 77777]
        live = {seed: _live_items(every_type, seed) for seed in seeds}
        # The orders differ between attempts, so the comparison is not of one order.
        assert len({"".join(items) for items in live.values()}) == len(seeds)
        for seed in seeds:  # the first fills the cache, the others read it back
            cached_items = _cached_items(every_type, seed)
            assert None not in cached_items  # every type's item came from the cache
            assert cached_items == live[seed]
    kinds = {q.block_type for q in every_type.canonical_questions()}
    assert {"single_choice", "multiple_response", "ordering", "matching"} <= kinds
    assert kinds == {q["type"] for q in EVERY_TYPE}


def _question_entries() -> dict:
    """The cached question items by question id (the keys' generation changes when the
    cache is cleared)."""
    return {key.rpartition(":")[2]: value for key, value in content_cache._local.items()
            if key.startswith("quizzes:question")}


def test_the_cache_holds_no_order_of_an_attempt(every_type):
    """Whichever attempt fills the cache, it holds the same: no seed-dependent order, and
    each seeded list's entries sorted by key (not the authored order, which is an
    ordering question's answer)."""
    filled = []
    for seed in (5, 909):
        cache.clear()
        content_cache.forget_local()
        _cached_items(every_type, seed)
        filled.append(_question_entries())
    assert filled[0] == filled[1]
    assert len(filled[0]) == len(EVERY_TYPE)
    runs = [part for parts in filled[0].values() for part in parts if isinstance(part, tuple)]
    assert {name for name, _entries in runs} == {"options", "items", "rights"}
    for _name, entries in runs:
        assert list(entries) == sorted(entries)
    # The authored order of the ordering question's items is not what the cache keeps.
    ordering = next(q for q in every_type.canonical_questions() if q.block_type == "ordering")
    authored = [child.id for child in ordering.value["items"].bound_blocks]
    assert authored != sorted(authored)  # the test data can tell them apart
    items = next(entries for name, entries in runs if name == "items")
    assert list(items) != authored


# --- a fresh form's whole block: a shell with slots for the tokens and the items --------


def _block_context(quiz, page, user, csrf: str) -> dict:
    request = RequestFactory().get(page.url or "/ar/")
    request.user = user
    block = QuizBlock()
    return block.get_context(block.to_python({"quiz": quiz.pk}),
                             parent_context={"request": request, "page": page,
                                             "csrf_token": csrf})


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_fresh_block_from_its_shell_is_the_block_rendered_live(placed, lesson, learner,
                                                                  language):
    from ..factories import UserFactory

    cache.clear()
    content_cache.forget_local()
    template = QuizBlock._meta_class.template
    with translation.override(language):
        for user, csrf in ((learner, "csrf-one"), (UserFactory(), "csrf<two>&")):
            context = _block_context(placed, lesson, user, csrf)
            live = render_to_string(template, context)
            assert form_fragments.fresh_block(template, context) == live  # rendered, kept
            assert form_fragments.fresh_block(template, context) == live  # from the shell
            assert any(key.startswith("quizzes:block:") and value
                       for key, value in content_cache._local.items())
            assert live.count('class="question question--') == 10
            assert context["token"] in live and "csrf" in live
    # A form with a result on it is no fresh form: rendered for the learner alone.
    client = Client()
    client.force_login(learner)
    client.post(submit_url(placed), post_data(learner, placed, lesson, right=False))
    assert form_fragments.fresh_block(
        template, _block_context(placed, lesson, learner, "csrf-one")) is None


def test_the_block_shell_holds_no_token(placed, lesson, learner):
    """Two learners' blocks, the first building the shell: neither one's attempt token
    nor CSRF token is in the cache, though each is on their page."""
    from ..factories import UserFactory

    cache.clear()
    content_cache.forget_local()
    tokens = []
    for user in (learner, UserFactory()):
        request = RequestFactory().get(lesson.url or "/ar/")
        request.user = user
        csrf = f"csrf-of-{user.pk}-secret"
        html = QuizBlock().render(QuizBlock().to_python({"quiz": placed.pk}), context={
            "request": request, "page": lesson, "csrf_token": csrf})
        token = re.search(r'name="token" value="([^"]+)"', html).group(1)
        assert csrf in html and len(token) > 20
        tokens += [token, csrf]
    shells = [value for key, value in content_cache._local.items()
              if key.startswith("quizzes:block:")]
    assert shells and all(shells)
    for value in _cached_values():
        for token in tokens:
            assert token not in value


def test_kept_quizzes_change_when_a_quiz_is_saved(placed, lesson, learner):
    """A page's quizzes (loaded together, as a lesson's body loads its blocks) are kept
    in the process under the content generation: a saved quiz is seen on the next view,
    and each block has its own copy."""
    chooser = QuizBlock().child_blocks["quiz"]
    first, again = chooser.bulk_to_python([placed.pk, placed.pk])
    assert first.title == placed.title and first is not again
    with CaptureQueriesContext(connection) as queries:
        kept = chooser.bulk_to_python([placed.pk])[0]
    assert kept.title == placed.title and not queries
    placed.title_ar = "عنوان جديد للاختبار"
    placed.save()
    assert chooser.bulk_to_python([placed.pk])[0].title == "عنوان جديد للاختبار"
