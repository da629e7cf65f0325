"""The installed app's name and icon (literacy/accounts/app_identity.py): a learner who
chose "Notes" gets a manifest, home-screen icon and page names saying "Notes"."""

import json

import pytest
from django.urls import reverse

from literacy.models import Profile

from ..factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def _manifest(client) -> dict:
    response = client.get(reverse("web_manifest"))
    assert response["Content-Type"] == "application/manifest+json"
    return json.loads(response.content)


def test_a_learner_gives_the_app_a_neutral_name(client, home_page):
    assert _manifest(client)["name"] == "بصيرة"  # a visitor: the site's own
    learner = UserFactory(username="samar")
    client.post(reverse("accounts:login"), {"username": "samar", "password": DEFAULT_PASSWORD})
    page = client.get(reverse("accounts:settings")).content.decode()
    assert 'name="app_identity"' in page and "ملاحظات" in page

    response = client.post(reverse("accounts:app_identity"), {"app_identity": "notes"})
    assert response.status_code == 302
    assert Profile.objects.get(user=learner).app_identity == "notes"
    manifest = _manifest(client)
    assert manifest["name"] == manifest["short_name"] == "ملاحظات"
    assert "description" not in manifest
    assert all("/static/icons/notes-" in icon["src"] for icon in manifest["icons"])
    html = client.get("/ar/").content.decode()
    assert '<meta name="application-name" content="ملاحظات">' in html
    assert "icons/notes-apple-touch-icon.png" in html
    assert 'rel="manifest" href="/manifest.webmanifest"' in html

    # Signing in again (another session) keeps the choice in the page's <head>.
    client.logout()
    client.post(reverse("accounts:login"), {"username": "samar", "password": DEFAULT_PASSWORD})
    assert 'content="ملاحظات"' in client.get("/ar/").content.decode()


def test_an_unknown_name_is_refused_and_nothing_changes(client, home_page):
    learner = UserFactory(username="nour")
    client.force_login(learner)
    response = client.post(reverse("accounts:app_identity"), {"app_identity": "<b>x</b>"},
                           follow=True)
    assert "اختر أحد الأسماء المعروضة" in response.content.decode()
    assert not Profile.objects.filter(user=learner, app_identity="<b>x</b>").exists()
    assert _manifest(client)["name"] == "بصيرة"


def test_notes_renames_the_tab_too(client, home_page):
    """With "Notes" chosen, the tab says "Notes" with the note pad's icon: nothing in the
    page's <head> names Basira or links its icons."""
    from tests.html import without_styles

    def head() -> str:
        return without_styles(client.get("/ar/").content.decode()).split("</head>", 1)[0]

    assert head().count("· بصيرة</title>") == 1 and "favicon.svg" in head()  # a visitor
    learner = UserFactory(username="hala")
    client.force_login(learner)
    client.post(reverse("accounts:app_identity"), {"app_identity": "notes"})
    notes = head()
    assert "· ملاحظات</title>" in notes
    assert '<link rel="icon" href="/static/icons/notes-192.png"' in notes
    assert '<meta name="theme-color" content="#f5f0e1">' in notes
    assert "بصيرة" not in notes and "favicon" not in notes and "icon-192" not in notes
    # ...and so does the page's header, at the top of the screen.
    page = without_styles(client.get("/ar/").content.decode())
    assert '<span class="brand__name">ملاحظات</span>' in page
