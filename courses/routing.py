"""Websocket routes of this app; literacy/asgi.py composes them."""

from django.urls import path

from . import consumers

websocket_urlpatterns = [
    path("ws/cohorts/<int:cohort_id>/", consumers.CohortDashboardConsumer.as_asgi()),
]
