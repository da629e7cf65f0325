"""Login throttling is keyed on the username *and* the client, and stores nothing about it."""

import logging
import time

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from literacy.security.throttle import client_address

from ..factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
IP_A, IP_B = "203.0.113.77", "198.51.100.42"
AGENT = "Mozilla/5.0 (TestPhone; Basira-UA-marker)"


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def activist(db):
    return UserFactory(username="nour-pseudonym")


def client_from(ip: str, **extra) -> Client:
    return Client(REMOTE_ADDR=ip, HTTP_USER_AGENT=AGENT, **extra)


def attempt(client, username, password, **extra):
    return client.post("/admin/login/", {"username": username, "password": password}, **extra)


def fail_until_locked(client, username, limit=5):
    for _ in range(limit):
        assert attempt(client, username, "wrong password").status_code == 200


def test_wrong_passwords_lock_only_that_username_from_that_client(activist):
    attacker = client_from(IP_A)
    fail_until_locked(attacker, activist.username)
    locked = attempt(attacker, activist.username, DEFAULT_PASSWORD)
    assert locked.status_code == 429
    assert "_auth_user_id" not in attacker.session
    # The person, from their own connection, still signs in.
    person = client_from(IP_B)
    assert attempt(person, activist.username, DEFAULT_PASSWORD).status_code == 302
    assert person.session["_auth_user_id"] == str(activist.pk)
    # And another account from the attacker's connection is not affected.
    other = UserFactory(username="someone-else")
    assert attempt(client_from(IP_A), other.username, DEFAULT_PASSWORD).status_code == 302


def test_lockout_message_is_clear_and_translated(activist):
    attacker = client_from(IP_A)
    fail_until_locked(attacker, activist.username)
    english = attempt(attacker, activist.username, "x", HTTP_ACCEPT_LANGUAGE="en")
    assert english.status_code == 429
    assert "too many wrong passwords for this account from your connection" in (
        english.content.decode()
    )
    assert int(english["Retry-After"]) == 15 * 60
    arabic = attempt(attacker, activist.username, "x", HTTP_ACCEPT_LANGUAGE="ar")
    with translation.override("ar"):
        title = gettext("Too many attempts")
    assert title != "Too many attempts"
    assert title in arabic.content.decode()


def test_case_variants_of_the_pseudonym_share_one_counter(activist):
    attacker = client_from(IP_A)
    for variant in ("NOUR-pseudonym", "Nour-Pseudonym", "nour-PSEUDONYM", "NOUR-PSEUDONYM",
                    "nour-pseudonym"):
        attempt(attacker, variant, "wrong")
    assert attempt(attacker, activist.username, DEFAULT_PASSWORD).status_code == 429


def test_success_resets_the_counter(activist):
    person = client_from(IP_A)
    for _ in range(4):
        attempt(person, activist.username, "wrong")
    assert attempt(person, activist.username, DEFAULT_PASSWORD).status_code == 302
    person.logout()
    for _ in range(4):
        attempt(person, activist.username, "wrong")
    assert attempt(person, activist.username, DEFAULT_PASSWORD).status_code == 302


def test_lock_ends_after_the_cool_off(activist, settings):
    settings.LITERACY_LOGIN_LOCKOUT_SECONDS = 1
    attacker = client_from(IP_A)
    fail_until_locked(attacker, activist.username)
    assert attempt(attacker, activist.username, DEFAULT_PASSWORD).status_code == 429
    time.sleep(1.2)
    assert attempt(attacker, activist.username, DEFAULT_PASSWORD).status_code == 302


def test_nothing_about_the_client_is_stored(activist, caplog):
    caplog.set_level(logging.DEBUG)
    attacker = client_from(IP_A)
    fail_until_locked(attacker, activist.username)
    attempt(attacker, activist.username, DEFAULT_PASSWORD)
    attempt(client_from(IP_B), activist.username, DEFAULT_PASSWORD)
    found = []
    for model in apps.get_models():
        for row in model._base_manager.values():
            text = repr(row)
            found += [f"{model._meta.label}: {needle}"
                      for needle in (IP_A, IP_B, "Basira-UA-marker") if needle in text]
    for session in Session.objects.all():
        decoded = repr(session.get_decoded())
        found += [f"session: {n}" for n in (IP_A, IP_B, "Basira-UA-marker") if n in decoded]
    assert found == []
    # Nor in the logs: no address, agent, pseudonym or password.
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret in (IP_A, IP_B, "Basira-UA-marker", activist.username, "wrong password"):
        assert secret not in logged
    # The cache holds only keyed hashes.
    assert all(IP_A not in key and activist.username not in key for key in cache._cache)


def test_behind_a_proxy_the_forwarded_client_counts(activist, settings):
    settings.LITERACY_TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"
    attacker = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=IP_A)
    fail_until_locked(attacker, activist.username)
    assert attempt(attacker, activist.username, DEFAULT_PASSWORD).status_code == 429
    person = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=IP_B)
    assert attempt(person, activist.username, DEFAULT_PASSWORD).status_code == 302


def test_client_address_groups_ipv6_by_subscriber_prefix(rf, settings):
    one = rf.get("/", REMOTE_ADDR="2001:db8:1:2:aaaa::1")
    two = rf.get("/", REMOTE_ADDR="2001:db8:1:2:bbbb::9")
    assert client_address(one) == client_address(two) == "2001:db8:1:2::/64"
    assert client_address(rf.get("/", REMOTE_ADDR="::ffff:203.0.113.77")) == IP_A
    settings.LITERACY_TRUSTED_PROXY_COUNT = 1
    spoofed = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=f"1.2.3.4, {IP_A}")
    assert client_address(spoofed) == IP_A  # only the hop the proxy added is trusted
