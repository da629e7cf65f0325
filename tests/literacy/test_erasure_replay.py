"""Erased learners stay erased after a backup restore: every erasure leaves a record with
nothing personal in it (database and journal), and `replay_erasures` erases again the
accounts a restored backup brings back."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

from literacy.accounts import personal_data
from literacy.models import ErasureRecord, SessionOwner
from literacy.security.testing import login_verified
from quizzes.models import Answer
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.logcapture import *  # noqa: F403

from .personal_fixtures import *  # noqa: F403
from .personal_fixtures import EMAIL, PSEUDONYM, TYPED, tables_containing

pytestmark = pytest.mark.django_db
User = get_user_model()

# What a backup holds of the person: every model erasure changes or deletes.
BACKED_UP = ["auth.user", "sessions.session", "literacy.profile", "literacy.sessionowner",
             "literacy.accountrecoverycode", "quizzes.attempt", "quizzes.answer",
             "quizzes.h5presult", "quizzes.h5puserdata", "otp_totp.totpdevice",
             "otp_static.staticdevice", "otp_static.statictoken",
             "wagtailcore.modellogentry", "courses.certificate", "courses.lessonprogress"]


@pytest.fixture
def journal(settings, tmp_path):
    settings.LITERACY_ERASURE_JOURNAL = str(tmp_path / "erasures.jsonl")
    return tmp_path / "erasures.jsonl"


def _signed_in(client) -> bool:
    return client.get(reverse("accounts:settings")).status_code == 200


def _replay() -> str:
    out = io.StringIO()
    call_command("replay_erasures", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_a_restored_account_is_erased_again_with_its_sessions_and_answers(
        client, world, journal, tmp_path, django_capture_on_commit_callbacks):
    learner = world.learner
    other_device = Client()
    login_verified(other_device, learner)
    login_verified(client, learner)
    backup = tmp_path / "backup.json"
    call_command("dumpdata", *BACKED_UP, output=str(backup), verbosity=0)

    with django_capture_on_commit_callbacks(execute=True), translation.override("ar"):
        client.post(reverse("accounts:delete"), {"password": DEFAULT_PASSWORD})
    assert tables_containing(PSEUDONYM, EMAIL, TYPED) == {}
    # The record and the journal name nobody.
    lines = journal.read_text().splitlines()
    assert len(lines) == 1 and set(json.loads(lines[0])) == {"user_id", "account_key",
                                                             "erased_on"}
    assert PSEUDONYM not in lines[0] and EMAIL not in lines[0]

    # The restore: yesterday's backup, which knew nothing of the erasure.
    ErasureRecord.objects.all().delete()
    call_command("loaddata", str(backup), verbosity=0)
    assert set(tables_containing(PSEUDONYM, TYPED)) >= {"auth_user", "quizzes_answer"}
    assert _signed_in(other_device)

    assert "1 accounts erased again" in _replay()

    assert tables_containing(PSEUDONYM, EMAIL, "Amira", "Secret", TYPED) == {}
    erased = User.objects.get(pk=learner.pk)
    assert personal_data.is_erased(erased)
    assert not SessionOwner.objects.filter(user=erased).exists()
    assert not _signed_in(other_device)
    typed = Answer.objects.get(attempt__user=erased, question_type="short_text",
                               attempt__quiz__kind="pretest")
    assert typed.response == {"text": ""}
    assert ErasureRecord.objects.count() == 1  # written back from the journal

    # Twice is harmless: nothing more is erased, the erased name stays.
    again = _replay()
    assert "0 accounts erased again, 1 already erased" in again
    assert User.objects.get(pk=learner.pk).username == erased.username
    assert ErasureRecord.objects.count() == 1


def test_replay_leaves_another_account_with_the_erased_id_alone(db, journal):
    """A restore from before the account existed can give its id to a newcomer: the keyed
    hash of pseudonym and sign-up time tells them apart."""
    gone = UserFactory(username="soon-gone")
    personal_data.erase(gone)
    ErasureRecord.objects.get(user_id=gone.pk)
    User.objects.filter(pk=gone.pk).update(username="newcomer", is_active=True)

    assert "0 accounts erased again, 0 already erased, 1 not in this database" in _replay()
    assert User.objects.get(pk=gone.pk).username == "newcomer"


def test_a_journal_line_cut_short_does_not_stop_the_others(db, journal):
    first = UserFactory(username="first-gone")
    personal_data.erase(first)
    record = ErasureRecord.objects.get()
    journal.write_text(json.dumps({"user_id": record.user_id,
                                   "account_key": record.account_key,
                                   "erased_on": record.erased_on.isoformat()})
                       + "\n" + '{"user_id": 4')
    ErasureRecord.objects.all().delete()
    assert "1 erasures known (1 written back from the journal)" in _replay()


def test_an_account_deleted_in_the_admin_is_erased_again_after_a_restore(
        client, world, journal, tmp_path, django_capture_on_commit_callbacks):
    """Not only the learner's own deletion: an administrator deleting the user row in the
    Wagtail admin leaves the same record, and a restore brings back no one it deleted."""
    learner = world.learner
    backup = tmp_path / "backup.json"
    call_command("dumpdata", *BACKED_UP, output=str(backup), verbosity=0)
    admin = UserFactory(username="site-admin", is_superuser=True, is_staff=True)
    login_verified(client, admin)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailusers_users:delete", args=[learner.pk]))
    assert response.status_code == 302
    assert not User.objects.filter(pk=learner.pk).exists()
    record = ErasureRecord.objects.get()
    assert record.user_id == learner.pk
    lines = journal.read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["account_key"] == record.account_key
    assert PSEUDONYM not in lines[0]

    ErasureRecord.objects.all().delete()  # the backup knew nothing of it
    call_command("loaddata", str(backup), verbosity=0)
    assert User.objects.filter(pk=learner.pk).exists()
    assert "1 accounts erased again" in _replay()
    assert personal_data.is_erased(User.objects.get(pk=learner.pk))
    assert tables_containing(PSEUDONYM, EMAIL, TYPED) == {}


def test_deleting_an_erased_account_records_it_once(db, journal,
                                                    django_capture_on_commit_callbacks):
    learner = UserFactory(username="leaving-learner")
    with django_capture_on_commit_callbacks(execute=True):
        personal_data.erase(learner)
        User.objects.get(pk=learner.pk).delete()  # then an administrator removes the row
        User.objects.filter(pk=UserFactory().pk).delete()  # a queryset deletion records too
    assert ErasureRecord.objects.count() == 2
    assert len(journal.read_text().splitlines()) == 2
    assert ErasureRecord.objects.filter(user_id=learner.pk).count() == 1


def test_an_unwritable_journal_loses_no_erasure_and_gives_no_error_page(
        client, world, settings, tmp_path, all_logs, django_capture_on_commit_callbacks):
    """The journal is written once the erasure has committed: when it cannot be (here
    its folder is a file; basira.E009 names this at start-up), the account is erased all
    the same, the learner sees the goodbye page, and the lost line is logged."""
    (tmp_path / "not-a-folder").write_text("")
    settings.LITERACY_ERASURE_JOURNAL = str(tmp_path / "not-a-folder" / "erasures.jsonl")
    learner = world.learner
    login_verified(client, learner)
    with django_capture_on_commit_callbacks(execute=True), translation.override("ar"):
        response = client.post(reverse("accounts:delete"), {"password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert tables_containing(PSEUDONYM, EMAIL, TYPED) == {}
    assert ErasureRecord.objects.filter(user_id=learner.pk).count() == 1
    assert any("could not be written to the journal" in r.getMessage()
               for r in all_logs.records if r.levelname == "ERROR")
