# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Idle websockets stay up on the Redis channel layer, in a real daphne process.

A socket waits on Redis with a blocking receive of a few seconds; a Redis client whose
read timeout is no longer than that (redis-py 8 defaults to 5 s) turned every quiet
minute into `TimeoutError: Timeout reading` and a socket closed with 1011. A cohort
dashboard and a live quiz (presenter and learner) are held idle for a minute here, then
each must still receive its next event.
"""

import asyncio
import os
import subprocess
import sys
import time

import pytest
from django.conf import settings

from courses.cohorts import live
from tests.quizzes.live_helpers import make_live_quiz
from tests.servers import free_port, wait_for_port

from .cohort_fixtures import *  # noqa: F403
from .test_cohort_two_servers import ROOT, _database_url, _post_completion, _session
from .wsclient import WebSocket

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]
IDLE_SECONDS = 60


@pytest.fixture
def server(tmp_path):
    """(port, its log) of one daphne process on the test database and REDIS_URL."""
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("needs PostgreSQL shared between processes")
    if not os.environ.get("REDIS_URL"):
        pytest.skip("needs REDIS_URL")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "literacy.settings.test",
           "DATABASE_URL": _database_url()}
    port, log = free_port(), tmp_path / "daphne.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port),
             "literacy.asgi:application"], cwd=ROOT, env=env,
            stdout=output, stderr=subprocess.STDOUT)
    assert wait_for_port(port), "daphne did not start"
    yield port, log
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


async def _until(ws, kind, timeout=10):
    while True:
        message = await asyncio.wait_for(ws.receive_json(), timeout=timeout)
        assert message is not None, f"closed while waiting for {kind}"
        if message["type"] == kind:
            return message


async def _quiet(ws, seconds):
    """Whatever the socket said within ``seconds`` ("closed after n s"), else None."""
    started = time.monotonic()
    try:
        message = await asyncio.wait_for(ws.receive_json(), timeout=seconds)
    except TimeoutError:
        return None
    return f"closed after {time.monotonic() - started:.0f} s" if message is None else message


def test_idle_dashboard_and_live_quiz_sockets_still_receive_after_a_minute(
        server, cohort, facilitator, learners, course):
    server, log = server
    lesson = lessons_in(course)[0]
    session = live.start(cohort=cohort, quiz=make_live_quiz(), user=facilitator)
    facilitator_cookie = f"sessionid={_session(facilitator, verified=True)}"
    learner_session = _session(learners[0])
    origin = f"http://127.0.0.1:{server}"

    async def scenario():
        async def open_socket(path, cookie):
            return await WebSocket.connect("127.0.0.1", server, path, origin=origin,
                                           cookie=cookie)

        dashboard = await open_socket(f"/ws/cohorts/{cohort.pk}/", facilitator_cookie)
        assert (await dashboard.receive_json())["type"] == "hello"
        presenter = await open_socket(f"/ws/live/{session.code}/present/",
                                      facilitator_cookie)
        await _until(presenter, "state")
        learner = await open_socket(f"/ws/live/{session.code}/",
                                    f"sessionid={learner_session}")
        await _until(learner, "state")
        await _until(presenter, "count")  # the learner joined

        quiet = await asyncio.gather(*(_quiet(ws, IDLE_SECONDS)
                                       for ws in (dashboard, presenter, learner)))
        assert quiet == [None, None, None], log.read_text()[-2000:]

        status = await asyncio.to_thread(_post_completion, server, lesson.pk,
                                         learner_session)
        assert status in (200, 302), status
        progress = await _until(dashboard, "cohort.progress")
        await presenter.send_json({"type": "command", "action": "next"})
        opened = await _until(learner, "state")
        for ws in (dashboard, presenter, learner):
            await ws.close()
        return progress, opened

    progress, opened = asyncio.run(scenario())
    assert progress["user"] == learners[0].pk
    assert opened["state"] == "open" and opened["question"] is not None
