"""The erasure journal: which accounts were erased, kept where a restore cannot undo it.

``remember`` writes an ``ErasureRecord`` (no personal data: see the model) and, when
``LITERACY_ERASURE_JOURNAL`` names a file, a line in that append-only journal outside the
database. ``personal_data.erase`` calls it first; ``erasures.replay`` reads both back
after a restore (see literacy/accounts/erasures.py).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from .. import conf
from ..models import ErasureRecord

KEY_SALT = "basira.accounts.erasure"

logger = logging.getLogger("basira.erasures")


def account_key(user, *, secret=None) -> str:
    """The keyed hash that finds this account's row again (id, pseudonym, sign-up second:
    JSON fixtures keep only milliseconds and databases differ below the second)."""
    joined = user.date_joined.astimezone(dt.UTC).replace(microsecond=0).isoformat()
    value = f"{user.pk}:{user.get_username()}:{joined}"
    return salted_hmac(KEY_SALT, value, secret=secret, algorithm="sha256").hexdigest()


def matches(user, key: str) -> bool:
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
    """After the erasure has committed: a journal that cannot be written is logged as an
    error (the check basira.E009 says so at start-up too), never turned into a 500 for
    a learner whose account is already erased. The database's ErasureRecord stays."""
    path = journal_path()
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as journal:
            journal.write(json.dumps(entry, sort_keys=True) + "\n")
    except OSError:
        logger.error("the erasure of account %s could not be written to the journal %s; "
                     "it is recorded in the database only", entry["user_id"], path,
                     exc_info=True)


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


def entries() -> list[dict]:
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
