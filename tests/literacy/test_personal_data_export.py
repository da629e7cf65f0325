"""A learner downloads everything Basira holds about them, as JSON and as a readable page."""

import json
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation

from courses.models import AttendanceChange
from literacy.accounts import personal_data
from literacy.security.testing import login_verified
from tests.factories import UserFactory

from .personal_fixtures import *  # noqa: F403
from .personal_fixtures import EMAIL, PSEUDONYM, TYPED

pytestmark = pytest.mark.django_db


def _json(client, language="ar"):
    with translation.override(language):
        url = reverse("accounts:personal_data_json")
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"] == 'attachment; filename="basira-my-data.json"'
    assert "no-store" in response["Cache-Control"]
    return json.loads(response.content)


def _in_french(text) -> str:
    with translation.override("fr"):
        return str(text)


def test_json_export_holds_every_section_of_every_app(client, world):
    login_verified(client, world.learner)
    data = _json(client)
    assert data["format"] == "basira-personal-data" and data["version"] == 1
    sections = data["sections"]
    assert list(sections) == [
        "account", "exports", "offline_rejections", "enrolments", "lesson_progress", "certificates", "cohort_memberships",
        "cohort_invitations", "attendance", "attendance_changes", "cohort_follow_ups", "quiz_attempts", "live_quizzes", "pre_post_forms", "h5p_results",
        "h5p_state",
    ]
    account = sections["account"]["records"][0]
    assert account["pseudonym"] == PSEUDONYM and account["email"] == EMAIL
    assert account["language"] == "fr"
    assert account["two_factor"] is True and account["recovery_codes_left"] == 10
    assert len(sections["enrolments"]["records"]) == 1
    assert len(sections["lesson_progress"]["records"]) == 2
    certificate = sections["certificates"]["records"][0]
    assert certificate["code"] == world.certificate.code and certificate["withdrawn"] is None
    assert certificate["verification_page"].endswith(f"/verify/{world.certificate.code}/")
    assert sections["cohort_memberships"]["records"][0]["cohort"] == "Spring fellowship"
    assert len(sections["attendance"]["records"]) == 1
    change = sections["attendance_changes"]["records"][0]
    assert change["present"] is True and change["session_date"]
    assert change["how"] in {str(AttendanceChange.Via.FACILITATOR.label),
                             _in_french(AttendanceChange.Via.FACILITATOR.label)}
    assert "mona-facilitator" not in json.dumps(sections["attendance_changes"])
    attempts = sections["quiz_attempts"]["records"]
    assert len(attempts) == 2
    answers = attempts[0]["answers"]
    assert {"text": TYPED} in [answer["response"] for answer in answers]
    assert sections["pre_post_forms"]["records"] == [{"series": "privacy",
                                                      "pre_test_form": "A"}]
    assert sections["h5p_results"]["records"][0]["activity"] == "Spot the fake"
    assert PSEUDONYM in sections["h5p_state"]["records"][0]["data"]


def test_export_never_holds_secrets_or_other_learners(client, world):
    from django_otp.plugins.otp_static.models import StaticToken
    from django_otp.plugins.otp_totp.models import TOTPDevice

    login_verified(client, world.learner)
    raw = json.dumps(_json(client))
    assert TOTPDevice.objects.get(user=world.learner).key not in raw
    for token in StaticToken.objects.filter(device__user=world.learner):
        assert token.token not in raw
    assert "pbkdf2" not in raw and "md5$" not in raw  # no password hash
    for other in world.others:
        assert other.username not in raw
    assert world.facilitator.username not in raw


def test_another_learner_gets_only_their_own_empty_export(client, world):
    stranger = UserFactory(username="stranger")
    client.force_login(stranger)
    data = _json(client)
    assert data["sections"]["account"]["records"][0]["pseudonym"] == "stranger"
    assert all(not section["records"] for key, section in data["sections"].items()
               if key != "account")
    assert PSEUDONYM not in json.dumps(data)


@pytest.mark.parametrize("name", ["accounts:personal_data", "accounts:personal_data_json"])
def test_export_needs_a_signed_in_learner(client, world, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("name", ["accounts:personal_data", "accounts:personal_data_json"])
def test_export_is_read_only(client, world, name):
    login_verified(client, world.learner)
    assert client.post(reverse(name)).status_code == 405


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.html_attrs = {}
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.html_attrs = dict(attrs)

    def handle_data(self, data):
        self.text.append(data)


def test_readable_export_is_translated_and_right_to_left_in_arabic(client, world):
    login_verified(client, world.learner)
    with translation.override("ar"):
        response = client.get(reverse("accounts:personal_data"))
    assert response.status_code == 200
    parser = _Text()
    parser.feed(response.content.decode())
    text = " ".join(parser.text)
    assert parser.html_attrs == {"lang": "ar", "dir": "rtl"}
    with translation.override("ar"):
        for section in personal_data.sections():
            assert str(section.title) in text
        assert str(personal_data.ACCOUNT_LABELS["pseudonym"]) in text
    assert "Everything Basira holds about you" not in text  # translated, not English
    assert PSEUDONYM in text and TYPED in text and "Spring fellowship" in text
    assert world.certificate.code in text


def test_readable_export_in_french(client, world):
    login_verified(client, world.learner)
    with translation.override("fr"):
        response = client.get(reverse("accounts:personal_data"))
    content = response.content.decode()
    assert 'lang="fr" dir="ltr"' in content
    with translation.override("fr"):
        assert str(personal_data.sections()[0].title) in content


def test_account_page_links_to_export_and_delete(client, world):
    login_verified(client, world.learner)
    content = client.get(reverse("accounts:settings")).content.decode()
    for name in ("accounts:personal_data", "accounts:personal_data_json", "accounts:delete"):
        assert f'href="{reverse(name)}"' in content


def test_every_app_registers_its_sections_once():
    keys = [section.key for section in personal_data.sections()]
    assert len(keys) == len(set(keys))
    assert {"account", "enrolments", "quiz_attempts", "h5p_results"} <= set(keys)
