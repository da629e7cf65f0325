# ruff: noqa: F811 - the room fixture is imported
"""Live quiz codes cannot be guessed: wrong codes, typed at the door or put in a URL, are
paused like failed sign-ins (a keyed hash per person in the cache, no address stored),
with a translated 429; another learner is not affected."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from ..factories import UserFactory
from .live_helpers import client_of, room, waiting_session  # noqa: F401

pytestmark = pytest.mark.django_db
ENTER = "/ar/quizzes/live/"


@pytest.fixture(autouse=True)
def _limits(settings):
    settings.LITERACY_CODE_FAILURE_LIMIT = 3
    settings.LITERACY_CODE_LOCKOUT_SECONDS = 300
    cache.clear()


@pytest.fixture
def session(waiting_session):
    return waiting_session


def test_wrong_live_codes_are_paused_like_sign_in(session, room):
    guesser = client_of(session.learner)
    for _n in range(3):
        assert guesser.post(ENTER, {"code": "ZZZZZZ"}).status_code == 400
    # Paused: even the right code gets no answer, typed or in the URL, and says why.
    refused = guesser.post(ENTER, {"code": session.code})
    assert refused.status_code == 429
    assert "أدخلت رموزًا خاطئة كثيرة. حاول مجددًا بعد 5 دقائق." in refused.content.decode()
    assert guesser.get(reverse("quizzes:live_play", args=[session.code])).status_code == 429
    assert guesser.get(reverse("quizzes:live_state", args=[session.code])).status_code == 429
    assert not session.participants.filter(user=session.learner).exists()
    # The pause is the guesser's own: another learner (same connection) walks in.
    other = UserFactory(username="neighbour")
    room.members.add(other.pk)
    assert client_of(other).post(ENTER, {"code": session.code}).status_code == 302
    assert session.participants.filter(user=other).exists()
    # The counter's key is a keyed hash: it names neither the person nor the quiz.
    keys = [key for key in cache._cache if "code-throttle" in key]  # noqa: SLF001
    assert keys and all(len(key.rsplit(":", 1)[-1]) == 64 for key in keys)


def test_codes_guessed_in_the_url_count_too(session):
    guesser = client_of(session.learner)
    for code in ("AAAAAA", "BBBBBB", "CCCCCC"):
        assert guesser.get(reverse("quizzes:live_play", args=[code])).status_code == 404
    assert guesser.get(reverse("quizzes:live_play", args=[session.code])).status_code == 429


def test_a_right_code_after_a_typo_still_enters(session):
    guesser = client_of(session.learner)
    guesser.post(ENTER, {"code": "ZZZZZZ"})
    response = guesser.post(ENTER, {"code": session.code})
    assert response.status_code == 302
    assert guesser.get(response["Location"]).status_code == 200
