"""Results reported by the player: the server believes the session, not the statement."""

import json

import pytest
from django.test import Client
from django.urls import reverse
from wagtail import hooks

from quizzes.models import H5PResult
from quizzes.signals import h5p_result_recorded
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

RESULTS = "quizzes_h5p:results"


def statement(package, *, raw=1, maximum=1, success=True, actor=None, object_id=None,
              verb="answered"):
    return {
        "actor": actor or {"name": "learner", "mbox": "mailto:learner@basira.invalid",
                           "objectType": "Agent"},
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}"},
        "object": {"id": object_id or package.activity_iri, "objectType": "Activity",
                   "definition": {"interactionType": "true-false",
                                  "correctResponsesPattern": ["false"],
                                  "extensions": {"http://h5p.org/x-api/h5p-local-content-id": 1}}},
        "context": {"contextActivities": {"category": [{"id": "http://h5p.org/libraries/x"}]},
                    "extensions": {"http://id.tincanapi.com/extension/ip": "203.0.113.9"}},
        "result": {"score": {"raw": raw, "min": 0, "max": maximum, "scaled": raw / maximum},
                   "success": success, "completion": True, "response": "false",
                   "duration": "PT3S"},
        "authority": {"mbox": "mailto:someone@example.org"},
    }


def post(client, token, data):
    return client.post(reverse(RESULTS), data=json.dumps({"activity": token, "statement": data}),
                       content_type="application/json")


@pytest.fixture
def learner_client(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def received():
    calls = []

    def listener(sender, **kwargs):
        calls.append(kwargs)

    h5p_result_recorded.connect(listener)
    yield calls
    h5p_result_recorded.disconnect(listener)


def test_a_result_is_recorded_as_client_reported(
    learner_client, user, package, activity_for, home_page, received
):
    _play, token = activity_for(user, package)
    response = post(learner_client, token, statement(package))
    assert response.status_code == 200
    assert response.json()["recorded"] is True
    result = H5PResult.objects.get()
    assert (result.user, result.package, result.page_id) == (user, package, home_page.pk)
    assert (result.score, result.max_score, result.success, result.passed) == (1, 1, True, True)
    assert result.is_client_reported and result.completes_lesson
    assert received == [{"signal": h5p_result_recorded, "result": result, "user": user,
                         "package": package, "passed": True, "page_id": home_page.pk}]


def test_personal_data_is_stripped_from_the_stored_statement(
    learner_client, user, package, activity_for
):
    _play, token = activity_for(user, package)
    post(learner_client, token, statement(package))
    stored = json.dumps(H5PResult.objects.get().statement)
    for personal in ("actor", "mbox", "learner@", "authority", "someone@", "203.0.113.9",
                     "context", "h5p-local-content-id"):
        assert personal not in stored
    assert H5PResult.objects.get().statement["result"]["response"] == "false"


def test_another_users_id_in_the_statement_is_ignored(learner_client, user, package,
                                                      activity_for):
    other = UserFactory()
    _play, token = activity_for(user, package)
    forged = statement(package, actor={"account": {"name": str(other.pk),
                                                   "homePage": "http://testserver"}})
    assert post(learner_client, token, forged).status_code == 200
    result = H5PResult.objects.get()
    assert result.user == user
    assert not H5PResult.objects.filter(user=other).exists()


def test_a_token_given_to_another_learner_is_refused(learner_client, package, activity_for):
    _play, token = activity_for(UserFactory(), package)
    assert post(learner_client, token, statement(package)).status_code == 403
    assert not H5PResult.objects.exists()


def test_a_statement_about_another_package_is_refused(
    learner_client, user, package, activity_for
):
    import io

    from quizzes.h5p.ingest import ingest_package
    from tests.quizzes.h5p_packages import fixture_bytes

    other = ingest_package(upload=io.BytesIO(fixture_bytes()), title="آخر")
    _play, token = activity_for(user, package)
    response = post(learner_client, token, statement(package, object_id=other.activity_iri))
    assert response.status_code == 400
    assert not H5PResult.objects.exists()


def _with_package(token: str, package_id: int) -> str:
    """The token's payload with another package id, under the original signature."""
    import zlib

    from django.core.signing import b64_decode, b64_encode

    payload, rest = token.split(":", 1)
    compressed = payload.startswith(".")
    raw = b64_decode(payload.lstrip(".").encode())
    data = json.loads(zlib.decompress(raw) if compressed else raw)
    data["p"] = package_id
    return b64_encode(json.dumps(data, separators=(",", ":")).encode()).decode() + ":" + rest


def test_a_forged_activity_token_is_refused(learner_client, user, package, activity_for):
    _play, token = activity_for(user, package)
    forged = _with_package(token, package.pk + 1)
    assert forged.split(":")[0] != token.split(":")[0]
    assert post(learner_client, forged, statement(package)).status_code == 400
    assert post(learner_client, "not-a-token", statement(package)).status_code == 400
    assert not H5PResult.objects.exists()


def test_a_score_above_the_maximum_is_clamped(learner_client, user, package, activity_for):
    _play, token = activity_for(user, package)
    post(learner_client, token, statement(package, raw=1000, maximum=1000))
    result = H5PResult.objects.get()
    assert result.score == 1 and result.max_score == 1
    post(learner_client, token, statement(package, raw=-5, maximum=1, success=False))
    assert H5PResult.objects.order_by("pk").last().score == 0


def test_a_result_for_a_page_the_learner_cannot_see_is_refused(
    learner_client, user, package, activity_for, home_page
):
    _play, token = activity_for(user, package)
    home_page.unpublish()
    assert post(learner_client, token, statement(package)).status_code == 404
    assert not H5PResult.objects.exists()


def test_the_access_hook_can_refuse_a_result(learner_client, user, package, activity_for):
    _play, token = activity_for(user, package)

    def deny(request, page):
        return False

    with hooks.register_temporarily("basira_activity_access", deny):
        assert post(learner_client, token, statement(package)).status_code == 404
    assert not H5PResult.objects.exists()


def test_the_access_hook_receives_the_request_and_the_page(
    learner_client, user, package, activity_for, home_page
):
    _play, token = activity_for(user, package)
    seen = []

    def allow(request, page):
        seen.append((request.user, page.pk))
        return True

    with hooks.register_temporarily("basira_activity_access", allow):
        assert post(learner_client, token, statement(package)).status_code == 200
    assert seen == [(user, home_page.pk)]


def test_progress_statements_are_not_results(learner_client, user, package, activity_for):
    _play, token = activity_for(user, package)
    interacted = statement(package, verb="interacted")
    del interacted["result"]
    assert post(learner_client, token, interacted).json() == {"recorded": False}
    other_query = statement(package, object_id=package.activity_iri + "?x=1")
    assert post(learner_client, token, other_query).json() == {"recorded": False}
    assert not H5PResult.objects.exists()


def test_anonymous_visitors_results_are_not_recorded(client, package, activity_for):
    _play, token = activity_for(None, package)
    assert post(client, token, statement(package)).status_code == 403
    assert not H5PResult.objects.exists()


def test_the_results_endpoint_is_csrf_protected(user, package, activity_for):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    _play, token = activity_for(user, package)
    assert post(client, token, statement(package)).status_code == 403
    assert not H5PResult.objects.exists()


def test_malformed_requests_are_refused(learner_client, user, package, activity_for, settings):
    url = reverse(RESULTS)
    assert learner_client.post(url, data="{", content_type="application/json").status_code == 400
    assert learner_client.get(url).status_code == 405
    _play, token = activity_for(user, package)
    assert post(learner_client, token, ["not", "a", "statement"]).status_code == 400
    settings.QUIZZES_H5P_STATEMENT_MAX_BYTES = 100
    assert post(learner_client, token, statement(package)).status_code == 400
    assert not H5PResult.objects.exists()


def test_without_success_the_reported_maximum_is_used_when_the_package_has_none(
    learner_client, user, package, activity_for
):
    package.max_score = None
    package.pass_mark = 70
    package.save()
    _play, token = activity_for(user, package)
    data = statement(package, raw=7, maximum=10, verb="completed")
    del data["result"]["success"]
    post(learner_client, token, data)
    result = H5PResult.objects.get()
    assert (result.score, result.max_score, result.success, result.passed) == (7, 10, None, True)
