"""Websocket routes of live sessions; quizzes/routing.py exposes them."""

from django.urls import path

from .consumers import LiveConsumer, LivePresenterConsumer

websocket_urlpatterns = [
    path("ws/live/<str:code>/", LiveConsumer.as_asgi()),
    path("ws/live/<str:code>/present/", LivePresenterConsumer.as_asgi()),
]
