"""Websocket routes of this app; literacy/asgi.py composes them."""

from .live.routing import websocket_urlpatterns as live_ws

websocket_urlpatterns = [*live_ws]
