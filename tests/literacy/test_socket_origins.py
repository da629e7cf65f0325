"""Websockets open from the site's own pages only, never from the H5P origin.

The H5P origin is the same server under another host name, listed in ALLOWED_HOSTS: the
strangers' JavaScript played there must not open a socket with a learner's cookies.
"""

import pytest
from channels.generic.websocket import AsyncWebsocketConsumer
from channels.testing import WebsocketCommunicator
from django.test import override_settings

from literacy.security.socket_origins import SiteOriginValidator, allowed_origins

# channels touches the database connection on each message (see STACK-NOTES).
pytestmark = pytest.mark.django_db(transaction=True)
H5P = "https://h5p.basira.example"


class Accepting(AsyncWebsocketConsumer):
    async def connect(self):
        await self.accept()


async def opens(origin: bytes | None) -> bool:
    headers = [(b"host", b"basira.example")]
    if origin is not None:
        headers.append((b"origin", origin))
    communicator = WebsocketCommunicator(SiteOriginValidator(Accepting.as_asgi()), "/ws/x/",
                                         headers=headers)
    connected, _code = await communicator.connect()
    if connected:
        await communicator.disconnect()
    return connected


@override_settings(ALLOWED_HOSTS=["basira.example", "h5p.basira.example"],
                   QUIZZES_H5P_ORIGIN=H5P, DEBUG=False)
async def test_a_socket_from_the_h5p_origin_is_refused():
    assert await opens(b"https://basira.example")
    assert not await opens(H5P.encode())
    assert not await opens(b"http://h5p.basira.example:8080")
    assert not await opens(b"https://evil.example")
    assert not await opens(None)
    assert allowed_origins() == ["basira.example"]


@pytest.mark.parametrize("hosts", [["*"], [".basira.example"]])
async def test_the_h5p_origin_is_refused_under_a_wildcard_host(hosts):
    with override_settings(ALLOWED_HOSTS=hosts, QUIZZES_H5P_ORIGIN=H5P):
        assert await opens(b"https://basira.example")
        assert not await opens(H5P.encode())


@override_settings(ALLOWED_HOSTS=["basira.example", "h5p.basira.example", "other.example"],
                   QUIZZES_H5P_ORIGIN=H5P,
                   LITERACY_WEBSOCKET_ORIGINS=["https://basira.example", H5P])
async def test_an_explicit_list_of_origins_applies_and_never_admits_h5p():
    assert await opens(b"https://basira.example")
    assert not await opens(b"http://basira.example")  # the scheme is part of the pattern
    assert not await opens(b"https://other.example")
    assert not await opens(H5P.encode())


@override_settings(ALLOWED_HOSTS=["basira.example"], QUIZZES_H5P_ORIGIN="")
async def test_without_an_h5p_origin_the_allowed_hosts_apply():
    assert await opens(b"https://basira.example")
    assert not await opens(b"https://evil.example")
