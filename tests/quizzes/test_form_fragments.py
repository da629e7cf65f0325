"""A quiz's header and fresh question items are cached; no answer of a learner and
nothing of the answer key ever is (quizzes/form_fragments.py)."""

import pickle
import re

import pytest
from django.core.cache import cache

from literacy import content_cache

from .data import SECRETS
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
