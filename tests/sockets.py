"""What the websocket consumer tests share: each runs on the in-memory channel layer and,
where REDIS_URL is set (the PostgreSQL + Redis run), on Redis; a session cookie to connect
with, and a socket to open; and closing the database connections the consumers' threads
opened."""

import os

import pytest
from asgiref.sync import sync_to_async
from channels.layers import channel_layers
from django.db import connections
from django.test import Client, override_settings

from literacy.security.testing import login_verified

REDIS_URL = os.environ.get("REDIS_URL") or os.environ.get("CI_REDIS_URL")
LAYERS = {
    "memory": {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}},
    "redis": {"default": {"BACKEND": "channels_redis.core.RedisChannelLayer",
                          "CONFIG": {"hosts": [REDIS_URL]}}},
}


@pytest.fixture(params=["memory", "redis"])
def layer(request):
    if request.param == "redis" and not REDIS_URL:
        pytest.skip("REDIS_URL is not set")
    with override_settings(CHANNEL_LAYERS=LAYERS[request.param]):
        channel_layers.backends.clear()
        yield request.param
        channel_layers.backends.clear()


@pytest.fixture(autouse=True)
async def _close_thread_connections():
    yield
    await sync_to_async(connections.close_all)()


def session_cookie(user, verified: bool = True) -> bytes:
    """The Cookie header of a signed-in session (with a verified second factor or not)."""
    client = Client()
    if verified:
        login_verified(client, user)
    else:
        client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}".encode()


async def connect(path, cookie, origin=b"http://testserver"):
    """(communicator, accepted) of a socket opened on the site from ``origin``."""
    from channels.testing import WebsocketCommunicator

    from literacy.asgi import application

    headers = [(b"origin", origin), (b"host", b"testserver")]
    if cookie:
        headers.append((b"cookie", cookie))
    communicator = WebsocketCommunicator(application, path, headers=headers)
    connected, _code = await communicator.connect()
    return communicator, connected
