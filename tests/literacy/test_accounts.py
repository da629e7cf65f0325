import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from literacy.models import Profile
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-pass-phrase-42"


def test_signup_with_pseudonym_only(client, home_page):
    page = client.get(reverse("accounts:signup")).content.decode()
    assert "اختياري" in page  # the email address is optional and says so
    response = client.post(reverse("accounts:signup"), {
        "username": "zahra_77", "email": "", "password1": PASSWORD, "password2": PASSWORD,
        "language": "en",
    })
    # New learners save their recovery codes first, in the language they chose.
    assert response.status_code == 302 and response["Location"] == "/en/accounts/recovery-codes/"
    user = get_user_model().objects.get(username="zahra_77")
    assert user.email == ""
    assert Profile.objects.get(user=user).language == "en"


def test_signup_errors_are_shown_and_nothing_created(client, home_page):
    response = client.post(reverse("accounts:signup"), {
        "username": "", "password1": "x", "password2": "y", "language": "ar",
    })
    assert response.status_code == 200
    assert not get_user_model().objects.exists()
    assert "errorlist" in response.content.decode()


def test_login_applies_the_profile_language(client, home_page):
    user = UserFactory(username="amal")
    Profile.objects.create(user=user, language="fr")
    response = client.post(reverse("accounts:login"),
                           {"username": "amal", "password": DEFAULT_PASSWORD})
    # Their dashboard, in their own language.
    assert response.status_code == 302 and response["Location"] == "/fr/learn/dashboard/"


def test_logout_needs_post(client, home_page):
    user = UserFactory()
    client.force_login(user)
    assert client.get(reverse("accounts:logout")).status_code == 405
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_change(client, home_page):
    user = UserFactory()
    client.force_login(user)
    response = client.post(reverse("accounts:password_change"), {
        "old_password": DEFAULT_PASSWORD, "new_password1": PASSWORD, "new_password2": PASSWORD,
    })
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_language_choice_is_saved(client, home_page):
    user = UserFactory()
    client.force_login(user)
    client.post(reverse("accounts:settings"), {"language": "en"})
    assert Profile.objects.get(user=user).language == "en"
    response = client.post(reverse("accounts:settings"), {"language": "xx"})
    assert response.status_code == 200
    assert Profile.objects.get(user=user).language == "en"


def test_navigation_links(client, home_page):
    page = client.get("/ar/").content.decode()
    assert reverse("accounts:signup") in page and reverse("courses:catalogue") in page
