"""Account recovery without email (recovery codes), password reset by email, and where a
learner lands after signing up, in and out."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from literacy.accounts import recovery
from literacy.models import AccountRecoveryCode
from literacy.security import conf as security_conf

from ..factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "a-brand-new-pass-phrase-7"
CODE_RE = re.compile(r"<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>")
RECOVER = "/ar/accounts/recover/"


def _sign_up(client, username="nour_22", **extra):
    return client.post(reverse("accounts:signup"), {
        "username": username, "email": "", "password1": DEFAULT_PASSWORD,
        "password2": DEFAULT_PASSWORD, "language": "ar", **extra,
    })


def _recover(client, username, code, password=NEW_PASSWORD, again=None):
    return client.post(RECOVER, {
        "username": username, "code": code, "new_password1": password,
        "new_password2": again or password,
    })


def _without_csrf(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


@pytest.fixture
def learner_with_codes():
    user = UserFactory(username="salma")
    return user, recovery.issue_codes(user=user)


# Sign-up and the codes page -----------------------------------------------------------

def test_signup_shows_codes_then_leads_to_the_catalogue(client, home_page):
    response = _sign_up(client)
    assert response["Location"] == "/ar/accounts/recovery-codes/"
    page = client.get(response["Location"]).content.decode()
    codes = CODE_RE.findall(page)
    assert len(codes) == security_conf.RECOVERY_CODE_COUNT
    assert "احفظ رموز الاسترداد" in page  # "Save your recovery codes"
    download = client.get(reverse("accounts:recovery_codes_txt"))
    assert download["Content-Disposition"].startswith("attachment")
    assert all(code in download.content.decode() for code in codes)
    done = client.post(reverse("accounts:recovery_codes"))
    assert done["Location"] == reverse("courses:catalogue")


def test_codes_are_shown_once(client, home_page):
    page = client.get(_sign_up(client)["Location"]).content.decode()
    codes = CODE_RE.findall(page)
    client.post(reverse("accounts:recovery_codes"))
    again = client.get(reverse("accounts:recovery_codes"), follow=True)
    assert not any(code in again.content.decode() for code in codes)
    assert again.redirect_chain[-1][0] == reverse("accounts:new_recovery_codes")
    download = client.get(reverse("accounts:recovery_codes_txt"))
    assert download.status_code == 302


def test_codes_are_stored_only_as_hashes(client, home_page):
    page = client.get(_sign_up(client)["Location"]).content.decode()
    codes = [c.replace("-", "") for c in CODE_RE.findall(page)]
    stored = list(AccountRecoveryCode.objects.values_list("code_hash", flat=True))
    assert len(stored) == len(codes)
    assert not any(code in value for code in codes for value in stored)


def test_signup_keeps_a_safe_next_and_drops_a_foreign_one(client, home_page):
    response = _sign_up(client, next="/ar/learn/search/")
    codes_page = client.get(response["Location"]).content.decode()
    assert 'value="/ar/learn/search/"' in codes_page
    assert client.post(response["Location"], {"next": "https://evil.example/"}
                       )["Location"] == reverse("courses:catalogue")


# Recovering with a code ------------------------------------------------------------

def test_a_code_sets_the_password_and_signs_in(client, home_page, learner_with_codes):
    user, codes = learner_with_codes
    response = _recover(client, "salma", codes[0].upper().replace("-", " "))
    assert response["Location"] == "/ar/learn/dashboard/"
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert client.session["_auth_user_id"] == str(user.pk)
    assert recovery.codes_left(user) == len(codes) - 1
    messages = [str(m) for m in response.wsgi_request._messages]
    assert "بقي لديك 9 رموز استرداد." in messages  # how many codes are left


def test_a_code_works_only_once(client, home_page, learner_with_codes):
    user, codes = learner_with_codes
    assert _recover(client, "salma", codes[0]).status_code == 302
    other = Client()
    response = _recover(other, "salma", codes[0], password="yet-another-pass-phrase-9")
    assert response.status_code == 400
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_bad_input_changes_nothing(client, home_page, learner_with_codes):
    user, codes = learner_with_codes
    response = _recover(client, "salma", codes[0], again="something-else-entirely-1")
    assert response.status_code == 400
    assert "كلمتا المرور غير متطابقتين" in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)
    assert recovery.codes_left(user) == len(codes)


def test_same_answer_for_an_unknown_pseudonym(client, home_page, learner_with_codes):
    known = _recover(client, "salma", "abcde-fghjk")
    unknown = _recover(client, "nobody-here", "abcde-fghjk")
    assert known.status_code == unknown.status_code == 400
    strip = lambda r: _without_csrf(r.content.decode()).replace("nobody-here", "salma")  # noqa: E731
    assert strip(known) == strip(unknown)


def test_recovery_locks_after_the_sign_in_limit(client, home_page, learner_with_codes):
    user, codes = learner_with_codes
    for _ in range(security_conf.LOGIN_FAILURE_LIMIT):
        assert _recover(client, "salma", "wrong-wrong").status_code == 400
    locked = _recover(client, "salma", codes[0])
    assert locked.status_code == 429
    assert "محاولات كثيرة" in locked.content.decode()
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)
    assert recovery.codes_left(user) == len(codes)
    # The same counter as signing in: no extra guesses by switching forms.
    login = client.post(reverse("accounts:login"),
                        {"username": "salma", "password": DEFAULT_PASSWORD})
    assert login.status_code == 429


def test_other_sessions_are_ended(client, home_page, learner_with_codes):
    user, codes = learner_with_codes
    elsewhere = Client()
    elsewhere.force_login(user)
    assert elsewhere.get(reverse("accounts:settings")).status_code == 200
    key = elsewhere.session.session_key
    _recover(client, "salma", codes[0])
    assert not Session.objects.filter(session_key=key).exists()
    assert elsewhere.get(reverse("accounts:settings")).status_code == 302


def test_recovery_does_not_bypass_two_factor(client, home_page, learner_with_codes):
    user, codes = learner_with_codes
    TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    response = _recover(client, "salma", codes[0])
    assert response.status_code == 302
    # Signed in with the password only: every page asks for the authenticator first.
    dashboard = client.get(response["Location"])
    assert dashboard.status_code == 302
    assert dashboard["Location"].startswith(reverse("security:verify"))
    # An account recovery code is not a second factor.
    verify = client.post(reverse("security:verify"), {"code": codes[1]})
    assert not client.get(reverse("accounts:settings")).status_code == 200
    assert verify.status_code in (200, 400)


def test_few_codes_left_offers_a_new_set(client, home_page):
    user = UserFactory(username="hala")
    codes = recovery.issue_codes(user=user)
    AccountRecoveryCode.objects.filter(user=user).order_by("pk")[0].delete()
    for stored in AccountRecoveryCode.objects.filter(user=user)[: len(codes) - 4]:
        stored.delete()
    left = AccountRecoveryCode.objects.filter(user=user).count()
    code = next(c for c in codes if recovery.is_valid(user=user, code=c))
    response = _recover(client, "hala", code)
    assert left - 1 <= recovery.FEW_LEFT
    assert response["Location"] == reverse("accounts:new_recovery_codes")


def test_new_codes_need_the_password(client, home_page, learner_with_codes):
    user, codes = learner_with_codes
    client.force_login(user)
    refused = client.post(reverse("accounts:new_recovery_codes"), {"password": "not-it"})
    assert refused.status_code == 200
    assert recovery.is_valid(user=user, code=codes[0])
    made = client.post(reverse("accounts:new_recovery_codes"), {"password": DEFAULT_PASSWORD})
    assert made["Location"] == reverse("accounts:recovery_codes")
    fresh = CODE_RE.findall(client.get(made["Location"]).content.decode())
    assert len(fresh) == security_conf.RECOVERY_CODE_COUNT
    assert not recovery.is_valid(user=user, code=codes[0])  # the old set is gone
    assert recovery.is_valid(user=user, code=fresh[0])


def test_login_page_offers_recovery_and_the_page_offers_both_routes(client, home_page):
    login = client.get(reverse("accounts:login")).content.decode()
    assert reverse("accounts:recover") in login
    page = client.get(RECOVER).content.decode()
    assert reverse("accounts:password_reset") in page
    assert 'name="code"' in page


# Password reset by email ----------------------------------------------------------------

def test_email_reset_sends_a_link_that_works(client, home_page):
    user = UserFactory(username="rana", email="rana@example.org")
    elsewhere = Client()
    elsewhere.force_login(user)
    response = client.post(reverse("accounts:password_reset"), {"email": "rana@example.org"})
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/\S+)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)
    assert form.status_code == 200 and 'name="new_password1"' in form.content.decode()
    done = client.post(form.redirect_chain[-1][0], {
        "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done["Location"] == reverse("accounts:password_reset_complete")
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert elsewhere.get(reverse("accounts:settings")).status_code == 302


def test_email_reset_says_the_same_for_an_unknown_address(client, home_page):
    response = client.post(reverse("accounts:password_reset"), {"email": "who@example.org"})
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert mail.outbox == []


# Where a learner lands -----------------------------------------------------------------

def test_sign_in_lands_on_the_dashboard_or_a_safe_next(client, home_page):
    UserFactory(username="amira")
    credentials = {"username": "amira", "password": DEFAULT_PASSWORD}
    assert client.post(reverse("accounts:login"), credentials)["Location"] == \
        "/ar/learn/dashboard/"
    client.logout()
    response = client.post(reverse("accounts:login"), {**credentials, "next": "/ar/learn/"})
    assert response["Location"] == "/ar/learn/"
    client.logout()
    response = client.post(reverse("accounts:login"),
                           {**credentials, "next": "https://evil.example/"})
    assert response["Location"] == "/ar/learn/dashboard/"


def test_sign_out_says_so(client, home_page):
    client.force_login(UserFactory())
    page = client.post(reverse("accounts:logout"), follow=True).content.decode()
    assert "سجّلت الخروج" in page


def test_home_page_start_for_visitors_and_learners(client, home_page):
    page = client.get("/ar/").content.decode()
    assert 'class="button" href="/ar/accounts/signup/"' in page
    assert f'href="{reverse("courses:catalogue")}"' in page
    client.force_login(UserFactory())
    page = client.get("/ar/").content.decode()
    assert 'class="button" href="/ar/learn/dashboard/"' in page
    assert 'href="/ar/accounts/signup/"' not in page


def test_theme_cards_are_links(client, home_page):
    home_page.body = [("themes", {"heading": "", "themes": [
        {"title": "كشف التضليل", "text": "نص", "page": None},
        {"title": "حقوقك", "text": "نص", "page": home_page},
    ]})]
    home_page.save_revision().publish()
    page = client.get("/ar/").content.decode()
    assert f'class="card__link" href="{reverse("courses:catalogue")}"' in page
    assert 'class="card__link" href="/ar/"' in page


def test_user_model_unchanged_by_failed_recovery(client, home_page):
    _recover(client, "ghost", "abcde-fghjk")
    assert not get_user_model().objects.filter(username="ghost").exists()


# One word per concept ---------------------------------------------------------------------

OTHER_WORDS = ("كلمة السر", "رمز المرور", "اسم المستخدم", "اسم مستخدم")


def test_account_pages_say_password_and_pseudonym_one_way(client, home_page):
    """Django's and Wagtail's Arabic wording is overridden (literacy/accounts/wording.py)."""
    UserFactory(username="dima")
    pages = [
        client.get(reverse("accounts:signup")),
        _sign_up(client, username="no good!", password2="different-pass-phrase-3"),
        client.post(reverse("accounts:login"), {"username": "dima", "password": "wrong"}),
        client.get(RECOVER),
        client.get(reverse("accounts:password_reset")),
    ]
    client.force_login(UserFactory())
    pages.append(client.get(reverse("accounts:password_change")))
    for response in pages:
        html = response.content.decode()
        assert not [word for word in OTHER_WORDS if word in html], response.request["PATH_INFO"]
    signup = pages[1].content.decode()
    assert "تأكيد كلمة المرور" in signup and "الاسم المستعار" in signup
    assert "الاسم المستعار وكلمة المرور غير متطابقين" in pages[2].content.decode()


def test_deleting_the_account_erases_its_recovery_codes(client, home_page, learner_with_codes):
    from literacy.accounts import personal_data

    user, codes = learner_with_codes
    assert personal_data.export(user)["sections"]["account"]["records"][0][
        "account_recovery_codes_left"] == len(codes)
    personal_data.erase(user)
    assert not AccountRecoveryCode.objects.filter(user=user).exists()


def test_the_demo_home_page_links_each_theme_to_its_course(client):
    from django.core.management import call_command

    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    page = client.get("/ar/").content.decode()
    links = re.findall(r'class="card__link" href="([^"]+)"', page)
    assert links == ["/ar/courses/spotting-disinformation/", "/ar/courses/safe-platform-use/",
                     "/ar/courses/digital-rights/"]
    assert 'class="button" href="/ar/accounts/signup/"' in page
