"""A phone shared by a family or a class keeps nothing of a learner: signed-in pages are
never stored, signing out clears the site's data, and a "shared device" sign-in ends with
the browser and after a short idle time (literacy/security/shared_devices.py)."""

import time

import pytest
from django.urls import reverse

from literacy.security.shared_devices import SEEN_KEY

from ..factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
PAGES = ("courses:dashboard", "accounts:settings", "privacy")


@pytest.fixture
def learner(db):
    return UserFactory(username="reem")


def sign_in(client, user, *, shared: bool):
    data = {"username": user.username, "password": DEFAULT_PASSWORD}
    if shared:
        data["shared_device"] = "on"
    response = client.post(reverse("accounts:login"), data)
    assert response.status_code == 302, response.content.decode()[:300]
    return response


def test_signed_in_pages_are_not_stored(client, home_page, learner):
    client.force_login(learner)
    for name in PAGES:
        response = client.get(reverse(name))
        assert response.status_code == 200, name
        policy = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"no-store", "private"} <= policy, (name, policy)
    # A visitor's public page may be cached: the rule follows the person, not the page.
    client.logout()
    assert "no-store" not in client.get(reverse("privacy")).get("Cache-Control", "")


def test_sign_out_clears_the_site_data(client, home_page, learner):
    client.force_login(learner)
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    # The notice does not live in a cookie the browser has just been told to drop.
    assert response["Location"] == reverse("accounts:signed_out")
    assert "لقد سجّلت الخروج." in client.get(response["Location"]).content.decode()
    # The Wagtail admin's sign-out too (an editor on a shared computer).
    editor = UserFactory(username="editor", is_staff=True)
    client.force_login(editor)
    assert client.post("/admin/logout/")["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    # A refused sign-out (no CSRF token, wrong method) clears nothing.
    client.force_login(learner)
    assert "Clear-Site-Data" not in client.get(reverse("accounts:logout"))


def test_the_login_page_offers_the_shared_device_box(client, home_page):
    page = client.get(reverse("accounts:login")).content.decode()
    assert 'name="shared_device"' in page and 'type="checkbox"' in page
    assert "جهاز مشترك" in page and "30 دقيقة" in page


def test_a_shared_device_session_ends_with_the_browser(client, home_page, learner):
    sign_in(client, learner, shared=True)
    assert client.session.get_expire_at_browser_close()
    cookie = client.cookies["sessionid"]
    assert cookie["max-age"] == "" and cookie["expires"] == ""
    # Without the box: the usual lasting session.
    client.post(reverse("accounts:logout"))
    sign_in(client, learner, shared=False)
    assert not client.session.get_expire_at_browser_close()
    assert client.cookies["sessionid"]["max-age"]


def _idle_for(client, seconds: int) -> None:
    session = client.session
    session[SEEN_KEY] = int(time.time()) - seconds
    session.save()


def test_an_idle_shared_session_is_signed_out(client, home_page, learner, settings):
    settings.LITERACY_SHARED_DEVICE_IDLE_SECONDS = 30 * 60
    sign_in(client, learner, shared=True)
    _idle_for(client, 31 * 60)
    response = client.get(reverse("courses:dashboard"))
    assert response.status_code == 302 and response["Location"].startswith(
        reverse("accounts:login"))
    assert "_auth_user_id" not in client.session


def test_activity_keeps_a_shared_session(client, home_page, learner, settings):
    """The idle time slides: each visit (rounded to a minute) starts it again."""
    settings.LITERACY_SHARED_DEVICE_IDLE_SECONDS = 30 * 60
    sign_in(client, learner, shared=True)
    _idle_for(client, 29 * 60)
    assert client.get(reverse("courses:dashboard")).status_code == 200
    assert time.time() - client.session[SEEN_KEY] < 60
    # A session not marked shared is never signed out for idling.
    client.post(reverse("accounts:logout"))
    sign_in(client, learner, shared=False)
    _idle_for(client, 31 * 60)
    assert client.get(reverse("courses:dashboard")).status_code == 200


def test_the_privacy_page_explains_shared_devices_and_code_counters(client, home_page):
    page = client.get(reverse("privacy")).content.decode()
    assert "«هذا جهاز مشترك»" in page and "بعد 30 دقيقة دون نشاط" in page
    assert "محو ملفات تعريف الارتباط" in page
    assert "الرموز الخاطئة المُدخلة" in page
