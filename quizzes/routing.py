"""Websocket routes of this app; literacy/asgi.py composes them."""

websocket_urlpatterns = []
