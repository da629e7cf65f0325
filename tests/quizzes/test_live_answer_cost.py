# ruff: noqa: F811 - the room fixture is imported
"""What one live answer costs before the presenter's count leaves, counted (never
timed): the statements of the answer's transaction, and the channel-layer messages of
a burst. Bench: live_200.p95_vs_echo (bench/README.md)."""

import asyncio

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes.live import services
from quizzes.live.consumers import CountBatcher
from quizzes.live.models import LiveAnswer, LiveSession

from ..factories import UserFactory
from .live_helpers import make_live_quiz, right_value, room, wrong_value  # noqa: F401


@pytest.fixture
def session(room):
    host = UserFactory(username="host")
    room.hosts.add(host.pk)
    learners = [UserFactory(username=f"learner-{n}") for n in range(2)]
    room.members.update(u.pk for u in learners)
    session = services.start_session(quiz=make_live_quiz(), host=host,
                                     audience_key="room:1")
    for user in learners:
        services.join(session=session, user=user)
    services.command(session_id=session.pk, user=host, action="next")
    return LiveSession.objects.get(pk=session.pk), learners


@pytest.mark.django_db(transaction=True)
def test_an_answer_is_three_statements_and_no_savepoint(session):
    """The gate (share-locked on PostgreSQL), the insert, the count: stored durably in
    its own transaction before the count is sent; a second tap is refused, not stored."""
    session, learners = session
    q = services.questions_by_id(session.quiz)[session.current_question_id]
    services.questions_by_id(session.quiz)  # the quiz's parse is cached per version
    with CaptureQueriesContext(connection) as queries:
        outcome = services.submit_answer(session=session, user=learners[0],
                                         question_id=q.id, value=right_value(q),
                                         joined_already=True)
    statements = [query["sql"].split()[0].upper() for query in queries]
    # (SQLite's BEGIN and COMMIT are logged; PostgreSQL's are not.)
    assert [s for s in statements if s not in ("BEGIN", "COMMIT")] == \
        ["SELECT", "INSERT", "SELECT"], statements
    assert outcome.answered == 1
    with pytest.raises(services.LiveError) as refused:
        services.submit_answer(session=session, user=learners[0], question_id=q.id,
                               value=wrong_value(q), joined_already=True)
    assert refused.value.status == 409
    assert list(LiveAnswer.objects.values_list("user_id", "correct")) == \
        [(learners[0].pk, True)]
    # The refusal rolled back its own transaction only: the next learner is stored.
    services.submit_answer(session=session, user=learners[1], question_id=q.id,
                           value=wrong_value(q), joined_already=True)
    assert LiveAnswer.objects.count() == 2


class _Layer:
    def __init__(self):
        self.sent = []

    async def group_send(self, group, message):
        self.sent.append(message)


async def test_the_first_count_leaves_at_once_and_a_burst_in_one_message(monkeypatch):
    monkeypatch.setattr(CountBatcher, "WINDOW_S", 0.3)
    layer = _Layer()
    batcher = CountBatcher(layer, "live.1.presenter")
    batcher.add(question_id="q", answered=1, user_id=1)
    for _turn in range(3):  # a few turns of the loop: no window to wait out
        await asyncio.sleep(0)
    assert [m["users"] for m in layer.sent] == [[1]]
    for user_id in range(2, 12):  # a burst within the window: held, then one message
        batcher.add(question_id="q", answered=user_id, user_id=user_id)
    await asyncio.sleep(0)
    assert len(layer.sent) == 1
    await asyncio.sleep(0.6)
    assert [m["users"] for m in layer.sent] == [[1], list(range(2, 12))]
    assert layer.sent[-1]["answered"] == 11
