"""Quiz measures: queries to grade a 20-question quiz, and submissions under load.

The load measure runs gunicorn (2 workers, production settings) on PostgreSQL
(DATABASE_URL if it is PostgreSQL, else a throwaway database on 127.0.0.1), sends
every learner's attempts from an asyncio client on 127.0.0.1 for at most 25 s (4,000
submissions: long enough that a noisy second or two does not decide the figure), with
each learner's first form sent twice (a double click), then checks in the database
that every submission sent is stored exactly once.
"""

import asyncio
import contextlib
import json
import os
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
MAX_SECONDS = 25


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
    parts = urlsplit(base_url)
    host, port = parts.hostname, parts.port
    learners = iter(plan["plan"])
    latencies, statuses, sent = [], {}, []

    async def one(body, cookie):
        start = time.perf_counter()
        status = await _post(host, port, plan["path"], body.encode(), cookie)
        latencies.append((time.perf_counter() - start) * 1000)
        statuses[status] = statuses.get(status, 0) + 1
        return status

    async def worker():
        for learner in learners:
            cookie = f"sessionid={learner['session']}; csrftoken={plan['csrf']}"
            for number, body in enumerate(learner["bodies"], 1):
                if time.monotonic() > deadline:
                    return
                await one(body, cookie)
                sent.append((learner["user"], number))
                if number == 1:
                    await one(body, cookie)  # a double click: must not make a second attempt

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
    deadline = time.monotonic() + MAX_SECONDS
    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return time.perf_counter() - start, latencies, statuses, sent


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
        with production_server(database_url, extra_env=redis_env) as base_url:
            elapsed, latencies, statuses, sent = asyncio.run(_load(base_url, plan))
        plan["sent"] = sent
        plan_path.write_text(json.dumps(plan))
        check = json.loads(subprocess.run(
            [sys.executable, "-m", "bench.quiz_load", "verify", str(plan_path)],
            cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout)
    requests = len(latencies)
    yield metric("quiz_submit.per_s", requests / elapsed, "req/s", requests=requests,
                 statuses={str(k): v for k, v in statuses.items()}, workers=2,
                 cache="redis" if redis_env else "per-process")
    yield metric("quiz_submit.p95_ms", percentile(latencies, 95), "ms")
    yield metric("quiz_submit.lost", check["lost"], "submissions", sent=check["expected"])
    yield metric("quiz_submit.duplicated", check["duplicated"], "submissions",
                 answers_complete=check["answers_complete"])


def run_quiz(ctx):
    yield from run_grade_queries(ctx)
    yield from run_submit_load(ctx)


GROUPS = {"quiz": run_quiz}
