"""NUL and other control characters are a translated 400 before any view, on every route,
and nothing of what was sent reaches the database or the logs (issue 23, item 6)."""

import re
import uuid

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.logcapture import all_logs, logged_text  # noqa: F401 - fixture
from tests.url_security import site_routes

pytestmark = pytest.mark.django_db

HOSTILE = "سرّي-المصدر\x00DROP"
CONVERTERS = {"int": "1", "str": "x", "slug": "x", "uuid": str(uuid.uuid4()), "path": "x"}


def _concrete(route: str) -> str | None:
    """A path for a route pattern: converters filled with a plausible value (the request
    is refused before any view looks the value up); regular expressions left out."""
    if route.startswith("^") or "(?P" in route:
        return None
    path = route.replace("<lang>/", "ar/")
    path = re.sub(r"<(?:(\w+):)?\w+>", lambda m: CONVERTERS[m.group(1) or "str"], path)
    return "/" + path


def _paths():
    """Every route but those whose view refuses these characters itself
    (``checks_own_characters``: tests/quizzes/test_bad_input.py proves them)."""
    paths = {_concrete(route.route) for route in site_routes()
             if not getattr(route.callback, "checks_own_characters", False)}
    return sorted(p for p in paths if p) + ["/", "/ar/", "/admin/", "/admin/pages/"]


def test_only_a_few_views_check_their_own_characters():
    own = sorted(route.name for route in site_routes()
                 if getattr(route.callback, "checks_own_characters", False))
    assert own == ["quizzes:live_enter", "quizzes:start", "quizzes:submit",
                   "quizzes_h5p:libraries", "quizzes_h5p:library", "quizzes_h5p:results",
                   "quizzes_h5p:state"]


def test_every_route_refuses_a_nul_in_the_query(client):
    refused = {path: client.get(path, {"q": HOSTILE}).status_code for path in _paths()}
    assert len(refused) > 60
    assert {path for path, status in refused.items() if status != 400} == set()


@pytest.mark.parametrize("path", ["/ar/%00/", "/ar/learn/search%00/", "/ar/x%01y/"])
def test_a_control_character_in_the_path_is_refused(client, path):
    response = client.get(path)
    assert response.status_code == 400
    assert "رُفض الطلب" in response.content.decode()


def test_nul_in_a_form_field_is_refused_and_nothing_logged(all_logs):  # noqa: F811
    """Before the CSRF check, before the view: no write, no query holding the value, and
    the logs never quote it (not even in part)."""
    client = Client(enforce_csrf_checks=True)
    with CaptureQueriesContext(connection) as queries:
        login = client.post("/ar/accounts/login/", {"username": HOSTILE, "password": "x"})
        search = client.post("/en/learn/search/", {"q": HOSTILE})
        upload = client.post("/ar/accounts/login/", {"username": HOSTILE,
                                                     "file": ("a.txt", b"x")})
    assert (login.status_code, search.status_code, upload.status_code) == (400, 400, 400)
    assert "not allowed" in search.content.decode()
    assert not [q for q in queries.captured_queries if "المصدر" in q["sql"]]
    assert not [q for q in queries.captured_queries
                if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    text = logged_text(all_logs)
    assert "المصدر" not in text and "DROP" not in text


def test_tabs_and_line_breaks_are_ordinary_text(client):
    response = client.get("/en/learn/search/", {"q": "phishing\tlink\r\nsms"})
    assert response.status_code == 200
