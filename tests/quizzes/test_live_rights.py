# ruff: noqa: F811 - the room and layer fixtures are imported
"""Who may run a live session is asked again on every command, page and screen; every
live socket ends with the session it was opened with."""

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from django.urls import reverse

from literacy.security import sessions
from quizzes.live import audience, services
from quizzes.live.models import LiveSession
from tests import sockets
from tests.sockets import _close_thread_connections, close_code, layer  # noqa: F401

from ..factories import UserFactory
from .live_helpers import make_live_quiz, room  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def setup(room):
    host, co_host = UserFactory(username="host"), UserFactory(username="co-host")
    learner = UserFactory(username="learner-0")
    room.hosts.update({host.pk, co_host.pk})
    room.members.add(learner.pk)
    session = services.start_session(quiz=make_live_quiz(), host=host, audience_key="room:1")
    return {"room": room, "session": session, "host": host, "co_host": co_host,
            "learner": learner}


async def signed_in(user, verified=True):
    return await sync_to_async(sockets.signed_in)(user, verified)


async def next_of_type(socket, kind, timeout=3):
    while True:
        message = await socket.receive_json_from(timeout=timeout)
        if message["type"] == kind:
            return message


def test_a_removed_host_loses_the_session(client, setup):
    """Having started the session is not enough: the page, the state with the
    leaderboard and every command are refused once the host may no longer run it."""
    from literacy.security.testing import login_verified

    session, host = setup["session"], setup["host"]
    login_verified(client, host)
    present = reverse("quizzes:live_present", args=[session.code])
    assert client.get(present).status_code == 200
    setup["room"].hosts.discard(host.pk)

    assert not audience.may_host(host, session)
    assert client.get(present).status_code == 404
    response = client.post(reverse("quizzes:live_control", args=[session.code]),
                           {"action": "leaderboard"})
    assert response.status_code == 403
    with pytest.raises(services.LiveError) as refused:
        services.command(session_id=session.pk, user=host, action="next")
    assert refused.value.status == 403
    session.refresh_from_db()
    assert (session.state, session.leaderboard, session.version) == ("lobby", False, 0)


async def test_a_removed_host_loses_the_presenter_socket(layer, setup):
    """The next screen the presenter socket would be sent (here after a co-host's
    command) closes it instead; so does a command of its own."""
    code = setup["session"].code
    _client, cookie = await signed_in(setup["host"])
    presenter, connected = await sockets.connect(f"/ws/live/{code}/present/", cookie)
    assert connected
    await next_of_type(presenter, "state")
    _client, co_cookie = await signed_in(setup["co_host"])
    co_presenter, _ok = await sockets.connect(f"/ws/live/{code}/present/", co_cookie)
    await next_of_type(co_presenter, "state")

    setup["room"].hosts.discard(setup["host"].pk)
    await co_presenter.send_json_to({"type": "command", "action": "next"})
    assert (await next_of_type(co_presenter, "state"))["state"] == "open"
    assert await close_code(presenter) == 4403

    again, connected = await sockets.connect(f"/ws/live/{code}/present/", cookie)
    assert not connected
    await co_presenter.disconnect()


async def test_a_presenter_command_refused_closes_the_socket(layer, setup):
    code = setup["session"].code
    _client, cookie = await signed_in(setup["host"])
    presenter, _ok = await sockets.connect(f"/ws/live/{code}/present/", cookie)
    await next_of_type(presenter, "state")
    setup["room"].hosts.discard(setup["host"].pk)
    await presenter.send_json_to({"type": "command", "action": "leaderboard"})
    assert (await next_of_type(presenter, "error"))["status"] == 403
    assert await close_code(presenter) == 4403
    leaderboard = await database_sync_to_async(
        LiveSession.objects.values_list("leaderboard", flat=True).get)(pk=setup["session"].pk)
    assert leaderboard is False




ENDINGS = {name: end for name, end in sockets.SESSION_ENDINGS.items() if name != "two-factor"}


@pytest.mark.parametrize("ending", [*ENDINGS, "two-factor"])
async def test_the_end_of_the_session_closes_the_presenter_socket(layer, ending, setup):
    code = setup["session"].code
    client, cookie = await signed_in(setup["host"])
    presenter, _ok = await sockets.connect(f"/ws/live/{code}/present/", cookie)
    await next_of_type(presenter, "state")
    end = sockets.SESSION_ENDINGS[ending]
    await database_sync_to_async(end)(setup["host"], client)
    assert await close_code(presenter) == 4401


@pytest.mark.parametrize("ending", ENDINGS)
async def test_the_end_of_the_session_closes_the_learner_socket(layer, ending, setup):
    code = setup["session"].code
    client, cookie = await signed_in(setup["learner"], verified=False)
    learner, _ok = await sockets.connect(f"/ws/live/{code}/", cookie)
    await next_of_type(learner, "state")
    await database_sync_to_async(ENDINGS[ending])(setup["learner"], client)
    assert await close_code(learner) == 4401


async def test_logout_closes_the_live_sockets(layer, setup):
    """Only the sockets of the session signed out: the learner's other phone stays."""
    code = setup["session"].code
    client, cookie = await signed_in(setup["learner"], verified=False)
    signed_out, _ok = await sockets.connect(f"/ws/live/{code}/", cookie)
    _other, other_cookie = await signed_in(setup["learner"], verified=False)
    other, _ok = await sockets.connect(f"/ws/live/{code}/", other_cookie)
    await next_of_type(signed_out, "state")
    await next_of_type(other, "state")
    await database_sync_to_async(sockets.logout)(setup["learner"], client)
    assert await close_code(signed_out) == 4401
    assert await other.receive_nothing(timeout=0.3)
    await other.disconnect()


async def test_a_logout_closes_its_live_socket_before_the_session_is_flushed(layer, setup):
    code = setup["session"].code
    client, cookie = await signed_in(setup["learner"], verified=False)
    learner, _ok = await sockets.connect(f"/ws/live/{code}/", cookie)
    await next_of_type(learner, "state")
    ended = sessions.tag(client.cookies["sessionid"].value)
    await database_sync_to_async(sessions.announce)(setup["learner"].pk, ended=ended)
    assert await close_code(learner) == 4401


async def test_an_expired_session_closes_the_idle_learner_socket(layer, monkeypatch, setup):
    """No event, no signal: the session is gone from the store (expired, cleared); the
    socket's own periodic check closes it."""
    from django.contrib.sessions.models import Session
    from django.core.cache import cache

    from quizzes.live import consumers

    monkeypatch.setattr(consumers, "RECHECK_SECONDS", 0.2)
    _client, cookie = await signed_in(setup["learner"], verified=False)
    learner, _ok = await sockets.connect(f"/ws/live/{setup['session'].code}/", cookie)
    await next_of_type(learner, "state")

    def expire():
        Session.objects.all().delete()
        cache.clear()

    await database_sync_to_async(expire)()
    assert await close_code(learner) == 4401
