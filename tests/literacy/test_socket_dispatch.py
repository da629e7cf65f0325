"""A group message reaches a socket's handler without a hop onto the sync thread
(literacy/socket_dispatch.py): 300 dashboards of one cohort are 300 messages per event."""

import pytest
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator

from literacy.socket_dispatch import NoSweepDispatch

# A closing socket still sweeps once (Channels' websocket_disconnect), touching the database.
pytestmark = pytest.mark.django_db


class _Listener(NoSweepDispatch, AsyncJsonWebsocketConsumer):
    groups = ["bench.listeners"]

    async def bench_event(self, event):
        await self.send_json({"n": event["n"]})


async def test_a_group_message_costs_no_thread_hop(settings, hops):
    """Guards the mixin: without it each message costs a sync_to_async call."""
    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    from channels.layers import channel_layers

    channel_layers.backends.clear()
    sockets = [WebsocketCommunicator(_Listener.as_asgi(), "/") for _ in range(3)]
    for socket in sockets:
        assert (await socket.connect())[0]
    for n in range(5):
        await get_channel_layer().group_send("bench.listeners", {"type": "bench.event", "n": n})
    for socket in sockets:
        assert [(await socket.receive_json_from())["n"] for _ in range(5)] == list(range(5))
        await socket.disconnect()
    channel_layers.backends.clear()
    assert hops == []


async def test_an_unknown_message_type_is_still_refused():
    socket = WebsocketCommunicator(_Listener.as_asgi(), "/")
    assert (await socket.connect())[0]
    with pytest.raises(ValueError, match="No handler"):
        await _Listener().dispatch({"type": "nothing.here"})
    await socket.disconnect()
