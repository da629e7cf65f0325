"""First text on a bad link: text compressed once, nothing compressed twice
(literacy/compression.py), one stylesheet for learner pages (literacy/static_bundle.py),
and the Onion-Location header for Tor Browser (literacy/security/onion.py)."""

import gzip
import re
from pathlib import Path

import brotli
import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from literacy.compression import TextCompressionMiddleware
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
def test_only_text_is_compressed(content_type, compressed):
    """Guard of literacy.compression.TextCompressionMiddleware: HTML as brotli, other text
    as gzip, and nothing else compressed again."""
    body = b"x" * 2000
    middleware = TextCompressionMiddleware(
        lambda request: HttpResponse(body, content_type=content_type))
    response = middleware(RequestFactory().get("/", HTTP_ACCEPT_ENCODING="gzip, br"))
    encoding = "br" if content_type.startswith("text/html") else "gzip"
    assert (response.get("Content-Encoding") == encoding) is compressed
    if not compressed:
        assert response.content == body
    elif encoding == "gzip":
        assert gzip.decompress(response.content) == body
    else:
        assert brotli.decompress(response.content).startswith(body)


def test_html_prefers_brotli_padded_and_varies():
    """Brotli only when the browser takes it; its length is randomised as Django's gzip
    is (BREACH): the same page compresses to lengths that differ."""
    page = "<!DOCTYPE html><p>" + "نص الدرس " * 300 + "</p>"
    middleware = TextCompressionMiddleware(lambda request: HttpResponse(page))
    get = RequestFactory().get
    lengths = set()
    for _attempt in range(12):
        response = middleware(get("/", HTTP_ACCEPT_ENCODING="gzip, deflate, br, zstd"))
        assert response["Content-Encoding"] == "br"
        assert "Accept-Encoding" in response["Vary"]
        assert int(response["Content-Length"]) == len(response.content)
        text = brotli.decompress(response.content).decode()
        assert text.startswith(page) and re.fullmatch(r"<!--[0-9a-f]*-->", text[len(page):])
        lengths.add(len(response.content))
    assert len(lengths) > 1
    for refused in ("gzip", "gzip, br;q=0", ""):
        response = middleware(get("/", HTTP_ACCEPT_ENCODING=refused))
        assert response.get("Content-Encoding") == ("gzip" if "gzip" in refused else None)


def test_production_uses_the_text_only_compression():
    # Read, not imported: production settings exit without their environment.
    source = (Path(settings.BASE_DIR) / "literacy" / "settings" / "production.py").read_text()
    assert '"literacy.compression.TextCompressionMiddleware"' in source
    assert '"django.middleware.gzip.GZipMiddleware"' not in source


@pytest.mark.django_db
def test_a_lesson_links_one_stylesheet(client, home_page):
    from tests.courses.builders import lessons_of, make_catalogue, make_course

    lesson = lessons_of(make_course(make_catalogue(home_page)))[0]
    html = client.get(lesson.url).content.decode()
    head = html.split("</head>", 1)[0]
    links = re.findall(r'<link rel="stylesheet"[^>]*>', head)
    bundle = f'href="/static/{BUNDLE_PATH}"'
    assert all(bundle in link for link in links) and "stylesheet" not in html.split("</head>")[1]
    # None blocks the first paint: the bundle loads as print, swapped by a script; without
    # JavaScript the <noscript> link is the one render-blocking stylesheet.
    blocking = [link for link in re.findall(r'<link rel="stylesheet"[^>]*>',
                                            re.sub(r"<noscript>.*?</noscript>", "", head))
                if 'media="print"' not in link]
    assert blocking == []
    assert re.findall(r"<noscript>(.*?)</noscript>", head) == [f'<link rel="stylesheet" {bundle}>']
    assert 'src="/static/literacy/js/stylesheet.js" defer' in head
    # The bundle is its sources in order; its font URLs resolve from literacy/css/.
    text = bundle_text()
    assert text.index("/* literacy/css/basira.css */") < text.index("/* courses/css/courses.css */")
    assert 'url("../../vendor/fonts/basira-arabic.woff2")' in text
    assert open(finders.find(BUNDLE_PATH), encoding="utf-8").read() == text
    assert "font-display: swap" in text


@pytest.mark.django_db
def test_critical_css_is_inline_and_allowed_by_its_hash(client, home_page):
    """Guard of literacy.security.headers._with_critical_css: the inline critical CSS, and
    only that text, is allowed by a hash in style-src, never by 'unsafe-inline'."""
    import base64
    import hashlib

    response = client.get("/ar/")
    styles = re.findall(r"<style>(.*?)</style>", response.content.decode(), re.S)
    assert len(styles) == 1
    assert "/* literacy/css/layout.css */" not in styles[0]  # the sources, not the bundle
    assert ".site-header" in styles[0] and "@font-face" in styles[0]
    # The fonts' relative URLs become static URLs: the page is not in literacy/css/.
    assert 'url("/static/vendor/fonts/basira-arabic.woff2")' in styles[0]
    assert "../" not in styles[0]
    digest = base64.b64encode(hashlib.sha256(styles[0].encode()).digest()).decode()
    style_src = next(part.split()[1:] for part in response["Content-Security-Policy"].split(";")
                     if part.split()[0] == "style-src")
    assert style_src == ["'self'", f"'sha256-{digest}'"]


@pytest.mark.django_db
def test_the_admin_policy_is_left_alone(client):
    response = client.get("/admin/login/")
    assert "sha256-" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_onion_location_names_the_same_page(client, home_page):
    assert "Onion-Location" not in client.get("/ar/")
    with override_settings(LITERACY_ONION_LOCATION="http://basiraxyz.onion/"):
        response = client.get("/ar/?q=1")
        assert response["Onion-Location"] == "http://basiraxyz.onion/ar/?q=1"
        assert "Onion-Location" not in client.get("/healthz")  # not HTML
