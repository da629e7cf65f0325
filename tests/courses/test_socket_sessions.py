# ruff: noqa: F403, F405, F811 - fixtures come from cohort_fixtures and tests.sockets
"""A facilitator's sockets end with the session they were opened with.

The dashboard carries learners' progress and scores, the presenter socket their
pseudonyms: a logout, a password change, a closed account or a removed second factor
closes them within seconds, not at the next membership check; a co-facilitator removed
from the cohort loses the live quiz they started.
"""

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.urls import reverse

from courses import consumers
from courses.cohorts import live, membership
from literacy.security import sessions
from tests import sockets
from tests.quizzes.live_helpers import make_live_quiz
from tests.sockets import _close_thread_connections, close_code, layer  # noqa: F401

from .cohort_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db(transaction=True)




ENDINGS = sockets.SESSION_ENDINGS


async def open_dashboard(cohort, user):
    client, cookie = await sync_to_async(sockets.signed_in)(user)
    socket, connected = await sockets.connect(f"/ws/cohorts/{cohort.pk}/", cookie)
    assert connected
    assert (await socket.receive_json_from())["type"] == "hello"
    return client, socket


@pytest.mark.parametrize("ending", ENDINGS)
async def test_the_end_of_the_session_closes_the_dashboard_socket(layer, ending, cohort,
                                                                  facilitator):
    client, socket = await open_dashboard(cohort, facilitator)
    await database_sync_to_async(ENDINGS[ending])(facilitator, client)
    assert await close_code(socket) == 4401


async def test_logout_closes_the_dashboard_socket(layer, cohort, facilitator, learners,
                                                  course):
    """The socket of the session signed out closes; the same facilitator's socket from
    another device stays open and still receives progress."""
    client, signed_out = await open_dashboard(cohort, facilitator)
    _other_client, other = await open_dashboard(cohort, facilitator)
    await database_sync_to_async(sockets.logout)(facilitator, client)
    assert await close_code(signed_out) == 4401
    assert await other.receive_nothing(timeout=0.3)
    lesson = (await sync_to_async(lessons_in)(course))[0]
    await database_sync_to_async(complete)(learners[0], lesson)
    assert (await other.receive_json_from(timeout=3))["type"] == "cohort.progress"
    await other.disconnect()


async def test_a_logout_closes_its_socket_before_the_session_is_flushed(layer, cohort,
                                                                        facilitator):
    """Django announces a logout before it flushes the session, and another process
    may check meanwhile: the announced session's tag closes its socket all the same."""
    client, socket = await open_dashboard(cohort, facilitator)
    ended = sessions.tag(client.cookies["sessionid"].value)
    await database_sync_to_async(sessions.announce)(facilitator.pk, ended=ended)
    assert await close_code(socket) == 4401


async def test_an_expired_session_closes_the_idle_dashboard_socket(layer, monkeypatch,
                                                                   cohort, facilitator):
    """No event, no signal: the session is gone from the store (expired, cleared); the
    socket's own periodic check closes it."""
    monkeypatch.setattr(consumers, "RECHECK_SECONDS", 0.2)
    _client, socket = await open_dashboard(cohort, facilitator)

    def expire():
        Session.objects.all().delete()
        cache.clear()

    await database_sync_to_async(expire)()
    assert await close_code(socket) == 4403


async def test_removed_co_facilitator_loses_the_live_quiz_they_started(
        layer, organisation, cohort, facilitator):
    co = await database_sync_to_async(make_facilitator)("sami", organisation)
    await database_sync_to_async(membership.add_facilitator)(cohort=cohort, user=co)
    session = await database_sync_to_async(live.start)(
        cohort=cohort, quiz=await database_sync_to_async(make_live_quiz)(), user=co)
    co_client, cookie = await sync_to_async(sockets.signed_in)(co)
    present = reverse("quizzes:live_present", args=[session.code])
    assert (await sync_to_async(co_client.get)(present)).status_code == 200
    presenter, connected = await sockets.connect(f"/ws/live/{session.code}/present/",
                                                 cookie)
    assert connected

    await database_sync_to_async(membership.remove_facilitator)(cohort=cohort,
                                                                user_id=co.pk)
    assert await close_code(presenter) == 4403  # at once, without waiting for a command
    assert (await sync_to_async(co_client.get)(present)).status_code == 404
    control = await sync_to_async(co_client.post)(
        reverse("quizzes:live_control", args=[session.code]), {"action": "next"})
    assert control.status_code == 403
    await database_sync_to_async(session.refresh_from_db)()
    assert (session.state, session.current_index) == ("lobby", -1)
    # the facilitator still in the cohort runs it
    _client, cookie = await sync_to_async(sockets.signed_in)(facilitator)
    _socket, connected = await sockets.connect(f"/ws/live/{session.code}/present/", cookie)
    assert connected
    await _socket.disconnect()
