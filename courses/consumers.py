"""Websockets of the courses app: the facilitator's live cohort dashboard.

Each dashboard socket is in its cohort's Channels group. A relay that shared one
subscription per cohort and process (`CohortRelay`) was measured against plain groups and
removed: a cohort has a few facilitators' tabs, not hundreds (docs/design.md, "Realtime").
"""

import asyncio
import json
import logging
import time

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from literacy.security.sessions import is_current, tag
from literacy.socket_dispatch import NoSweepDispatch

from .cohorts.access import can_facilitate
from .cohorts.events import (
    forget_figures,
    fresh_figures,
    group_name,
    refresh_figures,
    user_group,
)

logger = logging.getLogger("basira.cohorts")

# How long a granted permission (membership, and a session still signed in with its
# second factor) is trusted before it is checked again: on the next event, and by each
# socket's watch when no event comes. The "revoked" and "recheck" events close a removed
# facilitator's or a signed-out session's socket at once; this is the net under them.
RECHECK_SECONDS = 30


_FIGURES: dict[tuple, asyncio.Future] = {}


async def _shared(running: dict, key, make):
    """``make()``'s result, awaited once for every caller of this process that asks for
    ``key`` while it is under way (keys carry the event loop: tests run each in its own)."""
    task = running.get(key)
    if task is None:
        task = running[key] = asyncio.ensure_future(make())
        task.add_done_callback(lambda _done: running.pop(key, None))
    return await asyncio.shield(task)


async def figures_of(cohort_id: int) -> dict | None:
    """The cohort's figures (a pass over every learner) in a thread of their own, built
    once for every socket of this process that waits for them, so the cells of the next
    events do not wait behind them."""
    build = database_sync_to_async(refresh_figures, thread_sensitive=False)
    return await _shared(_FIGURES, (id(asyncio.get_running_loop()), cohort_id),
                         lambda: build(cohort_id))


# Counted by tests/courses/test_cohort_fanout.py.
ENCODED = {"frames": 0}
_FIGURES_FRAMES: dict[int, tuple[dict, str]] = {}


def _encode(content: dict) -> str:
    ENCODED["frames"] += 1
    return json.dumps(content)


def progress_frame(event: dict, figures: dict | None) -> str:
    """The text of an event's frame, encoded once for every socket of this process:
    the Redis layer hands one message object to all the local sockets of the group, so
    the first socket keeps its text on it for the others (the in-memory layer copies the
    message per socket: each encodes its own). Kept with the figures it was made with."""
    made = event.get("_frame")
    if made is not None and made[0] is figures:
        return made[1]
    text = _encode({**{key: event.get(key) for key in ("type", "user", "kind", "page",
                                                       "cells")}, "figures": figures})
    event["_frame"] = (figures, text)
    return text


def figures_frame(cohort_id: int, figures: dict) -> str:
    """The figures' frame, encoded once per build (``figures_of`` hands every socket of
    the process the same object)."""
    made = _FIGURES_FRAMES.get(cohort_id)
    if made is None or made[0] is not figures:
        if len(_FIGURES_FRAMES) > 256:
            _FIGURES_FRAMES.clear()
        made = _FIGURES_FRAMES[cohort_id] = (figures, _encode(
            {"type": "cohort.figures", "figures": figures}))
    return made[1]


class CohortDashboardConsumer(NoSweepDispatch, AsyncJsonWebsocketConsumer):
    """/ws/cohorts/<id>/: progress events of one cohort, for its facilitators only.

    Every query is made through ``database_sync_to_async``, so a group message costs no
    thread hop (``NoSweepDispatch``)."""

    async def connect(self):
        self.user = self.scope.get("user")
        self.cohort_id = int(self.scope["url_route"]["kwargs"]["cohort_id"])
        self.joined, self.watch, self.figures_task = [], None, None
        if not await self._allowed():
            await self.close(code=4403)
            return
        self.checked_at = time.monotonic()
        await self.accept()
        try:
            # The cohort's events, and "recheck" when the user's sessions change.
            for group in (group_name(self.cohort_id), user_group(self.user.pk)):
                await self.channel_layer.group_add(group, self.channel_name)
                self.joined.append(group)
        except Exception:  # Redis down: the page's polling fallback keeps the figures fresh
            logger.warning("live dashboard unavailable: channel layer unreachable",
                           exc_info=True)
            await self.close(code=1011)
            return
        self.watch = asyncio.ensure_future(self._watch())
        await self.send_json({"type": "hello", "cohort": self.cohort_id})

    async def disconnect(self, code):
        for task in (self.watch, self.figures_task):
            if task is not None and task is not asyncio.current_task():
                task.cancel()
        self.watch = self.figures_task = None
        joined, self.joined = self.joined, []
        for group in joined:
            try:
                await self.channel_layer.group_discard(group, self.channel_name)
            except Exception:  # the group expires in Redis on its own
                logger.warning("dashboard socket left its group behind", exc_info=True)

    async def receive_json(self, content, **kwargs):
        # The dashboard only listens; a ping keeps proxies from closing an idle socket.
        if isinstance(content, dict) and content.get("type") == "ping":
            await self.send_json({"type": "pong"})

    @database_sync_to_async
    def _check(self) -> bool:
        """Still signed in with this session, second factor included (the facilitator
        area needs one; so does its live socket), and still a facilitator of the cohort.
        Guard tested by test_the_end_of_the_session_closes_the_dashboard_socket
        (session) and test_removed_facilitator_stops_receiving (membership)."""
        return is_current(self.scope.get("session"), self.user, second_factor=True) \
            and can_facilitate(self.user, self.cohort_id)

    async def _allowed(self) -> bool:
        if self.user is None or not self.user.is_authenticated:
            return False
        return await self._check()

    async def _still_allowed(self, *, now: bool = False) -> bool:
        """Checked again at most every RECHECK_SECONDS on events, and now when asked.
        Each socket reads for itself: a check shared between sockets could hand one a
        reading taken before the change that asked for it."""
        if not now and time.monotonic() - self.checked_at < RECHECK_SECONDS:
            return True
        allowed = await self._check()
        self.checked_at = time.monotonic()
        return allowed

    async def _watch(self):
        """The net under the events: a session that ends unannounced (expired, deleted
        from the store) or a membership lost closes the socket within RECHECK_SECONDS,
        even when the cohort is quiet. Guard tested by
        test_an_expired_session_closes_the_idle_dashboard_socket."""
        while True:
            await asyncio.sleep(RECHECK_SECONDS)
            try:
                allowed = await self._still_allowed(now=True)
            except Exception:  # cannot tell: close; the page reconnects or polls
                logger.warning("dashboard socket not rechecked", exc_info=True)
                allowed = False
            if not allowed:
                await self._leave()
                return

    async def _leave(self, code=4403):
        # Close first: leaving may run inside the relay's task (a relayed revocation),
        # which the clean-up cancels once this socket was the relay's last. Guard tested
        # by test_removed_facilitator_stops_receiving.
        await self.close(code=code)
        await self.disconnect(code)

    async def cohort_recheck(self, event):
        """The user's sessions changed (logout, password, second factor, account): the
        session a logout ended closes at once (Django announces it before flushing it),
        any other checks itself now. Guard tested by
        test_a_logout_closes_its_socket_before_the_session_is_flushed."""
        session = self.scope.get("session")
        ended = event.get("ended")
        if ended and ended == tag(getattr(session, "session_key", None)):
            await self._leave(4401)
        elif not await self._still_allowed(now=True):
            await self._leave(4401)

    async def cohort_progress(self, event):
        if not await self._still_allowed():
            await self._leave()
            return
        figures = event.get("figures") or fresh_figures(self.cohort_id)
        await self.send(text_data=progress_frame(event, figures))
        if figures is None and (self.figures_task is None or self.figures_task.done()):
            self.figures_task = asyncio.ensure_future(self._send_figures())

    async def _send_figures(self):
        try:
            figures = await figures_of(self.cohort_id)
        except Exception:
            logger.warning("cohort figures not built", exc_info=True)
            return
        if figures is not None:
            await self.cohort_figures({"figures": figures})

    async def cohort_figures(self, event):
        if not await self._still_allowed():
            await self._leave()
            return
        await self.send(text_data=figures_frame(self.cohort_id, event["figures"]))

    async def cohort_members(self, event):
        forget_figures(self.cohort_id)
        if not await self._still_allowed():
            await self._leave()
            return
        await self.send_json({"type": "cohort.members"})

    async def cohort_revoked(self, event):
        if self.user is not None and event.get("user") == self.user.pk:
            await self._leave()
