"""/ws/live/<code>/ (a learner's phone) and /ws/live/<code>/present/ (the projector).

The socket is a door onto ``services``: answers and commands go through the same verbs as
the JSON endpoints, and every screen is rebuilt from the database when a "state" event
says the session changed. Learners cannot send commands; a presenter needs a session
that passed two-factor authentication, as in the rest of the facilitator area.

Being allowed is not settled when the socket opens: a presenter's right to run the
session is asked again before each command and each screen it is sent, and every socket
closes when the session it opened with ends (a "recheck" event on the user's group, and
a periodic check as the net under it).
"""

import asyncio
import json
import logging
import time
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.utils import translation

from literacy.security.rate_limits import RateLimit, of_user, refusal_message
from literacy.security.sessions import is_current, tag
from literacy.socket_dispatch import NoSweepDispatch

from . import audience, events, services, state
from .models import LiveSession

logger = logging.getLogger("basira.live")
_SNAPSHOTS: dict[int, LiveSession] = {}
# The periodic check of each socket's session (and a presenter's rights): the net under
# the "recheck" events, for a session that ends unannounced (expired, deleted).
RECHECK_SECONDS = 30
ANSWER_LIMIT = RateLimit("live_answer")
# Close codes: the session ended (sign in again), the right to run the session was lost.
SIGNED_OUT, REFUSED = 4401, 4403


def snapshot(session_id: int, version: int) -> LiveSession | None:
    """The session at ``version`` or later, fetched once per version in this process
    (200 phones on one event cost one query, not 200)."""
    cached = _SNAPSHOTS.get(session_id)
    if cached is not None and cached.version >= version:
        return cached
    fresh = LiveSession.objects.select_related("quiz").filter(pk=session_id).first()
    if fresh is not None:
        if len(_SNAPSHOTS) > 256:
            _SNAPSHOTS.clear()
        _SNAPSHOTS[session_id] = fresh
    return fresh


class CountBatcher:
    """The presenter's count updates of one session from this process, sent together.

    A room answers in a burst: one channel-layer message per answer queued faster than
    a busy presenter socket drained them (and a Redis channel holds only so many). So at
    most one message is in flight at a time: an answer with none in flight leaves at
    once, and those that come while one is being sent leave together, in one message
    naming every learner, as soon as it has gone. The batches grow with the load (the
    slower the channel layer, the more each message names), and no answer waits for a
    timer: a fixed 30 ms window before each message was 16 ms of an answer's median time
    to the projector (bench live_200, bench/README.md). Counted by
    tests/quizzes/test_live_answer_cost.py.
    """

    _batchers: dict[tuple, "CountBatcher"] = {}

    def __init__(self, layer, group):
        self.layer, self.group = layer, group
        self.pending: dict[str, dict] = {}
        self.sending = False

    @classmethod
    def for_session(cls, layer, session) -> "CountBatcher":
        key = (id(asyncio.get_running_loop()), id(layer), session.pk)
        batcher = cls._batchers.get(key)
        if batcher is None:
            if len(cls._batchers) > 256:
                cls._batchers.clear()
            batcher = cls._batchers[key] = cls(layer, session.presenter_group)
        return batcher

    def add(self, *, question_id: str, answered: int, user_id: int) -> None:
        entry = self.pending.setdefault(question_id, {"answered": 0, "users": []})
        entry["answered"] = max(entry["answered"], answered)
        entry["users"].append(user_id)
        if not self.sending:
            self.sending = True
            asyncio.ensure_future(self.flush())

    async def flush(self) -> None:
        """Send what is pending, then what came meanwhile, until nothing is left."""
        try:
            while self.pending:
                pending, self.pending = self.pending, {}
                for question_id, entry in pending.items():
                    try:
                        await self.layer.group_send(self.group, {
                            "type": "live.count", "question": question_id,
                            "answered": entry["answered"], "joined": None,
                            "users": entry["users"]})
                    except Exception:  # a lost count is corrected by the next state push
                        logger.warning("live count not delivered", exc_info=True)
        finally:
            self.sending = False


class AnswerBatcher:
    """The answers of one session reaching this process together, stored together.

    A room answers in a burst (200 phones in two seconds). Each answer on its own was a
    thread hop out and back, a rate-limit count, a transaction (lock, insert, commit)
    and a count query; under a burst they queued for the database threads and for the
    event loop. Here an answer with no batch in flight goes at once; those that come
    while one is being stored go together in the next (``services.submit_answers``: one
    transaction, one hop), so the batches grow with the load and no answer waits for a
    timer. Every learner still gets their own outcome or refusal, and only once their
    answer is committed. ``PARALLEL`` batches may be in flight at once on PostgreSQL (an
    answer only share-locks the session row); SQLite has one writer.
    Counted by tests/quizzes/test_live_answer_cost.py.
    """

    PARALLEL = 2
    _batchers: dict[tuple, "AnswerBatcher"] = {}

    def __init__(self, session, parallel: int):
        self.session, self.parallel = session, parallel
        self.pending: list[tuple] = []
        self.running = 0

    @classmethod
    def for_session(cls, session) -> "AnswerBatcher":
        key = (id(asyncio.get_running_loop()), session.pk)
        batcher = cls._batchers.get(key)
        if batcher is None:
            if len(cls._batchers) > 256:
                cls._batchers.clear()
            parallel = cls.PARALLEL if connection.vendor == "postgresql" else 1
            batcher = cls._batchers[key] = cls(session, parallel)
        return batcher

    async def submit(self, user, question_id, value, language):
        """The answer's ``AnswerOutcome`` once committed; raises its ``LiveError``."""
        done = asyncio.get_running_loop().create_future()
        self.pending.append(((user, question_id, value, language), done))
        if self.running < self.parallel:
            self.running += 1
            asyncio.ensure_future(self._run())
        outcome = await done
        if isinstance(outcome, services.LiveError):
            raise outcome
        return outcome

    async def _run(self) -> None:
        try:
            while self.pending:
                batch, self.pending = self.pending, []
                try:
                    results = await database_sync_to_async(
                        _store_batch, thread_sensitive=self.parallel == 1)(
                        self.session, [answer for answer, _done in batch])
                    if len(results) != len(batch):
                        raise RuntimeError("one result per answer")
                except Exception as error:  # the database is gone: every one is told
                    results = [error] * len(batch)
                for (_answer, done), result in zip(batch, results, strict=True):
                    if done.done():  # the socket closed meanwhile: stored all the same
                        continue
                    if isinstance(result, Exception) and \
                            not isinstance(result, services.LiveError):
                        done.set_exception(result)
                    else:
                        done.set_result(result)
        finally:
            self.running -= 1


def _store_batch(session, answers: list[tuple]) -> list:
    """In a database thread: each answer counted against its learner's limit (the
    socket shares the answer view's limit and counter; guarded by
    tests/quizzes/test_rate_limits.py::test_live_answers_by_socket_share_the_limit),
    then those within it stored together."""
    results: list = [None] * len(answers)
    allowed = []
    for n, (user, _question_id, _value, language) in enumerate(answers):
        retry_after = ANSWER_LIMIT.count(of_user(user))
        if retry_after is None:
            allowed.append(n)
        else:
            with translation.override(language):
                results[n] = services.LiveError(refusal_message(retry_after), status=429)
    if allowed:
        stored = services.submit_answers(session=session,
                                         answers=[answers[n] for n in allowed])
        for n, result in zip(allowed, stored, strict=True):
            results[n] = result
    return results


class LiveConsumer(NoSweepDispatch, AsyncJsonWebsocketConsumer):
    """Every query is made through ``database_sync_to_async``: a phone's answer and a
    group message cost no thread hop before their own work (``NoSweepDispatch``)."""

    presenter = False

    @classmethod
    async def encode_json(cls, content):
        return json.dumps(content, cls=DjangoJSONEncoder)

    async def connect(self):
        self.user = self.scope.get("user")
        self.session = self.watch = None
        self.version = -1
        self.language = self._language()
        code = self.scope["url_route"]["kwargs"]["code"]
        refusal = await self._open(code)
        if refusal:
            await self.close(code=refusal)
            return
        self.checked_at = time.monotonic()
        await self.accept()
        for group in self._groups():
            await self.channel_layer.group_add(group, self.channel_name)
        self.watch = asyncio.ensure_future(self._watch())
        await self._push_state(self.session.version)

    def _groups(self) -> list[str]:
        groups = [self.session.group, events.user_group(self.user.pk)]
        return [*groups, self.session.presenter_group] if self.presenter else groups

    async def disconnect(self, code):
        if self.watch is not None and self.watch is not asyncio.current_task():
            self.watch.cancel()
        self.watch = None
        if self.session is not None:
            groups, self.session = self._groups(), None
            for group in groups:
                await self.channel_layer.group_discard(group, self.channel_name)

    async def _leave(self, code: int) -> None:
        # Close first: the person is out even if leaving the groups fails (Redis lost).
        await self.close(code=code)
        await self.disconnect(code)

    def _language(self) -> str:
        """The page's language, sent as ?lang= (socket paths carry no language prefix)."""
        query = parse_qs(self.scope.get("query_string", b"").decode())
        wanted = (query.get("lang") or [""])[0]
        return wanted if wanted in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE

    @database_sync_to_async
    def _open(self, code) -> int | None:
        """None when the socket may open; else the close code."""
        user = self.user
        if user is None or not user.is_authenticated:
            return 4401
        session = services.session_by_code(code)
        if session is None:
            return 4404
        if self.presenter:
            if not is_current(self.scope.get("session"), user, second_factor=True) or \
                    not audience.may_host(user, session):
                return REFUSED
        elif session.state == LiveSession.State.ENDED:
            if not session.participants.filter(user=user).exists():
                return 4410
        else:
            try:
                with translation.override(self.language):
                    services.join(session=session, user=user)
            except services.LiveError:
                return 4403
        self.session = session
        # The learner's own answers, kept here from now on: a new question costs this
        # socket no query (the shared session snapshot is fetched once per version).
        self.mine = {} if self.presenter else services.my_answers(session, user)
        return None

    def _allowed(self) -> int | None:
        """None while this socket may stay open; else its close code.

        The session it opened with still signs the user in (for a presenter, with the
        second factor), and a presenter may still run the live session: having started
        it is not enough. Guard tested by test_a_removed_host_loses_the_presenter_socket
        and test_the_end_of_the_session_closes_the_learner_socket
        (tests/quizzes/test_live_rights.py)."""
        if self.session is None:  # already left
            return None
        if not is_current(self.scope.get("session"), self.user,
                          second_factor=self.presenter):
            return SIGNED_OUT
        if self.presenter and not audience.may_host(self.user, self.session):
            return REFUSED
        return None

    async def _still_allowed(self, *, now: bool = False) -> int | None:
        if not now and time.monotonic() - self.checked_at < RECHECK_SECONDS:
            return None
        refusal = await database_sync_to_async(self._allowed)()
        self.checked_at = time.monotonic()
        return refusal

    async def _watch(self):
        """Guard tested by test_an_expired_session_closes_the_idle_learner_socket."""
        while True:
            await asyncio.sleep(RECHECK_SECONDS)
            try:
                refusal = await self._still_allowed(now=True)
            except Exception:  # cannot tell: close; the page reconnects or polls
                logger.warning("live socket not rechecked", exc_info=True)
                refusal = SIGNED_OUT
            if refusal:
                await self._leave(refusal)
                return

    @database_sync_to_async
    def _state(self, version: int) -> dict | None:
        if self.session is None:
            return None
        if self.presenter:
            # The projector shows counts and pseudonyms: checked before every screen.
            refusal = self._allowed()
            self.checked_at = time.monotonic()
            if refusal:
                return {"refusal": refusal}
        session = snapshot(self.session.pk, version)
        if session is None:
            return None
        with translation.override(self.language):
            if self.presenter:
                return state.presenter_state(session)
            if session.state == LiveSession.State.ENDED:
                self.mine = services.my_answers(session, self.user)
            return state.learner_state(session, user=self.user, mine=self.mine)

    async def _push_state(self, version: int) -> None:
        payload = await self._state(version)
        if payload is not None and "refusal" in payload:
            await self._leave(payload["refusal"])
            return
        if payload is None or payload["version"] < self.version:
            return
        self.version = payload["version"]
        await self.send_json({"type": "state", **payload})

    async def receive_json(self, content, **kwargs):
        if not isinstance(content, dict):
            return
        kind = content.get("type")
        if kind == "ping":
            await self.send_json({"type": "pong"})
        elif kind == "answer" and not self.presenter:
            await self._answer(content)
        elif kind == "command":
            await self._command(content)
        else:
            await self._error(services.LiveError(translation.gettext("Unknown command.")))

    async def _error(self, error) -> None:
        await self.send_json({"type": "error", "message": error.message,
                              "status": error.status})

    async def _submit(self, question_id, value):
        # Answers arrive in bursts (a room answering at once): stored in batches.
        return await AnswerBatcher.for_session(self.session).submit(
            self.user, question_id, value, self.language)

    async def _answer(self, content) -> None:
        try:
            outcome = await self._submit(content.get("question"), content.get("value"))
        except services.LiveError as error:
            await self._error(error)
            return
        self.mine[outcome.answer.question_id] = outcome.answer.response
        # Committed: the presenter's count leaves from here, no thread hop.
        CountBatcher.for_session(self.channel_layer, self.session).add(
            question_id=outcome.answer.question_id, answered=outcome.answered,
            user_id=self.user.pk)
        await self.send_json({"type": "answered", "question": outcome.answer.question_id,
                              "value": outcome.value})

    @database_sync_to_async
    def _run(self, action):
        with translation.override(self.language):
            if not self.presenter:
                raise services.LiveError(
                    translation.gettext("Only the facilitator can run the quiz."), status=403)
            # The command checks the right to run the session itself (under its lock);
            # the session this socket opened with is checked here.
            if not is_current(self.scope.get("session"), self.user, second_factor=True):
                raise services.LiveError(
                    translation.gettext("Your session has ended. Sign in again."),
                    status=401)
            return services.command(session_id=self.session.pk, user=self.user,
                                    action=action)

    async def _command(self, content) -> None:
        try:
            await self._run(content.get("action"))
        except services.LiveError as error:
            await self._error(error)
            # A presenter refused a command has lost the session: the socket goes too.
            if self.presenter and error.status in (401, 403):
                await self._leave(SIGNED_OUT if error.status == 401 else REFUSED)

    # --- group events: one handler per type ---------------------------------------------

    async def live_state(self, event):
        if event.get("version", 0) > self.version:
            await self._push_state(event["version"])

    async def live_count(self, event):
        if self.presenter:
            refusal = await self._still_allowed()
            if refusal:
                await self._leave(refusal)
                return
            users = event.get("users") or ([event["user"]] if event.get("user") else [])
            await self.send_json({"type": "count", "question": event.get("question"),
                                  "answered": event.get("answered"),
                                  "joined": event.get("joined"), "users": users})



    async def live_recheck(self, event):
        """The user's sessions or rights changed: the session a logout ended closes at
        once, any other socket checks itself now. Guard tested by
        test_a_logout_closes_its_live_socket_before_the_session_is_flushed."""
        session = self.scope.get("session")
        ended = event.get("ended")
        if ended and ended == tag(getattr(session, "session_key", None)):
            await self._leave(SIGNED_OUT)
            return
        refusal = await self._still_allowed(now=True)
        if refusal:
            await self._leave(refusal)


class LivePresenterConsumer(LiveConsumer):
    """The projector's socket: counts, the distribution, and the commands."""

    presenter = True
