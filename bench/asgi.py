"""The site's ASGI application plus a bench-only websocket echo (`/ws/bench/echo/`).

The echo is the floor of the websocket latencies (`ws_300.p95_vs_echo`,
`live_200.p95_vs_echo`): a text frame in, the same frame out, on the same daphne as the
product's sockets, with the same origin check and session authentication on connect:
what any socket message costs on that server and machine at least. The channel layer
(Redis) is left out on purpose: it is part of what the product's figure measures, and
a burst of 300 channel-layer sends at once would meet redis-py's pool limit of 100
connections per process (MaxConnectionsError), not a floor.
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "literacy.settings.test")

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.generic.websocket import AsyncWebsocketConsumer  # noqa: E402

from literacy.asgi import application as site  # noqa: E402
from literacy.security.socket_origins import SiteOriginValidator  # noqa: E402

ECHO_PATH = "/ws/bench/echo/"


class EchoConsumer(AsyncWebsocketConsumer):
    async def receive(self, text_data=None, bytes_data=None):
        await self.send(text_data=text_data)


echo = SiteOriginValidator(AuthMiddlewareStack(EchoConsumer.as_asgi()))


async def application(scope, receive, send):
    if scope["type"] == "websocket" and scope["path"] == ECHO_PATH:
        return await echo(scope, receive, send)
    return await site(scope, receive, send)
