"""Request bodies are refused from their length before anything reads them (issue 23).

Every URL the site serves (Wagtail's and Django's included, as tests/url_security.py walks
them) gets a POST one byte over its limit: 413, the body unread, nothing on disk. Only
upload and editor URLs accept more than the default, each exactly what its file type
needs; a body without a length is cut at the limit while it is read (ASGI) or never read
at all (WSGI)."""

import asyncio
import fnmatch
import io
import sys

import pytest
from asgiref.testing import ApplicationCommunicator
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.core.handlers.exception import convert_exception_to_response
from django.core.handlers.wsgi import WSGIHandler
from django.http import HttpResponse
from django.urls import resolve, reverse

from literacy.security.body_limits import BodyLimitMiddleware
from tests.url_security import all_routes

pytestmark = pytest.mark.django_db

KB = 1024
MB = 1024 * KB
# Written out rather than read from the settings: raising the default must fail here
# (literacy/security/conf.py says why 512 KB is room enough for every learner's form).
DEFAULT = 512 * KB
# How each regular-expression route is filled in (the others by their converters).
REGEX_URLS = {
    r"admin/pages/^(?P<pk>\d+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)"
    r"\.\.\.(?P<revision_id_b>live|latest|\d+)/$": "/admin/pages/1/revisions/compare/"
                                                    "live...latest/",
    r"admin/pages/(?P<page_id>\d+)/edit/copy_translation_content/$":
        "/admin/pages/1/edit/copy_translation_content/",
    r"admin/^.*/$": "/admin/anything/",
    r"documents/^(\d+)/(.*)$": "/documents/1/x.pdf",
    r"<lang>/^((?:[\w\-]+/)*)$": "/ar/some-page/",
    r"^(?P<code>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)/(?P<rest>.*)$": "/de/x",
}
SAMPLES = {"int": "1", "uuid": "00000000-0000-4000-8000-000000000001", "path": "x/y"}


def concrete(route: str) -> str:
    if route in REGEX_URLS:
        return REGEX_URLS[route]
    url = "/" + route.replace("<lang>/", "ar/").replace("^", "")
    while "<" in url:
        start, end = url.index("<"), url.index(">")
        converter = url[start + 1:end].split(":")[0] if ":" in url[start:end] else "str"
        url = url[:start] + SAMPLES.get(converter, "x") + url[end + 1:]
    return url


def expected_limit(name: str | None, settings) -> int:
    """The limit each URL must have: the default, or what its uploads need."""
    from quizzes.conf import app_settings

    larger = {
        ("wagtailimages:add", "wagtailimages:edit", "wagtailimages:add_multiple",
         "wagtailimages_chooser:create", "wagtailadmin_account"):
            settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE + MB,
        ("wagtaildocs:add", "wagtaildocs:edit", "wagtaildocs:add_multiple",
         "wagtaildocs_chooser:create"): settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + MB,
        ("wagtailsnippets_quizzes_h5ppackage:add", "wagtailsnippets_quizzes_h5ppackage:edit",
         "wagtailsnippetchoosers_quizzes_h5ppackage:create"):
            app_settings.H5P_MAX_UPLOAD_BYTES + MB,
        ("wagtailadmin_pages:*", "wagtailsnippets_*:*", "wagtailsnippetchoosers_*:create",
         "wagtailsettings:*"): settings.DATA_UPLOAD_MAX_MEMORY_SIZE,
    }
    limits = [size for patterns, size in larger.items()
              if name and any(fnmatch.fnmatchcase(name, p) for p in patterns)]
    return max([DEFAULT, *limits])


class RecordingHandler(TemporaryFileUploadHandler):
    """Django's handler for files too large for memory, noting every file it starts."""

    started: list[str] = []

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        RecordingHandler.started.append(self.file_name)


@pytest.fixture
def upload_dir(settings, tmp_path):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    settings.FILE_UPLOAD_HANDLERS = [
        "django.core.files.uploadhandler.MemoryFileUploadHandler",
        "tests.literacy.test_body_limits.RecordingHandler",
    ]
    RecordingHandler.started = []
    yield tmp_path
    assert RecordingHandler.started == []
    assert list(tmp_path.iterdir()) == []


def test_every_url_refuses_a_body_over_its_limit(client, settings, upload_dir):
    """A body one byte over a URL's limit is refused (413) from its Content-Length alone,
    on every URL, anonymous: before sessions, CSRF and the view, nothing of it read."""
    bodies: dict[int, bytes] = {}
    urls = {}
    for route in all_routes():
        url = concrete(route.route)
        # The name the URL resolves to (a route may be shadowed by the site's own).
        urls[url] = resolve(url).view_name
    assert len(urls) > 300
    failures = []
    for url, name in sorted(urls.items()):
        limit = expected_limit(name, settings)
        body = bodies.setdefault(limit + 1, b"x" * (limit + 1))
        response = client.post(url, body, content_type="application/octet-stream")
        read = response.wsgi_request._stream._pos
        if response.status_code != 413 or read:
            failures.append(f"{url} ({name}): {response.status_code}, {read} bytes read")
        if limit > DEFAULT:
            # ...and the URLs that take uploads do accept as much as their files need.
            response = client.post(url, bodies.setdefault(limit, b"x" * limit),
                                   content_type="application/octet-stream")
            if response.status_code == 413:
                failures.append(f"{url} ({name}): refuses {limit} bytes")
    assert not failures, "\n".join(failures)


def test_refusal_is_a_small_translated_page(client):
    url = reverse("accounts:login")  # /ar/…
    body = b"x" * (DEFAULT + 1)
    arabic = client.post(url, body, content_type="application/octet-stream")
    assert arabic.status_code == 413
    assert arabic["Content-Language"] == "ar"
    page = arabic.content.decode()
    assert 'dir="rtl"' in page and "512" in page and "<script" not in page
    assert len(arabic.content) < 2000
    assert arabic["Content-Security-Policy"].startswith("default-src 'none'")
    french = client.post(url.replace("/ar/", "/fr/", 1), body,
                         content_type="application/octet-stream")
    assert french["Content-Language"] == "fr" and "512 Ko" in french.content.decode()
    english = client.post(url.replace("/ar/", "/en/", 1), body,
                          content_type="application/octet-stream")
    assert "Nothing was saved" in english.content.decode()
    script = client.post(reverse("quizzes_h5p:results"), body, content_type="application/json")
    assert script.status_code == 413 and "error" in script.json()


def test_oversized_multipart_never_reaches_the_disk(client, upload_dir):
    """A file larger than FILE_UPLOAD_MAX_MEMORY_SIZE posted to the login page: without
    the limit Django would spool it to FILE_UPLOAD_TEMP_DIR while parsing the form."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    big = SimpleUploadedFile("big.bin", b"x" * (3 * MB))
    response = client.post(reverse("accounts:login"), {"username": "a", "file": big})
    assert response.status_code == 413
    assert response.wsgi_request._stream._pos == 0


def test_the_largest_honest_learner_bodies_fit(client, settings):
    """An H5P state at its limit, form-encoded as the player sends it (every character
    escaped: three bytes each), and a quiz form at its own limit pass the body limit."""
    from urllib.parse import urlencode

    from quizzes.conf import app_settings

    state = urlencode({"data": '"' * app_settings.H5P_STATE_MAX_BYTES, "preload": "1"})
    assert len(state) > 3 * app_settings.H5P_STATE_MAX_BYTES
    url = reverse("quizzes_h5p:state", args=["token", "state", "0"])
    response = client.post(url, state, content_type="application/x-www-form-urlencoded")
    assert response.status_code != 413
    quiz = b"x" * app_settings.MAX_PAYLOAD_BYTES
    response = client.post(reverse("quizzes:submit", args=[1]), quiz,
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code != 413


def test_a_body_without_length_is_cut_where_it_is_read(rf):
    """A request with no Content-Length whose body is read (here by the view) stops one
    byte past the limit and is answered 413 (a host's ASGI app without BodyLimitASGI)."""
    request = rf.post("/ar/accounts/login/", b"", content_type="application/json")
    request.META.pop("CONTENT_LENGTH", None)
    source = io.BytesIO(b"x" * (3 * DEFAULT))
    request._stream = source

    def view(request):
        request.body  # noqa: B018
        return HttpResponse("read it all")

    response = BodyLimitMiddleware(convert_exception_to_response(view))(request)
    assert response.status_code == 413
    assert source.tell() == DEFAULT + 1


def test_wsgi_never_reads_a_chunked_body(upload_dir):
    """Under WSGI Django reads no body without a Content-Length (gunicorn passes chunked
    bodies so): nothing of it is read, stored or answered with a 500."""
    source = io.BytesIO(b"x" * (3 * MB))
    environ = {
        "REQUEST_METHOD": "POST", "PATH_INFO": "/ar/accounts/login/", "SERVER_NAME":
        "testserver", "SERVER_PORT": "80", "wsgi.url_scheme": "http", "wsgi.input": source,
        "wsgi.errors": sys.stderr, "HTTP_TRANSFER_ENCODING": "chunked",
        "CONTENT_TYPE": "multipart/form-data; boundary=x",
    }
    statuses = []
    response = WSGIHandler()(environ, lambda status, headers: statuses.append(status))
    response.close()
    assert statuses and not statuses[0].startswith("5")
    assert source.tell() == 0


def _scope(path: str, headers=()):
    return {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
            "method": "POST", "scheme": "http", "path": path, "raw_path": path.encode(),
            "root_path": "", "query_string": b"", "headers": list(headers),
            "client": ("127.0.0.1", 1), "server": ("testserver", 80)}


async def _status(communicator) -> int:
    start = await communicator.receive_output(5)
    assert start["type"] == "http.response.start"
    await communicator.receive_output(5)  # the page
    return start["status"]


async def test_asgi_stops_reading_at_the_limit():
    """A chunked body over ASGI (Django's handler would read it all, spooling to disk
    before any middleware): the wrapper stops taking chunks past the limit; 413."""
    from literacy.asgi import application

    communicator = ApplicationCommunicator(application, _scope("/ar/accounts/login/"))
    chunk = b"x" * (300 * KB)
    for _ in range(4):
        await communicator.send_input({"type": "http.request", "body": chunk,
                                       "more_body": True})
    assert await _status(communicator) == 413
    assert communicator.input_queue.qsize() == 2  # chunks 3 and 4 never taken
    await communicator.wait(1)

    declared = ApplicationCommunicator(application, _scope(
        "/ar/accounts/login/", [(b"content-length", str(1024 * MB).encode())]))
    await declared.send_input({"type": "http.request", "body": chunk, "more_body": True})
    assert await _status(declared) == 413
    assert declared.input_queue.qsize() == 1  # not even the first chunk
    await declared.wait(1)


async def test_asgi_passes_bodies_within_the_limit():
    from literacy.asgi import application

    communicator = ApplicationCommunicator(application, _scope(
        "/healthz", [(b"content-length", b"10")]))
    await communicator.send_input({"type": "http.request", "body": b"x" * 10})
    # Past the limit, on to Django's CSRF check (no token here).
    assert await _status(communicator) == 403
    await asyncio.sleep(0)
    await communicator.wait(1)


def test_the_checks_say_when_bodies_are_unbounded(settings):
    from literacy.checks import check_body_limits

    assert check_body_limits() == []
    settings.MIDDLEWARE = settings.MIDDLEWARE[1:]
    [warning] = check_body_limits()
    assert warning.id == "basira.W010" and "first in MIDDLEWARE" in warning.msg
    settings.MIDDLEWARE = ["literacy.security.body_limits.BodyLimitMiddleware"]
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = DEFAULT - 1
    [warning] = check_body_limits()
    assert "FILE_UPLOAD_MAX_MEMORY_SIZE" in warning.msg


def test_limits_follow_the_url_in_every_language(settings):
    """The limit is found before LocaleMiddleware: /en/ and /fr/ URLs resolve too."""
    from literacy.security.body_limits import limit_for

    settings.LITERACY_REQUEST_BODY_LIMITS = {"accounts:login": 2 * MB}
    for language in ("ar", "en", "fr"):
        assert limit_for(f"/{language}/accounts/login/") == 2 * MB
    assert limit_for("/ar/accounts/signup/") == DEFAULT
    assert limit_for("/no/such/url/") == DEFAULT
