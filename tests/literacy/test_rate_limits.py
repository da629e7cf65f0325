"""Rate limits (literacy/security/rate_limits.py): the counter, its keys, the 429 answer,
and the anonymous forms of the core (sign-up, recovery by code or by e-mail). The plugins'
scopes are tested with their views: tests/quizzes/test_rate_limits.py and
tests/courses/test_cohort_rate_limits.py."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.urls import reverse

from literacy.accounts import recovery
from literacy.security import throttle
from literacy.security.conf import parse_rate_limits
from literacy.security.rate_limits import RateLimit, by_client

from ..factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
ARABIC_REFUSAL = "طلبات كثيرة جدًا"  # "Too many requests"
RECOVER = "/ar/accounts/recover/"
KEY_SHAPE = re.compile(r":1:basira:rate:[a-z_]+:[0-9]+:[0-9a-f]{64}")


def rate_keys() -> list[str]:
    return [key for key in cache._cache if ":basira:rate:" in key]


def assert_refused(response):
    assert response.status_code == 429
    assert ARABIC_REFUSAL in response.content.decode()
    assert 0 < int(response["Retry-After"]) <= 3600
    assert "no-store" in response["Cache-Control"]


def sign_up(client, username):
    return client.post(reverse("accounts:signup"), {
        "username": username, "email": "", "password1": DEFAULT_PASSWORD,
        "password2": DEFAULT_PASSWORD, "language": "ar",
    })


def recover(client, username, code):
    return client.post(RECOVER, {"username": username, "code": code,
                                 "new_password1": "a-brand-new-pass-phrase-7",
                                 "new_password2": "a-brand-new-pass-phrase-7"})


# Sign-up ---------------------------------------------------------------------------------

def test_signups_past_the_limit_are_refused_per_client(settings, home_page):
    settings.LITERACY_RATE_LIMITS = {"signup": (2, 3600)}
    for name in ("nour_1", "nour_2"):
        assert sign_up(Client(), name).status_code == 302
    assert_refused(sign_up(Client(), "nour_3"))
    assert not get_user_model().objects.filter(username="nour_3").exists()
    # Another connection (another workshop) signs up as usual.
    assert sign_up(Client(REMOTE_ADDR="198.51.100.7"), "nour_3").status_code == 302


def test_showing_the_signup_form_does_not_count(settings, home_page):
    settings.LITERACY_RATE_LIMITS = {"signup": (1, 3600)}
    for _ in range(3):
        assert Client().get(reverse("accounts:signup")).status_code == 200
    assert sign_up(Client(), "amal_1").status_code == 302


def test_keys_name_nobody(settings, home_page):
    """The cache holds a scope, a window and a keyed hash: no address, pseudonym or id."""
    settings.LITERACY_RATE_LIMITS = {"signup": (5, 3600), "recovery_name": (5, 3600)}
    user = UserFactory(username="salma_k")
    sign_up(Client(REMOTE_ADDR="203.0.113.45"), "nour_k")
    recover(Client(REMOTE_ADDR="203.0.113.45"), "salma_k", "aaaaa-bbbbb")
    request = RequestFactory().post("/")
    request.user = user
    RateLimit("submission").hit(request)
    keys = rate_keys()
    assert len(keys) == 4  # signup; recovery per client and per name; submission
    for key in keys:
        assert KEY_SHAPE.fullmatch(key), key
        assert "203.0.113" not in key and "nour" not in key and "salma" not in key
        assert f"user\x00{user.pk}" not in key


# Recovery by code ------------------------------------------------------------------------

@pytest.fixture
def learner_with_codes():
    user = UserFactory(username="salma")
    return user, recovery.issue_codes(user=user)


def test_recovery_past_the_limit_changes_nothing(settings, home_page, learner_with_codes):
    """Past the limit even a good code is not used: no new password, no failure counted."""
    settings.LITERACY_RATE_LIMITS = {"recovery_name": (2, 3600)}
    user, codes = learner_with_codes
    client = Client()
    for _ in range(2):
        assert recover(client, "salma", "wrong-code1").status_code == 400
    failure_key = throttle.throttle_key(RequestFactory().get("/"), "salma")
    assert cache.get(failure_key) == 2
    assert_refused(recover(client, "Salma", codes[0]))  # the name as typed, normalised
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)
    assert recovery.codes_left(user) == len(codes)
    assert cache.get(failure_key) == 2
    # Not locked out from everywhere: another client recovers the account.
    assert recover(Client(REMOTE_ADDR="198.51.100.7"), "salma", codes[0]).status_code == 302


def test_another_name_from_the_same_client_is_not_held_by_one_name(settings, home_page,
                                                                    learner_with_codes):
    settings.LITERACY_RATE_LIMITS = {"recovery_name": (1, 3600)}
    user, codes = learner_with_codes
    UserFactory(username="huda")
    recover(Client(), "huda", "wrong-code1")
    assert_refused(recover(Client(), "huda", "wrong-code1"))
    assert recover(Client(), "salma", codes[0]).status_code == 302


def test_recovery_per_client_holds_many_names(settings, home_page, learner_with_codes):
    settings.LITERACY_RATE_LIMITS = {"recovery": (2, 3600)}
    user, codes = learner_with_codes
    recover(Client(), "name-1", "wrong-code1")
    recover(Client(), "name-2", "wrong-code1")
    assert_refused(recover(Client(), "salma", codes[0]))
    assert recovery.codes_left(user) == len(codes)


def test_showing_the_recovery_form_does_not_count(settings, home_page, learner_with_codes):
    settings.LITERACY_RATE_LIMITS = {"recovery": (1, 3600), "recovery_name": (1, 3600)}
    _user, codes = learner_with_codes
    for _ in range(3):
        assert Client().get(RECOVER).status_code == 200
    assert recover(Client(), "salma", codes[0]).status_code == 302


# Recovery by e-mail ----------------------------------------------------------------------

def test_reset_links_past_the_limit_send_nothing(settings, home_page):
    settings.LITERACY_RATE_LIMITS = {"recovery_name": (1, 3600)}
    UserFactory(username="rana", email="rana@example.org")
    UserFactory(username="dina", email="dina@example.org")
    url = reverse("accounts:password_reset")
    assert Client().get(url).status_code == 200  # the form itself does not count
    assert Client().post(url, {"email": "rana@example.org"}).status_code == 302
    assert_refused(Client().post(url, {"email": "RANA@example.org"}))
    assert len(mail.outbox) == 1
    assert Client().post(url, {"email": "dina@example.org"}).status_code == 302
    assert len(mail.outbox) == 2


# The counter -----------------------------------------------------------------------------

def test_a_scope_switched_off_never_refuses(settings):
    settings.LITERACY_RATE_LIMITS = {"signup": None}
    request = RequestFactory().post("/")
    assert all(RateLimit("signup").hit(request, by_client) is None for _ in range(50))


def test_the_window_ends_and_says_when(settings, monkeypatch):
    settings.LITERACY_RATE_LIMITS = {"signup": (1, 60)}
    clock = [6000.0 + 15]  # 15 s into a window of 60 s
    monkeypatch.setattr("literacy.security.rate_limits.time.time", lambda: clock[0])
    request = RequestFactory().post("/")
    limit = RateLimit("signup")
    assert limit.hit(request, by_client) is None
    assert limit.hit(request, by_client) == 45
    clock[0] = 6060.0  # the next window
    assert limit.hit(request, by_client) is None


def test_unknown_scopes_are_refused():
    with pytest.raises(ValueError):
        RateLimit("sigunp")


@pytest.mark.parametrize("text", ["submision=5/60", "submission=5", "submission=0/60",
                                  "submission=5/0", "submission=٥/60", "submission=-1/60",
                                  "submission 5/60"])
def test_the_environment_form_is_parsed_strictly(text):
    with pytest.raises(ValueError):
        parse_rate_limits(text)


def test_the_environment_form():
    assert parse_rate_limits(" submission=100000/60, export = 40/600 ,") == {
        "submission": (100000, 60), "export": (40, 600)}
    assert parse_rate_limits("") == {}
