"""Every URL that literacy (the site wiring, accounts and two-factor pages) declares,
classified (see tests/url_security.py): anonymous visitors of account pages go to the
login page, every POST needs the CSRF token (sign-up and login included, so no other site
can sign a visitor in or out), POST-only URLs refuse GET and read-only ones refuse POST.
No literacy URL names an object: each acts on the signed-in user only."""

from types import SimpleNamespace

import pytest
from django.urls import reverse

from tests.url_security import (
    FORM,
    LOGIN,
    POST,
    PUBLIC,
    READ,
    Rule,
    assert_classified,
    check_anonymous,
    check_csrf,
    check_each,
    check_methods,
    get_urls,
    routes_with,
    staff_users,
    writes_of_gets,
)

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


def _url(name):
    return lambda w: reverse(name)


TABLE = {
    "healthz": Rule(PUBLIC, READ, own=_url("healthz")),
    "favicon.ico": Rule(PUBLIC, READ, own=lambda w: "/favicon.ico",
                        note="the site's icon (static/favicon.ico)"),
    "admin/logout/": Rule(PUBLIC, POST, "learner", own=lambda w: "/admin/logout/",
                          note="POST only: a cross-site link cannot sign an editor out"),
    "<lang>/privacy/": Rule(PUBLIC, READ, own=_url("privacy")),
    "<lang>/offline/": Rule(PUBLIC, READ, own=_url("offline_fallback"),
                            note="the service worker's offline page: the same for everyone"),
    "weather/": Rule(PUBLIC, READ, own=_url("neutral_page"),
                     note="the quick exit's neutral page: nothing of Basira, no cookie"),
    "sw.js": Rule(PUBLIC, READ, own=lambda w: "/sw.js",
                  note="the service worker's script: the same for everyone, no user data"),
    "manifest.webmanifest": Rule(PUBLIC, READ, own=_url("web_manifest"),
                                 note="the signed-in learner's own app name only"),
    "<lang>/security/two-factor/": Rule(LOGIN, READ, "learner", own=_url("security:manage")),
    "<lang>/security/two-factor/setup/": Rule(LOGIN, FORM, "learner",
                                              own=_url("security:setup")),
    "<lang>/security/two-factor/verify/": Rule(LOGIN, FORM, "learner",
                                               own=_url("security:verify")),
    "<lang>/security/two-factor/recovery-codes/": Rule(
        LOGIN, READ, "learner", own=_url("security:recovery_codes"),
        note="shows codes once, from the session"),
    "<lang>/security/two-factor/recovery-codes/new/": Rule(
        LOGIN, POST, "learner", own=_url("security:regenerate_codes")),
    "<lang>/security/two-factor/disable/": Rule(LOGIN, FORM, "learner",
                                                own=_url("security:disable")),
    "<lang>/accounts/signup/": Rule(PUBLIC, FORM, own=_url("accounts:signup")),
    "<lang>/accounts/login/": Rule(PUBLIC, FORM, own=_url("accounts:login"),
                                   note="CSRF-protected against login CSRF"),
    "<lang>/accounts/signed-out/": Rule(PUBLIC, READ, own=_url("accounts:signed_out"),
                                        note="a page that says so; shows no data"),
    "<lang>/accounts/logout/": Rule(PUBLIC, POST, "learner", own=_url("accounts:logout")),
    "<lang>/accounts/forget-device/": Rule(
        PUBLIC, POST, "learner", own=_url("accounts:forget_device"),
        note="sign-out and Clear-Site-Data; whoever holds the phone may clear it"),
    "<lang>/accounts/device-forgotten/": Rule(PUBLIC, READ,
                                              own=_url("accounts:device_forgotten")),
    "<lang>/accounts/app-name/": Rule(LOGIN, POST, "learner", own=_url("accounts:app_identity"),
                                      data=lambda w: {"app_identity": "notes"}),
    "<lang>/accounts/password/": Rule(LOGIN, FORM, "learner",
                                      own=_url("accounts:password_change")),
    "<lang>/accounts/settings/": Rule(LOGIN, FORM, "learner", own=_url("accounts:settings")),
    "<lang>/accounts/my-data/": Rule(LOGIN, READ, "learner", own=_url("accounts:personal_data"),
                                     note="the signed-in learner's own data only"),
    "<lang>/accounts/my-data.json": Rule(LOGIN, READ, "learner",
                                         own=_url("accounts:personal_data_json")),
    "<lang>/accounts/delete/": Rule(LOGIN, FORM, "learner", own=_url("accounts:delete"),
                                    note="re-enter the password; staff are refused"),
    "<lang>/accounts/recovery-codes/": Rule(
        LOGIN, FORM, "learner", own=_url("accounts:recovery_codes"),
        note="shows fresh codes from the session until the learner confirms"),
    "<lang>/accounts/recovery-codes.txt": Rule(LOGIN, READ, "learner",
                                               own=_url("accounts:recovery_codes_txt")),
    "<lang>/accounts/recovery-codes/new/": Rule(
        LOGIN, FORM, "learner", own=_url("accounts:new_recovery_codes"),
        note="re-enter the password; throttled like sign-in"),
    "<lang>/accounts/recover/": Rule(PUBLIC, FORM, own=_url("accounts:recover"),
                                     note="throttled like sign-in; same answer for all"),
    "<lang>/accounts/password-reset/": Rule(PUBLIC, FORM, own=_url("accounts:password_reset"),
                                            note="same answer whether the email is known"),
    "<lang>/accounts/password-reset/sent/": Rule(PUBLIC, READ,
                                                 own=_url("accounts:password_reset_done")),
    "<lang>/accounts/password-reset/<uidb64>/<token>/": Rule(
        PUBLIC, FORM, own=lambda w: reverse("accounts:password_reset_confirm",
                                            args=["MQ", "set-password"]),
        note="Django's signed, expiring token"),
    "<lang>/accounts/password-reset/done/": Rule(PUBLIC, READ,
                                                 own=_url("accounts:password_reset_complete")),
    r"^(?P<code>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)/(?P<rest>.*)$": Rule(
        PUBLIC, READ, own=lambda w: "/de/learn/",
        note="a language we do not serve: a redirect to the Arabic site; ours: 404"),
}

WEBSOCKETS: dict[str, str] = {}


@pytest.fixture
def world():
    return SimpleNamespace(users={"learner": UserFactory(username="learner")})


def test_every_literacy_url_has_a_security_classification():
    assert_classified("literacy", TABLE, WEBSOCKETS)


def test_anonymous_visitor_is_sent_to_login(client, world):
    check_each(routes_with(TABLE, access=(LOGIN,)),
               lambda route: check_anonymous(client, TABLE[route], world))


def test_state_change_without_csrf_token_is_refused(world):
    check_each(routes_with(TABLE, methods=(FORM, POST), csrf=True),
               lambda route: check_csrf(TABLE[route], world, world.users))


def test_wrong_method_is_refused(client, world):
    check_each(routes_with(TABLE, methods=(READ, POST)),
               lambda route: check_methods(client, TABLE[route], world, world.users))


def test_a_logout_without_csrf_token_keeps_the_session(world):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["learner"])
    assert client.post(reverse("accounts:logout")).status_code == 403
    assert client.get(reverse("accounts:settings")).status_code == 200


@pytest.mark.parametrize("role", ["anonymous", "learner", "editor", "admin"])
def test_a_get_changes_nothing(role, world, home_page):
    """Every GET URL of the site wiring, accounts and two-factor pages, as each role: only
    the session is written, and the record of a learner's own data export (the 2FA setup
    page made a device on GET: a crawler made one for a learner)."""
    users = {**world.users, **staff_users(), "anonymous": None}
    urls = [*get_urls(TABLE, world), "/favicon.ico", "/ar/no-such-page", "/ar/"]
    assert not writes_of_gets(users[role], urls,
                              allowed=[("literacy_exportrecord", "INSERT")])
