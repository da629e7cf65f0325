"""What the websocket consumer tests share: each runs on the in-memory channel layer and,
where REDIS_URL is set (the PostgreSQL + Redis run), on Redis; a session cookie to connect
with, and a socket to open; and closing the database connections the consumers' threads
opened."""

import os

import pytest
from asgiref.sync import sync_to_async
from channels.layers import channel_layers
from django.conf import settings
from django.db import connections
from django.test import Client, override_settings

from literacy.security.testing import login_verified

REDIS_URL = os.environ.get("REDIS_URL") or os.environ.get("CI_REDIS_URL")
LAYERS = {
    "memory": {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}},
    # With the site's own timeouts (literacy/settings/base.py): the defaults drop idle
    # sockets within seconds.
    "redis": {"default": {"BACKEND": "literacy.channel_layer.BoundedRedisChannelLayer",
                          "CONFIG": {"hosts": [{"address": REDIS_URL,
                                                **settings.REDIS_CHANNEL_OPTIONS}]}}},
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


def signed_in(user, verified: bool = True) -> tuple[Client, bytes]:
    """A client signed in as ``user`` (with a verified second factor or not) and the
    Cookie header of its session, to open a socket with."""
    client = Client()
    if verified:
        login_verified(client, user)
    else:
        client.force_login(user)
    return client, f"sessionid={client.cookies['sessionid'].value}".encode()


def session_cookie(user, verified: bool = True) -> bytes:
    """The Cookie header of a signed-in session (with a verified second factor or not)."""
    return signed_in(user, verified)[1]


async def close_code(communicator, timeout: float = 3) -> int | None:
    """The code the server closed the socket with, skipping what it sent before; None
    if it stayed open for ``timeout`` seconds (the communicator then stops the socket:
    check that one stays open with ``receive_nothing``)."""
    try:
        while True:
            output = await communicator.receive_output(timeout=timeout)
            if output["type"] == "websocket.close":
                return output.get("code")
    except TimeoutError:
        return None


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


# How a session ends, each as (user, their signed-in client): every socket of that
# session must close (4401) whichever way it ends.
def logout(user, client):
    from django.urls import reverse

    assert client.post(reverse("accounts:logout")).status_code == 302


def password_changed(user, client):
    user.set_password("a-new-long-passphrase")
    user.save()


def account_closed(user, client):
    from literacy.accounts import personal_data

    personal_data.erase(user)


def second_factor_removed(user, client):
    from literacy.security import twofactor

    twofactor.disable(user=user)


SESSION_ENDINGS = {"logout": logout, "password": password_changed,
                   "account": account_closed, "two-factor": second_factor_removed}
