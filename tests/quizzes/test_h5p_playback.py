"""Playing H5P: a sandboxed frame on the H5P origin, signed expiring URLs, strict headers."""

import json

import pytest
from django.test import RequestFactory
from django.urls import reverse

from quizzes.blocks import H5PBlock
from quizzes.models import H5PUserData

pytestmark = pytest.mark.django_db

H5P_HOST = "localhost"


def frame_url(token):
    return reverse("quizzes_h5p:frame", args=[token])


def content_url(token, path):
    return reverse("quizzes_h5p:content", args=[token, path])


def render_block(package, page, user, *, completes=True):
    from django.contrib.auth.models import AnonymousUser

    request = RequestFactory().get("/ar/lesson/")
    request.user = user or AnonymousUser()
    block = H5PBlock()
    value = block.to_python({"package": package.pk, "completes_lesson": completes})
    return block.render(value, context={"request": request, "page": page})


def test_the_block_shows_a_sandboxed_frame_from_the_h5p_origin(package, home_page, user):
    html = render_block(package, home_page, user)
    assert 'sandbox="allow-scripts"' in html
    assert "allow-same-origin" not in html
    assert 'src="http://localhost/h5p/p/' in html
    assert 'data-can-record="true"' in html
    assert "<script>" not in html and "onclick" not in html and 'style="' not in html


def test_the_block_says_the_activity_is_unavailable_without_an_h5p_origin(
    package, home_page, user, settings
):
    settings.QUIZZES_H5P_ORIGIN = ""
    html = render_block(package, home_page, user)
    assert "<iframe" not in html
    assert "This activity is not available." in html or "غير متاح" in html


def test_the_block_on_a_page_the_learner_cannot_see_shows_no_frame(package, home_page, user):
    home_page.unpublish()
    assert "<iframe" not in render_block(package, home_page, user)


def test_anonymous_visitors_can_play_but_are_told_results_are_not_kept(package, home_page):
    html = render_block(package, home_page, None)
    assert "<iframe" in html and 'data-can-record="false"' in html


def test_the_frame_is_served_only_on_the_h5p_origin_with_a_strict_policy(
    client, package, activity_for, user
):
    play, _result = activity_for(user, package)
    response = client.get(frame_url(play), HTTP_HOST=H5P_HOST)
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "default-src 'none'" in csp
    assert "connect-src http://localhost;" in csp
    assert "frame-ancestors http://testserver" in csp
    assert "sandbox allow-scripts" in csp and "allow-same-origin" not in csp
    assert "X-Frame-Options" not in response
    assert "Set-Cookie" not in str(response.cookies) and not response.cookies
    config = json.loads(
        response.content.decode().split('id="h5p-config" type="application/json">')[1]
        .split("</script>")[0]
    )
    assert config["parentOrigin"] == "http://testserver"
    assert config["options"]["xAPIObjectIRI"] == package.activity_iri
    assert config["dir"] == "rtl"
    # On the site's own host the same URL does not exist.
    assert client.get(frame_url(play)).status_code in (302, 404)  # i18n redirect, then 404


def test_package_files_need_a_valid_token(client, package, activity_for, user):
    play, _result = activity_for(user, package)
    response = client.get(content_url(play, "h5p.json"), HTTP_HOST=H5P_HOST)
    assert response.status_code == 200
    assert json.loads(response.content)["mainLibrary"] == "H5P.TrueFalse"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "sandbox" in response["Content-Security-Policy"]
    tampered = play[:-3] + ("aaa" if not play.endswith("aaa") else "bbb")
    assert client.get(content_url(tampered, "h5p.json"), HTTP_HOST=H5P_HOST).status_code == 404
    guessed = content_url("x", "h5p.json")
    assert client.get(guessed, HTTP_HOST=H5P_HOST).status_code == 404
    escape = content_url(play, "content/../../../libraries/x")
    assert client.get(escape, HTTP_HOST=H5P_HOST).status_code == 404


def test_package_urls_expire(client, package, activity_for, user, settings):
    play, _result = activity_for(user, package)
    settings.QUIZZES_H5P_URL_MAX_AGE = -1
    assert client.get(frame_url(play), HTTP_HOST=H5P_HOST).status_code == 404
    assert client.get(content_url(play, "h5p.json"), HTTP_HOST=H5P_HOST).status_code == 404


def test_content_of_an_unpublished_page_is_not_fetchable(
    client, package, activity_for, user, home_page
):
    play, _result = activity_for(user, package)
    home_page.unpublish()
    assert client.get(frame_url(play), HTTP_HOST=H5P_HOST).status_code == 404
    path = content_url(play, "content/content.json")
    assert client.get(path, HTTP_HOST=H5P_HOST).status_code == 404


def test_the_site_is_not_served_on_the_h5p_origin(client, home_page, user):
    client.force_login(user)
    assert client.get("/ar/", HTTP_HOST=H5P_HOST).status_code == 404
    assert client.get("/admin/", HTTP_HOST=H5P_HOST).status_code == 404
    assert client.post(reverse("quizzes_h5p:results"), HTTP_HOST=H5P_HOST).status_code == 404
    assert client.get("/ar/").status_code == 200


def test_arabic_learners_get_the_library_arabic_texts(client, package, activity_for, user):
    play, _result = activity_for(user, package, language="ar")
    content = json.loads(client.get(content_url(play, "content/content.json"),
                                    HTTP_HOST=H5P_HOST).content)
    assert content["l10n"]["tryAgain"] == "إعادة المحاولة"
    assert content["l10n"]["showSolutionButton"] == "مشاهدة الحل"
    # A "translation" that loses the placeholders of the text is not used.
    assert content["l10n"]["score"] == "You got @score of @total points"
    assert content["question"] == "<p>Is this false?</p>\n"  # the author's own text
    play_en, _result = activity_for(user, package, language="en")
    english = json.loads(client.get(content_url(play_en, "content/content.json"),
                                    HTTP_HOST=H5P_HOST).content)
    assert english["l10n"]["tryAgain"] == "Retry"


def test_library_files_are_shared_and_served_with_strict_headers(client, package):
    url = reverse("quizzes_h5p:library", args=["H5P.TrueFalse-1.6", "library.json"])
    response = client.get(url, HTTP_HOST=H5P_HOST)
    assert response.status_code == 200
    assert json.loads(response.content)["machineName"] == "H5P.TrueFalse"
    assert response["Content-Type"].startswith("application/json")
    script = reverse("quizzes_h5p:library",
                     args=["H5P.TrueFalse-1.6", "scripts/h5p-true-false.js"])
    assert client.get(script, HTTP_HOST=H5P_HOST)["Content-Type"].startswith("text/javascript")
    assert client.get(url).status_code in (302, 404)  # not on the site's host
    missing = reverse("quizzes_h5p:library", args=["H5P.Nothing-1.0", "library.json"])
    assert client.get(missing, HTTP_HOST=H5P_HOST).status_code == 404


def test_learner_state_is_saved_and_restored(client, package, activity_for, user):
    play, _result = activity_for(user, package)
    url = reverse("quizzes_h5p:state", args=[play, "state", "0"])
    empty = client.get(url, HTTP_HOST=H5P_HOST)
    assert empty.json() == {"success": True, "data": False}
    assert empty["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(url, HTTP_HOST=H5P_HOST)
    assert preflight.status_code == 204
    saved = client.post(url, {"data": '{"answer": true}', "preload": "1", "invalidate": "0"},
                        HTTP_HOST=H5P_HOST)
    assert saved.json() == {"success": True}
    assert client.get(url, HTTP_HOST=H5P_HOST).json() == {"success": True,
                                                          "data": '{"answer": true}'}
    assert H5PUserData.objects.get().user == user
    client.post(url, {"data": "0"}, HTTP_HOST=H5P_HOST)
    assert client.get(url, HTTP_HOST=H5P_HOST).json() == {"success": True, "data": False}


def test_learner_state_belongs_to_the_learner_in_the_token(client, package, activity_for):
    from tests.factories import UserFactory

    alice, bob = UserFactory(), UserFactory()
    alice_play, _ = activity_for(alice, package)
    bob_play, _ = activity_for(bob, package)
    client.post(reverse("quizzes_h5p:state", args=[alice_play, "state", "0"]),
                {"data": "alice"}, HTTP_HOST=H5P_HOST)
    bob_view = client.get(reverse("quizzes_h5p:state", args=[bob_play, "state", "0"]),
                          HTTP_HOST=H5P_HOST)
    assert bob_view.json() == {"success": True, "data": False}
    anonymous_play, _ = activity_for(None, package)
    assert client.get(reverse("quizzes_h5p:state", args=[anonymous_play, "state", "0"]),
                      HTTP_HOST=H5P_HOST).status_code == 404


def test_oversized_state_is_refused(client, package, activity_for, user, settings):
    settings.QUIZZES_H5P_STATE_MAX_BYTES = 10
    play, _result = activity_for(user, package)
    url = reverse("quizzes_h5p:state", args=[play, "state", "0"])
    assert client.post(url, {"data": "x" * 100}, HTTP_HOST=H5P_HOST).status_code == 413
    assert not H5PUserData.objects.exists()


def test_deleting_a_package_removes_its_content_but_keeps_shared_libraries(
    package, h5p_files, django_capture_on_commit_callbacks
):
    from quizzes.models import H5PLibrary

    from .conftest import stored_files

    content_prefix = f"content/{package.uuid}/"
    with django_capture_on_commit_callbacks(execute=True):
        package.delete()
    files = stored_files(h5p_files)
    assert not any(name.startswith(content_prefix) for name in files)
    assert H5PLibrary.objects.count() == 10 and any(n.startswith("libraries/") for n in files)


def test_the_frame_hands_the_saved_state_to_the_player(client, package, activity_for, user):
    H5PUserData.objects.create(user=user, package=package, data_type="state",
                               sub_content_id="0", data='{"answer": false}')
    play, _result = activity_for(user, package)
    html = client.get(frame_url(play), HTTP_HOST=H5P_HOST).content.decode()
    config = json.loads(html.split('type="application/json">')[1].split("</script>")[0])
    assert config["options"]["contentUserData"] == {"0": {"state": '{"answer": false}'}}
    other_play, _ = activity_for(__import__("tests.factories").factories.UserFactory(), package)
    other = client.get(frame_url(other_play), HTTP_HOST=H5P_HOST).content.decode()
    other_config = json.loads(other.split('type="application/json">')[1].split("</script>")[0])
    assert "contentUserData" not in other_config["options"]
    assert '{\\"answer\\": false}' in html and '{\\"answer\\": false}' not in other
