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
from quizzes.models import Attempt, H5PResult, H5PUserData
from tests.url_security import (
    ANY,
    LOGIN,
    POST,
    PUBLIC,
    READ,
    SESSION_API,
    TOKEN,
    Rule,
    assert_classified,
    check_anonymous,
    check_csrf,
    check_each,
    check_foreign,
    check_methods,
    routes_with,
)

from ..factories import UserFactory
from .helpers import answer_fields, as_querydict, post_data, token_for

pytestmark = pytest.mark.django_db
H5P_HOST = "localhost"  # tests/quizzes/conftest.py: packages are served from http://localhost


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
    "h5p/results/": Rule(
        SESSION_API, POST, "learner", own=lambda w: reverse("quizzes_h5p:results"),
        note="anonymous → 403 JSON (a script's call, not a page); another learner's activity "
             "→ 403"),
}

WEBSOCKETS: dict[str, str] = {}


@pytest.fixture
def world(quiz, lesson, package, activity_for):
    learner, other = UserFactory(username="learner"), UserFactory(username="other")
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
        other_result=other_result, users={"learner": learner},
    )


def test_every_quizzes_url_has_a_security_classification():
    assert_classified("quizzes", TABLE, WEBSOCKETS)


def test_anonymous_visitor_is_sent_to_login(client, world):
    check_each(routes_with(TABLE, access=(LOGIN,)),
               lambda route: check_anonymous(client, TABLE[route], world))


def test_state_change_without_csrf_token_is_refused(world):
    check_each(routes_with(TABLE, access=(LOGIN, SESSION_API),
                           methods=(POST,), csrf=True),
               lambda route: check_csrf(TABLE[route], world, world.users))
    assert Attempt.objects.filter(user=world.learner).count() == 1
    assert not H5PResult.objects.exists()


def test_wrong_method_is_refused(client, world):
    check_each(routes_with(TABLE, access=(LOGIN, SESSION_API),
                           methods=(READ, POST)),
               lambda route: check_methods(client, TABLE[route], world, world.users))


@pytest.mark.parametrize("route", routes_with(TABLE, access=(LOGIN,), foreign=True))
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
