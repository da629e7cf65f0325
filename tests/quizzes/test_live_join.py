# ruff: noqa: F811 - the room fixture is imported
"""Opening a live quiz's play page (a QR code, a link) joins nobody; a POST does: the
door's code, the confirm button, the learner's dashboard (issue 16: no state change on
GET)."""

import pytest
from django.urls import reverse

from quizzes.live import services
from quizzes.live.models import LiveParticipant

from ..factories import UserFactory
from .live_helpers import client_of, room, waiting_session  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(waiting_session):
    return waiting_session


def test_opening_the_play_page_joins_nobody(session):
    learner = client_of(session.learner)
    play = reverse("quizzes:live_play", args=[session.code])
    page = learner.get(play)
    assert page.status_code == 200
    assert not LiveParticipant.objects.filter(session=session).exists()
    html = page.content.decode()
    assert f'action="{play}"' in html and 'method="post"' in html
    joined = learner.post(play)
    assert joined.status_code == 302 and joined["Location"] == play
    assert LiveParticipant.objects.filter(session=session, user=session.learner).count() == 1
    assert 'data-screen="lobby"' in learner.get(play).content.decode()


def test_the_door_joins_with_a_post(session):
    learner = client_of(session.learner)
    response = learner.post(reverse("quizzes:live_enter"), {"code": session.code})
    assert response.status_code == 302
    assert LiveParticipant.objects.filter(session=session, user=session.learner).exists()


def test_an_outsider_is_refused_on_get_and_post_and_joins_nothing(session):
    outsider = client_of(UserFactory(username="outsider"))
    play = reverse("quizzes:live_play", args=[session.code])
    assert outsider.get(play).status_code == 403
    assert outsider.post(play).status_code == 403
    assert not LiveParticipant.objects.filter(session=session).exists()


def test_an_ended_quiz_joins_nobody(session):
    services.command(session_id=session.pk, user=session.host, action="end")
    learner = client_of(session.learner)
    play = reverse("quizzes:live_play", args=[session.code])
    assert learner.get(play).status_code == 403
    assert learner.post(play).status_code == 403
    assert not LiveParticipant.objects.filter(session=session).exists()
