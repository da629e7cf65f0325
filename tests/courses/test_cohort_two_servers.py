# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Production shape: two daphne processes sharing PostgreSQL and Redis. A learner's lesson
completion handled by one process reaches a dashboard socket held by the other."""

import asyncio
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from literacy.security.testing import login_verified
from tests.servers import free_port, wait_for_port

from .cohort_fixtures import *  # noqa: F403
from .wsclient import WebSocket

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]
ROOT = Path(__file__).resolve().parents[2]


def _database_url():
    db = settings.DATABASES["default"]
    return (f"postgres://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}")


def _daphne(port, env):
    process = subprocess.Popen(
        [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port),
         "literacy.asgi:application"], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if wait_for_port(port):
        return process
    process.kill()
    raise RuntimeError("daphne did not start")


@pytest.fixture
def two_servers():
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("needs PostgreSQL shared between processes")
    if not os.environ.get("REDIS_URL"):
        pytest.skip("needs REDIS_URL")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "literacy.settings.test",
           "DATABASE_URL": _database_url()}
    ports = [free_port(), free_port()]
    processes = [_daphne(port, env) for port in ports]
    yield ports
    for process in processes:
        process.terminate()
        process.wait(timeout=10)


def _session(user, verified=False):
    client = Client()
    if verified:
        login_verified(client, user)
    else:
        client.force_login(user)
    return client.cookies["sessionid"].value


def _post_completion(port, lesson_id, session):
    base = f"http://127.0.0.1:{port}"
    opener = urllib.request.build_opener()
    opener.addheaders = [("Cookie", f"sessionid={session}")]
    page = opener.open(f"{base}/ar/join/")  # any form page sets the CSRF cookie
    token = re.search(r"csrftoken=([^;]+)", page.headers.get("Set-Cookie", "")).group(1)
    request = urllib.request.Request(
        f"{base}/ar/learn/lessons/{lesson_id}/complete/", method="POST",
        data=f"csrfmiddlewaretoken={token}".encode(),
        headers={"Cookie": f"sessionid={session}; csrftoken={token}",
                 "Referer": f"{base}/ar/", "Origin": base,
                 "Content-Type": "application/x-www-form-urlencoded"})
    try:
        return opener.open(request).status
    except urllib.error.HTTPError as error:
        return error.code


def test_event_crosses_server_processes(two_servers, cohort, facilitator, learners, course):
    socket_port, http_port = two_servers
    lesson = lessons_in(course)[0]
    facilitator_session = _session(facilitator, verified=True)
    learner_session = _session(learners[0])

    async def scenario():
        ws = await WebSocket.connect(
            "127.0.0.1", socket_port, f"/ws/cohorts/{cohort.pk}/",
            origin=f"http://127.0.0.1:{socket_port}", cookie=f"sessionid={facilitator_session}")
        assert (await ws.receive_json())["type"] == "hello"
        status = await asyncio.to_thread(_post_completion, http_port, lesson.pk,
                                         learner_session)
        assert status in (200, 302), status
        event = await asyncio.wait_for(ws.receive_json(), timeout=10)
        await ws.close()
        return event

    event = asyncio.run(scenario())
    assert event["type"] == "cohort.progress"
    assert event["user"] == learners[0].pk
    assert learners[0].lesson_progress.filter(lesson=lesson).exists()
