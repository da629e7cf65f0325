"""Erased accounts stay erased after a backup is restored.

Erasure (``personal_data.erase``) keeps the ``User`` row and strips it; a backup taken
before brings the pseudonym, password, sessions and free text back. Every erasure
therefore leaves an ``ErasureRecord`` (no personal data: see the model) in the database
and, when ``LITERACY_ERASURE_JOURNAL`` names a file, a line in that append-only journal
kept outside the database, since a restored database has lost the erasures made after its
backup. ``replay(...)`` (``manage.py replay_erasures``) reads both and erases every
restored account again, once: running it twice changes nothing.

An account deleted outright (an administrator deleting the user in the Wagtail or Django
admin, or a shell) leaves a record too (``record_deletion``, a ``pre_delete`` receiver):
the restored row is then erased as the learner's own deletion would have, which strips
everything that names the person.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models.signals import pre_delete

from ..models import ErasureRecord
from .erasure_journal import entries, matches, remember
from .personal_data import erase, is_erased


def record_deletion(sender, instance, **kwargs) -> None:
    """A user row is being deleted: remember it, unless an erasure already did (an erased
    row's pseudonym no longer gives the key its erasure recorded). In the deleting
    transaction: a deletion rolled back records nothing. Guarded by
    tests/literacy/test_erasure_replay.py::
    test_an_account_deleted_in_the_admin_is_erased_again_after_a_restore."""
    if not is_erased(instance):
        remember(user=instance)


def connect() -> None:
    # The model's label, resolved lazily: a settings file without auth still starts.
    pre_delete.connect(record_deletion, sender=settings.AUTH_USER_MODEL,
                       dispatch_uid="literacy.accounts.erasures.record_deletion")


@dataclass
class Replayed:
    records: int = 0  # erasures known (database and journal together)
    restored_records: int = 0  # journal lines the database had lost, written back
    erased: int = 0  # accounts a restore had brought back, erased again
    already_erased: int = 0
    absent: int = 0  # no such account in this database (or the id is another account's)


def replay() -> Replayed:
    """Erase again every account an erasure record names. Idempotent.
    Guarded by tests/literacy/test_erasure_replay.py::
    test_a_restored_account_is_erased_again_with_its_sessions_and_answers."""
    result = Replayed()
    known = {record.account_key: record for record in ErasureRecord.objects.all()}
    for entry in entries():
        if entry["account_key"] not in known:
            known[entry["account_key"]] = ErasureRecord.objects.create(**entry)
            result.restored_records += 1
    result.records = len(known)
    users = get_user_model().objects.in_bulk({record.user_id for record in known.values()})
    for record in known.values():
        user = users.get(record.user_id)
        if user is not None and is_erased(user):
            result.already_erased += 1
        elif user is None or not matches(user, record.account_key):
            result.absent += 1
        else:
            erase(user)
            result.erased += 1
    return result
