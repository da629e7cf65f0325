"""A learner deletes their account: personal data erased, group statistics unchanged."""

import pytest
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import translation

from courses.cohorts import dashboard
from courses.models import Certificate, CohortMembership, Enrollment, LessonProgress
from literacy.accounts import personal_data
from literacy.models import Profile
from literacy.security.testing import login_verified
from quizzes.models import Answer, Attempt, H5PResult, H5PUserData
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.html import without_styles

from .personal_fixtures import *  # noqa: F403
from .personal_fixtures import EMAIL, PSEUDONYM, TYPED, tables_containing

pytestmark = pytest.mark.django_db
User = get_user_model()


def _sessions_of(user):
    return [s for s in Session.objects.all()
            if str(s.get_decoded().get(SESSION_KEY)) == str(user.pk)]


def _delete(client, password=DEFAULT_PASSWORD, language="ar"):
    with translation.override(language):
        url = reverse("accounts:delete")
    return client.post(url, {"password": password})


def _figures(cohort):
    board = dashboard.build(cohort)
    return board.figures, [(row.user_id, row.done, row.total, row.complete,
                            [cell.as_dict() for cell in row.cells]) for row in board.rows]


def test_delete_page_explains_and_asks_for_the_password(client, world):
    login_verified(client, world.learner)
    with translation.override("fr"):
        response = client.get(reverse("accounts:delete"))
    content = response.content.decode()
    assert response.status_code == 200
    assert 'type="password"' in content and "csrfmiddlewaretoken" in content
    with translation.override("fr"):
        from django.utils.translation import gettext

        assert gettext("Delete your account") in content
        assert gettext("Delete your account") != "Delete your account"


def test_wrong_password_changes_nothing(client, world):
    login_verified(client, world.learner)
    before = tables_containing(PSEUDONYM)
    response = _delete(client, password="not my password", language="fr")
    assert response.status_code == 200
    with translation.override("fr"):
        from django.utils.translation import gettext

        error = gettext("This is not your password. Nothing was deleted.")
    assert error != "This is not your password. Nothing was deleted."
    assert error in response.content.decode()
    learner = User.objects.get(pk=world.learner.pk)
    assert learner.username == PSEUDONYM and learner.is_active and learner.email == EMAIL
    assert tables_containing(PSEUDONYM) == before
    assert Certificate.objects.get(pk=world.certificate.pk).withdrawn_at is None
    assert client.get(reverse("accounts:settings")).status_code == 200  # still signed in


def test_wrong_passwords_are_throttled_like_sign_in(client, world):
    login_verified(client, world.learner)
    for _attempt in range(5):
        _delete(client, password="guess")
    response = _delete(client, language="en")  # the right password, too late
    assert "Too many wrong passwords. Nothing was deleted." in response.content.decode()
    assert User.objects.get(pk=world.learner.pk).username == PSEUDONYM
    # Another connection is not locked out (the throttle keys on pseudonym and client).
    other = Client(REMOTE_ADDR="198.51.100.8")
    login_verified(other, world.learner)
    assert _delete(other).status_code == 302


def test_delete_needs_csrf_and_post(world):
    client = Client(enforce_csrf_checks=True)
    login_verified(client, world.learner)
    assert _delete(client).status_code == 403
    assert User.objects.get(pk=world.learner.pk).username == PSEUDONYM


def test_delete_refuses_other_methods(client, world):
    login_verified(client, world.learner)
    assert client.put(reverse("accounts:delete")).status_code == 405
    assert User.objects.get(pk=world.learner.pk).username == PSEUDONYM


def test_delete_needs_a_signed_in_user(client, world):
    response = _delete(client)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert User.objects.get(pk=world.learner.pk).username == PSEUDONYM


def test_deleting_erases_the_person_everywhere_and_keeps_group_figures(client, world):
    learner = world.learner
    other_client = Client()
    login_verified(other_client, learner)  # a second device, signed in elsewhere
    login_verified(client, learner)
    # A failed sign-in leaves a throttle record (in the cache, keyed by a keyed hash).
    Client().post(reverse("accounts:login"), {"username": PSEUDONYM, "password": "x"})
    figures_before = _figures(world.cohort)
    counts_before = {
        model: model.objects.filter(user=learner).count()
        for model in (Enrollment, LessonProgress, CohortMembership, Attempt, H5PResult)
    }
    found_before = tables_containing(PSEUDONYM, EMAIL)
    # The search does see the person before: in the account, audit log, typed answers…
    assert {"auth_user", "wagtailcore_modellogentry", "quizzes_answer", "quizzes_h5presult",
            "quizzes_h5puserdata"} <= set(found_before)
    assert len(_sessions_of(learner)) == 2

    response = _delete(client)

    assert response.status_code == 302 and response["Location"] == "/ar/"
    follow = client.get(response["Location"])
    assert "/accounts/login/" in client.get(reverse("accounts:settings"))["Location"]
    assert follow.status_code == 200
    # Nothing in any table of the database names the person any more.
    assert tables_containing(PSEUDONYM, EMAIL, "Amira", "Secret", TYPED) == {}
    erased = User.objects.get(pk=learner.pk)
    assert erased.username.startswith("erased-") and not erased.is_active
    assert not erased.has_usable_password() and erased.email == ""
    assert personal_data.is_erased(erased)
    # Signed out everywhere, second factors and profile gone.
    assert _sessions_of(erased) == []
    assert "/accounts/login/" in other_client.get(reverse("accounts:settings"))["Location"]
    from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
    from django_otp.plugins.otp_totp.models import TOTPDevice

    assert not TOTPDevice.objects.filter(user=erased).exists()
    assert not StaticDevice.objects.filter(user=erased).exists()
    assert not StaticToken.objects.filter(device__user=erased).exists()
    assert not Profile.objects.filter(user=erased).exists()
    assert not H5PUserData.objects.filter(user=erased).exists()
    # Progress and scores stay as anonymous rows: the dashboard figures are identical.
    assert {model: model.objects.filter(user=erased).count()
            for model in counts_before} == counts_before
    assert _figures(world.cohort) == figures_before
    assert figures_before[0]["gain"]["n"] == 6
    typed = Answer.objects.get(attempt__user=erased, question_type="short_text",
                               attempt__quiz__kind="pretest")
    assert typed.response == {"text": ""} and typed.points == 1
    # No cache entry names the person (throttle records are keyed hashes).
    from django.core.cache import cache

    for key, value in getattr(cache, "_cache", {}).items():
        assert PSEUDONYM not in str(key) and PSEUDONYM.encode() not in value
    # The erased account cannot sign in again.
    assert not Client().login(username=erased.username, password=DEFAULT_PASSWORD)


def test_certificate_page_then_says_it_was_withdrawn(client, world):
    code = world.certificate.code
    verify = reverse("courses:verify", args=[code])
    assert PSEUDONYM in client.get(verify).content.decode()
    login_verified(client, world.learner)
    _delete(client)
    for language in ("ar", "en", "fr"):
        with translation.override(language):
            response = Client().get(reverse("courses:verify", args=[code]))
            from django.utils.translation import gettext

            withdrawn = gettext("This certificate was withdrawn: its holder deleted their "
                                "account. It no longer certifies anything.")
            genuine = gettext("This certificate is genuine.")
        content = response.content.decode()
        assert response.status_code == 200
        assert withdrawn in content and genuine not in content
        assert PSEUDONYM not in content and "erased-" not in content
        if language != "en":
            assert withdrawn != ("This certificate was withdrawn: its holder deleted their "
                                 "account. It no longer certifies anything.")
    assert Certificate.objects.get(code=code).withdrawn_at is not None


@pytest.mark.parametrize("kind", ["superuser", "staff", "facilitator"])
def test_staff_accounts_cannot_delete_themselves(client, db, kind):
    if kind == "superuser":
        user = UserFactory(username="root-admin", is_superuser=True, is_staff=True)
    elif kind == "staff":
        user = UserFactory(username="staff-editor", is_staff=True)
    else:
        user = UserFactory(username="fac-user")
        user.groups.add(Group.objects.get_or_create(name="Facilitators")[0])
    login_verified(client, user)
    page = without_styles(client.get(reverse("accounts:delete")).content)
    assert 'type="password"' not in page
    response = _delete(client)
    assert response.status_code == 403
    with translation.override("ar"):
        message = str(personal_data.deletion_refused_reason(user))
    assert message in response.content.decode()
    user.refresh_from_db()
    assert user.is_active and not user.username.startswith("erased-")
    with pytest.raises(personal_data.DeletionRefused):
        personal_data.delete_account(user=user, password=DEFAULT_PASSWORD)


def test_a_learner_without_any_activity_can_delete(client, db):
    user = UserFactory(username="fresh-learner")
    client.force_login(user)
    assert _delete(client).status_code == 302
    assert tables_containing("fresh-learner") == {}


def test_facilitators_see_a_deleted_learner_not_a_random_name(client, world):
    login_verified(client, world.learner)
    _delete(client)
    erased = type(world.learner).objects.get(pk=world.learner.pk)
    facilitator = Client()
    login_verified(facilitator, world.facilitator)
    with translation.override("ar"):
        from django.utils.translation import gettext

        label = gettext("Deleted learner %(tag)s") % {"tag": erased.username[-4:]}
        pages = [reverse("cohorts:dashboard", args=[world.cohort.pk]),
                 reverse("cohorts:learner", args=[world.cohort.pk, erased.pk]),
                 reverse("cohorts:attendance", args=[world.cohort.pk]),
                 reverse("cohorts:export", args=["matrix", "csv"])
                 + f"?cohort={world.cohort.pk}"]
        for url in pages:
            response = facilitator.get(url)
            body = (b"".join(response.streaming_content) if response.streaming
                    else response.content).decode()
            assert response.status_code == 200, url
            assert label in body and erased.username not in body, url
    assert "محذوف" in label  # translated, not the English label


def test_the_erased_prefix_is_reserved_at_sign_up(client):
    response = client.post(reverse("accounts:signup"), {
        "username": "Erased-abc", "password1": "a long pass phrase 42",
        "password2": "a long pass phrase 42", "language": "ar"})
    from django.contrib.auth import get_user_model

    assert response.status_code == 200
    assert "erased-" in response.content.decode()  # the error names the reserved prefix
    assert not get_user_model().objects.filter(username__iexact="erased-abc").exists()
