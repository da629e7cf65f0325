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

from literacy.security.sessions import is_current, tag

from .cohorts.access import can_facilitate
from .cohorts.events import (
    enrich_progress_many,
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
            task, self.task = self.task, None
            if self.figures_task is not None:
                self.figures_task.cancel()
            if self._relays.get(self.key) is self:
                del self._relays[self.key]
            try:
                await self.layer.group_discard(self.group, self.channel)
            except Exception:  # Redis lost: the group expires there on its own
                logger.warning("cohort subscription left behind", exc_info=True)
            # Last: the caller may be a socket leaving from inside this relay's own tasks
            # (a revocation it relayed), which this cancellation ends at its next await.
            task.cancel()

    async def _run(self) -> None:
        """Receive without pause into a queue; relay in batches. Building a progress event
        for the dashboard costs a database pass, so the events that arrive while one batch
        is built are built together next: a burst costs a few passes, not one per event.

        If receiving fails (Redis lost), the sockets are closed rather than left open
        and silent: each page reconnects to a fresh subscription, polling meanwhile."""
        queue: asyncio.Queue = asyncio.Queue()
        relaying = asyncio.ensure_future(self._relay(queue))
        try:
            while True:
                queue.put_nowait(await self.layer.receive(self.channel))
        except Exception:
            logger.warning("live dashboard stopped: channel layer unreachable",
                           exc_info=True)
            if self._relays.get(self.key) is self:
                del self._relays[self.key]
            for consumer in list(self.consumers):
                await consumer.close(code=1011)
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
        self.relay_ = self.user_group_ = self.watch = None
        if not await self._allowed():
            await self.close(code=4403)
            return
        self.checked_at = time.monotonic()
        await self.accept()
        relay = CohortRelay.for_cohort(self.channel_layer, self.cohort_id)
        try:
            # This socket's own channel hears "recheck" (the user's sessions changed).
            await self.channel_layer.group_add(user_group(self.user.pk), self.channel_name)
            self.user_group_ = user_group(self.user.pk)
            await relay.add(self)
        except Exception:  # Redis down: the page's polling fallback keeps the figures fresh
            logger.warning("live dashboard unavailable: channel layer unreachable",
                           exc_info=True)
            await self.close(code=1011)
            return
        self.relay_ = relay
        self.watch = asyncio.ensure_future(self._watch())
        await self.send_json({"type": "hello", "cohort": self.cohort_id})

    async def disconnect(self, code):
        if self.watch is not None and self.watch is not asyncio.current_task():
            self.watch.cancel()
        self.watch = None
        if self.relay_ is not None:
            relay, self.relay_ = self.relay_, None
            await relay.remove(self)
        if self.user_group_ is not None:
            group, self.user_group_ = self.user_group_, None
            try:
                await self.channel_layer.group_discard(group, self.channel_name)
            except Exception:  # the group expires in Redis on its own
                logger.warning("dashboard socket left its group behind", exc_info=True)

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


_FIGURES: dict[tuple, asyncio.Task] = {}


async def figures_of(cohort_id: int) -> dict | None:
    """The cohort's figures (a pass over every learner) in a thread of their own, built
    once for every socket of this process that waits for them, so the cells of the next
    events do not wait behind them."""
    key = (id(asyncio.get_running_loop()), cohort_id)
    task = _FIGURES.get(key)
    if task is None:
        task = _FIGURES[key] = asyncio.ensure_future(database_sync_to_async(
            refresh_figures, thread_sensitive=False)(cohort_id))
        task.add_done_callback(lambda _done: _FIGURES.pop(key, None))
    return await asyncio.shield(task)


class PlainCohortDashboardConsumer(AsyncJsonWebsocketConsumer):
    """/ws/cohorts/<id>/ on plain Channels groups: each socket is in its cohort's group."""

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
        await self.send_json({**{key: event.get(key) for key in
                                 ("type", "user", "kind", "page", "cells")},
                              "figures": figures})
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
        await self.send_json({"type": "cohort.figures", "figures": event["figures"]})

    async def cohort_members(self, event):
        forget_figures(self.cohort_id)
        if not await self._still_allowed():
            await self._leave()
            return
        await self.send_json({"type": "cohort.members"})

    async def cohort_revoked(self, event):
        if self.user is not None and event.get("user") == self.user.pk:
            await self._leave()
