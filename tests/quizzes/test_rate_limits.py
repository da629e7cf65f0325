# ruff: noqa: F811 - the room and layer fixtures are imported
"""Rate limits on quizzes (literacy/security/rate_limits.py): starting and submitting a
quiz, H5P results and live answers are counted per person; past the limit the request is a
translated 429 (JSON for the endpoints that answer JSON) and stores nothing."""

import json

import pytest
from channels.db import database_sync_to_async
from django.test import Client
from django.urls import reverse

from quizzes.live import services
from quizzes.live.models import LiveAnswer
from quizzes.models import Attempt, H5PResult, H5PUserData
from tests.sockets import (  # noqa: F401
    _close_thread_connections,
    connect,
    layer,
    session_cookie,
)

from ..factories import UserFactory
from .helpers import post_data
from .live_helpers import make_live_quiz, right_value, room  # noqa: F401
from .test_h5p_results import statement

pytestmark = pytest.mark.django_db
ARABIC_REFUSAL = "طلبات كثيرة جدًا"  # "Too many requests"


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def assert_refused(response, *, as_json=False):
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    text = response.json()["error"] if as_json else response.content.decode()
    assert ARABIC_REFUSAL in text


@pytest.fixture
def placed(quiz, lesson):
    lesson.place(quiz)
    return quiz


def submit(client, user, quiz, lesson):
    return client.post(reverse("quizzes:submit", args=[quiz.pk]), post_data(user, quiz, lesson))


def test_submissions_past_the_limit_store_no_attempt(settings, placed, lesson, learner):
    settings.LITERACY_RATE_LIMITS = {"submission": (2, 300)}
    client = client_for(learner)
    for _ in range(2):
        assert submit(client, learner, placed, lesson).status_code == 302
    assert_refused(submit(client, learner, placed, lesson))
    assert Attempt.objects.filter(user=learner).count() == 2
    # Per person: a classmate on the same connection submits as usual.
    other = UserFactory()
    assert submit(client_for(other), other, placed, lesson).status_code == 302


def test_starting_a_timed_quiz_past_the_limit_starts_nothing(settings, placed, lesson, learner):
    settings.LITERACY_RATE_LIMITS = {"quiz_start": (1, 300)}
    placed.time_limit_minutes = 5
    placed.save()
    client = client_for(learner)
    url = reverse("quizzes:start", args=[placed.pk])
    assert client.post(url, {"page": "x"}).status_code == 400  # counted, started nothing
    assert_refused(client.post(url, {"page": lesson.pk}))
    assert not Attempt.objects.exists()
    other = UserFactory()
    assert client_for(other).post(url, {"page": lesson.pk}).status_code == 302


def test_h5p_results_past_the_limit_are_a_json_429(settings, package, activity_for):
    settings.LITERACY_RATE_LIMITS = {"h5p_result": (1, 300)}
    learner, other = UserFactory(), UserFactory()

    def post(user):
        _play, token = activity_for(user, package)
        return client_for(user).post(
            reverse("quizzes_h5p:results"), content_type="application/json",
            data=json.dumps({"activity": token, "statement": statement(package)}))

    assert post(learner).status_code == 200
    assert_refused(post(learner), as_json=True)
    assert H5PResult.objects.filter(user=learner).count() == 1
    assert post(other).json()["recorded"] is True


def test_h5p_state_saves_past_the_limit_are_a_json_429(settings, package, activity_for):
    """Counted per learner the frame's token names (the frame sends no cookie)."""
    settings.LITERACY_RATE_LIMITS = {"h5p_state": (1, 300)}
    learner, other = UserFactory(), UserFactory()
    frames = Client(HTTP_HOST="localhost")

    def save(user, data):
        play, _result = activity_for(user, package)
        return frames.post(reverse("quizzes_h5p:state", args=[play, "state", "0"]),
                           {"data": data})

    assert save(learner, "first").status_code == 200
    refused = save(learner, "second")
    assert_refused(refused, as_json=True)
    assert refused["Access-Control-Allow-Origin"] == "*"  # the frame can read why
    assert H5PUserData.objects.get(user=learner).data == "first"
    play, _result = activity_for(learner, package)  # restoring is not counted
    url = reverse("quizzes_h5p:state", args=[play, "state", "0"])
    assert frames.get(url).json()["data"] == "first"
    assert save(other, "theirs").status_code == 200


def test_live_answers_past_the_limit_store_nothing(settings, room):
    settings.LITERACY_RATE_LIMITS = {"live_answer": (1, 60)}
    host, learner, other = (UserFactory() for _ in range(3))
    room.hosts.add(host.pk)
    room.members.update({learner.pk, other.pk})
    session = services.start_session(quiz=make_live_quiz(), host=host, audience_key="room:1")
    for user in (learner, other):
        services.join(session=session, user=user)
    url = reverse("quizzes:live_answer", kwargs={"code": session.code})

    def send(user, data):  # as the live page sends it
        return client_for(user).post(url, json.dumps(data), content_type="application/json")

    first = session.question_ids[0]
    # Before the question opens: refused by the session (409), and counted.
    assert send(learner, {"question": first, "value": "x"}).status_code == 409
    session = services.command(session_id=session.pk, user=host, action="next")
    question = services.questions_by_id(session.quiz)[session.current_question_id]
    answer = {"question": question.id, "value": right_value(question)}
    assert_refused(send(learner, answer), as_json=True)
    assert not LiveAnswer.objects.filter(user=learner).exists()
    assert send(other, answer).status_code == 200


@pytest.mark.django_db(transaction=True)
async def test_live_answers_by_socket_share_the_limit(settings, room, layer):
    """The socket counts on the same counter as the answer view: one refused there is
    refused here too, and nothing is stored."""
    settings.LITERACY_RATE_LIMITS = {"live_answer": (1, 60)}

    def prepare():
        host, learner = UserFactory(), UserFactory()
        room.hosts.add(host.pk)
        room.members.add(learner.pk)
        session = services.start_session(quiz=make_live_quiz(), host=host,
                                         audience_key="room:1")
        services.join(session=session, user=learner)
        return host, learner, session, session_cookie(learner, False)

    host, learner, session, cookie = await database_sync_to_async(prepare)()
    socket, ok = await connect(f"/ws/live/{session.code}/", cookie)
    assert ok
    first = session.question_ids[0]
    await socket.send_json_to({"type": "answer", "question": first, "value": "x"})
    assert (await next_error(socket))["status"] == 409  # not open yet: counted

    def open_question():
        session_now = services.command(session_id=session.pk, user=host, action="next")
        question = services.questions_by_id(session_now.quiz)[session_now.current_question_id]
        return question.id, right_value(question)

    qid, value = await database_sync_to_async(open_question)()
    await socket.send_json_to({"type": "answer", "question": qid, "value": value})
    error = await next_error(socket)
    assert error["status"] == 429 and ARABIC_REFUSAL in error["message"]
    assert not await database_sync_to_async(LiveAnswer.objects.exists)()
    await socket.disconnect()


async def next_error(socket):
    while True:
        message = await socket.receive_json_from(timeout=3)
        if message["type"] == "error":
            return message
