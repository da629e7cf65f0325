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

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from .. import conf
from ..models import ErasureRecord
from .personal_data import erase, is_erased

KEY_SALT = "basira.accounts.erasure"


def account_key(user, *, secret=None) -> str:
    """The keyed hash that finds this account's row again (id, pseudonym, sign-up second:
    JSON fixtures keep only milliseconds and databases differ below the second)."""
    joined = user.date_joined.astimezone(dt.UTC).replace(microsecond=0).isoformat()
    value = f"{user.pk}:{user.get_username()}:{joined}"
    return salted_hmac(KEY_SALT, value, secret=secret, algorithm="sha256").hexdigest()


def _matches(user, key: str) -> bool:
    """Under the current secret key or a fallback (keys can rotate between erasure and
    restore). Guarded by tests/literacy/test_erasure_replay.py::
    test_replay_leaves_another_account_with_the_erased_id_alone."""
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return any(constant_time_compare(account_key(user, secret=secret), key)
               for secret in secrets)


def journal_path() -> Path | None:
    path = conf.ERASURE_JOURNAL
    return Path(path) if path else None


def _append_to_journal(entry: dict) -> None:
    path = journal_path()
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as journal:
        journal.write(json.dumps(entry, sort_keys=True) + "\n")


def remember(*, user) -> None:
    """Record the erasure of ``user``; called by ``erase`` before the row is stripped."""

    record, created = ErasureRecord.objects.get_or_create(
        account_key=account_key(user),
        defaults={"user_id": user.pk, "erased_on": timezone.localdate()},
    )
    if created:
        entry = {"user_id": record.user_id, "account_key": record.account_key,
                 "erased_on": record.erased_on.isoformat()}
        transaction.on_commit(lambda: _append_to_journal(entry))


def record_deletion(sender, instance, **kwargs) -> None:
    """A user row is being deleted: remember it, unless an erasure already did (an erased
    row's pseudonym no longer gives the key its erasure recorded). In the deleting
    transaction: a deletion rolled back records nothing. Guarded by
    tests/literacy/test_erasure_replay.py::
    test_an_account_deleted_in_the_admin_is_erased_again_after_a_restore."""
    from .personal_data import is_erased  # personal_data imports this module (remember)

    if not is_erased(instance):
        remember(user=instance)


def connect() -> None:
    from django.db.models.signals import (
        pre_delete,  # with connect: run from AppConfig.ready
    )

    # The model's label, resolved lazily: a settings file without auth still starts.
    pre_delete.connect(record_deletion, sender=settings.AUTH_USER_MODEL,
                       dispatch_uid="literacy.accounts.erasures.record_deletion")


def _journal_entries() -> list[dict]:
    path = journal_path()
    if path is None or not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
            entries.append({"user_id": int(entry["user_id"]),
                            "account_key": str(entry["account_key"]),
                            "erased_on": dt.date.fromisoformat(entry["erased_on"])})
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short by a crash: the others still count
    return entries


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
    for entry in _journal_entries():
        if entry["account_key"] not in known:
            known[entry["account_key"]] = ErasureRecord.objects.create(**entry)
            result.restored_records += 1
    result.records = len(known)
    users = get_user_model().objects.in_bulk({record.user_id for record in known.values()})
    for record in known.values():
        user = users.get(record.user_id)
        if user is not None and is_erased(user):
            result.already_erased += 1
        elif user is None or not _matches(user, record.account_key):
            result.absent += 1
        else:
            erase(user)
            result.erased += 1
    return result
