# ruff: noqa: F811 - the room fixture is imported
"""What one live answer costs before the presenter's count leaves, counted (never
timed): the statements of the answer's transaction and of a burst's (group commit), and
the channel-layer messages of a burst. Bench: live_200.p95_vs_echo (bench/README.md)."""

import asyncio

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes.live import services
from quizzes.live.consumers import CountBatcher
from quizzes.live.models import LiveAnswer, LiveParticipant, LiveSession

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
    """A channel layer whose sends wait until the test lets them go."""

    def __init__(self):
        self.sent = []
        self.gate = asyncio.Event()

    async def group_send(self, group, message):
        await self.gate.wait()
        self.sent.append(message)


async def test_the_first_count_leaves_at_once_and_a_burst_in_one_message():
    layer = _Layer()
    layer.gate.set()
    batcher = CountBatcher(layer, "live.1.presenter")
    batcher.add(question_id="q", answered=1, user_id=1)
    for _turn in range(3):  # a few turns of the loop: no timer to wait out
        await asyncio.sleep(0)
    assert [m["users"] for m in layer.sent] == [[1]]
    layer.gate.clear()  # the next send is slow: what comes meanwhile waits for it
    batcher.add(question_id="q", answered=2, user_id=2)
    await asyncio.sleep(0)
    for user_id in range(3, 12):
        batcher.add(question_id="q", answered=user_id, user_id=user_id)
    layer.gate.set()
    for _turn in range(6):
        await asyncio.sleep(0)
    assert [m["users"] for m in layer.sent] == [[1], [2], list(range(3, 12))]
    assert layer.sent[-1]["answered"] == 11


@pytest.fixture
def burst(session):
    """The session of ``session`` with six joined learners and its open question."""
    session, learners = session
    more = [UserFactory(username=f"learner-b{n}") for n in range(4)]
    for user in more:
        LiveParticipant.objects.create(session=session, user=user)
    q = services.questions_by_id(session.quiz)[session.current_question_id]
    return session, [*learners, *more], q


@pytest.mark.django_db(transaction=True)
def test_a_burst_of_answers_is_one_transaction_of_four_statements(burst):
    """Answers that arrive together (AnswerBatcher) cost the gate, the learners' earlier
    answers, one insert and one count, however many they are; each learner still gets
    their own outcome, and a second tap (stored before, or twice in the batch) its own
    refusal, in its language, without the batch falling back to one transaction each."""
    session, learners, q = burst
    services.submit_answer(session=session, user=learners[0], question_id=q.id,
                           value=right_value(q), joined_already=True)
    answers = [(learners[0], q.id, wrong_value(q), "en"),   # answered before
               (learners[1], q.id, right_value(q), "ar"),
               (learners[2], q.id, wrong_value(q), "fr"),
               (learners[2], q.id, right_value(q), "fr"),   # a second tap in the batch
               (learners[3], "not-the-question", right_value(q), "en"),
               (learners[4], q.id, right_value(q), "en"),
               (learners[5], q.id, right_value(q), "en")]
    with CaptureQueriesContext(connection) as queries:
        results = services.submit_answers(session=session, answers=answers)
    statements = [query["sql"].split()[0].upper() for query in queries]
    assert [s for s in statements if s not in ("BEGIN", "COMMIT")] == \
        ["SELECT", "SELECT", "INSERT", "SELECT"], statements
    refused = {n: (r.status, r.message) for n, r in enumerate(results)
               if isinstance(r, services.LiveError)}
    assert refused == {0: (409, "You have already answered this question."),
                       3: (409, "Vous avez déjà répondu à cette question."),
                       4: (409, "This question is not open.")}
    assert [r.answered for r in results if not isinstance(r, services.LiveError)] == [5] * 4
    assert dict(LiveAnswer.objects.values_list("user_id", "correct")) == {
        learners[0].pk: True, learners[1].pk: True, learners[2].pk: False,
        learners[4].pk: True, learners[5].pk: True}


@pytest.mark.django_db(transaction=True)
def test_an_answer_stored_meanwhile_elsewhere_refuses_only_its_own(burst, monkeypatch):
    """The unique constraint is the authority: an answer stored by another process
    between the batch's check and its insert rolls the batch back, and each answer is
    then submitted on its own: the others are stored, the second one refused."""
    session, learners, q = burst
    taken = LiveAnswer.objects.filter

    def stored_meanwhile(*args, **kwargs):
        query = taken(*args, **kwargs)
        if "user_id__in" in kwargs:  # the batch's check: the other process answers now
            LiveAnswer.objects.create(session=session, user=learners[1], question_id=q.id,
                                      response={}, correct=False, points=0, max_points=1)
        return query

    monkeypatch.setattr(LiveAnswer.objects, "filter", stored_meanwhile)
    results = services.submit_answers(session=session, answers=[
        (user, q.id, right_value(q), "en") for user in learners[:3]])
    monkeypatch.undo()
    assert [getattr(r, "status", None) for r in results] == [None, 409, None]
    assert sorted(LiveAnswer.objects.values_list("user_id", "correct")) == sorted(
        [(learners[0].pk, True), (learners[1].pk, False), (learners[2].pk, True)])


async def test_answers_that_come_while_one_is_stored_go_together(monkeypatch):
    """AnswerBatcher: the first answer goes at once; those that come while it is being
    stored go in one batch after it; each caller gets its own outcome or refusal."""
    from quizzes.live import consumers

    batches, release = [], asyncio.Event()

    def store(session, answers):
        batches.append([user for user, *_rest in answers])
        return [services.LiveError("no", status=409) if user == 3 else f"ok {user}"
                for user, *_rest in answers]

    async def in_thread(session, answers):
        await release.wait()
        return store(session, answers)

    monkeypatch.setattr(consumers, "database_sync_to_async", lambda fn, **kw: in_thread)
    batcher = consumers.AnswerBatcher(session=None, parallel=1)
    calls = [asyncio.ensure_future(batcher.submit(1, "q", 1, "en"))]
    for _turn in range(3):  # its batch starts and waits for the database
        await asyncio.sleep(0)
    calls += [asyncio.ensure_future(batcher.submit(user, "q", 1, "en")) for user in range(2, 6)]
    for _turn in range(3):
        await asyncio.sleep(0)
    release.set()
    results = await asyncio.gather(*calls, return_exceptions=True)
    assert batches == [[1], [2, 3, 4, 5]]
    assert [getattr(r, "status", r) for r in results] == ["ok 1", "ok 2", 409, "ok 4", "ok 5"]
