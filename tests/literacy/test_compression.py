"""First text on a bad link: text compressed once, nothing compressed twice
(literacy/compression.py), one stylesheet for learner pages (literacy/static_bundle.py),
and the Onion-Location header for Tor Browser (literacy/security/onion.py)."""

import gzip
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from literacy.compression import TextGZipMiddleware
from literacy.static_bundle import BUNDLE_PATH, bundle_text


@pytest.mark.parametrize("content_type, compressed", [
    ("text/html; charset=utf-8", True),
    ("text/css", True),
    ("application/json", True),
    ("application/manifest+json", True),
    ("font/woff2", False),
    ("image/png", False),
    ("image/webp", False),
    ("application/zip", False),
    ("application/pdf", False),
])
def test_only_text_is_gzipped(content_type, compressed):
    """Guard of literacy.compression.TextGZipMiddleware."""
    body = b"x" * 2000
    middleware = TextGZipMiddleware(lambda request: HttpResponse(body, content_type=content_type))
    response = middleware(RequestFactory().get("/", HTTP_ACCEPT_ENCODING="gzip, br"))
    assert (response.get("Content-Encoding") == "gzip") is compressed
    assert (gzip.decompress(response.content) if compressed else response.content) == body


def test_production_uses_the_text_only_gzip():
    # Read, not imported: production settings exit without their environment.
    source = (Path(settings.BASE_DIR) / "literacy" / "settings" / "production.py").read_text()
    assert '"literacy.compression.TextGZipMiddleware"' in source
    assert '"django.middleware.gzip.GZipMiddleware"' not in source


@pytest.mark.django_db
def test_a_lesson_links_one_stylesheet(client, home_page):
    from tests.courses.builders import lessons_of, make_catalogue, make_course

    lesson = lessons_of(make_course(make_catalogue(home_page)))[0]
    html = client.get(lesson.url).content.decode()
    sheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    assert sheets == [f"/static/{BUNDLE_PATH}"]
    # The bundle is its sources in order; its font URLs resolve from literacy/css/.
    text = bundle_text()
    assert text.index("/* literacy/css/basira.css */") < text.index("/* courses/css/courses.css */")
    assert 'url("../../vendor/fonts/basira-arabic.woff2")' in text
    assert open(finders.find(BUNDLE_PATH), encoding="utf-8").read() == text
    assert "font-display: swap" in text


@pytest.mark.django_db
def test_onion_location_names_the_same_page(client, home_page):
    assert "Onion-Location" not in client.get("/ar/")
    with override_settings(LITERACY_ONION_LOCATION="http://basiraxyz.onion/"):
        response = client.get("/ar/?q=1")
        assert response["Onion-Location"] == "http://basiraxyz.onion/ar/?q=1"
        assert "Onion-Location" not in client.get("/healthz")  # not HTML
