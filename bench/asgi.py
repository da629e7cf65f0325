"""The site's ASGI application plus a bench-only websocket echo (`/ws/bench/echo/`).

The echo is the floor of the websocket latencies (`ws_300.p95_vs_echo`,
`live_200.p95_vs_echo`): frames in and out on the same daphne as the product's sockets,
with the same origin check and session authentication on connect, **in the same pattern
as the product's messages**, so that the floor carries the same load:

- ``{"fan": g, ...}`` goes out to every echo socket that joined fan group ``g``
  (``?fan=g`` on connect): one frame in, as many out as the group has sockets, as a
  cohort event reaches every dashboard of its cohort;
- ``{"to": g, ...}`` goes to the socket that connected with ``?collect=g``: many
  sockets in, one out, as phones' answers reach the presenter; with ``"ack": true`` a
  short frame goes back to the sender first, as each phone's answer is acknowledged;
- anything else comes back to its sender.

The fan-out is in memory, in this process: the channel layer (Redis) and the database are
left out on purpose, they are part of what the product's figure measures.
"""

import json
import os
from urllib.parse import parse_qs

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.socket_settings")

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.generic.websocket import AsyncWebsocketConsumer  # noqa: E402

from literacy.asgi import application as site  # noqa: E402
from literacy.security.socket_origins import SiteOriginValidator  # noqa: E402

if os.environ.get("BENCH_LIVE_TRACE"):  # each step of a live answer timed (bench/live_trace.py)
    from . import live_trace  # noqa: E402

    live_trace.install(os.environ["BENCH_LIVE_TRACE"])

ECHO_PATH = "/ws/bench/echo/"
if os.environ.get("BENCH_CHANNEL_PREFIX"):  # runs side by side on one Redis keep apart
    from django.conf import settings  # noqa: E402

    for _layer in settings.CHANNEL_LAYERS.values():
        _layer.setdefault("CONFIG", {})["prefix"] = os.environ["BENCH_CHANNEL_PREFIX"]
_FANS: dict[str, list] = {}
_COLLECTORS: dict[str, "EchoConsumer"] = {}


class EchoConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        query = parse_qs(self.scope.get("query_string", b"").decode())
        self.fan = (query.get("fan") or [None])[0]
        self.collect = (query.get("collect") or [None])[0]
        if self.fan is not None:
            _FANS.setdefault(self.fan, []).append(self)
        if self.collect is not None:
            _COLLECTORS[self.collect] = self
        await self.accept()

    async def disconnect(self, code):
        if self.fan is not None and self in _FANS.get(self.fan, []):
            _FANS[self.fan].remove(self)
        if _COLLECTORS.get(self.collect) is self:
            del _COLLECTORS[self.collect]

    async def receive(self, text_data=None, bytes_data=None):
        message = json.loads(text_data)
        if "fan" in message:
            for consumer in list(_FANS.get(message["fan"], [])):
                await consumer.send(text_data=text_data)
        elif "to" in message:
            if message.get("ack"):  # as a phone's answer is acknowledged, then counted
                await self.send(text_data='{"ack": true}')
            await _COLLECTORS[message["to"]].send(text_data=text_data)
        else:
            await self.send(text_data=text_data)


echo = SiteOriginValidator(AuthMiddlewareStack(EchoConsumer.as_asgi()))


async def application(scope, receive, send):
    if scope["type"] == "websocket" and scope["path"] == ECHO_PATH:
        return await echo(scope, receive, send)
    return await site(scope, receive, send)
