"""PostgreSQL restarted mid-run: the request in flight fails cleanly, the next succeeds,
and nothing half-written stays behind.

The restart is simulated without touching the shared server: the worker's backend is
ended with pg_terminate_backend from a second connection while the request is blocked
right after its first write (a receiver on the write's signal waits for the test). Requests
go through Django's WSGI handler in one worker thread, as a sync server worker runs them
(Django's test client would keep the broken connection: it skips close_old_connections).
"""

import queue
import threading

import psycopg
import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import connection, connections
from django.db.models.signals import post_save
from django.test import Client, RequestFactory
from django.urls import reverse

from courses.demo import stored_stream
from courses.models import Enrollment, LessonProgress
from courses.services import enroll
from quizzes.demo import create_quiz
from quizzes.models import Answer, Attempt
from quizzes.signals import attempt_graded
from tests.factories import UserFactory
from tests.quizzes.data import quiz_data
from tests.quizzes.helpers import post_data

from .builders import lessons_of, make_catalogue, make_course

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
CSRF = "k" * 32  # an unmasked CSRF secret, sent as cookie and form field


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL=postgres://...)")


class Worker:
    """One thread serving requests one after another with a persistent connection."""

    def __init__(self, cookie: str):
        self.cookie = cookie
        self.handler = WSGIHandler()
        self.jobs: queue.Queue = queue.Queue()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while (job := self.jobs.get()) is not None:
            fn, box = job
            try:
                box.put(fn())
            except BaseException as error:  # noqa: BLE001 - handed to the test thread
                box.put(error)
        connections.close_all()

    def submit(self, method: str, path: str, data=None) -> queue.Queue:
        box: queue.Queue = queue.Queue()
        self.jobs.put((lambda: self._request(method, path, data), box))
        return box

    def call(self, method: str, path: str, data=None):
        result = self.submit(method, path, data).get(timeout=60)
        if isinstance(result, BaseException):
            raise result
        return result

    def _request(self, method, path, data):
        cookie = f"{self.cookie}; csrftoken={CSRF}"
        factory = RequestFactory(HTTP_COOKIE=cookie, SERVER_NAME="localhost")
        if method == "POST":
            environ = factory.post(path, {**(data or {}), "csrfmiddlewaretoken": CSRF}).environ
        else:
            environ = factory.get(path).environ
        status = []
        response = self.handler(environ, lambda s, h, *a: status.append(int(s.split()[0])))
        try:
            body = b"".join(response)
        finally:
            response.close()  # request_finished: Django closes an unusable connection here
        return status[0], body.decode("utf-8", "replace")

    def stop(self):
        self.jobs.put(None)
        self.thread.join(timeout=30)


def _terminate(pid: int) -> None:
    """What a PostgreSQL restart does to that backend, from a second connection."""
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])


def _worker_backends() -> list[int]:
    """Backends on the test database other than this thread's (the worker's)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                       "AND pid <> pg_backend_pid()")
        return [row[0] for row in cursor.fetchall()]


class Pause:
    """A receiver that stops the request right after its first write, until released."""

    def __init__(self):
        self.written = threading.Event()
        self.release = threading.Event()
        self.pid = None

    def __call__(self, *args, **kwargs):
        from django.db import connection as worker_connection

        self.pid = worker_connection.connection.info.backend_pid
        self.written.set()
        assert self.release.wait(timeout=30)


@pytest.fixture
def setup(home_page):
    course = make_course(make_catalogue(home_page), modules=1, lessons=2)
    learner = UserFactory(username="nadia")
    enroll(user=learner, course=course)
    client = Client()
    client.force_login(learner)
    worker = Worker(f"sessionid={client.cookies['sessionid'].value}")
    yield course, learner, worker
    worker.stop()


def _restart_mid_request(worker, pause, method, path, data=None):
    box = worker.submit(method, path, data)
    assert pause.written.wait(timeout=30), "the request never reached its first write"
    _terminate(pause.pid)
    pause.release.set()
    result = box.get(timeout=60)
    assert not isinstance(result, BaseException), result
    return result


def _assert_clean_500(status, body):
    assert status == 500
    assert 'dir="rtl"' in body and "Server error" not in body  # the site's own, in Arabic
    for leak in ("Traceback", "OperationalError", "psycopg", "terminating connection"):
        assert leak not in body


def test_lesson_completion_in_flight_fails_cleanly_and_the_next_succeeds(setup):
    course, learner, worker = setup
    lesson = lessons_of(course)[0]
    assert worker.call("GET", lesson.url)[0] == 200  # the worker's connection is open
    complete = reverse("courses:complete", args=[lesson.pk])
    before = Enrollment.objects.values().get(user=learner)
    pause = Pause()
    post_save.connect(pause, sender=LessonProgress, dispatch_uid="pause-progress")
    try:
        status, body = _restart_mid_request(worker, pause, "POST", complete)
    finally:
        post_save.disconnect(dispatch_uid="pause-progress", sender=LessonProgress)
    _assert_clean_500(status, body)
    assert not LessonProgress.objects.filter(user=learner).exists()  # rolled back
    assert Enrollment.objects.values().get(user=learner) == before

    assert worker.call("POST", complete)[0] == 302  # next request: a new connection
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).count() == 1


def test_restart_between_requests_is_invisible(setup):
    """An idle persistent connection killed by the restart is replaced before use."""
    course, learner, worker = setup
    lesson = lessons_of(course)[0]
    assert worker.call("GET", lesson.url)[0] == 200
    for pid in _worker_backends():
        _terminate(pid)
    assert worker.call("POST", reverse("courses:complete", args=[lesson.pk]))[0] == 302
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).exists()


def test_quiz_submission_in_flight_leaves_no_half_written_attempt(setup):
    course, learner, worker = setup
    lesson = lessons_of(course)[0]
    quiz = create_quiz("restart", quiz_data())
    lesson.body = stored_stream([{"type": "quiz", "value": {"quiz": quiz.pk}}])
    lesson.save_revision().publish()
    assert worker.call("GET", lesson.url)[0] == 200
    submit = reverse("quizzes:submit", args=[quiz.pk])
    pause = Pause()
    attempt_graded.connect(pause, dispatch_uid="pause-attempt")
    try:
        status, body = _restart_mid_request(worker, pause, "POST", submit,
                                            post_data(learner, quiz, lesson))
    finally:
        attempt_graded.disconnect(dispatch_uid="pause-attempt")
    _assert_clean_500(status, body)
    assert not Attempt.objects.filter(user=learner).exists()
    assert not Answer.objects.exists()

    status, _body = worker.call("POST", submit, post_data(learner, quiz, lesson))
    assert status == 302
    attempt = Attempt.objects.get(user=learner)
    assert attempt.submitted_at is not None
    assert attempt.answers.count() == len(quiz.canonical_questions())
