# ruff: noqa: F811 - the room and layer fixtures are imported
"""The live session sockets: who may connect, what goes through, what is refused."""

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from django.test import override_settings

from quizzes.live import services
from quizzes.live.models import LiveAnswer, LiveSession
from tests.sockets import (  # noqa: F401
    _close_thread_connections,
    connect,
    layer,
    session_cookie,
)

from ..factories import UserFactory
from .live_helpers import make_live_quiz, right_value, room, wrong_value  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)


def cookie_for(user, verified=False) -> bytes:
    return session_cookie(user, verified)


@pytest.fixture
def setup(room):
    quiz = make_live_quiz()
    host = UserFactory(username="host")
    learners = [UserFactory(username=f"learner-{n}") for n in range(2)]
    room.hosts.add(host.pk)
    room.members.update(u.pk for u in learners)
    session = services.start_session(quiz=quiz, host=host, audience_key="room:1")
    return {"session": session, "host": host, "learners": learners,
            "host_cookie": cookie_for(host, verified=True),
            "cookies": [cookie_for(u) for u in learners]}


async def next_of_type(socket, kind, timeout=3):
    while True:
        message = await socket.receive_json_from(timeout=timeout)
        if message["type"] == kind:
            return message


async def test_a_question_round_trip(layer, setup):
    code = setup["session"].code
    presenter, ok = await connect(f"/ws/live/{code}/present/", setup["host_cookie"])
    assert ok
    assert (await presenter.receive_json_from())["state"] == "lobby"
    learner, ok = await connect(f"/ws/live/{code}/", setup["cookies"][0])
    assert ok
    first = await learner.receive_json_from()
    assert first["type"] == "state" and first["question"] is None
    joined = await next_of_type(presenter, "count")
    assert joined["joined"] == 1

    await presenter.send_json_to({"type": "command", "action": "next"})
    opened = await next_of_type(learner, "state")
    assert opened["state"] == "open" and opened["reveal"] is None
    qid = opened["question"]["id"]
    session = await database_sync_to_async(LiveSession.objects.select_related("quiz").get)(
        pk=setup["session"].pk)
    question = services.questions_by_id(session.quiz)[qid]
    await next_of_type(presenter, "state")

    await learner.send_json_to({"type": "answer", "question": qid,
                                "value": right_value(question)})
    assert (await next_of_type(learner, "answered"))["value"] == right_value(question)
    count = await next_of_type(presenter, "count")
    assert (count["question"], count["answered"], count["users"]) == \
        (qid, 1, [setup["learners"][0].pk])

    # a second answer and a presenter command from a learner: refused, nothing stored
    await learner.send_json_to({"type": "answer", "question": qid,
                                "value": wrong_value(question)})
    assert (await next_of_type(learner, "error"))["status"] == 409
    await learner.send_json_to({"type": "command", "action": "end"})
    assert (await next_of_type(learner, "error"))["status"] == 403
    assert await database_sync_to_async(LiveAnswer.objects.count)() == 1
    state = await database_sync_to_async(
        LiveSession.objects.values_list("state", flat=True).get)(pk=session.pk)
    assert state == "open"

    await presenter.send_json_to({"type": "command", "action": "reveal"})
    revealed = await next_of_type(learner, "state")
    assert revealed["reveal"]["correct"] is True and revealed["mine"] == right_value(question)
    board = await next_of_type(presenter, "state")
    assert sum(b["count"] for b in board["reveal"]["series"][0]["bars"]) == 1
    await learner.disconnect()
    await presenter.disconnect()


async def test_a_reconnecting_learner_is_put_back_on_the_question(layer, setup):
    code = setup["session"].code
    presenter, _ok = await connect(f"/ws/live/{code}/present/", setup["host_cookie"])
    await presenter.send_json_to({"type": "command", "action": "next"})
    opened = await next_of_type(presenter, "state")
    while opened["state"] != "open":
        opened = await next_of_type(presenter, "state")
    learner, _ok = await connect(f"/ws/live/{code}/", setup["cookies"][1])
    late = await next_of_type(learner, "state")
    assert late["question"]["id"] == opened["question"]["id"] and late["mine"] is None
    await learner.send_json_to({"type": "answer", "question": late["question"]["id"],
                                "value": "true" if late["question"]["type"] == "true_false"
                                else late["question"]["buttons"][0]["value"]})
    await next_of_type(learner, "answered")
    await learner.disconnect()
    again, _ok = await connect(f"/ws/live/{code}/", setup["cookies"][1])
    back = await next_of_type(again, "state")
    assert back["question"]["id"] == late["question"]["id"] and back["mine"] is not None
    await again.disconnect()
    await presenter.disconnect()


async def test_sockets_without_a_session_or_the_right_are_refused(layer, setup):
    code = setup["session"].code
    outsider = await sync_to_async(cookie_for)(await database_sync_to_async(UserFactory)(
        username="outsider"))
    host_unverified = await sync_to_async(cookie_for)(setup["host"])
    cases = [
        (f"/ws/live/{code}/", None),                       # anonymous
        (f"/ws/live/{code}/", outsider),                   # not a member
        ("/ws/live/NOSUCH/", setup["cookies"][0]),         # no such session
        (f"/ws/live/{code}/present/", setup["cookies"][0]),  # a learner as presenter
        (f"/ws/live/{code}/present/", host_unverified),    # no second factor
    ]
    for path, cookie in cases:
        _socket, connected = await connect(path, cookie)
        assert not connected, path
    count = await database_sync_to_async(setup["session"].participants.count)()
    assert count == 0


@override_settings(ALLOWED_HOSTS=["testserver"])
async def test_a_foreign_origin_is_refused(layer, setup):
    code = setup["session"].code
    _socket, connected = await connect(f"/ws/live/{code}/", setup["cookies"][0],
                                       origin=b"https://evil.example")
    assert not connected
    socket, connected = await connect(f"/ws/live/{code}/", setup["cookies"][0])
    assert connected
    await socket.disconnect()


async def test_answers_sent_together_are_each_answered_or_refused(layer, setup):
    """A burst on several sockets (stored in batches, AnswerBatcher): each learner is
    told their own outcome, a second tap sent at once is refused, the presenter counts
    every learner once, and what is stored is one answer each."""
    code = setup["session"].code
    presenter, ok = await connect(f"/ws/live/{code}/present/", setup["host_cookie"])
    assert ok
    learners = []
    for cookie in setup["cookies"]:
        learner, ok = await connect(f"/ws/live/{code}/", cookie)
        assert ok
        learners.append(learner)
    await presenter.send_json_to({"type": "command", "action": "next"})
    opened = [await next_of_type(learner, "state") for learner in learners]
    opened = [state if state["state"] == "open" else await next_of_type(learner, "state")
              for state, learner in zip(opened, learners, strict=True)]
    qid = opened[0]["question"]["id"]
    session = await database_sync_to_async(LiveSession.objects.select_related("quiz").get)(
        pk=setup["session"].pk)
    question = services.questions_by_id(session.quiz)[qid]
    answer = {"type": "answer", "question": qid, "value": right_value(question)}
    await learners[0].send_json_to(answer)
    await learners[0].send_json_to(answer)  # a double tap
    await learners[1].send_json_to(answer)
    assert (await next_of_type(learners[0], "answered"))["question"] == qid
    assert (await next_of_type(learners[0], "error"))["status"] == 409
    assert (await next_of_type(learners[1], "answered"))["question"] == qid
    counted: set = set()
    while len(counted) < 2:
        count = await next_of_type(presenter, "count")
        if count["question"] == qid:
            counted.update(count["users"])
    assert counted == {user.pk for user in setup["learners"]}
    stored = await sync_to_async(lambda: sorted(
        LiveAnswer.objects.filter(question_id=qid).values_list("user_id", flat=True)))()
    assert stored == sorted(user.pk for user in setup["learners"])
    for socket in [presenter, *learners]:
        await socket.disconnect()
