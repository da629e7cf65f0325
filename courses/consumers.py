"""Websockets of the courses app: the facilitator's live cohort dashboard."""

import time

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from literacy.security.twofactor import session_is_verified

from .cohorts.access import can_facilitate
from .cohorts.events import group_name

# How long a granted permission is trusted before it is checked again on the next event
# (the "revoked" event closes a removed facilitator's socket at once; this is the net).
RECHECK_SECONDS = 60


class CohortDashboardConsumer(AsyncJsonWebsocketConsumer):
    """/ws/cohorts/<id>/: progress events of one cohort, for its facilitators only."""

    async def connect(self):
        self.user = self.scope.get("user")
        self.cohort_id = int(self.scope["url_route"]["kwargs"]["cohort_id"])
        self.group = None
        if not await self._allowed():
            await self.close(code=4403)
            return
        self.group = group_name(self.cohort_id)
        self.checked_at = time.monotonic()
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()
        await self.send_json({"type": "hello", "cohort": self.cohort_id})

    async def disconnect(self, code):
        if self.group:
            await self.channel_layer.group_discard(self.group, self.channel_name)
            self.group = None

    async def receive_json(self, content, **kwargs):
        # The dashboard only listens; a ping keeps proxies from closing an idle socket.
        if isinstance(content, dict) and content.get("type") == "ping":
            await self.send_json({"type": "pong"})

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

    async def cohort_members(self, event):
        if not await self._still_allowed():
            await self._leave()
            return
        await self.send_json({"type": "cohort.members"})

    async def cohort_revoked(self, event):
        if self.user is not None and event.get("user") == self.user.pk:
            await self._leave()
