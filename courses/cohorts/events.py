"""Live events for the facilitators' dashboards, published after commit.

An event is sent to the channel-layer group of every cohort the learner belongs to, only
once the transaction that recorded the progress has committed (a rolled-back completion
never shows up live). A failing channel layer is logged and never fails the learner's
request. Messages carry ids and numbers, never names.
"""

import logging

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

logger = logging.getLogger("basira.cohorts")


def group_name(cohort_id: int) -> str:
    return f"cohort.{cohort_id}"


def _send(cohort_ids, message: dict) -> None:
    try:
        layer = get_channel_layer()
        if layer is None:
            return
        for cohort_id in cohort_ids:
            async_to_sync(layer.group_send)(group_name(cohort_id), message)
    except Exception:  # the learner's request must never fail because of the dashboard
        logger.warning("cohort event not delivered", exc_info=True)


def _on_commit(fn) -> None:
    def guarded():
        try:
            fn()
        except Exception:
            logger.warning("cohort event not built", exc_info=True)

    transaction.on_commit(guarded)


def publish_progress(*, user_id: int, page_id: int | None, kind: str) -> None:
    """A learner completed a lesson (kind "lesson") or submitted a quiz ("quiz").

    The learner's request only names what happened (one indexed query for their cohorts):
    the dashboard figures, which cost a pass over the whole cohort, are computed by the
    server holding the facilitators' sockets (see `enrich_progress`), never while the
    learner waits."""
    def send():
        from .access import cohort_ids_of_learner

        for cohort_id in cohort_ids_of_learner(user_id):
            _send([cohort_id], {"type": "cohort.progress", "cohort": cohort_id,
                                "user": user_id, "kind": kind, "page": page_id})

    _on_commit(send)


# Summary figures are recomputed at most this often per cohort and server process: a
# burst of submissions in a 2,000-learner cohort costs one pass, not one per submission.
FIGURES_SECONDS = 2.0
_figures: dict[int, tuple[float, dict]] = {}


def enrich_progress(event: dict, *, now: float | None = None) -> dict | None:
    """The dashboard's view of a progress event: the learner's cells and the cohort's
    figures (at most FIGURES_SECONDS old). None when the cohort is gone. Runs where the
    facilitators' sockets are, once per event and process (not once per socket)."""
    import time

    from ..models.cohorts import Cohort
    from . import dashboard

    cohort = Cohort.objects.filter(pk=event["cohort"]).first()
    if cohort is None:
        return None
    board = dashboard.build(cohort, user_ids=[event["user"]])
    cells = board.rows[0].cells if board.rows else []
    now = time.monotonic() if now is None else now
    cached = _figures.get(cohort.pk)
    if cached is None or now - cached[0] >= FIGURES_SECONDS:
        cached = _figures[cohort.pk] = (now, dashboard.figures_for_json(
            dashboard.live_figures(cohort)))
    return {**event, "cells": [cell.as_dict() for cell in cells], "figures": cached[1]}


def forget_figures(cohort_id: int) -> None:
    """Members changed: the next progress event recomputes the figures."""
    _figures.pop(cohort_id, None)


def publish_membership_changed(*, cohort_ids, user_id: int) -> None:
    """Someone joined, left or moved: dashboards refresh their data."""
    ids = list(cohort_ids)
    _on_commit(lambda: _send(ids, {"type": "cohort.members", "user": user_id}))


def publish_access_revoked(*, cohort_id: int, user_id: int) -> None:
    """A facilitator was removed: their open sockets on this cohort close."""
    _on_commit(lambda: _send([cohort_id], {"type": "cohort.revoked", "user": user_id}))
