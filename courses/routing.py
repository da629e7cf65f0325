"""Websocket routes of this app; literacy/asgi.py composes them."""

import os

from django.urls import path

from . import consumers

# Temporary: the relay-or-plain-groups measurement (issue 18).
_DASHBOARD = (consumers.PlainCohortDashboardConsumer
              if os.environ.get("BENCH_COHORT_FANOUT") == "plain"
              else consumers.CohortDashboardConsumer)

websocket_urlpatterns = [
    path("ws/cohorts/<int:cohort_id>/", _DASHBOARD.as_asgi()),
]
