"""The player frame and library files as a browser gets them (issue 15, player half):
the eval policy, failures logged for editors, cacheable precompressed library files with
CORS preflight, results for compound content, and the activity's own language."""

import gzip
import json
import logging

import pytest
from django.urls import reverse

from quizzes.h5p import library_files
from quizzes.h5p.storage import h5p_storage

pytestmark = pytest.mark.django_db

H5P_HOST = "localhost"


def _config(response) -> dict:
    html = response.content.decode()
    return json.loads(html.split('id="h5p-config" type="application/json">')[1]
                      .split("</script>")[0])


def _frame(client, token):
    return client.get(reverse("quizzes_h5p:frame", args=[token]), HTTP_HOST=H5P_HOST)


def _script_file(package):
    """(library, a script path) of one of the package's libraries."""
    for library in package.libraries.all():
        scripts = library.metadata.get("preloadedJs") or []
        if scripts:
            return library, scripts[0]["path"]
    raise AssertionError("the package has no library script")


def _library_url(library, path, **query):
    url = reverse("quizzes_h5p:library", args=[library.folder_name, path])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


# --- eval: the player frame only -------------------------------------------------------

def _directives(header: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def _lesson_placing(package, home_page):
    """A published lesson whose body plays the package (the page that frames the player)."""
    from courses.demo import stored_stream
    from tests.courses.builders import lessons_of, make_catalogue, make_course

    course = make_course(make_catalogue(home_page), slug="eval-course", modules=1, lessons=1)
    lesson = lessons_of(course)[0]
    lesson.body = stored_stream([
        {"type": "h5p", "value": {"package": package.pk, "completes_lesson": False}}])
    lesson.save_revision().publish()
    return lesson


def test_only_the_player_frame_allows_eval(client, package, activity_for, user, home_page):
    """MultiChoice and what embeds it compile templates with new Function: allowed in the
    sandboxed, opaque-origin player frame, never on a page of the site."""
    play, _result = activity_for(user, package)
    frame = _directives(_frame(client, play)["Content-Security-Policy"])
    assert "'unsafe-eval'" in frame["script-src"]
    assert frame["sandbox"] == ["allow-scripts"]
    library, path = _script_file(package)
    served = client.get(_library_url(library, path), HTTP_HOST=H5P_HOST)
    assert "unsafe-eval" not in served["Content-Security-Policy"]
    client.force_login(user)
    lesson = _lesson_placing(package, home_page)
    for url in ("/ar/", "/en/privacy/", "/admin/login/", lesson.get_url()):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "unsafe-eval" not in response["Content-Security-Policy"], url
        site = _directives(response["Content-Security-Policy"])
        assert "http://localhost" not in site["script-src"], url
        # The page fetches the player's files for the frame (player.py), nothing more.
        assert "http://localhost" in site["connect-src"], url


# --- library files ---------------------------------------------------------------------

def test_library_files_answer_the_cors_preflight(client, package):
    """SoundJS loads sounds with a request that needs a preflight: 204 with CORS, not 405."""
    library, path = _script_file(package)
    response = client.options(
        _library_url(library, path), HTTP_HOST=H5P_HOST,
        HTTP_ORIGIN="null", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="x-requested-with",
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "X-Requested-With" in response["Access-Control-Allow-Headers"]
    assert "Access-Control-Allow-Credentials" not in response
    url = _library_url(library, path)
    for method in ("post", "put", "patch", "delete"):
        assert getattr(client, method)(url, HTTP_HOST=H5P_HOST).status_code == 405, method
    # Only the player's origin answers: the site's host has no library files, no preflight.
    assert client.options(url, HTTP_ORIGIN="null",
                          HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET").status_code == 404
    assert client.get(url).status_code == 404


def test_library_files_are_cached_once_for_everyone(client, package, user):
    """A current version token: a year, immutable; the same bytes for every cookie and
    language (no Vary but Accept-Encoding); a stale or missing token: ten minutes."""
    library, path = _script_file(package)
    client.force_login(user)  # a session cookie is sent along, as a browser would
    token = library_files.version_token(library)
    current = client.get(_library_url(library, path, v=token), HTTP_HOST=H5P_HOST,
                         HTTP_ACCEPT_LANGUAGE="ar")
    assert current.status_code == 200
    assert current["Cache-Control"] == "public, max-age=31536000, immutable"
    assert current["Vary"] == "Accept-Encoding"
    assert not current.cookies
    stale = client.get(_library_url(library, path, v="0" * 12), HTTP_HOST=H5P_HOST)
    assert stale["Cache-Control"] == "public, max-age=600"
    bare = client.get(_library_url(library, path), HTTP_HOST=H5P_HOST)
    assert bare["Cache-Control"] == "public, max-age=600"
    assert "Cookie" not in bare.get("Vary", "") and "Accept-Language" not in bare.get("Vary", "")
    # A library rewritten in place (a repaired package) gets a new token.
    library.save()
    assert library_files.version_token(library) != token


def test_library_files_are_compressed_once_and_stored_beside(client, package, monkeypatch):
    library, path = _script_file(package)
    stored = f"{library.storage_path}/{path}"
    storage = h5p_storage()
    original = storage.open(stored).read()
    first = client.get(_library_url(library, path), HTTP_HOST=H5P_HOST,
                       HTTP_ACCEPT_ENCODING="gzip")
    assert first["Content-Encoding"] == "gzip"
    assert gzip.decompress(first.content) == original
    assert storage.exists(stored + ".gz")

    def never(*args, **kwargs):
        raise AssertionError("compressed again")

    monkeypatch.setattr(library_files, "_compress", never)
    again = client.get(_library_url(library, path), HTTP_HOST=H5P_HOST,
                       HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert again.content == first.content
    plain = client.get(_library_url(library, path), HTTP_HOST=H5P_HOST,
                       HTTP_ACCEPT_ENCODING="identity")
    assert plain.content == original and "Content-Encoding" not in plain


@pytest.mark.skipif(library_files.brotli is None, reason="brotli is not installed")
def test_browsers_that_take_brotli_get_the_stored_brotli_copy(client, package):
    library, path = _script_file(package)
    response = client.get(_library_url(library, path), HTTP_HOST=H5P_HOST,
                          HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response["Content-Encoding"] == "br"
    stored = f"{library.storage_path}/{path}"
    assert library_files.brotli.decompress(response.content) == h5p_storage().open(stored).read()
    assert library_files.accepted_encodings("gzip;q=1, br;q=0") == ["gzip"]


# --- the frame -------------------------------------------------------------------------

def test_the_frame_carries_the_small_files_and_names_what_the_page_fetches(
    client, package, activity_for, user
):
    play, _result = activity_for(user, package)
    config = _config(_frame(client, play))
    base = "http://localhost" + reverse("quizzes_h5p:frame", args=[play])
    inline = config["inline"]
    assert json.loads(inline[base + "c/h5p.json"])["mainLibrary"] == package.main_library
    assert isinstance(json.loads(inline[base + "c/content/content.json"]), dict)
    for library in package.libraries.all():
        folder = f"http://localhost/h5p/lib/{library.folder_name}"
        assert json.loads(inline[folder + "/library.json"]) == library.metadata
        assert config["versions"][folder + "/"] == library_files.version_token(library)
    # Only shared files go through the page: nothing under the learner's token.
    assert config["relay"] == ["http://localhost/h5p/lib/", "http://localhost/static/"]
    assert not any(prefix.startswith(base) for prefix in config["relay"])


def test_compound_content_is_told_results_are_recorded(client, package, activity_for, user):
    """Interactive Book and Column show their Submit screen only with reportingIsEnabled."""
    play, _result = activity_for(user, package)
    assert _config(_frame(client, play))["options"]["reportingIsEnabled"] is True
    anonymous, _result = activity_for(None, package)
    assert _config(_frame(client, anonymous))["options"]["reportingIsEnabled"] is False


def test_the_frame_follows_the_activity_language_not_the_lesson(
    client, package, activity_for, user
):
    play, _result = activity_for(user, package, language="ar")
    package.metadata = {**package.metadata, "language": "en"}
    package.save()
    english = _frame(client, play)
    assert _config(english)["lang"] == "en" and _config(english)["dir"] == "ltr"
    assert '<html lang="en" dir="ltr">' in english.content.decode()
    package.language = "ar"  # the editor's choice wins
    package.save()
    arabic = _config(_frame(client, play))
    assert arabic["lang"] == "ar" and arabic["dir"] == "rtl"
    package.language = ""
    package.metadata = {**package.metadata, "language": "und"}  # H5P's "not said"
    package.save()
    play_fr, _result = activity_for(user, package, language="fr")
    assert _config(_frame(client, play_fr))["lang"] == "fr"


# --- failures logged for editors ---------------------------------------------------------

def _report_failure(client, token, **fields):
    return client.post(reverse("quizzes_h5p:failure"), content_type="application/json",
                       data=json.dumps({"activity": token, **fields}))


def test_a_failure_is_logged_for_editors_without_the_learner(
    client, package, activity_for, user, caplog
):
    _play, result = activity_for(user, package)
    assert _report_failure(client, result, reason="script").status_code == 403  # anonymous
    client.force_login(user)
    logger = logging.getLogger("basira.h5p")  # "basira" does not propagate to the root
    logger.addHandler(caplog.handler)
    try:
        response = _report_failure(
            client, result, reason="script",
            detail="http://localhost/h5p/lib/H5P.X-1.0/x.js <b>" + "y" * 300)
    finally:
        logger.removeHandler(caplog.handler)
    assert response.status_code == 200 and response.json() == {"logged": True}
    line = [r.getMessage() for r in caplog.records if r.name == "basira.h5p"][-1]
    assert f"H5P activity {package.pk} on page" in line and "could not start: script" in line
    assert "<b>" not in line and len(line) < 260
    assert user.username not in line and str(user.pk) not in line.split("page")[1].split(":")[0]
    assert _report_failure(client, result[:-2] + "xx", reason="x").status_code == 400
    _other_play, other_result = activity_for(
        __import__("tests.factories").factories.UserFactory(), package)
    assert _report_failure(client, other_result, reason="script").status_code == 400


def test_failure_reports_past_the_limit_are_a_json_429(client, package, activity_for, user,
                                                       settings):
    settings.LITERACY_RATE_LIMITS = {"h5p_failure": (1, 300)}
    _play, result = activity_for(user, package)
    client.force_login(user)
    assert _report_failure(client, result, reason="timeout").status_code == 200
    refused = _report_failure(client, result, reason="timeout")
    assert refused.status_code == 429 and refused["Content-Type"].startswith("application/json")
