"""Timestamps of each step of a live answer inside daphne (bench only).

``BENCH_LIVE_TRACE=<file>``: bench/asgi.py installs these wrappers in the socket server,
and each step of an answer is appended to the file as one JSON line (wall clock, so that
the bench's own send and receipt times line up with them):

    recv      the phone's frame reaches the consumer (event loop)
    thread    its batch starts in a pool thread (the wait before: the batch before it,
              queueing for a thread)
    limited   the rate limiter has counted it
    begin     the transaction's first statement is about to go (connection ready)
    committed the transaction has committed (the count query is next)
    counted   the count query is back
    back      the event loop has the outcome again (the hop back)
    flush     the presenter's batcher starts sending the message naming it
    sent      channels-redis's group_send has returned
    presenter the presenter's consumer has the message (before its frame goes out)

It changes no behaviour: each wrapper calls the product's own code.
"""

import json
import threading
import time

_FILE = None
_LOCK = threading.Lock()
_LOCAL = threading.local()


def _write(record: dict) -> None:
    line = json.dumps(record) + "\n"
    with _LOCK:
        _FILE.write(line)
        _FILE.flush()


def install(path: str) -> None:
    global _FILE
    _FILE = open(path, "a")  # noqa: SIM115 - open for the server's lifetime

    from django.db.backends.base.base import BaseDatabaseWrapper

    from quizzes.live import consumers, services
    from quizzes.live.models import LiveSession

    def mark(step: str, **extra) -> None:
        for key in getattr(_LOCAL, "keys", None) or []:
            _write({"k": key, "s": step, "t": time.time(), **extra})

    connect = BaseDatabaseWrapper.connect

    def traced_connect(self):
        start = time.time()
        connect(self)
        mark("connect", ms=(time.time() - start) * 1000)

    BaseDatabaseWrapper.connect = traced_connect

    receive_json = consumers.LiveConsumer.receive_json

    async def traced_receive_json(self, content, **kwargs):
        if isinstance(content, dict) and content.get("type") == "answer":
            _write({"k": [self.user.pk, content.get("question")], "s": "recv",
                    "t": time.time()})
        return await receive_json(self, content, **kwargs)

    consumers.LiveConsumer.receive_json = traced_receive_json

    store_batch = consumers._store_batch

    def traced_store_batch(session, answers):
        _LOCAL.keys = [[user.pk, question_id] for user, question_id, *_rest in answers]
        mark("thread", batch=len(answers))
        try:
            return store_batch(session, answers)
        finally:
            _LOCAL.keys = None

    consumers._store_batch = traced_store_batch

    submit_answers = services.submit_answers

    def traced_submit_answers(*, session, answers):
        keys, _LOCAL.keys = _LOCAL.keys, [[u.pk, q] for u, q, *_rest in answers]
        mark("limited")
        try:
            return submit_answers(session=session, answers=answers)
        finally:
            _LOCAL.keys = keys

    services.submit_answers = traced_submit_answers

    locked_state = services._locked_state

    def traced_locked_state(session_id):
        from django.db import connection

        connection.ensure_connection()
        mark("begin")
        return locked_state(session_id)

    services._locked_state = traced_locked_state

    answered_count = LiveSession.answered_count

    def traced_answered_count(self, question_id):
        mark("committed")
        result = answered_count(self, question_id)
        mark("counted")
        return result

    LiveSession.answered_count = traced_answered_count

    answer = consumers.LiveConsumer._answer

    async def traced_answer(self, content):
        submit = self._submit

        async def traced_submit(question_id, value):
            try:
                return await submit(question_id, value)
            finally:
                _write({"k": [self.user.pk, question_id], "s": "back", "t": time.time()})

        self._submit = traced_submit
        try:
            return await answer(self, content)
        finally:
            del self._submit

    consumers.LiveConsumer._answer = traced_answer

    flush = consumers.CountBatcher.flush

    async def traced_flush(self):
        layer = self.layer

        class Timed:  # the batcher's group sends, each timed for the learners it names
            async def group_send(self, group, message):
                keys = [[user_id, message["question"]] for user_id in message["users"]]
                for key in keys:
                    _write({"k": key, "s": "flush", "t": time.time()})
                await layer.group_send(group, message)
                for key in keys:
                    _write({"k": key, "s": "sent", "t": time.time()})

        self.layer = Timed()
        try:
            await flush(self)
        finally:
            self.layer = layer

    consumers.CountBatcher.flush = traced_flush

    live_count = consumers.LiveConsumer.live_count

    async def traced_live_count(self, event):
        if self.presenter:
            now = time.time()
            for user_id in event.get("users") or []:
                _write({"k": [user_id, event.get("question")], "s": "presenter", "t": now})
        return await live_count(self, event)

    consumers.LiveConsumer.live_count = traced_live_count

    from courses import consumers as dashboards

    progress = dashboards.CohortDashboardConsumer.cohort_progress

    async def traced_progress(self, event):
        _write({"k": [event.get("user"), event.get("page")], "s": "socket", "t": time.time()})
        return await progress(self, event)

    dashboards.CohortDashboardConsumer.cohort_progress = traced_progress


def install_writer(path: str) -> None:
    """In bench/progress_writer.py: when a cohort event is handed to the channel layer's
    thread, and when its group send has returned."""
    global _FILE
    _FILE = open(path, "a")  # noqa: SIM115 - open for the process's lifetime

    from literacy import channel_handoff

    group_send = channel_handoff.group_send

    def traced_group_send(group, message):
        _write({"k": [message.get("user"), message.get("page")], "s": "queued",
                "t": time.time()})
        return group_send(group, message)

    channel_handoff.group_send = traced_group_send
    send = channel_handoff._Sender._send

    async def traced_send(layer, group, message):
        _write({"k": [message.get("user"), message.get("page")], "s": "relayed",
                "t": time.time()})
        await send(layer, group, message)
        _write({"k": [message.get("user"), message.get("page")], "s": "sent",
                "t": time.time()})

    channel_handoff._Sender._send = staticmethod(traced_send)


def cohort_summary(path: str) -> None:
    """``python -m bench.live_trace FILE cohort``: a cohort event's commit, hand-off to
    the channel layer's thread, its send, and its first and last socket, p50 and p95."""
    from .measure import percentile

    events: dict[tuple, dict] = {}
    for name in (path, path + ".writer"):
        with open(name) as lines:
            for line in lines:
                record = json.loads(line)
                if record["s"] not in ("socket", "queued", "relayed", "sent", "committed"):
                    continue
                steps = events.setdefault(tuple(record["k"]), {})
                if record["s"] == "socket":
                    steps.setdefault("first", record["t"])
                    steps["last"] = record["t"]
                else:
                    steps.setdefault(record["s"], record["t"])
    order = ["committed", "queued", "relayed", "sent", "first", "last"]
    done = [s for s in events.values() if all(step in s for step in order)]
    print(f"{len(done)} events")
    for a, b in zip(order, order[1:], strict=False):
        spans = [(s[b] - s[a]) * 1000 for s in done]
        print(f"{a:>10} -> {b:<10} p50 {percentile(spans, 50):7.1f}"
              f"  p95 {percentile(spans, 95):7.1f}  max {max(spans):7.1f}")


STEPS = ["send", "recv", "thread", "limited", "begin", "committed", "counted", "back",
         "flush", "sent", "presenter", "receipt"]


def summary(path: str) -> None:
    """``python -m bench.live_trace FILE``: ms spent between each step and the next, p50
    and p95 over the answers, and the same for the answers of the slowest 5 %."""
    from .measure import percentile

    answers: dict[tuple, dict] = {}
    connects: list[float] = []
    for name in (path, path + ".bench"):
        with open(name) as lines:
            for line in lines:
                record = json.loads(line)
                steps = answers.setdefault(tuple(record["k"]), {})
                if record["s"] == "connect":
                    connects.append(record["ms"])
                else:
                    steps.setdefault(record["s"], record["t"])  # a second tap: the first
    done = [s for s in answers.values() if "send" in s and "receipt" in s]
    total = sorted(done, key=lambda s: s["receipt"] - s["send"])
    slow = total[int(len(total) * 0.95):]
    print(f"{len(done)} answers; connections opened on their path: {len(connects)}"
          f" ({sum(connects):.0f} ms)")
    for label, group in (("all", done), ("slowest 5 %", slow)):
        print(f"-- {label} ({len(group)})")
        for a, b in zip(STEPS, STEPS[1:], strict=False):
            spans = [(s[b] - s[a]) * 1000 for s in group if a in s and b in s]
            if spans:
                print(f"{a:>10} -> {b:<10} p50 {percentile(spans, 50):7.1f}"
                      f"  p95 {percentile(spans, 95):7.1f}  mean {sum(spans) / len(spans):7.1f}")
        spans = [(s["receipt"] - s["send"]) * 1000 for s in group]
        print(f"{'total':>24} p50 {percentile(spans, 50):7.1f}  p95 {percentile(spans, 95):7.1f}")


if __name__ == "__main__":
    import sys

    (cohort_summary if sys.argv[2:] == ["cohort"] else summary)(sys.argv[1])
