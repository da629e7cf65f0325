# ruff: noqa: F403, F405, F811 - fixtures come from cohort_fixtures and tests.sockets
"""What one cohort event costs the server holding its dashboards, counted (never timed):
no thread hop per socket, the figures built once for all the sockets waiting for them,
and each frame encoded once per process where the layer hands every local socket the
same message (Redis). Bench: ws_300.p95_vs_echo (bench/README.md)."""

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async

from courses import consumers
from courses.cohorts import events
from tests import sockets
from tests.sockets import _close_thread_connections, layer  # noqa: F401

from .cohort_fixtures import *

pytestmark = pytest.mark.django_db(transaction=True)
SOCKETS = 3


@pytest.fixture
def builds(monkeypatch):
    calls = []
    real = consumers.refresh_figures

    def counted(cohort_id):
        calls.append(cohort_id)
        return real(cohort_id)

    monkeypatch.setattr(consumers, "refresh_figures", counted)
    return calls


async def _dashboards(cohort, facilitator):
    cookie = await sync_to_async(sockets.session_cookie)(facilitator)
    opened = []
    for _ in range(SOCKETS):
        socket, connected = await sockets.connect(f"/ws/cohorts/{cohort.pk}/", cookie)
        assert connected
        assert (await socket.receive_json_from())["type"] == "hello"
        opened.append(socket)
    return opened


async def test_an_event_costs_each_socket_no_thread_hop_and_one_figures_build(
        layer, cohort, facilitator, learners, course, hops, builds):
    lesson = (await sync_to_async(lessons_in)(course))[0]
    events.forget_figures(cohort.pk)
    dashboards = await _dashboards(cohort, facilitator)
    hops.clear()
    encoded = consumers.ENCODED["frames"]
    await database_sync_to_async(complete)(learners[0], lesson)
    for socket in dashboards:
        first = await socket.receive_json_from(timeout=3)
        assert first["type"] == "cohort.progress"
        assert first["figures"] is None  # stale: the cells first, the figures after
        follow = await socket.receive_json_from(timeout=3)
        assert follow["type"] == "cohort.figures"
        assert follow["figures"]["members"] == 3
    assert hops == []  # NoSweepDispatch: no per-socket hop onto the sync thread
    assert builds == [cohort.pk]  # one figures pass for every socket of the process
    # Redis hands the process's sockets one message: one progress and one figures frame
    # encoded for all; the in-memory layer copies the message per socket.
    frames = 2 if layer == "redis" else SOCKETS + 1
    assert consumers.ENCODED["frames"] - encoded == frames
    for socket in dashboards:
        await socket.disconnect()


async def test_fresh_figures_ride_in_the_event_and_cost_no_build(
        layer, cohort, facilitator, learners, course, builds):
    lesson = (await sync_to_async(lessons_in)(course))[0]
    await database_sync_to_async(events.refresh_figures)(cohort.pk)
    builds.clear()
    dashboards = await _dashboards(cohort, facilitator)
    await database_sync_to_async(complete)(learners[0], lesson)
    for socket in dashboards:
        event = await socket.receive_json_from(timeout=3)
        assert event["type"] == "cohort.progress"
        assert event["figures"]["members"] == 3
        assert await socket.receive_nothing(timeout=0.2)  # one frame per event
    assert builds == []
    for socket in dashboards:
        await socket.disconnect()


def test_one_event_object_is_encoded_once_for_every_socket():
    event = {"type": "cohort.progress", "cohort": 1, "user": 2, "kind": "lesson",
             "page": 3, "cells": [{"done": 1}], "figures": None}
    figures = {"members": 3}
    encoded = consumers.ENCODED["frames"]
    texts = {consumers.progress_frame(event, figures) for _socket in range(300)}
    assert len(texts) == 1 and consumers.ENCODED["frames"] - encoded == 1
    # New figures (rebuilt meanwhile) make a new frame, never the old one's text.
    assert '"members": 4' in consumers.progress_frame(event, {"members": 4})
