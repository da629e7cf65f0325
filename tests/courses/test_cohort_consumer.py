# ruff: noqa: F403, F405, F811 - fixtures come from cohort_fixtures and tests.sockets
"""The live dashboard socket: who may connect, what it receives, and when it stops."""

import asyncio
import logging

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from django.test import Client, override_settings
from django.urls import reverse

from courses.cohorts import membership
from tests import sockets
from tests.sockets import _close_thread_connections, layer  # noqa: F401

from .cohort_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db(transaction=True)


def session_cookie(user, verified=True) -> bytes:
    return sockets.session_cookie(user, verified)


async def connect(cohort_id, cookie, origin=b"http://testserver"):
    return await sockets.connect(f"/ws/cohorts/{cohort_id}/", cookie, origin)


async def test_facilitator_receives_progress_after_commit(layer, cohort, facilitator, learners,
                                                          course):
    cookie = await sync_to_async(session_cookie)(facilitator)
    lesson = (await sync_to_async(lessons_in)(course))[0]
    socket, connected = await connect(cohort.pk, cookie)
    assert connected
    assert (await socket.receive_json_from())["type"] == "hello"
    await database_sync_to_async(complete)(learners[0], lesson)
    event = await socket.receive_json_from(timeout=3)
    assert event["type"] == "cohort.progress"
    assert event["user"] == learners[0].pk
    assert event["cells"][0]["done"] == 1
    figures = event["figures"]
    if figures is None:  # none fresh yet: the cells come at once, the figures after them
        follow = await socket.receive_json_from(timeout=3)
        assert follow["type"] == "cohort.figures"
        figures = follow["figures"]
    assert figures["members"] == 3
    assert "learner-0" not in str(event)  # ids and numbers, no names
    await socket.disconnect()


async def test_nothing_is_sent_when_the_transaction_rolls_back(layer, cohort, facilitator,
                                                               learners, course):
    cookie = await sync_to_async(session_cookie)(facilitator)
    lesson = (await sync_to_async(lessons_in)(course))[0]
    socket, connected = await connect(cohort.pk, cookie)
    await socket.receive_json_from()

    def complete_then_fail():
        from django.db import transaction

        try:
            with transaction.atomic():
                complete(learners[0], lesson)
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass

    await database_sync_to_async(complete_then_fail)()
    assert await socket.receive_nothing(timeout=0.5)
    await socket.disconnect()


async def test_other_facilitator_is_refused(layer, cohort, other_facilitator):
    cookie = await sync_to_async(session_cookie)(other_facilitator)
    socket, connected = await connect(cohort.pk, cookie)
    assert not connected


async def test_facilitator_without_second_factor_is_refused(layer, cohort, facilitator):
    cookie = await sync_to_async(session_cookie)(facilitator, verified=False)
    _socket, connected = await connect(cohort.pk, cookie)
    assert not connected


async def test_learner_and_anonymous_are_refused(layer, cohort, learners):
    cookie = await sync_to_async(session_cookie)(learners[0])
    _socket, connected = await connect(cohort.pk, cookie)
    assert not connected
    _socket, connected = await connect(cohort.pk, None)
    assert not connected


async def test_foreign_origin_is_refused(layer, cohort, facilitator):
    cookie = await sync_to_async(session_cookie)(facilitator)
    _socket, connected = await connect(cohort.pk, cookie, origin=b"https://evil.example")
    assert not connected
    _socket, connected = await connect(cohort.pk, cookie, origin=b"http://localhost")
    assert connected
    await _socket.disconnect()


@override_settings(ALLOWED_HOSTS=["testserver", "h5p.testserver"],
                   QUIZZES_H5P_ORIGIN="http://h5p.testserver")
async def test_the_h5p_origin_is_refused(layer, cohort, facilitator):
    """An allowed host, but the strangers' H5P code plays there: no dashboard socket."""
    cookie = await sync_to_async(session_cookie)(facilitator)
    _socket, connected = await connect(cohort.pk, cookie, origin=b"http://h5p.testserver")
    assert not connected
    socket, connected = await connect(cohort.pk, cookie, origin=b"http://testserver")
    assert connected
    await socket.disconnect()


async def test_removed_facilitator_stops_receiving(layer, organisation, cohort, facilitator,
                                                   learners, course):
    co = await sync_to_async(make_facilitator)("sami", organisation)
    await database_sync_to_async(membership.add_facilitator)(cohort=cohort, user=co)
    lesson = (await sync_to_async(lessons_in)(course))[0]
    socket, connected = await connect(cohort.pk, await sync_to_async(session_cookie)(co))
    assert connected
    await socket.receive_json_from()
    await database_sync_to_async(membership.remove_facilitator)(cohort=cohort, user_id=co.pk)
    output = await socket.receive_output(timeout=3)
    assert output["type"] == "websocket.close"
    # the remaining facilitator still receives events
    other, _ = await connect(cohort.pk, await sync_to_async(session_cookie)(facilitator))
    await other.receive_json_from()
    await database_sync_to_async(complete)(learners[0], lesson)
    assert (await other.receive_json_from(timeout=3))["type"] == "cohort.progress"
    await other.disconnect()


async def test_progress_reaches_every_cohort_of_the_learner(layer, organisation, cohort,
                                                            facilitator, learners, course):
    second = await database_sync_to_async(make_cohort)(
        name="Second", organisation=organisation, facilitator=facilitator, courses=[course],
        learners=[learners[0]])
    cookie = await sync_to_async(session_cookie)(facilitator)
    lesson = (await sync_to_async(lessons_in)(course))[0]
    first_socket, _ = await connect(cohort.pk, cookie)
    second_socket, _ = await connect(second.pk, cookie)
    await first_socket.receive_json_from()
    await second_socket.receive_json_from()
    await database_sync_to_async(complete)(learners[0], lesson)
    assert (await first_socket.receive_json_from(timeout=3))["user"] == learners[0].pk
    assert (await second_socket.receive_json_from(timeout=3))["user"] == learners[0].pk
    await first_socket.disconnect()
    await second_socket.disconnect()


@pytest.mark.parametrize("failure", ["refused", "stuck"])
def test_failing_channel_layer_never_fails_the_learner(monkeypatch, settings, caplog, cohort,
                                                       learners, course, failure):
    """A refused or a stuck channel layer (Redis down, or paused) neither fails nor holds
    the learner's request: the event is handed off, given up and logged."""
    from literacy import channel_handoff

    class Broken:
        async def group_send(self, *args, **kwargs):
            # Refused after the 1 s connect timeout, or no answer at all (paused).
            await asyncio.sleep(3600 if failure == "stuck" else 1)
            raise ConnectionError("redis is down")

    settings.LITERACY_EVENT_SEND_SECONDS = 3
    monkeypatch.setattr(channel_handoff, "get_channel_layer", lambda: Broken())
    client = Client()
    client.force_login(learners[0])
    lesson = lessons_in(course)[0]
    basira = logging.getLogger("basira")  # does not propagate to the root logger
    basira.addHandler(caplog.handler)
    try:
        response = client.post(reverse("courses:complete", args=[lesson.pk]))
        # Answered while the send is still pending (a request that waited for it would
        # find nothing pending: given up after 3 s, or never back when stuck).
        assert channel_handoff.pending() >= 1
        assert channel_handoff.wait_until_sent(timeout=10)
    finally:
        basira.removeHandler(caplog.handler)
    assert response.status_code in (200, 302)
    assert learners[0].lesson_progress.filter(lesson=lesson).exists()
    assert "live event not delivered" in caplog.text


async def test_one_socket_closing_leaves_the_others_of_the_cohort_receiving(
        layer, cohort, facilitator, learners, course):
    cookie = await sync_to_async(session_cookie)(facilitator)
    lesson = (await sync_to_async(lessons_in)(course))[0]
    first, _ = await connect(cohort.pk, cookie)
    second, _ = await connect(cohort.pk, cookie)
    await first.receive_json_from()
    await second.receive_json_from()
    await first.disconnect()  # the other socket keeps receiving
    await database_sync_to_async(complete)(learners[0], lesson)
    assert (await second.receive_json_from(timeout=3))["type"] == "cohort.progress"
    await second.disconnect()
