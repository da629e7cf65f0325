"""The privacy page says what is stored; logs carry no pseudonyms, passwords or answers."""

import logging

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_privacy_page_in_each_language(client, language):
    response = client.get(f"/{language}/privacy/")
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override(language):
        for text in ("Privacy: what Basira stores", "Your pseudonym",
                     "Your password, as a one-way hash", "Your cohort memberships",
                     "Results of interactive (H5P) activities", "Your certificates"):
            assert gettext(text) in html
        assert gettext(
            "Your IP address and your browser (user agent) are not stored with your account "
            "or with sign-in attempts."
        ) in html
    assert f'lang="{language}"' in html


def test_privacy_page_says_so_when_client_data_is_recorded(client, settings):
    settings.LITERACY_STORE_CLIENT_DATA = True
    html = client.get("/en/privacy/").content.decode()
    assert "recording of network addresses and browsers" in html
    assert "are not stored with your account" not in html


def test_footer_links_to_the_privacy_page(client, home_page):
    html = client.get("/fr/").content.decode()
    assert 'href="/fr/privacy/"' in html


def test_logging_config_records_no_request_bodies_or_users():
    config = settings.LOGGING
    assert config["root"]["level"] in ("WARNING", "ERROR")
    for name, logger in config.get("loggers", {}).items():
        if name.startswith("django"):
            assert logger.get("level", "WARNING") not in ("DEBUG", "INFO"), name
    assert not getattr(settings, "ADMINS", None)  # no error mails carrying request data


def test_a_failing_sign_in_and_a_bad_form_log_no_personal_data(client, caplog):
    user = UserFactory(username="layla-pseudonym")
    caplog.set_level(logging.DEBUG)
    client.post("/admin/login/", {"username": user.username, "password": "my-answer-xyz"})
    client.post("/ar/security/two-factor/verify/", {"code": "424242"})
    client.get("/ar/no-such-page-for-layla-pseudonym/")
    logged = "\n".join(r.getMessage() + repr(getattr(r, "args", "")) for r in caplog.records)
    assert "my-answer-xyz" not in logged
    assert "424242" not in logged
    for record in caplog.records:
        # django.request names the path of a 404 ("Not Found: /ar/…"), never a user.
        assert user.username not in record.getMessage() or record.name == "django.request"
