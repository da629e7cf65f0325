"""Quiz measures: queries to grade a 20-question quiz, and submissions under load.

The load measure runs gunicorn (2 workers, production settings, the bench's URLs) on
PostgreSQL (DATABASE_URL if it is PostgreSQL, else a throwaway database on 127.0.0.1),
sends learners' attempts from an asyncio client on 127.0.0.1 (24 at a time), with each
learner's first form sent twice (a double click), then checks in the database that every
submission sent is stored exactly once.

The floor (`quiz_submit.vs_noop_ratio`): the same clients, signed in as the same
learners, POST a CSRF-checked no-op (bench/urls.py `noop_post`: session, CSRF, user,
nothing else) through the same gunicorn, PostgreSQL and Redis. A second floor, the
write (`write_post`), is the no-op plus one row stored durably in raw SQL: the least any
submission that keeps the learner's answers must add. Quiz, no-op and write phases
alternate (4 of each, 4 s each), so all see the same minutes of a shared machine;
submissions per second ÷ no-op POSTs per second says how much of a POST's cost is the
quiz's own work (target >= 0.8), whatever the machine's speed.
"""

import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from django.db import connection
from django.test.utils import CaptureQueriesContext

from .measure import (
    ROOT,
    metric,
    percentile,
    production_env,
    production_redis_env,
    production_server,
)

USERS = int(os.environ.get("BENCH_QUIZ_USERS", 1000))
ATTEMPTS = 3
CONCURRENCY = 24
PHASES = 12  # quiz, no-op, write, quiz, no-op, write, ...
PHASE_S = 4


def run_grade_queries(ctx):
    from django.utils.datastructures import MultiValueDict

    from quizzes.attempts import issue_token, submit
    from quizzes.demo import create_quiz
    from tests.factories import UserFactory
    from tests.quizzes.data import QUESTIONS, quiz_data
    from tests.quizzes.helpers import answer_fields

    quiz = create_quiz("bench-twenty", quiz_data(questions=QUESTIONS * 2))
    user = UserFactory(username="bench-grader")
    data = MultiValueDict(answer_fields(quiz))
    token = issue_token(user=user, quiz=quiz, page_id=None,
                        last=quiz.attempts.filter(user=user).order_by("-number").first())
    with CaptureQueriesContext(connection) as queries:
        submit(user=user, quiz=quiz, page=None, form=token, data=data)
    yield metric("quiz_grade.queries", len(queries), "queries", questions=20)


@contextlib.contextmanager
def bench_database():
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        yield url
        return
    import psycopg

    name = f"basira_bench_quiz_{os.getpid()}"
    admin = "postgresql://postgres@127.0.0.1:5432/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgres://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _post(host, port, path, body: bytes, cookie: str) -> int:
    reader, writer = await asyncio.open_connection(host, port)
    head = (f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nCookie: {cookie}\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
    writer.write(head + body)
    await writer.drain()
    status = int((await reader.readline()).split()[1])
    await reader.read()
    writer.close()
    return status


async def _load(base_url: str, plan: dict):
    """Quiz submissions and the no-op POST in turn, PHASES phases of PHASE_S seconds each,
    the same CONCURRENCY clients: per second of each, on the same machine minute."""
    parts = urlsplit(base_url)
    host, port = parts.hostname, parts.port
    learners = iter(plan["plan"])
    cookies = [f"sessionid={learner['session']}; csrftoken={plan['csrf']}"
               for learner in plan["plan"]]
    noop_body = f"csrfmiddlewaretoken={plan['csrf']}".encode()
    latencies, statuses, sent = [], {}, []
    noop = {"requests": 0, "seconds": 0.0, "statuses": {}, "latencies": []}
    write = {"requests": 0, "seconds": 0.0, "statuses": {}, "latencies": []}
    quiz_seconds = 0.0

    async def one(body, cookie):
        start = time.perf_counter()
        status = await _post(host, port, plan["path"], body.encode(), cookie)
        latencies.append((time.perf_counter() - start) * 1000)
        statuses[status] = statuses.get(status, 0) + 1
        return status

    async def quiz_worker(slot, deadline):
        # A learner's attempts stay in order on one client, across phases.
        while time.monotonic() < deadline:
            if slot.get("learner") is None:
                slot["learner"], slot["number"] = next(learners, None), 1
                if slot["learner"] is None:
                    return
            learner, number = slot["learner"], slot["number"]
            cookie = f"sessionid={learner['session']}; csrftoken={plan['csrf']}"
            body = learner["bodies"][number - 1]
            await one(body, cookie)
            sent.append((learner["user"], number))
            if number == 1:
                await one(body, cookie)  # a double click: must not make a second attempt
            slot["number"] += 1
            if slot["number"] > len(learner["bodies"]):
                slot["learner"] = None

    async def floor_worker(index, deadline, path, floor):
        n = index
        while time.monotonic() < deadline:
            start = time.perf_counter()
            status = await _post(host, port, path, noop_body, cookies[n % len(cookies)])
            floor["latencies"].append((time.perf_counter() - start) * 1000)
            floor["statuses"][status] = floor["statuses"].get(status, 0) + 1
            floor["requests"] += 1
            n += CONCURRENCY

    async def warm(path):
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
                     "Connection: close\r\n\r\n".encode())
        await writer.drain()
        await reader.read()
        writer.close()

    # Each gunicorn worker builds its URL resolver, templates and hooks on its first
    # requests: not part of the measure.
    for _ in range(3):
        await asyncio.gather(*(warm(path) for path in ("/ar/", "/ar/quizzes/attempts/1/") * 4))
    await asyncio.gather(*(_post(host, port, path, noop_body, cookies[i])
                           for i in range(8) for path in ("/bench/noop", "/bench/write")))
    slots = [{} for _ in range(CONCURRENCY)]
    for phase in range(PHASES):
        # Each phase ends when its last request does: nothing of one spills into the next.
        deadline = time.monotonic() + PHASE_S
        start = time.perf_counter()
        if phase % 3 == 0:
            await asyncio.gather(*(quiz_worker(slot, deadline) for slot in slots))
            quiz_seconds += time.perf_counter() - start
        else:
            path, floor = ("/bench/noop", noop) if phase % 3 == 1 else ("/bench/write", write)
            await asyncio.gather(*(floor_worker(i, deadline, path, floor)
                                   for i in range(CONCURRENCY)))
            floor["seconds"] += time.perf_counter() - start
    return quiz_seconds, latencies, statuses, sent, noop, write


def run_submit_load(ctx):
    with bench_database() as database_url, tempfile.TemporaryDirectory() as tmp:
        plan_path = Path(tmp) / "plan.json"
        redis_env = production_redis_env()
        env = production_env(database_url, redis_env)
        subprocess.run([sys.executable, "-m", "bench.quiz_load", "setup", str(plan_path),
                        str(USERS), str(ATTEMPTS)], cwd=ROOT, env=env, check=True,
                       stdout=sys.stderr)
        plan = json.loads(plan_path.read_text())
        if "error" in plan:
            yield metric("quiz_submit.per_s", 0, "req/s", error=plan["error"])
            return
        server_env = {**redis_env, "DJANGO_SETTINGS_MODULE": "bench.production_settings"}
        with production_server(database_url, extra_env=server_env) as base_url:
            elapsed, latencies, statuses, sent, noop, write = asyncio.run(
                _load(base_url, plan))
        plan["sent"] = sent
        plan_path.write_text(json.dumps(plan))
        check = json.loads(subprocess.run(
            [sys.executable, "-m", "bench.quiz_load", "verify", str(plan_path)],
            cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout)
    requests = len(latencies)
    # Little's law: CONCURRENCY clients always waiting, so requests per second = clients ÷
    # mean time per request. Unlike requests ÷ phase time it does not depend on how a
    # phase starts (all clients at once) or ends (the last ones drain): a slow request's
    # phase edges would otherwise count against it more than a fast one's.
    per_s = CONCURRENCY / statistics.mean(latencies) * 1000
    noop_per_s = CONCURRENCY / statistics.mean(noop["latencies"]) * 1000
    yield metric("quiz_submit.per_s", per_s, "req/s", requests=requests,
                 counted_per_s=round(requests / elapsed, 1),
                 statuses={str(k): v for k, v in statuses.items()}, workers=2,
                 cache="redis" if redis_env else "per-process", seconds=round(elapsed, 1))
    yield metric("quiz_submit.p95_ms", percentile(latencies, 95), "ms")
    yield metric("quiz_submit.noop_per_s", noop_per_s, "req/s", requests=noop["requests"],
                 statuses={str(k): v for k, v in noop["statuses"].items()},
                 counted_per_s=round(noop["requests"] / noop["seconds"], 1),
                 p95_ms=round(percentile(noop["latencies"], 95), 1),
                 seconds=round(noop["seconds"], 1))
    yield metric("quiz_submit.vs_noop_ratio", per_s / noop_per_s, "ratio", target=0.8)
    # What storing anything at all costs: the no-op plus one durable INSERT (bench/urls.py
    # `write_post`). The first ratio is the ceiling any submission that stores its
    # answers could reach against the no-op; the second, the quiz's own work beyond it.
    write_per_s = CONCURRENCY / statistics.mean(write["latencies"]) * 1000
    yield metric("quiz_submit.write_per_s", write_per_s, "req/s", requests=write["requests"],
                 statuses={str(k): v for k, v in write["statuses"].items()},
                 p95_ms=round(percentile(write["latencies"], 95), 1))
    yield metric("quiz_submit.write_vs_noop_ratio", write_per_s / noop_per_s, "ratio")
    yield metric("quiz_submit.vs_write_ratio", per_s / write_per_s, "ratio")
    yield metric("quiz_submit.lost", check["lost"], "submissions", sent=check["expected"])
    yield metric("quiz_submit.duplicated", check["duplicated"], "submissions",
                 answers_complete=check["answers_complete"])


def run_quiz(ctx):
    yield from run_grade_queries(ctx)
    yield from run_submit_load(ctx)


GROUPS = {"quiz": run_quiz}
