# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Live quizzes from a cohort: starting, who gets in, the pages and the JSON fallback,
and the summary kept in the cohort's records."""

import pytest
from django.test import Client

from literacy.security.testing import login_verified
from quizzes.live import services
from quizzes.live.models import LiveAnswer, LiveSession
from quizzes.models import Attempt
from tests.factories import UserFactory
from tests.quizzes.live_helpers import make_live_quiz, right_value, wrong_value

from .cohort_fixtures import *

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(db):
    return make_live_quiz()


@pytest.fixture
def started(facilitator_client, cohort, quiz):
    response = facilitator_client.post(f"/ar/facilitate/cohorts/{cohort.pk}/live/",
                                       {"quiz": quiz.pk})
    session = LiveSession.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/ar/quizzes/live/{session.code}/present/"
    return session


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def command(client, session, action, json=True):
    if json:
        return client.post(f"/ar/quizzes/live/{session.code}/control/", {"action": action},
                           content_type="application/json")
    return client.post(f"/ar/quizzes/live/{session.code}/control/", {"action": action})


def answer(client, session, question_id, value):
    return client.post(f"/ar/quizzes/live/{session.code}/answer/",
                       {"question": question_id, "value": value},
                       content_type="application/json")


def current_question(session):
    session.refresh_from_db()
    return services.questions_by_id(session.quiz)[session.current_question_id]


def test_the_cohort_page_offers_to_start_a_live_quiz(facilitator_client, cohort, quiz):
    page = facilitator_client.get(f"/ar/facilitate/cohorts/{cohort.pk}/")
    assert f"/ar/facilitate/cohorts/{cohort.pk}/live/" in page.content.decode()
    live = facilitator_client.get(f"/ar/facilitate/cohorts/{cohort.pk}/live/")
    assert live.status_code == 200
    assert quiz.title in live.content.decode()


def test_a_facilitator_of_another_cohort_cannot_start_one_here(cohort, quiz,
                                                              other_facilitator):
    client = Client()
    login_verified(client, other_facilitator)
    response = client.post(f"/ar/facilitate/cohorts/{cohort.pk}/live/", {"quiz": quiz.pk})
    assert response.status_code == 404
    assert not LiveSession.objects.exists()


def test_the_presenter_view_shows_the_code_and_a_qr_code(facilitator_client, started):
    page = facilitator_client.get(f"/ar/quizzes/live/{started.code}/present/")
    html = page.content.decode()
    assert page.status_code == 200
    assert started.code in html and "<svg" in html
    assert 'dir="rtl"' in html


def test_the_presenter_view_needs_a_second_factor(facilitator, started):
    response = client_for(facilitator).get(f"/ar/quizzes/live/{started.code}/present/")
    assert response.status_code == 302
    assert "/present/" not in response["Location"]


def test_learners_cannot_open_the_presenter_view_or_run_the_quiz(started, learners):
    client = client_for(learners[0])
    assert client.get(f"/ar/quizzes/live/{started.code}/present/").status_code in (302, 404)
    response = command(client, started, "next")
    assert response.status_code == 403
    assert command(client, started, "end", json=False).status_code == 403
    started.refresh_from_db()
    assert (started.state, started.current_index) == ("lobby", -1)


def test_a_member_joins_by_code_and_a_non_member_is_refused(started, learners):
    member = client_for(learners[0])
    response = member.post("/ar/quizzes/live/", {"code": started.code.lower()})
    assert response["Location"] == f"/ar/quizzes/live/{started.code}/"
    page = member.get(response["Location"])
    assert page.status_code == 200
    assert started.participants.filter(user=learners[0]).exists()

    outsider = client_for(UserFactory(username="outsider"))
    refused = outsider.get(f"/ar/quizzes/live/{started.code}/")
    assert refused.status_code == 403
    assert not started.participants.filter(user__username="outsider").exists()
    assert outsider.get(f"/ar/quizzes/live/{started.code}/state.json").status_code == 403


def test_the_json_fallback_runs_a_whole_question(facilitator_client, started, learners):
    clients = [client_for(user) for user in learners]
    for client in clients:
        client.post(f"/ar/quizzes/live/{started.code}/")
    before = clients[0].get(f"/ar/quizzes/live/{started.code}/state.json").json()
    assert before["state"] == "lobby" and before["question"] is None
    state = command(facilitator_client, started, "next").json()
    assert state["joined"] == 3 and state["answered"] == 0
    q = current_question(started)
    assert answer(clients[0], started, q.id, right_value(q)).status_code == 200
    assert answer(clients[1], started, q.id, wrong_value(q)).status_code == 200
    second = answer(clients[1], started, q.id, right_value(q))
    assert second.status_code == 409
    assert LiveAnswer.objects.count() == 2
    learner_view = clients[0].get(f"/ar/quizzes/live/{started.code}/state.json").json()
    assert learner_view["mine"] == right_value(q) and learner_view["reveal"] is None
    presenter = facilitator_client.get(
        f"/ar/quizzes/live/{started.code}/state.json?role=presenter").json()
    assert presenter["answered"] == 2
    # a learner cannot read the presenter's state
    assert clients[0].get(
        f"/ar/quizzes/live/{started.code}/state.json?role=presenter").status_code == 404
    command(facilitator_client, started, "reveal")
    assert answer(clients[2], started, q.id, right_value(q)).status_code == 409
    revealed = clients[1].get(f"/ar/quizzes/live/{started.code}/state.json").json()
    assert revealed["reveal"]["correct"] is False
    assert revealed["reveal"]["explanation"]


def test_bad_json_and_foreign_fields_store_nothing(started, learners, facilitator_client):
    client = client_for(learners[0])
    client.post(f"/ar/quizzes/live/{started.code}/")
    command(facilitator_client, started, "next")
    url = f"/ar/quizzes/live/{started.code}/answer/"
    assert client.post(url, "not json", content_type="application/json").status_code == 400
    assert client.post(url, "[1, 2]", content_type="application/json").status_code == 400
    assert client.post(url, "x" * 5000, content_type="application/json").status_code == 413
    q = current_question(started)
    assert answer(client, started, q.id, {"points": 99}).status_code == 400
    assert not LiveAnswer.objects.exists()


def test_the_summary_stays_in_the_cohort_records(facilitator_client, started, cohort,
                                                 learners):
    clients = [client_for(user) for user in learners]
    for client in clients:
        client.post(f"/ar/quizzes/live/{started.code}/")
    command(facilitator_client, started, "next", json=False)
    q = current_question(started)
    answer(clients[0], started, q.id, right_value(q))
    answer(clients[1], started, q.id, wrong_value(q))
    response = command(facilitator_client, started, "end", json=False)
    assert response.status_code == 302
    page = facilitator_client.get(f"/ar/facilitate/cohorts/{cohort.pk}/live/").content.decode()
    assert q.value["prompt"] in page and "50%" in page
    assert Attempt.objects.filter(mode="live", user=learners[0], passed=True).exists()
    ended = clients[0].get(f"/ar/quizzes/live/{started.code}/state.json").json()
    assert ended["state"] == "ended" and ended["score"] == 1


def test_learners_see_the_running_quiz_on_their_dashboard(started, learners):
    page = client_for(learners[0]).get("/ar/learn/dashboard/").content.decode()
    assert f"/ar/quizzes/live/{started.code}/" in page
    other = client_for(UserFactory(username="outsider")).get("/ar/learn/dashboard/").content.decode()
    assert started.code not in other


def test_live_indicators_turn_off_when_the_session_ends(facilitator_client, started,
                                                        cohort, learners):
    """The cohort dashboard, the cohort's live page and the learner's dashboard say a
    quiz is live while it runs, and stop saying it once it ended."""
    learner = client_for(learners[0])
    dashboard = f"/ar/facilitate/cohorts/{cohort.pk}/"
    present = f"/ar/quizzes/live/{started.code}/present/"
    assert "data-live-now" in facilitator_client.get(dashboard).content.decode()
    assert present in facilitator_client.get(f"{dashboard}live/").content.decode()
    assert f"/ar/quizzes/live/{started.code}/" in \
        learner.get("/ar/learn/dashboard/").content.decode()

    command(facilitator_client, started, "end", json=False)
    assert "data-live-now" not in facilitator_client.get(dashboard).content.decode()
    assert present not in facilitator_client.get(f"{dashboard}live/").content.decode()
    assert started.code not in learner.get("/ar/learn/dashboard/").content.decode()
