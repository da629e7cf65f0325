"""Two-factor authentication: required for staff roles on the admin and facilitator area,
optional for learners, with single-use recovery codes."""

import re
import time
from base64 import b32decode

import pytest
from django.contrib.auth.models import Group
from django.http import HttpResponse
from django.test import RequestFactory
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from literacy.security import staff_2fa_required
from literacy.security.testing import login_verified
from literacy.security.twofactor import provisioning_uri

from ..factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
SETUP = "/ar/security/two-factor/setup/"
VERIFY = "/ar/security/two-factor/verify/"


@pytest.fixture(autouse=True)
def _no_otp_delay(settings):
    """django-otp's per-device back-off (tested on its own below) would slow every test."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    settings.OTP_STATIC_THROTTLE_FACTOR = 0


def totp_code(device: TOTPDevice, steps_ahead: int = 0) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def sign_in(client, user):
    response = client.post(
        "/admin/login/", {"username": user.username, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return response


def device_shown(page) -> TOTPDevice:
    """The authenticator an app would hold after typing the key the setup page shows
    (unsaved: showing the page makes no device)."""
    secret = re.search(r'<code class="secret-key" dir="ltr">([A-Z2-7 ]+)</code>',
                       page.content.decode()).group(1).replace(" ", "")
    return TOTPDevice(key=b32decode(secret + "=" * (-len(secret) % 8)).hex())


def set_up_authenticator(client, user) -> tuple[TOTPDevice, list[str]]:
    page = client.get(SETUP)
    assert page.status_code == 200
    response = client.post(SETUP, {"code": totp_code(device_shown(page)), "next": "/admin/"})
    assert response.status_code == 302
    codes_page = client.get(response.url)
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", codes_page.content.decode())
    return TOTPDevice.objects.get(user=user), codes


def test_showing_the_setup_page_creates_no_device(client, editor):
    """A crawler, or someone who only looks, leaves nothing behind; the key shown stays the
    same until a code confirms it, and the device is made from that key."""
    sign_in(client, editor)
    first, again = client.get(SETUP), client.get(SETUP)
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert device_shown(first).key == device_shown(again).key
    device, _codes = set_up_authenticator(client, editor)
    assert device.confirmed and device.key == device_shown(first).key


@pytest.fixture
def editor(db):
    user = UserFactory(username="editor-amal", is_staff=True, is_superuser=True)
    return user


def test_staff_are_sent_to_set_up_2fa_before_the_admin(client, editor):
    sign_in(client, editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url == SETUP + "?next=%2Fadmin%2Fpages%2F"


def test_setup_shows_a_qr_code_drawn_by_the_site(client, editor):
    sign_in(client, editor)
    html = client.get(SETUP).content.decode()
    assert '<svg' in html and 'class="qr-code"' in html
    assert "http://" not in html.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
        "http://www.w3.org/2000/svg", ""
    )
    assert not re.search(r'<img[^>]+src="https?://', html)
    assert editor.username not in provisioning_uri(device_shown(client.get(SETUP)))


def test_staff_set_up_2fa_then_the_admin_opens(client, editor):
    sign_in(client, editor)
    device, codes = set_up_authenticator(client, editor)
    assert device.confirmed
    assert len(codes) == 10
    assert client.get("/admin/").status_code == 200
    # The recovery codes are shown once only.
    assert client.get("/ar/security/two-factor/recovery-codes/").status_code == 302


def test_wrong_code_is_refused_at_setup(client, editor):
    sign_in(client, editor)
    client.get(SETUP)
    response = client.post(SETUP, {"code": "000000"})
    assert response.status_code == 200
    assert "code" in response.context["form"].errors
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    assert client.get("/admin/").status_code == 302


def test_next_sign_in_asks_for_a_code_and_accepts_the_right_one(client, editor):
    sign_in(client, editor)
    device, _codes = set_up_authenticator(client, editor)
    client.post("/admin/logout/")
    sign_in(client, editor)
    response = client.get("/admin/")
    assert response.url == VERIFY + "?next=%2Fadmin%2F"
    wrong = client.post(VERIFY, {"code": "123456", "next": "/admin/"})
    assert wrong.status_code == 200
    assert client.get("/admin/").status_code == 302
    right = client.post(VERIFY, {"code": totp_code(device, steps_ahead=1), "next": "/admin/"})
    assert right.status_code == 302 and right.url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_recovery_code_works_once(client, editor):
    sign_in(client, editor)
    _device, codes = set_up_authenticator(client, editor)
    code = codes[0]
    client.post("/admin/logout/")
    sign_in(client, editor)
    assert client.post(VERIFY, {"code": code.upper(), "next": "/admin/"}).status_code == 302
    assert client.get("/admin/").status_code == 200
    assert not StaticToken.objects.filter(token=code).exists()
    client.post("/admin/logout/")
    sign_in(client, editor)
    again = client.post(VERIFY, {"code": code, "next": "/admin/"})
    assert again.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_verify_redirects_only_to_this_site(client, editor):
    sign_in(client, editor)
    device, _codes = set_up_authenticator(client, editor)
    client.post("/admin/logout/")
    sign_in(client, editor)
    response = client.post(
        VERIFY, {"code": totp_code(device, steps_ahead=1), "next": "https://evil.example/"}
    )
    assert response.url == "/ar/security/two-factor/"


def test_password_alone_cannot_replace_the_authenticator(client, editor):
    """Someone who stole the password must not be able to enrol their own phone."""
    sign_in(client, editor)
    set_up_authenticator(client, editor)
    client.post("/admin/logout/")
    sign_in(client, editor)
    response = client.get(SETUP)
    assert response.status_code == 302 and response.url.startswith(VERIFY)
    assert client.post(SETUP, {"code": "000000"}).status_code == 302
    assert client.get("/ar/security/two-factor/").url.startswith(VERIFY)


@pytest.mark.parametrize("group", ["Editors", "Moderators", "Facilitators", "Coordinators"])
def test_staff_groups_need_2fa_on_the_facilitator_area(client, group):
    user = UserFactory()
    user.groups.add(Group.objects.get_or_create(name=group)[0])
    client.force_login(user)
    response = client.get("/fr/facilitate/cohorts/")
    assert response.status_code == 302 and response.url.startswith("/fr/security/two-factor/setup/")


def test_learners_are_not_forced(client, user):
    sign_in(client, user)
    assert client.get("/ar/privacy/").status_code == 200
    admin = client.get("/admin/")
    assert admin.status_code == 302 and admin.url.startswith("/admin/login/")  # Wagtail's own
    assert client.get("/ar/facilitate/").status_code == 404


def test_learner_may_turn_2fa_on_and_then_it_is_asked_at_sign_in(client, user, home_page):
    sign_in(client, user)
    device, codes = set_up_authenticator(client, user)
    assert len(codes) == 10
    client.logout()  # the learners' own sign-out page belongs to the accounts app
    sign_in(client, user)
    response = client.get("/ar/")
    assert response.status_code == 302 and response.url.startswith(VERIFY)
    assert client.get("/ar/privacy/").status_code == 200  # policy and sign-out stay open
    client.post(VERIFY, {"code": totp_code(device, steps_ahead=1)})
    assert client.get("/ar/").status_code == 200


def test_learner_turns_2fa_off_with_the_password(client, user):
    device = login_verified(client, user)
    refused = client.post("/ar/security/two-factor/disable/", {"password": "wrong"})
    assert refused.status_code == 200
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
    client.post("/ar/security/two-factor/disable/", {"password": DEFAULT_PASSWORD})
    assert not TOTPDevice.objects.filter(user=user).exists()


def test_staff_cannot_turn_2fa_off(client, editor):
    login_verified(client, editor)
    response = client.post("/ar/security/two-factor/disable/", {"password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert TOTPDevice.objects.filter(user=editor).exists()


def test_regenerating_recovery_codes_cancels_the_old_ones(client, user):
    sign_in(client, user)
    _device, old = set_up_authenticator(client, user)
    response = client.post("/ar/security/two-factor/recovery-codes/new/")
    new_page = client.get(response.url).content.decode()
    new = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", new_page)
    assert len(new) == 10 and not set(old) & set(new)
    assert not StaticToken.objects.filter(token__in=old).exists()
    assert client.get("/ar/security/two-factor/recovery-codes/new/").status_code == 405


def test_guessing_codes_is_slowed_down(client, editor, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 1
    sign_in(client, editor)
    device, _codes = set_up_authenticator(client, editor)
    client.post("/admin/logout/")
    sign_in(client, editor)
    client.post(VERIFY, {"code": "000000"})
    # Right after a wrong guess even the right code waits (exponential back-off).
    client.post(VERIFY, {"code": totp_code(device, steps_ahead=1)})
    assert client.get("/admin/").status_code == 302


def test_decorator_guards_a_view_for_verified_users_only(editor):
    @staff_2fa_required
    def dashboard(request):
        return HttpResponse("cohort dashboard")

    factory = RequestFactory()
    request = factory.get("/ar/facilitate/")
    request.user = editor
    editor.is_verified = lambda: False
    response = dashboard(request)
    assert response.status_code == 302 and "/security/two-factor/setup/" in response.url
    editor.is_verified = lambda: True
    assert dashboard(request).content == b"cohort dashboard"

    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    assert "/accounts/login/" in dashboard(request).url


def test_admin_account_page_links_to_two_factor_settings(client, editor):
    login_verified(client, editor)
    html = client.get("/admin/account/").content.decode()
    assert 'href="/ar/security/two-factor/"' in html


def test_websocket_helper_tells_a_verified_session_from_a_password_only_one(client, editor):
    from django.contrib.auth.models import AnonymousUser

    from literacy.security.twofactor import session_is_verified

    client.force_login(editor)
    assert not session_is_verified(client.session, editor)
    login_verified(client, editor)
    assert session_is_verified(client.session, editor)
    other = UserFactory()
    assert not session_is_verified(client.session, other)
    assert not session_is_verified(client.session, AnonymousUser())
