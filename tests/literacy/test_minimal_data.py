"""Minimal data by default: no network address or browser stored, nothing personal logged."""

import pytest
from django.apps import apps
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.courses.cohort_fixtures import *  # noqa: F403
from tests.factories import UserFactory
from tests.logcapture import *  # noqa: F403
from tests.logcapture import logged_text

from .personal_fixtures import tables_containing

pytestmark = pytest.mark.django_db

CLIENT_IP = "203.0.113.77"
FORWARDED_IP = "198.51.100.23"
USER_AGENT = "BasiraProbe/9.9 (unique-agent-7f3c)"
PSEUDONYM = "nadia-under-cover"
PASSWORD = "a long unusual passphrase 42"  # noqa: S105
WRONG_PASSWORD = "wrong-guess-pass-9137"  # noqa: S105


def _client() -> Client:
    return Client(REMOTE_ADDR=CLIENT_IP, HTTP_USER_AGENT=USER_AGENT,
                  HTTP_X_FORWARDED_FOR=FORWARDED_IP)


def _sign_up_and_in(client):
    """Sign-up, sign-out, a failed sign-in, a sign-in and the admin's login form."""
    response = client.post(reverse("accounts:signup"), {
        "username": PSEUDONYM, "email": "", "language": "ar",
        "password1": PASSWORD, "password2": PASSWORD,
    })
    assert response.status_code == 302
    client.post(reverse("accounts:logout"))
    assert client.post(reverse("accounts:login"), {
        "username": PSEUDONYM, "password": WRONG_PASSWORD}).status_code == 200
    client.post("/admin/login/", {"username": PSEUDONYM, "password": WRONG_PASSWORD})
    response = client.post(reverse("accounts:login"), {"username": PSEUDONYM,
                                                       "password": PASSWORD})
    assert response.status_code == 302


def test_no_model_has_a_field_for_network_addresses_or_browsers():
    suspicious = ("ip_address", "ipaddress", "remote_addr", "user_agent", "useragent",
                  "client_ip", "ip")
    found = []
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if not getattr(field, "concrete", False):
                continue
            if isinstance(field, models.GenericIPAddressField) or \
                    field.name.lower() in suspicious or "user_agent" in field.name.lower():
                found.append(f"{model._meta.label}.{field.name}")
    assert found == []


def test_signing_up_and_in_stores_no_address_and_no_browser(db):
    client = _client()
    _sign_up_and_in(client)
    client.get(reverse("accounts:settings"))
    # Not in any column of any table of the database…
    assert tables_containing(CLIENT_IP, FORWARDED_IP, USER_AGENT, "unique-agent-7f3c") == {}
    # …and not in the cache, where the sign-in throttle keys on a keyed hash.
    from django.core.cache import cache

    for key, value in getattr(cache, "_cache", {}).items():
        for secret in (CLIENT_IP, FORWARDED_IP, "unique-agent", PSEUDONYM):
            assert secret not in key and secret.encode() not in value
    # last_login is kept (Django's own, a date: stated on the privacy page).
    from django.contrib.auth import get_user_model

    assert get_user_model().objects.get(username=PSEUDONYM).last_login is not None


def test_recording_client_data_is_off_unless_the_operator_turns_it_on(settings):
    from literacy.security import conf

    assert conf.STORE_CLIENT_DATA is False
    settings.LITERACY_STORE_CLIENT_DATA = True
    assert conf.STORE_CLIENT_DATA is True


def test_sign_up_and_sign_in_log_no_pseudonym_and_no_password(all_logs):
    client = _client()
    _sign_up_and_in(client)
    client.get("/ar/no-such-page/")  # logged by django.request: the capture works
    logged = logged_text(all_logs)
    assert all_logs.records, "nothing was captured: the test would prove nothing"
    for secret in (PSEUDONYM, PASSWORD, WRONG_PASSWORD, CLIENT_IP, FORWARDED_IP, USER_AGENT):
        assert secret not in logged


def test_joining_a_cohort_logs_no_pseudonym_and_no_code(cohort, all_logs):
    learner = UserFactory(username=PSEUDONYM)
    client = _client()
    client.force_login(learner)
    client.post(reverse("cohorts:join"), {"code": "AAAA-AAAA"})  # a wrong code
    response = client.post(reverse("cohorts:join"), {"code": cohort.join_code})
    assert response.status_code == 302
    logged = logged_text(all_logs)
    assert all_logs.records
    assert PSEUDONYM not in logged and cohort.join_code not in logged


def test_the_privacy_page_states_retention_and_links_export_and_delete(client):
    learner = UserFactory(username=PSEUDONYM)
    client.force_login(learner)
    for language in ("ar", "en", "fr"):
        html = client.get(f"/{language}/privacy/").content.decode()
        for name in ("accounts:personal_data", "accounts:personal_data_json",
                     "accounts:delete"):
            with translation.override(language):
                assert f'href="{reverse(name)}"' in html
        assert f'lang="{language}"' in html
