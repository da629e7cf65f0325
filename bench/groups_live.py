"""Live workshop quiz: 200 learners on websockets answer on a real daphne with Redis.

Each learner's socket receives the question, waits a random time under 2 s and answers
(one in ten taps twice: the second must be refused). The presenter's socket receives a
count event per answer; latency = receipt of the presenter's update − the learner's
send. Counted = answers stored for the question; duplicated = answers stored or counted
twice for one learner. Twelve rounds (questions) give more samples.

The floor (`live_200.p95_vs_echo`): after each question, 200 more sockets on the bench's
echo on the same daphne (bench/asgi.py) each send one frame at a random time in the same
2 s window; the echo acknowledges it to its sender and forwards it to one collector
socket, as an answer is acknowledged to its phone and counted to the presenter. Each
echo round starts once every phone has the reveal, so that it meets no backlog of the
product's. The ratio is the median over the rounds of (the round's answers' p95 ÷ the
p95 of the echo round beside it): a round that meets a busy machine moves one ratio of
twelve. The product's answer path (socket, database, channel layer, presenter's socket)
should cost at most three echoes' worth. ``BENCH_LIVE_TRACE=<file>`` times each step of
every answer inside the server (bench/live_trace.py).
"""

import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import time

from django.db import connection
from django.test import Client

from literacy.security.testing import login_verified

from .measure import (
    ROOT,
    asgi_server,
    bench_database_url,
    metric,
    open_echo_sockets,
    percentile,
    redis_channel_layer,
)

LEARNERS = 200
ROUNDS = int(os.environ.get("BENCH_LIVE_ROUNDS", 12))  # the bench quiz has 12 playable
WINDOW_S = 1.8  # every answer goes out within 2 s of the question reaching the phone


def _cookies(users) -> list[str]:
    cookies = []
    for user in users:
        client = Client()
        client.force_login(user)
        cookies.append(f"sessionid={client.cookies['sessionid'].value}")
    return cookies


def _setup():
    from courses.management.commands.generate_cohort_data import generate
    from quizzes.live import services

    cohort = generate(learners=LEARNERS, seed=5, name="Bench live quiz", modules=1, lessons=3)
    facilitator = cohort.memberships.filter(role="facilitator").first().user
    learners = [m.user for m in cohort.memberships.filter(role="learner")
                .select_related("user").order_by("user_id")][:LEARNERS]
    presenter = Client()
    login_verified(presenter, facilitator)
    session = services.start_session(quiz=_bench_quiz(), host=facilitator,
                                     audience_key=f"cohort:{cohort.pk}")
    return session, f"sessionid={presenter.cookies['sessionid'].value}", learners, \
        _cookies(learners)


def _bench_quiz():
    """The tests' live quiz with its questions three times: twelve playable questions,
    so twelve rounds of answers, each beside an echo round."""
    import copy

    from quizzes.demo import create_quiz
    from tests.quizzes.data import quiz_data
    from tests.quizzes.live_helpers import live_questions

    questions = [question for _copy in range(3) for question in copy.deepcopy(live_questions())]
    return create_quiz("bench-live", quiz_data(key="bench-live", questions=questions,
                                               shuffle_options=False, kind="practice"))


def run_live(ctx):
    """On PostgreSQL, as a live site runs (200 phones writing at once); from a SQLite
    bench run, the group re-runs itself on a throwaway PostgreSQL database if one can be
    made, and measures SQLite (one writer at a time) only where it cannot."""
    if connection.vendor == "sqlite" and not os.environ.get("BENCH_LIVE_ON_SQLITE"):
        try:
            yield from _run_on_postgres()
            return
        except OSError as error:  # no PostgreSQL here: measure what there is
            print(f"live: PostgreSQL unavailable ({error}); measuring SQLite", file=sys.stderr)
    yield from _run_live(ctx)


def _run_on_postgres():
    import json

    import psycopg

    from .groups_quiz import bench_database

    try:
        cm = bench_database()
        database_url = cm.__enter__()
    except psycopg.OperationalError as error:
        raise OSError(str(error)) from error
    try:
        env = {**os.environ, "DATABASE_URL": database_url}
        env.pop("BENCH_DIR", None)
        done = subprocess.run([sys.executable, "-m", "bench", "--only", "live"], cwd=ROOT,
                              env=env, stdout=subprocess.PIPE, text=True, check=True)
        for line in done.stdout.splitlines():
            if line.strip():
                yield {**json.loads(line), "database": "postgresql"}
    finally:
        cm.__exit__(None, None, None)


def _run_live(ctx):
    from quizzes.live.models import LiveAnswer
    from tests.courses.wsclient import WebSocket

    redis_url = redis_channel_layer()
    if redis_url is None:
        yield metric("live_200.counted", 0, "answers", skipped="no Redis")
        return
    session, presenter_cookie, learners, cookies = _setup()
    if connection.vendor == "sqlite":
        # Write-ahead logging (kept in the file): one sync per commit instead of several,
        # and readers never wait for the writer. How a single-server SQLite site runs.
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode=WAL")

    with asgi_server(bench_database_url(ctx), redis_url) as port:
        result = asyncio.run(_scenario(port, session.code, presenter_cookie,
                                       [u.pk for u in learners], cookies, WebSocket))
    stored = {qid: LiveAnswer.objects.filter(session=session, question_id=qid).count()
              for qid in result["questions"]}
    per_user = LiveAnswer.objects.filter(session=session).values_list("user_id",
                                                                       "question_id")
    duplicated = len(per_user) - len(set(per_user)) + result["count_events_repeated"]
    latencies, echoes = result["latencies"], result["echoes"]
    # Each round's p95 over the p95 of the echo round beside it, and the median of those:
    # a round that met a busy machine (the lead's and other helpers' work) moves one
    # ratio of twelve, where it moved the pooled p95 of one side only.
    ratios = [percentile(answers, 95) / percentile(floor, 95)
              for answers, floor in zip(result["round_latencies"], result["round_echoes"],
                                        strict=False) if answers and floor]
    yield metric("live_200.counted", min(stored.values()) if stored else 0, "answers",
                 expected=LEARNERS, rounds=len(stored),
                 presenter_count=min(result["presenter_counts"] or [0]),
                 refused_second_taps=result["refused"])
    yield metric("live_200.duplicated", duplicated, "answers")
    yield metric("live_200.p95_ms", percentile(latencies, 95) if latencies else -1.0, "ms",
                 p50=round(statistics.median(latencies), 1) if latencies else None,
                 samples=len(latencies))
    echo_p95 = percentile(echoes, 95) if echoes else -1.0
    yield metric("live_200.echo_p95_ms", echo_p95, "ms",
                 echo_p50=round(statistics.median(echoes), 1) if echoes else None,
                 samples=len(echoes))
    yield metric("live_200.p95_vs_echo", statistics.median(ratios) if ratios else -1.0,
                 "ratio", target=3, rounds=[round(r, 1) for r in ratios],
                 rounds_ms=[[round(percentile(answers, 95), 1), round(percentile(floor, 95), 1)]
                            for answers, floor in zip(result["round_latencies"],
                                                      result["round_echoes"], strict=False)
                            if answers and floor],
                 pooled=round(percentile(latencies, 95) / echo_p95, 2)
                 if echoes and latencies else None)


async def _scenario(port, code, presenter_cookie, user_ids, cookies, WebSocket):
    origin = f"http://127.0.0.1:{port}"
    presenter = await WebSocket.connect("127.0.0.1", port, f"/ws/live/{code}/present/",
                                        origin=origin, cookie=presenter_cookie)
    await presenter.receive_json()
    echoes: list[float] = []
    rng = random.Random(7)  # noqa: S311 - reproducible think times
    sent: dict[tuple, float] = {}
    latencies: list[float] = []
    round_latencies: list[list[float]] = [[]]
    round_echoes: list[list[float]] = []
    seen: set[tuple] = set()
    receipts: dict[tuple, float] = {}
    counts = {"repeated": 0, "refused": 0, "last": {}, "revealed": 0}

    async def presenter_listen():
        while True:
            event = await presenter.receive_json()
            if event is None:
                return
            if event.get("type") == "count" and event.get("question"):
                now = time.time()
                counts["last"][event["question"]] = max(
                    counts["last"].get(event["question"], 0), event["answered"])
                for user_id in event["users"]:
                    key = (user_id, event["question"])
                    if key in seen:
                        counts["repeated"] += 1
                    seen.add(key)
                    if key in sent:
                        latencies.append((now - sent[key]) * 1000)
                        round_latencies[-1].append(latencies[-1])
                        receipts[key] = now

    async def phone(ws, user_id, double_tap):
        current = None
        while True:
            event = await ws.receive_json()
            if event is None:
                return
            if event.get("type") == "error":
                counts["refused"] += 1
            if event.get("type") == "state" and event.get("state") == "revealed":
                counts["revealed"] += 1
            if event.get("type") != "state" or event.get("state") != "open":
                continue
            question = event["question"]
            if question["id"] == current:
                continue
            current = question["id"]
            await asyncio.sleep(rng.uniform(0, WINDOW_S))
            value = question["buttons"][rng.randrange(len(question["buttons"]))]["value"]
            message = {"type": "answer", "question": current, "value": value}
            sent[(user_id, current)] = time.time()
            await ws.send_json(message)
            if double_tap:
                await ws.send_json(message)

    # Each socket is read from its opening on: daphne drops a socket that leaves its pings
    # unanswered, as the first phones did while the last ones opened on a loaded machine.
    listeners = [asyncio.create_task(presenter_listen())]
    phones = []
    for n, (cookie, uid) in enumerate(zip(cookies, user_ids, strict=True)):
        ws = await WebSocket.connect("127.0.0.1", port, f"/ws/live/{code}/", origin=origin,
                                     cookie=cookie)
        await ws.receive_json()  # the lobby
        phones.append(ws)
        listeners.append(asyncio.create_task(phone(ws, uid, n % 10 == 0)))
    # The echo's sockets open once the product's are read (daphne drops a socket that
    # leaves its pings unanswered); they are read all along for the same reason.
    echo_sockets = await open_echo_sockets(port, len(cookies), WebSocket)
    collector = (await open_echo_sockets(port, 1, WebSocket, "collect=live"))[0]
    arrivals: dict[int, float] = {}
    listeners += [asyncio.create_task(_drain(ws)) for ws in echo_sockets]
    listeners.append(asyncio.create_task(_collect(collector, arrivals)))
    await _fan_in(echo_sockets, arrivals, [0.0] * len(echo_sockets))  # warm-up, unmeasured
    questions, presenter_counts = [], []
    for _round in range(ROUNDS):
        round_latencies.append([])
        before = set(sent)
        await presenter.send_json({"type": "command", "action": "next"})
        deadline = time.time() + 20
        while time.time() < deadline:
            new = {qid for (_u, qid) in set(sent) - before}
            if new and counts["last"].get(next(iter(new)), 0) >= len(phones):
                break
            await asyncio.sleep(0.05)
        new = {qid for (_u, qid) in set(sent) - before}
        if not new:
            break
        qid = next(iter(new))
        await asyncio.sleep(0.5)  # let refused second taps come back
        questions.append(qid)
        presenter_counts.append(counts["last"].get(qid, 0))
        revealed = counts["revealed"]
        await presenter.send_json({"type": "command", "action": "reveal"})
        # The echo round starts when every phone has the reveal: daphne has nothing of
        # the product's left to do, so the echo measures the floor, not a backlog.
        deadline = time.time() + 20
        while counts["revealed"] < revealed + len(phones) and time.time() < deadline:
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)
        round_echoes.append(await _fan_in(echo_sockets, arrivals,
                                          [rng.uniform(0, WINDOW_S) for _ in echo_sockets]))
        echoes += round_echoes[-1]
    for task in listeners:
        task.cancel()
    if os.environ.get("BENCH_LIVE_TRACE"):  # the bench's ends of each answer's trace
        with open(os.environ["BENCH_LIVE_TRACE"] + ".bench", "w") as trace:
            for key, at in sent.items():
                trace.write(json.dumps({"k": list(key), "s": "send", "t": at}) + "\n")
            for key, at in receipts.items():
                trace.write(json.dumps({"k": list(key), "s": "receipt", "t": at}) + "\n")
    for ws in [presenter, *phones, *echo_sockets, collector]:
        await ws.close()
    return {"latencies": latencies, "questions": questions,
            "presenter_counts": presenter_counts, "refused": counts["refused"],
            "count_events_repeated": counts["repeated"], "echoes": echoes,
            "round_latencies": round_latencies[1:], "round_echoes": round_echoes}


async def _drain(ws) -> None:
    while await ws.receive() is not None:
        pass


async def _collect(collector, arrivals: dict) -> None:
    while (text := await collector.receive()) is not None:
        arrivals[json.loads(text)["n"]] = time.perf_counter()


async def _fan_in(senders, arrivals: dict, delays) -> list[float]:
    """Each sender sends one frame after its delay, acknowledged to the sender and
    forwarded to the collector by the echo (as an answer is acknowledged to its phone
    and counted to the presenter): ms from each send to the collector's receipt."""
    arrivals.clear()
    sent: dict[int, float] = {}

    async def one(index, ws):
        await asyncio.sleep(delays[index])
        sent[index] = time.perf_counter()
        await ws.send(json.dumps({"to": "live", "n": index, "ack": True}))

    await asyncio.gather(*(one(i, ws) for i, ws in enumerate(senders)))
    deadline = time.time() + 30
    while len(arrivals) < len(senders) and time.time() < deadline:
        await asyncio.sleep(0.01)
    return [(arrivals[n] - sent[n]) * 1000 for n in arrivals]


GROUPS = {"live": run_live}
