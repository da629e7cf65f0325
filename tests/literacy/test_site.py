"""The Arabic-first site: languages, direction, switcher, fallbacks, health."""

from unittest import mock

import pytest
from django.db import DatabaseError

pytestmark = pytest.mark.django_db


def test_root_redirects_to_arabic(client, home_page):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/ar/"


def test_arabic_home_is_right_to_left(client, home_page):
    response = client.get("/ar/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in html
    assert "مقدمة عربية" in html


def test_english_home_is_left_to_right_and_translated(client, home_page):
    html = client.get("/en/").content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "English intro" in html
    assert "<h1 class=\"hero__title\">Basira</h1>" in html


def test_missing_translation_falls_back_to_arabic(client, home_page):
    html = client.get("/fr/").content.decode()
    assert '<html lang="fr" dir="ltr">' in html
    assert "مقدمة عربية" in html  # no French intro was written


def test_language_switcher_links_to_the_same_page(client, home_page):
    html = client.get("/ar/?q=1").content.decode()
    assert 'href="/en/?q=1" lang="en" hreflang="en"' in html
    assert 'href="/fr/?q=1" lang="fr" hreflang="fr"' in html
    assert '<span aria-current="true" lang="ar">' in html


def test_unsupported_browser_language_gets_arabic(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert response["Location"] == "/ar/"


def test_english_browser_is_offered_english(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("path", ["/de/", "/de/some/page/", "/es-mx/", "/zh-hans/x/"])
def test_unconfigured_language_prefix_falls_back_to_arabic(client, home_page, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/ar/")
    assert client.get(response["Location"], follow=True).status_code in (200, 404)


@pytest.mark.parametrize("path", ["/ar/no-such-page", "/fr/learn", "/ar/favicon.ico"])
def test_an_unknown_path_is_a_404_not_the_home_page(client, home_page, path):
    """Without its slash a path we do not have is not the home page (the browser asked
    for /favicon.ico on every view and got the home page)."""
    response = client.get(path, follow=True)
    assert response.status_code == 404
    assert all(url != "/ar/" for url, _status in response.redirect_chain)


def test_the_favicon_is_the_static_icon(client, home_page):
    """Answered, not redirected (tests/literacy/test_site_assets.py has the rest)."""
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response["Content-Type"] == "image/x-icon"
    assert 'rel="icon" href="/static/favicon.svg"' in client.get("/ar/").content.decode()


def test_unknown_page_is_a_translated_404(client, home_page):
    response = client.get("/ar/no-such-page/")
    assert response.status_code == 404
    assert "dir=\"rtl\"" in response.content.decode()


def test_healthz_ok_when_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_healthz_503_when_database_is_down(client):
    with mock.patch("literacy.views.connection.cursor", side_effect=DatabaseError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503


def test_server_error_page_is_translated(client, home_page, settings):
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("ar"):
        html = render_to_string("500.html")
    assert 'dir="rtl"' in html
    assert "لم يُفقد" in html
