"""The quick exit (literacy/quick_exit.py): on every page, a plain link to a neutral
address that nothing asks for until the learner presses it; the site's own neutral page
says nothing of Basira."""

import re

import pytest
from django.test import override_settings
from django.urls import reverse

from literacy.security.testing import login_verified

from ..factories import UserFactory

pytestmark = pytest.mark.django_db

EXIT_LINK = re.compile(r'<a class="quick-exit" href="([^"]+)" rel="noreferrer"[^>]*>([^<]+)</a>')


def _exit_link(html: str) -> tuple[str, str]:
    found = EXIT_LINK.findall(html)
    assert len(found) == 1, found
    return found[0]


def test_every_page_has_a_quick_exit_to_the_neutral_page(client, home_page):
    for url in ("/ar/", reverse("accounts:login"), reverse("privacy")):
        href, label = _exit_link(client.get(url).content.decode())
        assert href == reverse("neutral_page") == "/weather/"
        assert label == "خروج سريع"
    # Staff pages too: the Wagtail admin's own layout.
    login_verified(client, UserFactory(username="staffer", is_staff=True, is_superuser=True))
    response = client.get("/admin/")
    assert response.status_code == 200
    admin = response.content.decode()
    assert "wagtail-sidebar" in admin
    assert _exit_link(admin)[0] == "/weather/" and "quick-exit.css" in admin
    # The link only: Escape closes the admin's dialogs (tests/browser/test_quick_exit.py).
    assert "data-quick-exit-no-keys" in admin
    assert "data-quick-exit-no-keys" not in client.get("/ar/").content.decode()


@override_settings(LITERACY_QUICK_EXIT_URL="https://weather.example/today")
def test_the_host_chooses_the_address_and_nothing_asks_for_it_before(client, home_page):
    """Guard: no prefetch, preconnect or other request names the address; only the link."""
    html = client.get("/en/").content.decode()
    href, label = _exit_link(html)
    assert (href, label) == ("https://weather.example/today", "Quick exit")
    assert html.count("weather.example") == 1
    assert not re.search(r'rel="(dns-prefetch|preconnect|prefetch|prerender|preload)"[^>]*'
                         r"weather\.example", html)


def test_the_neutral_page_says_nothing_of_basira(client, home_page):
    """Guard of literacy.quick_exit.neutral_page."""
    for language in ("ar", "en", "fr"):
        response = client.get("/weather/", HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200
        html = response.content.decode().lower()
        for word in ("basira", "بصيرة", "/static/", "favicon", "literacy", "course"):
            assert word not in html, (language, word)
    assert "الطقس" in client.get("/weather/", HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert not client.get("/weather/").cookies  # it sets nothing on the phone either
