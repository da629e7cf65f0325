"""Websockets of the courses app: the facilitator's live cohort dashboard.

Every dashboard socket of one cohort in one server process shares a single channel-layer
subscription (`CohortRelay`): an event crosses Redis once per process, then fans out in
memory to that process's sockets. With a group per socket, 300 open dashboards meant 300
Redis deliveries per event, which dominated the latency.
"""

import asyncio
import logging
import time

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from literacy.security.twofactor import session_is_verified

from .cohorts.access import can_facilitate
from .cohorts.events import (
    enrich_progress_many,
    forget_figures,
    fresh_figures,
    group_name,
    refresh_figures,
)

logger = logging.getLogger("basira.cohorts")

# How long a granted permission is trusted before it is checked again on the next event
# (the "revoked" event closes a removed facilitator's socket at once; this is the net).
RECHECK_SECONDS = 60


class CohortRelay:
    """One subscription to a cohort's group for all the sockets of this process."""

    _relays: dict[tuple, "CohortRelay"] = {}

    def __init__(self, layer, cohort_id: int):
        self.layer = layer
        self.cohort_id = cohort_id
        self.group = group_name(cohort_id)
        self.consumers: set = set()
        self.channel = None
        self.task = None
        self.figures_task = None
        self.lock = asyncio.Lock()

    @classmethod
    def for_cohort(cls, layer, cohort_id: int) -> "CohortRelay":
        # Keyed by event loop and layer too: tests run each in a fresh loop and layer.
        key = (id(asyncio.get_running_loop()), id(layer), cohort_id)
        relay = cls._relays.get(key)
        if relay is None:
            relay = cls._relays[key] = cls(layer, cohort_id)
            relay.key = key
        return relay

    async def add(self, consumer) -> None:
        """Relay to this socket; raises (and keeps nothing of it) when the subscription
        cannot be made (channel layer unreachable)."""
        async with self.lock:
            self.consumers.add(consumer)
            if self.task is not None:
                return
            try:
                self.channel = await self.layer.new_channel()
                await self.layer.group_add(self.group, self.channel)
            except Exception:
                self.consumers.discard(consumer)
                self.channel = None
                if not self.consumers:
                    self._relays.pop(self.key, None)
                raise
            self.task = asyncio.ensure_future(self._run())

    async def remove(self, consumer) -> None:
        async with self.lock:
            self.consumers.discard(consumer)
            if self.consumers or self.task is None:
                return
            self.task.cancel()
            self.task = None
            if self.figures_task is not None:
                self.figures_task.cancel()
            await self.layer.group_discard(self.group, self.channel)
            self._relays.pop(self.key, None)

    async def _run(self) -> None:
        """Receive without pause into a queue; relay in batches. Building a progress event
        for the dashboard costs a database pass, so the events that arrive while one batch
        is built are built together next: a burst costs a few passes, not one per event."""
        queue: asyncio.Queue = asyncio.Queue()
        relaying = asyncio.ensure_future(self._relay(queue))
        try:
            while True:
                queue.put_nowait(await self.layer.receive(self.channel))
        finally:
            relaying.cancel()

    async def _relay(self, queue: asyncio.Queue) -> None:
        while True:
            batch = [await queue.get()]
            while not queue.empty():
                batch.append(queue.get_nowait())
            stale = False
            for message in await self._enrich(batch):
                stale = stale or (message.get("type") == "cohort.progress"
                                  and message.get("figures") is None)
                await self._fan_out(message)
            if stale and (self.figures_task is None or self.figures_task.done()):
                self.figures_task = asyncio.ensure_future(self._send_figures())

    async def _fan_out(self, message: dict) -> None:
        for consumer in list(self.consumers):
            try:
                await consumer.relay(message)
            except Exception:  # one broken socket must not starve the others
                logger.warning("cohort event not relayed", exc_info=True)

    async def _send_figures(self) -> None:
        """The cohort's figures (a pass over every learner) in a thread of their own, so
        the next events' cells do not wait for them."""
        try:
            figures = await database_sync_to_async(refresh_figures, thread_sensitive=False)(
                self.cohort_id)
        except Exception:
            logger.warning("cohort figures not built", exc_info=True)
            return
        if figures is not None:
            await self._fan_out({"type": "cohort.figures", "figures": figures})

    async def _enrich(self, batch: list[dict]) -> list[dict]:
        """Progress events arrive with the learner's cells; this process adds the
        cohort's figures where they are fresh (else `_send_figures` follows them). An
        event without cells (from an older server) is built here, once per batch."""
        progress = []
        for message in batch:
            if message.get("type") == "cohort.members":
                forget_figures(self.cohort_id)
            if message.get("type") == "cohort.progress" and "cells" not in message:
                progress.append(message)
        built = {}
        if progress:
            try:
                enriched = await database_sync_to_async(enrich_progress_many)(
                    progress, figures=False)
                built = {id(raw): done for raw, done in zip(progress, enriched, strict=True)}
            except Exception:
                logger.warning("cohort events not built", exc_info=True)
                built = {id(raw): None for raw in progress}
        relayed = []
        for message in batch:
            message = built.get(id(message), message)
            if message is None:
                continue
            if message.get("type") == "cohort.progress" and message.get("figures") is None:
                message = {**message, "figures": fresh_figures(self.cohort_id)}
            relayed.append(message)
        return relayed


class CohortDashboardConsumer(AsyncJsonWebsocketConsumer):
    """/ws/cohorts/<id>/: progress events of one cohort, for its facilitators only."""

    async def connect(self):
        self.user = self.scope.get("user")
        self.cohort_id = int(self.scope["url_route"]["kwargs"]["cohort_id"])
        self.relay_ = None
        if not await self._allowed():
            await self.close(code=4403)
            return
        self.checked_at = time.monotonic()
        await self.accept()
        relay = CohortRelay.for_cohort(self.channel_layer, self.cohort_id)
        try:
            await relay.add(self)
        except Exception:  # Redis down: the page's polling fallback keeps the figures fresh
            logger.warning("live dashboard unavailable: channel layer unreachable",
                           exc_info=True)
            await self.close(code=1011)
            return
        self.relay_ = relay
        await self.send_json({"type": "hello", "cohort": self.cohort_id})

    async def disconnect(self, code):
        if self.relay_ is not None:
            relay, self.relay_ = self.relay_, None
            await relay.remove(self)

    async def receive_json(self, content, **kwargs):
        # The dashboard only listens; a ping keeps proxies from closing an idle socket.
        if isinstance(content, dict) and content.get("type") == "ping":
            await self.send_json({"type": "pong"})

    async def relay(self, message: dict) -> None:
        """A group message, handed over by the process's relay: one handler per type."""
        handler = {
            "cohort.progress": self.cohort_progress,
            "cohort.members": self.cohort_members,
            "cohort.figures": self.cohort_figures,
            "cohort.revoked": self.cohort_revoked,
        }.get(message.get("type"))
        if handler is not None and self.relay_ is not None:
            await handler(message)

    @database_sync_to_async
    def _check(self) -> bool:
        return can_facilitate(self.user, self.cohort_id)

    @database_sync_to_async
    def _verified(self) -> bool:
        return session_is_verified(self.scope.get("session"), self.user)

    async def _allowed(self) -> bool:
        if self.user is None or not self.user.is_authenticated:
            return False
        # The facilitator area needs a second factor; so does its live socket.
        return await self._verified() and await self._check()

    async def _still_allowed(self) -> bool:
        if time.monotonic() - self.checked_at < RECHECK_SECONDS:
            return True
        allowed = await self._check()
        self.checked_at = time.monotonic()
        return allowed

    async def _leave(self):
        await self.disconnect(4403)
        await self.close(code=4403)

    async def cohort_progress(self, event):
        if not await self._still_allowed():
            await self._leave()
            return
        await self.send_json({key: event[key] for key in
                              ("type", "user", "kind", "page", "cells", "figures")})

    async def cohort_figures(self, event):
        if not await self._still_allowed():
            await self._leave()
            return
        await self.send_json({"type": "cohort.figures", "figures": event["figures"]})

    async def cohort_members(self, event):
        if not await self._still_allowed():
            await self._leave()
            return
        await self.send_json({"type": "cohort.members"})

    async def cohort_revoked(self, event):
        if self.user is not None and event.get("user") == self.user.pk:
            await self._leave()
