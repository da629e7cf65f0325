"""Sessions rotate at sign-in, end at sign-out, and end after a password change elsewhere."""

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client

from ..factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
MANAGE = "/ar/security/two-factor/"


def sign_in(client, user):
    response = client.post(
        "/admin/login/", {"username": user.username, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302


def test_session_key_changes_at_sign_in(client, user):
    before = client.session
    before["seen_intro"] = True
    before.save()
    old_key = before.session_key
    client.cookies[settings.SESSION_COOKIE_NAME] = old_key
    sign_in(client, user)
    new_key = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert new_key != old_key
    assert not Session.objects.filter(session_key=old_key).exists()


def test_sign_out_is_post_only_and_ends_the_session(client):
    editor = UserFactory(is_staff=True, is_superuser=True)
    from literacy.security.testing import login_verified

    login_verified(client, editor)
    key = client.session.session_key
    assert client.get("/admin/").status_code == 200
    refused = client.get("/admin/logout/")
    assert refused.status_code == 405
    assert settings.SESSION_COOKIE_NAME not in refused.cookies  # the cookie is kept too
    assert client.get("/admin/").status_code == 200
    client.post("/admin/logout/")
    assert not Session.objects.filter(session_key=key).exists()
    assert client.get("/admin/").url.startswith("/admin/login/")


def test_password_change_elsewhere_ends_other_sessions(user):
    phone, laptop = Client(), Client()
    sign_in(phone, user)
    sign_in(laptop, user)
    assert phone.get(MANAGE).status_code == 200
    # On the laptop the password is changed (Django's session-auth hash is on for every
    # session: the hash of the password is stored in the session and checked per request).
    user.set_password("a brand new passphrase 42")
    user.save()
    response = phone.get(MANAGE)
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_session_cookie_is_not_readable_by_scripts():
    assert settings.SESSION_COOKIE_HTTPONLY
    assert settings.CSRF_COOKIE_HTTPONLY
    assert settings.SESSION_COOKIE_SAMESITE in ("Lax", "Strict")
