"""Every URL of the quizzes app, classified (see tests/url_security.py).

Learners' routes: anonymous → login, POST without the CSRF token → 403, GET on a POST-only
URL → 405, another learner's attempt or a page the learner cannot take the quiz on → 404.
H5P routes on the H5P origin authenticate by a signed token, not a cookie: a changed token
is a 404, and none of them is served on the site's own host; the results endpoint (the
lesson page's script) needs the session and the CSRF token and refuses another learner's
activity.
"""

import json
from types import SimpleNamespace

import pytest
from django.urls import reverse
from wagtail.models import Page

from quizzes.attempts import submit
from quizzes.live import audience
from quizzes.live import services as live
from quizzes.live.models import LiveAnswer
from quizzes.models import Attempt, H5PResult, H5PUserData
from tests.url_security import (
    ANY,
    FORM,
    LOGIN,
    POST,
    PUBLIC,
    READ,
    SESSION_API,
    STAFF,
    TOKEN,
    Rule,
    assert_classified,
    check_anonymous,
    check_csrf,
    check_each,
    check_foreign,
    check_methods,
    get_urls,
    routes_with,
    staff_users,
    writes_of_gets,
)

from ..factories import UserFactory
from .helpers import answer_fields, as_querydict, post_data, token_for
from .live_helpers import make_live_quiz, right_value

pytestmark = pytest.mark.django_db
H5P_HOST = "localhost"  # tests/quizzes/conftest.py: packages are served from http://localhost


def _live(name, code, **kwargs):
    return reverse(f"quizzes:{name}", kwargs={"code": code}, **kwargs)


def _open_answer(w):
    question = live.questions_by_id(w.live.quiz)[w.live.current_question_id]
    return {"question": question.id, "value": right_value(question)}


def _tampered(token: str) -> str:
    return token[:-2] + ("AA" if not token.endswith("AA") else "BB")


TABLE = {
    "<lang>/quizzes/<int:quiz_id>/submit/": Rule(
        LOGIN, POST, "learner",
        own=lambda w: reverse("quizzes:submit", args=[w.quiz.pk]),
        data=lambda w: post_data(w.learner, w.quiz, w.lesson),
        foreign=lambda w: [(reverse("quizzes:submit", args=[w.quiz.pk]),
                            post_data(w.learner, w.quiz, w.draft))],
        note="a form for a page where the learner cannot take the quiz"),
    "<lang>/quizzes/<int:quiz_id>/start/": Rule(
        LOGIN, POST, "learner",
        own=lambda w: reverse("quizzes:start", args=[w.quiz.pk]),
        data=lambda w: {"page": w.lesson.pk},
        foreign=lambda w: [(reverse("quizzes:start", args=[w.quiz.pk]), {"page": w.draft.pk})]),
    "<lang>/quizzes/attempts/<int:attempt_id>/": Rule(
        LOGIN, READ, "learner",
        own=lambda w: reverse("quizzes:attempt", args=[w.attempt.pk]),
        foreign=lambda w: reverse("quizzes:attempt", args=[w.other_attempt.pk]),
        note="another learner's attempt"),
    # --- live sessions (a code names the session; an unknown code is a 404) ---
    "<lang>/quizzes/live/": Rule(
        LOGIN, FORM, "learner", own=lambda w: reverse("quizzes:live_enter"),
        note="type the code shown on the projector"),
    "<lang>/quizzes/live/<str:code>/": Rule(
        LOGIN, FORM, "learner", own=lambda w: _live("live_play", w.live.code),
        foreign=lambda w: _live("live_play", "ZZZZZZ"),
        note="opening it asks a member to confirm; the POST joins (idempotent); a non-member gets 403 and is not "
             "joined (tests/quizzes/test_live.py)"),
    "<lang>/quizzes/live/<str:code>/present/": Rule(
        STAFF, READ, "host", own=lambda w: _live("live_present", w.live.code),
        foreign=lambda w: _live("live_present", w.other_live.code),
        note="another host's session"),
    "<lang>/quizzes/live/<str:code>/state.json": Rule(
        LOGIN, READ, "learner", own=lambda w: _live("live_state", w.live.code),
        foreign=lambda w: _live("live_state", "ZZZZZZ"),
        note="the polling fallback; a non-participant gets 403 JSON"),
    "<lang>/quizzes/live/<str:code>/answer/": Rule(
        LOGIN, POST, "learner", own=lambda w: _live("live_answer", w.live.code),
        data=_open_answer, foreign=lambda w: [(_live("live_answer", "ZZZZZZ"), _open_answer(w))],
        note="only the open question, once (tests/quizzes/test_live.py)"),
    "<lang>/quizzes/live/<str:code>/control/": Rule(
        STAFF, POST, "host", own=lambda w: _live("live_control", w.live.code),
        data=lambda w: {"action": "pause"},
        foreign=lambda w: [(_live("live_control", w.other_live.code), {"action": "pause"})],
        foreign_status=403,
        note="another host's session or a learner: 403 and nothing changes"),
    # --- the H5P origin: a signed token, no cookie (the frame is sandboxed, opaque origin) ---
    "h5p/p/<str:token>/": Rule(
        TOKEN, READ, own=lambda w: reverse("quizzes_h5p:frame", args=[w.play]),
        foreign=lambda w: reverse("quizzes_h5p:frame", args=[_tampered(w.play)])),
    "h5p/p/<str:token>/c/<path:path>": Rule(
        TOKEN, READ, own=lambda w: reverse("quizzes_h5p:content", args=[w.play, "h5p.json"]),
        foreign=lambda w: reverse("quizzes_h5p:content", args=[_tampered(w.play), "h5p.json"])),
    "h5p/p/<str:token>/state/<str:data_type>/<str:sub_content_id>": Rule(
        TOKEN, ANY, csrf=False,
        own=lambda w: reverse("quizzes_h5p:state", args=[w.play, "state", "0"]),
        foreign=lambda w: reverse("quizzes_h5p:state", args=[_tampered(w.play), "state", "0"]),
        note="csrf-exempt: the token is the credential and the opaque-origin frame sends "
             "no cookie; GET restores, POST saves"),
    "h5p/lib/": Rule(
        PUBLIC, READ, own=lambda w: reverse("quizzes_h5p:libraries"),
        note="the base of library URLs; itself a 404"),
    "h5p/lib/<str:folder>/<path:path>": Rule(
        PUBLIC, READ,
        own=lambda w: reverse("quizzes_h5p:library", args=["H5P.TrueFalse-1.6", "library.json"]),
        note="shared library code, on the H5P origin only"),
    # --- on the site: the lesson page's script relays the player's result ---
    "h5p/forget/": Rule(
        PUBLIC, READ, own=lambda w: reverse("quizzes_h5p:forget"), note="on the H5P origin only (404 elsewhere): Clear-Site-Data for that "
                           "origin, framed by the page after \"forget this device\""),
    "h5p/results/": Rule(
        SESSION_API, POST, "learner", own=lambda w: reverse("quizzes_h5p:results"),
        note="anonymous → 403 JSON (a script's call, not a page); another learner's activity "
             "→ 403"),
    "h5p/failures/": Rule(
        SESSION_API, POST, "learner", own=lambda w: reverse("quizzes_h5p:failure"),
        note="an activity that could not start, logged for editors (no learner data); "
             "anonymous → 403 JSON, another learner's activity → 400 "
             "(tests/quizzes/test_h5p_player.py)"),
}

WEBSOCKETS = {
    "ws/live/<str:code>/": "participants (members of the audience); refusals in "
                           "tests/quizzes/test_live_consumer.py",
    "ws/live/<str:code>/present/": "the session's host with a verified second factor",
}


@pytest.fixture
def desks(monkeypatch):
    """Sessions whose audience is "desk:<n>": {n: (host ids, member ids)}, filled by tests."""
    desks: dict[str, tuple[set, set]] = {}
    policy = audience.AudiencePolicy(
        may_join=lambda user, ident: user.pk in desks.get(ident, (set(), set()))[1],
        may_host=lambda user, ident: user.pk in desks.get(ident, (set(), set()))[0],
        records_url=lambda ident: None)
    original = audience.policies
    monkeypatch.setattr(audience, "policies", lambda: {**original(), "desk": policy})
    return desks


@pytest.fixture
def world(quiz, lesson, package, activity_for, desks):
    learner, other = UserFactory(username="learner"), UserFactory(username="other")
    host, other_host = UserFactory(username="host"), UserFactory(username="other-host")
    desks["1"] = ({host.pk}, {learner.pk})
    desks["2"] = ({other_host.pk}, {other.pk})
    live_quiz = make_live_quiz("live-security")
    session = live.start_session(quiz=live_quiz, host=host, audience_key="desk:1")
    other_session = live.start_session(quiz=live_quiz, host=other_host, audience_key="desk:2")
    live.join(session=session, user=learner)
    session = live.command(session_id=session.pk, user=host, action="next")
    lesson.place(quiz)
    draft = lesson.add_child(instance=Page(title="مسودة", slug="draft", live=False))
    attempt = submit(user=learner, quiz=quiz, page=lesson, form=token_for(learner, quiz, lesson),
                     data=as_querydict(answer_fields(quiz))).attempt
    other_attempt = submit(user=other, quiz=quiz, page=lesson,
                           form=token_for(other, quiz, lesson),
                           data=as_querydict(answer_fields(quiz))).attempt
    play, result = activity_for(learner, package)
    _other_play, other_result = activity_for(other, package)
    return SimpleNamespace(
        quiz=quiz, lesson=lesson, draft=draft, learner=learner, other=other, attempt=attempt,
        other_attempt=other_attempt, package=package, play=play, result=result,
        other_result=other_result, live=session, other_live=other_session,
        users={"learner": learner, "host": host},
    )


def test_every_quizzes_url_has_a_security_classification():
    assert_classified("quizzes", TABLE, WEBSOCKETS)


def test_anonymous_visitor_is_sent_to_login(client, world):
    check_each(routes_with(TABLE, access=(LOGIN, STAFF)),
               lambda route: check_anonymous(client, TABLE[route], world))


def test_state_change_without_csrf_token_is_refused(world):
    check_each(routes_with(TABLE, access=(LOGIN, STAFF, SESSION_API),
                           methods=(FORM, POST), csrf=True),
               lambda route: check_csrf(TABLE[route], world, world.users))
    assert Attempt.objects.filter(user=world.learner).count() == 1
    assert not LiveAnswer.objects.exists()
    world.live.refresh_from_db()
    assert not world.live.paused
    assert not H5PResult.objects.exists()


def test_wrong_method_is_refused(client, world):
    check_each(routes_with(TABLE, access=(LOGIN, STAFF, SESSION_API),
                           methods=(READ, POST)),
               lambda route: check_methods(client, TABLE[route], world, world.users))


@pytest.mark.parametrize("route", routes_with(TABLE, access=(LOGIN, STAFF), foreign=True))
def test_someone_elses_object_is_not_found(route, client, world):
    check_foreign(client, TABLE[route], world, world.users)


def test_another_learners_form_token_is_refused_and_stores_nothing(client, world):
    client.force_login(world.learner)
    response = client.post(reverse("quizzes:submit", args=[world.quiz.pk]),
                           post_data(world.other, world.quiz, world.lesson))
    assert response.status_code == 400
    assert Attempt.objects.filter(quiz=world.quiz).count() == 2  # the two from the fixture


@pytest.mark.parametrize("route", routes_with(TABLE, access=(TOKEN, PUBLIC)))
def test_h5p_origin_routes_are_not_served_on_the_site(route, client, world):
    if route.startswith("h5p/"):
        assert client.get(TABLE[route].own(world)).status_code == 404  # host: testserver


@pytest.mark.parametrize("route", routes_with(TABLE, access=(TOKEN,)))
def test_a_changed_token_opens_nothing(route, client, world):
    rule = TABLE[route]
    assert client.get(rule.own(world), HTTP_HOST=H5P_HOST).status_code == 200
    assert client.get(rule.foreign(world), HTTP_HOST=H5P_HOST).status_code == 404
    posted = client.post(rule.foreign(world), {"data": "{}"}, HTTP_HOST=H5P_HOST)
    assert posted.status_code == (405 if rule.methods == READ else 404)
    assert not H5PUserData.objects.exists()


def test_library_files_need_no_token_but_only_on_the_h5p_origin(client, world):
    rule = TABLE["h5p/lib/<str:folder>/<path:path>"]
    assert client.get(rule.own(world), HTTP_HOST=H5P_HOST).status_code == 200
    assert client.get(reverse("quizzes_h5p:libraries"), HTTP_HOST=H5P_HOST).status_code == 404


def _report(client, token):
    return client.post(reverse("quizzes_h5p:results"), content_type="application/json",
                       data=json.dumps({"activity": token, "statement": {}}))


def test_results_endpoint_refuses_anonymous_and_another_learners_activity(client, world):
    assert _report(client, world.result).status_code == 403  # anonymous: JSON, no redirect
    client.force_login(world.learner)
    assert _report(client, world.other_result).status_code == 403
    assert _report(client, _tampered(world.result)).status_code == 400
    assert not H5PResult.objects.exists()


@pytest.mark.parametrize("role", ["anonymous", "learner", "other", "host", "editor", "admin"])
def test_a_get_changes_nothing(role, world):
    """Every GET URL of the app on the site (own and foreign) and the lesson placing the
    quiz, as each role: nothing but the session is written. (Opening a running live quiz
    joins a member of its audience, its QR code being a link; the learner here has
    joined already, and the others are no members.)"""
    users = {**world.users, **staff_users(), "anonymous": None, "other": world.other}
    urls = [*get_urls(TABLE, world), world.lesson.url]
    assert not writes_of_gets(users[role], urls)
