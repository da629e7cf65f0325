"""Live events for the facilitators' dashboards, published after commit.

An event is sent to the channel-layer group of every cohort the learner belongs to, only
once the transaction that recorded the progress has committed (a rolled-back completion
never shows up live). A failing channel layer is logged and never fails the learner's
request. Messages carry ids and numbers, never names.
"""

import logging
import time

from django.db import connection, transaction

from literacy import channel_handoff

from ..models.cohorts import Cohort
from . import dashboard
from .access import cohort_ids_of_learner

logger = logging.getLogger("basira.cohorts")


def group_name(cohort_id: int) -> str:
    return f"cohort.{cohort_id}"


def _send(cohort_ids, message: dict) -> None:
    try:  # handed off: a slow channel layer never holds the learner's request
        for cohort_id in cohort_ids:
            channel_handoff.group_send(group_name(cohort_id), message)
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

    After commit, the learner's request builds their own row of cells (a few queries over
    their rows only, whatever the cohort's size) and sends it: the facilitator sees the
    cell without waiting for another database pass. The cohort's summary figures, which
    cost a pass over every learner, are computed by the server holding the facilitators'
    sockets (see `fresh_figures` and courses.consumers), never while the learner waits."""
    def send():
        for cohort_id in cohort_ids_of_learner(user_id):
            event = {"type": "cohort.progress", "cohort": cohort_id, "user": user_id,
                     "kind": kind, "page": page_id}
            built = enrich_progress_many([event], figures=False)[0]
            if built is not None:
                _send([cohort_id], {**built, "figures": None})

    _on_commit(send)


# Summary figures are recomputed at most this often per cohort and server process: a
# burst of submissions in a 2,000-learner cohort costs one pass, not one per submission.
FIGURES_SECONDS = 2.0
_figures: dict[int, tuple[float, dict]] = {}


def enrich_progress_many(events: list[dict], *, now: float | None = None,
                         figures: bool = True) -> list:
    """The dashboard's view of progress events of one cohort: each learner's cells and
    the cohort's figures (at most FIGURES_SECONDS old); None for an event whose cohort is
    gone. Runs where the facilitators' sockets are, once per batch and process (not once
    per socket): a burst of events costs one pass over the learners it names.

    ``figures=False`` leaves stale figures out (None) rather than recompute them: the
    relay sends the cells at once and the figures when they are ready."""
    cohort = Cohort.objects.filter(pk=events[0]["cohort"]).first()
    if cohort is None:
        return [None] * len(events)
    board = dashboard.build(cohort, user_ids={event["user"] for event in events})
    cells = {row.user_id: [cell.as_dict() for cell in row.cells] for row in board.rows}
    current = cohort_figures(cohort, now=now) if figures else fresh_figures(cohort.pk, now=now)
    return [{**event, "cells": cells.get(event["user"], []), "figures": current}
            for event in events]


def fresh_figures(cohort_id: int, *, now: float | None = None) -> dict | None:
    now = time.monotonic() if now is None else now
    cached = _figures.get(cohort_id)
    return cached[1] if cached is not None and now - cached[0] < FIGURES_SECONDS else None


def cohort_figures(cohort, *, now: float | None = None) -> dict:
    """The cohort's summary figures for live events, recomputed when stale."""
    now = time.monotonic() if now is None else now
    current = fresh_figures(cohort.pk, now=now)
    if current is None:
        current = dashboard.figures_for_json(dashboard.live_figures(cohort))
        _figures[cohort.pk] = (now, current)
    return current


def refresh_figures(cohort_id: int) -> dict | None:
    """Runs in a worker thread of its own (see courses.consumers), which closes its
    database connection when done rather than keep one open per idle thread."""
    try:
        cohort = Cohort.objects.filter(pk=cohort_id).first()
        return None if cohort is None else cohort_figures(cohort)
    finally:
        connection.close()


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


def user_group(user_id: int) -> str:
    """Every dashboard socket of one user (whatever the cohort)."""
    return f"cohort.user.{user_id}"


def publish_sessions_changed(*, user_id: int, ended: str | None) -> None:
    """Some of the user's sessions may have ended (literacy's ``sessions_changed``, sent
    after commit): their dashboard sockets check their own session now."""
    try:
        channel_handoff.group_send(user_group(user_id), {"type": "cohort.recheck",
                                                         "ended": ended})
    except Exception:  # a logout must never fail because of the dashboard
        logger.warning("cohort event not delivered", exc_info=True)
