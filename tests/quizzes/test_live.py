# ruff: noqa: F811 - the room fixture is imported
"""The live session engine: who may join and run it, what it accepts, what it reveals,
and what remains at the end."""

import json

import pytest
from django.db import IntegrityError

from quizzes.live import services, state
from quizzes.live.models import LiveAnswer, LiveParticipant, LiveSession
from quizzes.models import Attempt

from ..factories import UserFactory
from .live_helpers import make_live_quiz, right_value, room, wrong_value  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(db):
    return make_live_quiz()


@pytest.fixture
def host(room):
    user = UserFactory(username="host")
    room.hosts.add(user.pk)
    return user


@pytest.fixture
def learners(room):
    users = [UserFactory(username=f"learner-{n}") for n in range(3)]
    room.members.update(u.pk for u in users)
    return users


@pytest.fixture
def session(quiz, host, learners):
    session = services.start_session(quiz=quiz, host=host, audience_key="room:1")
    for user in learners:
        services.join(session=session, user=user)
    return session


def run(session, host, action):
    return services.command(session_id=session.pk, user=host, action=action)


def question(session):
    return services.questions_by_id(session.quiz)[session.current_question_id]


def refused(fn, **kwargs):
    count = LiveAnswer.objects.count()
    with pytest.raises(services.LiveError) as info:
        fn(**kwargs)
    assert LiveAnswer.objects.count() == count
    return info.value


def test_a_session_holds_only_questions_answerable_with_buttons(session, quiz):
    kinds = [services.questions_by_id(quiz)[qid].block_type for qid in session.question_ids]
    assert kinds == ["single_choice", "true_false", "rate_a_post", "rate_a_post"]
    assert len(session.code) == 6


def test_only_a_host_of_the_audience_may_start_a_session(quiz, learners):
    error = refused(services.start_session, quiz=quiz, host=learners[0], audience_key="room:1")
    assert error.status == 404
    assert not LiveSession.objects.exists()


def test_a_non_member_cannot_join(session):
    outsider = UserFactory(username="outsider")
    error = refused(services.join, session=session, user=outsider)
    assert error.status == 403
    assert not LiveParticipant.objects.filter(user=outsider).exists()


def test_an_unknown_audience_lets_nobody_join(quiz, host, learners):
    session = LiveSession.objects.create(quiz=quiz, host=host, audience="nowhere:1",
                                         question_ids=["x"])
    refused(services.join, session=session, user=learners[0])


def test_answers_are_refused_before_the_question_opens(session, learners):
    first = session.question_ids[0]
    error = refused(services.submit_answer, session=session, user=learners[0],
                    question_id=first, value="x")
    assert error.status == 409


def test_one_answer_per_learner_and_question(session, host, learners):
    run(session, host, "next")
    q = question(session.__class__.objects.get(pk=session.pk))
    outcome = services.submit_answer(session=session, user=learners[0], question_id=q.id,
                                     value=right_value(q))
    assert outcome.answered == 1 and outcome.joined == 3
    assert outcome.answer.correct is True
    error = refused(services.submit_answer, session=session, user=learners[0],
                    question_id=q.id, value=wrong_value(q))
    assert "already answered" in error.message or error.status == 409
    assert LiveAnswer.objects.get(user=learners[0]).correct is True


def test_the_database_refuses_a_second_answer_row(session, host, learners):
    run(session, host, "next")
    qid = LiveSession.objects.get(pk=session.pk).current_question_id
    LiveAnswer.objects.create(session=session, user=learners[0], question_id=qid,
                              response={"choice": "a"}, correct=False, points=0, max_points=1)
    with pytest.raises(IntegrityError):
        LiveAnswer.objects.create(session=session, user=learners[0], question_id=qid,
                                  response={"choice": "b"}, correct=False, points=0,
                                  max_points=1)


def test_answers_to_another_question_after_close_or_when_paused_are_refused(
        session, host, learners):
    run(session, host, "next")
    first = LiveSession.objects.get(pk=session.pk)
    q1 = question(first)
    # not the open question
    refused(services.submit_answer, session=session, user=learners[0],
            question_id=first.question_ids[1], value="true")
    # a value the question does not have
    refused(services.submit_answer, session=session, user=learners[0], question_id=q1.id,
            value="no-such-option")
    refused(services.submit_answer, session=session, user=learners[0], question_id=q1.id,
            value=["a", "b"])
    run(session, host, "pause")
    error = refused(services.submit_answer, session=session, user=learners[0],
                    question_id=q1.id, value=right_value(q1))
    assert error.status == 409
    run(session, host, "resume")
    services.submit_answer(session=session, user=learners[0], question_id=q1.id,
                           value=right_value(q1))
    run(session, host, "reveal")
    # after close
    refused(services.submit_answer, session=session, user=learners[1], question_id=q1.id,
            value=right_value(q1))
    run(session, host, "next")
    refused(services.submit_answer, session=session, user=learners[1], question_id=q1.id,
            value=right_value(q1))


def test_an_answer_for_another_session_is_refused(session, quiz, host, learners):
    other = services.start_session(quiz=quiz, host=host, audience_key="room:2")
    run(other, host, "next")
    run(session, host, "next")
    qid = LiveSession.objects.get(pk=session.pk).current_question_id
    # learner joined `session` only: answering `other` (same question open) is refused
    error = refused(services.submit_answer, session=other, user=learners[0], question_id=qid,
                    value=right_value(question(LiveSession.objects.get(pk=session.pk))))
    assert error.status == 403


def test_learners_cannot_run_the_session(session, learners):
    for action in services.ACTIONS:
        error = refused(services.command, session_id=session.pk, user=learners[0],
                        action=action)
        assert error.status == 403
    fresh = LiveSession.objects.get(pk=session.pk)
    assert (fresh.state, fresh.current_index, fresh.version) == ("lobby", -1, 0)


def _secrets_of(q):
    secrets = [q.value["explanation"]]
    if q.block_type == "single_choice":
        secrets += [o.value["feedback"] for o in q.value["options"].bound_blocks]
    return [s for s in secrets if s]


def test_nothing_of_the_answer_reaches_anyone_before_reveal(session, host, learners):
    run(session, host, "next")
    fresh = LiveSession.objects.get(pk=session.pk)
    q = question(fresh)
    learner_view = json.dumps(state.learner_state(fresh, user=learners[0], mine={}),
                              ensure_ascii=False)
    presenter_view = json.dumps(state.presenter_state(fresh), ensure_ascii=False)
    for text in (learner_view, presenter_view):
        assert '"reveal": null' in text
        assert "correct" not in text
        for secret in _secrets_of(q):
            assert secret not in text
    services.submit_answer(session=session, user=learners[0], question_id=q.id,
                           value=right_value(q))
    revealed = run(session, host, "reveal")
    view = state.learner_state(revealed, user=learners[0],
                               mine=services.my_answers(revealed, learners[0]))
    assert view["reveal"]["correct"] is True
    assert view["reveal"]["explanation"] == q.value["explanation"]
    assert view["reveal"]["right"] == [right_value(q)]
    board = state.presenter_state(revealed)
    bars = board["reveal"]["series"][0]["bars"]
    assert sum(b["count"] for b in bars) == 1
    assert [b["right"] for b in bars].count(True) == 1


def test_rate_a_post_shows_both_posts_ratings_side_by_side(session, host, learners):
    for _n in range(3):
        run(session, host, "next")
    manipulative = question(LiveSession.objects.get(pk=session.pk))
    assert manipulative.block_type == "rate_a_post" and not manipulative.value["reliable"]
    for user, rating in zip(learners, ["1", "2", "6"], strict=True):
        services.submit_answer(session=session, user=user, question_id=manipulative.id,
                               value=rating)
    run(session, host, "reveal")
    run(session, host, "next")
    reliable = question(LiveSession.objects.get(pk=session.pk))
    services.submit_answer(session=session, user=learners[0], question_id=reliable.id,
                           value=7)
    revealed = run(session, host, "reveal")
    series = state.presenter_state(revealed)["reveal"]["series"]
    assert [s["reliable"] for s in series] == [False, True]
    assert [b["count"] for b in series[0]["bars"]] == [1, 1, 0, 0, 0, 1, 0]
    assert [b["count"] for b in series[1]["bars"]] == [0, 0, 0, 0, 0, 0, 1]
    assert series[1]["current"] and not series[0]["current"]


def test_the_end_keeps_a_summary_and_a_live_attempt_per_learner(session, host, learners):
    run(session, host, "next")
    q1 = question(LiveSession.objects.get(pk=session.pk))
    services.submit_answer(session=session, user=learners[0], question_id=q1.id,
                           value=right_value(q1))
    services.submit_answer(session=session, user=learners[1], question_id=q1.id,
                           value=wrong_value(q1))
    services.submit_answer(session=session, user=learners[2], question_id=q1.id,
                           value=wrong_value(q1))
    run(session, host, "reveal")
    run(session, host, "next")
    q2 = question(LiveSession.objects.get(pk=session.pk))
    services.submit_answer(session=session, user=learners[0], question_id=q2.id,
                           value=right_value(q2))
    ended = run(session, host, "end")
    assert ended.state == "ended"
    first, second = ended.summary
    assert (first["answered"], first["correct"], first["share_correct"]) == (3, 1, 33)
    wrong_label = next(o.value["text"] for o in q1.value["options"].bound_blocks
                       if o.id == wrong_value(q1))
    assert first["common_wrong"] == {"label": wrong_label, "count": 2}
    assert (second["answered"], second["share_correct"], second["common_wrong"]) == \
        (1, 100, None)
    attempts = Attempt.objects.filter(mode="live").order_by("user__username")
    assert [a.user for a in attempts] == learners
    best = attempts[0]
    assert best.answers.count() == 2 and best.score == best.max_score
    assert best.submitted_at is not None
    # ended: nothing more is accepted, no command runs
    refused(services.command, session_id=session.pk, user=host, action="next")
    refused(services.join, session=session, user=UserFactory(username="late"))


def test_a_reload_finds_the_current_question_and_the_locked_answer(session, host, learners):
    run(session, host, "next")
    q = question(LiveSession.objects.get(pk=session.pk))
    services.submit_answer(session=session, user=learners[0], question_id=q.id,
                           value=right_value(q))
    services.join(session=session, user=learners[0])  # rejoining is harmless
    fresh = LiveSession.objects.get(pk=session.pk)
    view = state.learner_state(fresh, user=learners[0],
                               mine=services.my_answers(fresh, learners[0]))
    assert view["question"]["id"] == q.id and view["mine"] == right_value(q)
    assert LiveParticipant.objects.filter(session=session).count() == 3


def test_next_after_the_last_question_is_refused(session, host):
    for _n in range(4):
        run(session, host, "next")
    refused(services.command, session_id=session.pk, user=host, action="next")
    refused(services.command, session_id=session.pk, user=host, action="explode")


@pytest.mark.django_db(transaction=True)
def test_simultaneous_answers_store_one_row_and_reveal_waits_for_them(room):
    """On PostgreSQL: the same learner's answer sent twice at once (two tabs) is stored
    once; answers of many learners go through side by side."""
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("row locks are PostgreSQL's")
    quiz = make_live_quiz("live-concurrency")
    host = UserFactory(username="host")
    room.hosts.add(host.pk)
    users = [UserFactory(username=f"crowd-{n}") for n in range(6)]
    room.members.update(u.pk for u in users)
    session = services.start_session(quiz=quiz, host=host, audience_key="room:1")
    for user in users:
        services.join(session=session, user=user)
    session = run(session, host, "next")
    q = question(session)

    def attempt(user):
        try:
            services.submit_answer(session=session, user=user, question_id=q.id,
                                   value=right_value(q))
            return True
        except services.LiveError:
            return False
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(attempt, [users[0]] * 4 + users[1:]))
    assert results.count(True) == 6
    assert LiveAnswer.objects.filter(session=session).count() == 6
    assert LiveAnswer.objects.filter(session=session, user=users[0]).count() == 1


def test_a_learners_data_export_holds_the_live_quizzes_they_answered(session, host, learners):
    from literacy.accounts.personal_data import export

    session = run(session, host, "next")
    asked = question(session)
    services.submit_answer(session=session, user=learners[0], question_id=asked.id,
                           value=right_value(asked))
    mine = export(learners[0])["sections"]["live_quizzes"]["records"]
    assert len(mine) == 1 and mine[0]["quiz"] == session.quiz.title
    assert [a["correct"] for a in mine[0]["answers"]] == [True]
    theirs = export(learners[1])["sections"]["live_quizzes"]["records"]
    assert theirs[0]["answers"] == []  # joined, did not answer


def test_a_live_attempt_neither_uses_up_a_limited_quiz_nor_swallows_an_open_form(
        session, host, learners):
    from quizzes.attempts import SubmissionError, submit

    from .helpers import answer_fields, as_querydict, token_for

    quiz = session.quiz
    quiz.attempts_allowed = 1
    quiz.save(update_fields=["attempts_allowed"])
    learner = learners[0]
    open_form = token_for(learner, quiz, None)  # the quiz form open on the learner's phone
    run(session, host, "next")
    asked = question(LiveSession.objects.get(pk=session.pk))
    services.submit_answer(session=session, user=learner, question_id=asked.id,
                           value=right_value(asked))
    run(session, host, "end")
    live_attempt = Attempt.objects.get(user=learner, mode="live")
    assert live_attempt.number == open_form.number  # the session took the form's number

    outcome = submit(user=learner, quiz=quiz, page=None, form=open_form,
                     data=as_querydict(answer_fields(quiz)))
    assert not outcome.replayed and outcome.attempt.mode == "form"
    assert outcome.attempt.answers.count() == len(quiz.canonical_questions())
    with pytest.raises(SubmissionError):  # the one allowed attempt is now used
        submit(user=learner, quiz=quiz, page=None, form=token_for(learner, quiz, None),
               data=as_querydict(answer_fields(quiz)))
    assert Attempt.objects.filter(user=learner).count() == 2


def test_the_report_of_a_live_attempt_shows_the_rating_it_holds(client, learners):
    """A live workshop quiz asks a rate-a-post for the rating only: the learner's report
    of that attempt shows it (no confidence or sharing question was asked)."""
    import uuid

    from django.urls import reverse
    from django.utils import timezone

    from quizzes.demo import create_quiz
    from quizzes.models import Answer

    from .data import quiz_data

    quiz = create_quiz("live-report", quiz_data())
    question = next(q for q in quiz.canonical_questions() if q.block_type == "rate_a_post")
    now = timezone.now()
    attempt = Attempt.objects.create(
        user=learners[0], quiz=quiz, number=1, idempotency_key=uuid.uuid4(), order_seed=1,
        started_at=now, submitted_at=now, score=0, max_score=1, passed=False, mode="live")
    Answer.objects.create(attempt=attempt, question_id=question.id,
                          question_type="rate_a_post", response={"reliability": 6},
                          correct=False, points=0, max_points=1)
    client.force_login(learners[0])
    response = client.get(reverse("quizzes:attempt", args=[attempt.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "الموثوقية: 6 من 7" in html
