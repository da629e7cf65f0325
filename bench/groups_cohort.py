"""Cohort measures: the facilitator dashboard for 2,000 learners, streamed exports of
10,000 learners, and 300 live dashboard sockets on a real daphne with Redis."""

import asyncio
import gc
import json
import os
import statistics
import sys
import time
import tracemalloc

from django.test import Client

from literacy.security.testing import login_verified

from .groups_core import MINIMAL_HOST, MINIMAL_PATH, minimal_page
from .measure import (
    ROOT,
    asgi_server,
    bench_database_url,
    metric,
    open_echo_sockets,
    percentile,
    redis_channel_layer,
    time_in_turn,
)

WS_SOCKETS = 300
WS_SMALL_COHORTS = 100  # of WS_SOCKETS // 100 = 3 dashboards each
WS_EVENTS = int(os.environ.get("BENCH_WS_EVENTS", 40))
WS_BLOCKS = 20  # blocks of events, each beside a block of as many fan frames


def _client_for(cohort):
    user = cohort.memberships.filter(role="facilitator").first().user
    client = Client()
    login_verified(client, user)
    return client


def _analyze():
    """Fresh statistics after a bulk load, as autovacuum keeps them in production (without
    them PostgreSQL plans the dashboard's joins for empty tables)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


class _EventBeforeEachView:
    """A client whose every dashboard view follows an event of the cohort (an attempt,
    a completion, a join): the cached gains are never fresh, so each view computes them
    (the cold path: a busy cohort with an event between any two views)."""

    def __init__(self, client, cohort_id):
        self.client, self.cohort_id = client, cohort_id

    def get(self, url, **headers):
        from courses.cohorts import figure_cache

        figure_cache.changed(cohort_ids=[self.cohort_id])
        return self.client.get(url, **headers)


def run_dashboard(ctx):
    """`dashboard_2000.server_ms` and `.vs_wagtail_min_ratio` (the contract) measure the
    cold path: an event of the cohort before every view, so the cached gains
    (courses/cohorts/figure_cache.py) are recomputed each time. `.warm_server_ms` and
    `.warm_vs_wagtail_min_ratio` (report) measure views with no event in between."""
    from courses.management.commands.generate_cohort_data import generate

    # 2,500 pre/post attempts in the cohort; 10,000 of the same series in other cohorts.
    cohort = generate(learners=2000, seed=1, prepost=1250)
    generate(learners=5000, seed=4, prepost=5000, name="Bench other cohorts")
    _analyze()
    minimal_page()
    client = _client_for(cohort)
    url = f"/ar/facilitate/cohorts/{cohort.pk}/"
    timing, minimal = time_in_turn(
        (_EventBeforeEachView(client, cohort.pk), url, {}),
        (Client(), MINIMAL_PATH, {"HTTP_HOST": MINIMAL_HOST}), n=15, warmup=3)
    yield metric("dashboard_2000.queries", timing["queries"], "queries")
    yield metric("dashboard_2000.server_ms", timing["p50"], "ms", p95=round(timing["p95"], 1),
                 cache="cold")
    yield metric("dashboard_2000.vs_wagtail_min_ratio", timing["p50"] / minimal["p50"],
                 "ratio", wagtail_min_p50=round(minimal["p50"], 3), target=40, cache="cold")
    warm, minimal = time_in_turn(
        (client, url, {}), (Client(), MINIMAL_PATH, {"HTTP_HOST": MINIMAL_HOST}), n=15, warmup=3)
    yield metric("dashboard_2000.warm_queries", warm["queries"], "queries")
    yield metric("dashboard_2000.warm_server_ms", warm["p50"], "ms",
                 p95=round(warm["p95"], 1), cache="warm")
    yield metric("dashboard_2000.warm_vs_wagtail_min_ratio", warm["p50"] / minimal["p50"],
                 "ratio", wagtail_min_p50=round(minimal["p50"], 3), cache="warm")
    yield from _attendance_save(client, cohort)


def _attendance_save(client, cohort):
    """Report only: one page of the attendance sheet of 2,000 learners saved, every row
    flipped (the most a save changes), alternately present and absent."""
    from courses.cohorts import roll_call

    url = f"/ar/facilitate/cohorts/{cohort.pk}/attendance/"
    day = cohort.starts_on.isoformat()
    shown = [uid for uid, _name in roll_call.learners_of(cohort)[:50]]
    timings = []
    for i in range(10):
        data = {"date": day, "shown": shown, "present": shown if i % 2 == 0 else []}
        start = time.perf_counter()
        response = client.post(url, data)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 302, response.status_code
    yield metric("attendance_2000.save_ms", statistics.median(timings), "ms",
                 p95=round(percentile(timings, 95), 1))


def _export(client, cohort, kind, fmt):
    """Seconds (plain run) and peak traced memory in MB (a second run under tracemalloc,
    which slows Python down too much to time with it on)."""
    url = f"/ar/facilitate/exports/{kind}.{fmt}?cohort={cohort.pk}"

    def consume():
        response = client.get(url)
        assert response.status_code == 200
        return sum(len(chunk) for chunk in response.streaming_content)

    start = time.perf_counter()
    size = consume()
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    consume()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak / 1e6, size


def run_exports(ctx):
    from courses.management.commands.generate_cohort_data import generate

    cohort = generate(learners=10000, seed=2)
    client = _client_for(cohort)
    for fmt in ("csv", "xlsx"):
        elapsed, peak_mb, size = _export(client, cohort, "matrix", fmt)
        yield metric(f"export_{fmt}_10000.s", elapsed, "s", bytes=size)
        yield metric(f"export_{fmt}_10000.peak_mb", peak_mb, "MB")



def run_ws(ctx):
    """Live dashboard sockets held by a daphne process; a writer process of its own
    (bench/progress_writer.py, as a learner's request runs in a server worker) stores
    progress and publishes after commit through Redis; latency = receipt time − commit
    time (wall clock, both processes on this machine).

    `ws_300`: one cohort with 300 dashboards (the contract); `ws_100x3` (report): 100
    cohorts with three dashboards each, as a site of many small cohorts runs, each event
    in the next cohort.

    The floor (`<name>.p95_vs_echo`): as many sockets again on the bench's echo on the
    same daphne (bench/asgi.py), grouped as the dashboards are (one fan group per
    cohort, of as many sockets), open all along beside them. One frame of an event's size
    sent to a fan group comes back on every socket of the group: the same fan-out as an
    event, less the channel layer, the database and the product's code. Blocks of events
    and blocks of as many fan frames, sent as bursts alike, alternate (which goes first
    flips each block), so both see the same machine: the median over the blocks of (the
    block's events' p95 ÷ the p95 of the fan frames' block beside it); the pooled ratio
    is given beside it (``pooled``)."""
    from courses.management.commands.generate_cohort_data import generate

    redis_url = redis_channel_layer()
    if redis_url is None:
        yield metric("ws_300.received_ratio", 0.0, "ratio", skipped="no Redis")
        return
    large = [generate(learners=40, seed=3, name="Bench live workshop")]
    small = [generate(learners=4, seed=100 + n, name=f"Bench small cohort {n}", modules=2,
                      lessons=6) for n in range(WS_SMALL_COHORTS)
             if "small" in os.environ.get("BENCH_WS_SHAPES", "small")]  # the default
    session = _client_for(large[0]).cookies["sessionid"].value
    shapes = {"300": ("ws_300", large), "small": (f"ws_{WS_SMALL_COHORTS}x3", small)}
    for shape in os.environ.get("BENCH_WS_SHAPES", "300,small").split(","):
        name, cohorts = shapes[shape]
        yield from _ws_measure(ctx, name, cohorts, WS_SOCKETS // len(cohorts), session,
                               redis_url)


def _ws_measure(ctx, name, cohorts, per_cohort, session, redis_url):
    from courses.models import LessonPage

    plan = []
    for cohort in cohorts:
        course = cohort.courses.first()
        plan.append((cohort.pk, course, list(
            cohort.memberships.filter(role="learner").values_list("user_id", flat=True)),
            list(LessonPage.objects.live().descendant_of(course).order_by("path"))))
    with asgi_server(bench_database_url(ctx), redis_url) as port:
        result = asyncio.run(_ws_scenario(port, plan, per_cohort, session,
                                          bench_database_url(ctx), redis_url))
    latencies, echoes = result["latencies"], result["echoes"]
    # Each block of events' p95 over the p95 of the block of fan frames beside it, and
    # the median of those: a block that met a busy machine moves one ratio of twenty,
    # where it moved the pooled p95 of one side only (5.38 and 1.78 for one commit).
    ratios = [percentile(events, 95) / percentile(result["block_echoes"][number], 95)
              for number, events in sorted(result["block_latencies"].items())
              if result["block_echoes"].get(number)]
    expected = per_cohort * WS_EVENTS
    p95 = percentile(latencies, 95) if latencies else -1.0
    echo_p95 = percentile(echoes, 95) if echoes else -1.0
    yield metric(f"{name}.p50_ms", statistics.median(latencies) if latencies else -1.0, "ms")
    yield metric(f"{name}.p95_ms", p95, "ms")
    yield metric(f"{name}.echo_p95_ms", echo_p95, "ms",
                 echo_p50=round(statistics.median(echoes), 1) if echoes else None,
                 samples=len(echoes), frame_bytes=result["frame_bytes"])
    yield metric(f"{name}.p95_vs_echo", statistics.median(ratios) if ratios else -1.0,
                 "ratio", target=3, blocks=[round(r, 1) for r in ratios],
                 pooled=round(p95 / echo_p95, 2) if echoes and latencies else None)
    yield metric(f"{name}.received_ratio", result["received"] / expected, "ratio",
                 received=result["received"], expected=expected)


async def _writer(database_url, redis_url):
    """bench/progress_writer.py started and ready: (process, write(job) -> commit time)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.progress_writer", cwd=ROOT,
        env={**os.environ, "DATABASE_URL": database_url, "REDIS_URL": redis_url},
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)

    async def answer() -> str:
        while True:
            line = (await process.stdout.readline()).decode()
            if not line:
                raise RuntimeError("the progress writer stopped")
            if line.startswith("@@"):
                return line[2:]

    await answer()  # ready

    async def write(job: dict) -> float:
        process.stdin.write((json.dumps(job) + "\n").encode())
        await process.stdin.drain()
        return json.loads(await answer())["committed"]

    return process, write


async def _ws_scenario(port, plan, per_cohort, session, database_url, redis_url):
    from tests.courses.wsclient import WebSocket

    origin = f"http://127.0.0.1:{port}"
    sent: dict[tuple, float] = {}
    arrived: dict[tuple, list[float]] = {}  # an event's receipts, timed once it is known
    echoes: list[float] = []
    block_of: dict = {}  # an event's or fan frame's block
    block_echoes: dict[int, list[float]] = {}
    counts = {"received": 0, "echoed": 0, "bytes": 0}

    async def listen(ws, kind):
        while True:
            text = await ws.receive()
            if text is None:
                return
            now = time.perf_counter()
            wall = time.time()  # events are timed against the writer's commit time
            event = json.loads(text)
            if kind == "fan" and "fan" in event:
                if ("fan", event["n"]) in sent:  # a late warm-up frame is not counted
                    echoes.append((now - sent[("fan", event["n"])]) * 1000)
                    if event["n"] >= 0:
                        block_echoes.setdefault(block_of[event["n"]], []).append(echoes[-1])
                    counts["echoed"] += 1
            elif event.get("type") == "cohort.progress":
                key = ("event", event["user"], event["page"])
                if key in sent:  # registered before its write: it may arrive first
                    arrived.setdefault(key, []).append(wall)
                    counts["received"] += 1
                    counts["bytes"] = len(text)

    # Each socket is read from its opening on (daphne drops a socket that leaves its
    # pings unanswered while hundreds more open on a loaded machine).
    dashboards, fans, listeners = [], [], []
    for index, (cohort_id, *_rest) in enumerate(plan):
        for _ in range(per_cohort):
            ws = await WebSocket.connect("127.0.0.1", port, f"/ws/cohorts/{cohort_id}/",
                                         origin=origin, cookie=f"sessionid={session}")
            await ws.receive_json()  # hello
            dashboards.append(ws)
            listeners.append(asyncio.create_task(listen(ws, "event")))
        for ws in await open_echo_sockets(port, per_cohort, WebSocket, f"fan={index}"):
            fans.append(ws)
            listeners.append(asyncio.create_task(listen(ws, "fan")))
    trigger = (await open_echo_sockets(port, 1, WebSocket))[0]
    listeners.append(asyncio.create_task(listen(trigger, "trigger")))

    writer, write_job = await _writer(database_url, redis_url)
    # The bench's own heap (Django, the generated cohorts, 601 sockets) frozen: a full
    # collection here held the timestamps of events and fan frames alike, at random.
    gc.freeze()

    async def write(i):
        cohort_id, course, learners, lessons = plan[i % len(plan)]
        turn = i // len(plan)
        user_id = learners[turn % len(learners)]
        lesson = lessons[(turn // len(learners)) % len(lessons)]
        key = ("event", user_id, lesson.pk)
        if i >= 0:
            block_of[key] = block_of[i]
        sent[key] = None
        sent[key] = await write_job({"user": user_id, "lesson": lesson.pk,
                                     "course": course.pk})

    async def events(block):
        for i in block:  # a burst: one event after the other
            await write(i)
        await _until(lambda: counts["received"] >= per_cohort * block.stop)

    async def fan_frames(block):
        pad = "x" * max(0, counts["bytes"] - 40)
        for i in block:
            sent[("fan", i)] = time.perf_counter()
            await trigger.send(json.dumps({"fan": str(i % len(plan)), "n": i, "pad": pad}))
        await _until(lambda: counts["echoed"] >= per_cohort * block.stop)

    # Warm-up, not measured: an event and a fan frame per cohort (the first event of a
    # cohort opens the server's subscription, database connections and figures).
    for i in range(-len(plan), 0):
        await write(i)
        sent[("fan", i)] = time.perf_counter()
        await trigger.send(json.dumps({"fan": str(i % len(plan)), "n": i}))
    await _until(lambda: counts["echoed"] >= per_cohort * len(plan)
                 and counts["received"] >= per_cohort * len(plan), timeout=120)
    await asyncio.sleep(1)
    sent.clear()  # what arrives of the warm-up from now on is not counted
    arrived.clear()
    echoes.clear()
    counts.update(received=0, echoed=0)
    per_block = max(1, WS_EVENTS // WS_BLOCKS)
    for number, start in enumerate(range(0, WS_EVENTS, per_block)):
        block = range(start, min(WS_EVENTS, start + per_block))
        block_of.update(dict.fromkeys(block, number))
        for phase in (events, fan_frames) if number % 2 == 0 else (fan_frames, events):
            await phase(block)
    writer.stdin.close()
    await writer.wait()
    for task in listeners:
        task.cancel()
    for ws in [*dashboards, *fans, trigger]:
        await ws.close()
    latencies = [(wall - sent[key]) * 1000 for key, walls in arrived.items()
                 for wall in walls]
    block_latencies: dict[int, list[float]] = {}
    for key, walls in arrived.items():
        block_latencies.setdefault(block_of[key], []).extend(
            (wall - sent[key]) * 1000 for wall in walls)
    return {"latencies": latencies, "echoes": echoes, "received": counts["received"],
            "frame_bytes": counts["bytes"], "block_latencies": block_latencies,
            "block_echoes": block_echoes}


async def _until(done, timeout=15.0):
    deadline = time.time() + timeout
    while not done() and time.time() < deadline:
        await asyncio.sleep(0.005)


def run_join_storm(ctx):
    """20 joins while three dashboard tabs are open (tests/browser/join_storm.py): the
    tabs' fetches of the whole page (contract: 0) and of the changing sections."""
    import tempfile
    from pathlib import Path

    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
    from tests.browser.join_storm import join_storm
    from tests.servers import site_process

    with tempfile.TemporaryDirectory() as tmp, \
            site_process(Path(tmp), "tests/browser/cohort_live_setup.py") as site, \
            sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=CHROMIUM_ARGS)
        storm = join_storm(browser, site)
        browser.close()
    yield metric("join_storm.full_page_fetches", storm.full_page_fetches, "requests",
                 joins=storm.joins, tabs=len(storm.sections_fetches),
                 seconds=round(storm.seconds, 1))
    yield metric("join_storm.sections_fetches_per_tab", max(storm.sections_fetches),
                 "requests", per_tab=storm.sections_fetches)


GROUPS = {"cohort": lambda ctx: _all(ctx), "cohort_dashboard": run_dashboard,
          "cohort_ws": run_ws, "join_storm": run_join_storm}


def _all(ctx):
    yield from run_dashboard(ctx)
    yield from run_exports(ctx)
    yield from run_ws(ctx)
    yield from run_join_storm(ctx)
