# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Redis stopped: the site keeps working, only the live dashboard update is lost (logged).

Simulated by pointing the channel layer and the cache at a port where nothing listens
(the shared Redis server is never stopped); the same in the SQLite and PostgreSQL runs.
The cache is the production backend (literacy.redis_cache.TolerantRedisCache).
"""

import logging

import pytest
from asgiref.sync import sync_to_async
from channels.layers import channel_layers
from channels.testing import WebsocketCommunicator
from django.db import connections
from django.test import Client
from django.urls import reverse

from courses.demo import stored_stream
from courses.models import LessonProgress
from courses.services import enroll
from literacy.redis_cache import TolerantRedisCache
from quizzes.demo import create_quiz
from quizzes.models import Attempt
from tests.quizzes.data import quiz_data
from tests.quizzes.helpers import post_data
from tests.servers import free_port

from .cohort_fixtures import *  # noqa: F403


@pytest.fixture
def redis_down(settings):
    dead = f"redis://127.0.0.1:{free_port()}/3"
    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "literacy.channel_layer.BoundedRedisChannelLayer",
                                           "CONFIG": {"hosts": [{"address": dead,
                                                                 "socket_connect_timeout": 1}]}}}
    settings.CACHES = {"default": {"BACKEND": "literacy.redis_cache.TolerantRedisCache",
                                   "LOCATION": dead}}
    channel_layers.backends.clear()
    TolerantRedisCache._last_logged = 0.0
    yield dead
    channel_layers.backends.clear()


class _Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append((record.name, record.getMessage()))


@pytest.fixture
def logged():
    """Warnings of Basira's loggers (which do not propagate to the root logger)."""
    import literacy.asgi  # noqa: F401 - its django.setup() reconfigures logging: first

    handler = _Records()
    basira = logging.getLogger("basira")
    basira.addHandler(handler)
    yield lambda: list(handler.records)
    basira.removeHandler(handler)


def assert_live_update_skipped(logged):
    """The event was handed off (literacy/channel_handoff.py), given up and logged."""
    from literacy import channel_handoff

    assert channel_handoff.wait_until_sent(timeout=15)
    assert ("basira.events", "live event not delivered to cohort") in logged()


@pytest.fixture
def learner(cohort, learners, course):
    enroll(user=learners[0], course=course)
    return learners[0]


def test_pages_and_login_work_and_the_cache_failure_is_logged(redis_down, logged, course,
                                                               learner):
    lesson = lessons_in(course)[0]
    anonymous = Client()
    for url in ("/ar/", reverse("courses:catalogue"), course.url, reverse("accounts:login")):
        response = anonymous.get(url, follow=True)
        assert response.status_code == 200, url
    learner.set_password("a-long-passphrase")
    learner.save()
    wrong = anonymous.post(reverse("accounts:login"),
                           {"username": learner.username, "password": "wrong"})
    assert wrong.status_code == 200 and not wrong.wsgi_request.user.is_authenticated
    signed_in = anonymous.post(reverse("accounts:login"),
                               {"username": learner.username, "password": "a-long-passphrase"})
    assert signed_in.status_code == 302
    assert anonymous.get(lesson.url).status_code == 200
    assert anonymous.get(reverse("courses:dashboard")).status_code == 200
    assert any(name == "basira.cache" and "cache unavailable" in message
               for name, message in logged())


def test_lesson_progress_is_recorded_and_the_live_update_skipped(
        redis_down, logged, client, course, learner, django_capture_on_commit_callbacks):
    lesson = lessons_in(course)[0]
    client.force_login(learner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("courses:complete", args=[lesson.pk]))
    assert response.status_code == 302
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).exists()
    assert_live_update_skipped(logged)


def test_quiz_submission_is_graded_and_the_live_update_skipped(
        redis_down, logged, client, course, learner, django_capture_on_commit_callbacks):
    lesson = lessons_in(course)[0]
    quiz = create_quiz("redis-down", quiz_data())
    lesson.body = stored_stream([{"type": "quiz", "value": {"quiz": quiz.pk}}])
    lesson.save_revision().publish()
    client.force_login(learner)
    assert client.get(lesson.url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("quizzes:submit", args=[quiz.pk]),
                               post_data(learner, quiz, lesson))
    assert response.status_code == 302
    attempt = Attempt.objects.get(user=learner, quiz=quiz)
    assert attempt.submitted_at is not None and attempt.answers.exists()
    assert client.get(response["Location"]).status_code == 200
    assert_live_update_skipped(logged)


def test_facilitator_dashboard_renders_and_polling_still_answers(redis_down, cohort,
                                                                  facilitator_client):
    assert facilitator_client.get(reverse("cohorts:dashboard", args=[cohort.pk])).status_code \
        == 200
    data = facilitator_client.get(reverse("cohorts:data", args=[cohort.pk]))
    assert data.status_code == 200 and "figures" in data.json()


@pytest.fixture
async def _close_thread_connections():
    yield
    await sync_to_async(connections.close_all)()


@pytest.mark.django_db(transaction=True)
async def test_dashboard_socket_is_closed_cleanly_and_logged(redis_down, logged, cohort,
                                                             facilitator,
                                                             _close_thread_connections):
    from literacy.asgi import application
    from literacy.security.testing import login_verified

    def cookie():
        client = Client()
        login_verified(client, facilitator)
        return f"sessionid={client.cookies['sessionid'].value}".encode()

    socket = WebsocketCommunicator(application, f"/ws/cohorts/{cohort.pk}/", headers=[
        (b"origin", b"http://testserver"), (b"host", b"testserver"),
        (b"cookie", await sync_to_async(cookie)())])
    connected, _code = await socket.connect()
    if connected:
        output = await socket.receive_output(timeout=3)
        assert output["type"] == "websocket.close"
    assert ("basira.cohorts", "live dashboard unavailable: channel layer unreachable") \
        in logged()
