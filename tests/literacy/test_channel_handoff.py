"""Live events are handed off: a slow, stuck or refused channel layer never holds the
caller, messages keep their order, and a backlog is bounded (issue 23, item 5)."""

import asyncio
import logging
import time

import pytest

from literacy import channel_handoff


class Recording:
    """A channel layer (not the in-memory one, so messages are handed off) that records
    what it was sent; a group named "stuck" never answers."""

    def __init__(self):
        self.sent = []

    async def group_send(self, group, message):
        if group == "stuck":
            await asyncio.sleep(3600)
        self.sent.append((group, message))


@pytest.fixture
def layer(monkeypatch, settings):
    settings.LITERACY_EVENT_SEND_SECONDS = 0.3
    recording = Recording()
    monkeypatch.setattr(channel_handoff, "get_channel_layer", lambda: recording)
    yield recording
    assert channel_handoff.wait_until_sent(timeout=10)


def test_a_stuck_layer_never_holds_the_caller(layer, caplog):
    caplog.set_level(logging.WARNING, logger="basira.events")
    logging.getLogger("basira").addHandler(caplog.handler)
    try:
        started = time.monotonic()
        channel_handoff.group_send("stuck", {"n": 0})
        channel_handoff.group_send("cohort.1", {"n": 1})
        channel_handoff.group_send("cohort.1", {"n": 2})
        # The caller is back before the stuck send was even given up.
        assert channel_handoff.pending() >= 2
        assert time.monotonic() - started < channel_handoff.conf.EVENT_SEND_SECONDS
        assert channel_handoff.wait_until_sent(timeout=10)
    finally:
        logging.getLogger("basira").removeHandler(caplog.handler)
    assert layer.sent == [("cohort.1", {"n": 1}), ("cohort.1", {"n": 2})]  # in order
    assert "live event not delivered to stuck" in caplog.text


def test_a_backlog_is_bounded_and_dropped_with_a_warning(layer, monkeypatch, settings, caplog):
    settings.LITERACY_EVENT_QUEUE_SIZE = 3
    monkeypatch.setattr(channel_handoff, "_senders", {})  # a sender with the small queue
    logging.getLogger("basira").addHandler(caplog.handler)
    try:
        for n in range(10):
            channel_handoff.group_send("stuck", {"n": n})
        assert channel_handoff.pending() <= 4  # one being sent, three waiting
        assert caplog.text.count("one was dropped") >= 6
        assert channel_handoff.wait_until_sent(timeout=10)
    finally:
        logging.getLogger("basira").removeHandler(caplog.handler)


def test_the_in_memory_layer_is_sent_to_directly(monkeypatch):
    """One process, instant, and bound to the sockets' own event loop: no hand-off."""
    from asgiref.sync import async_to_sync
    from channels.layers import InMemoryChannelLayer

    layer = InMemoryChannelLayer()
    monkeypatch.setattr(channel_handoff, "get_channel_layer", lambda: layer)
    channel = async_to_sync(layer.new_channel)()
    async_to_sync(layer.group_add)("cohort.9", channel)
    channel_handoff.group_send("cohort.9", {"type": "cohort.members", "user": 1})
    assert channel_handoff.pending() == 0
    assert async_to_sync(layer.receive)(channel)["user"] == 1
