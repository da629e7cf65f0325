"""Everything Basira holds about a learner: export it, or erase it when they delete the account.

Each app knows its own data, and literacy must not import the others, so apps register
*sections* with the Wagtail hook ``basira_personal_data`` (a function returning a list of
``Section``). A section gives records for the export and erases what it holds::

    @hooks.register("basira_personal_data")
    def courses_personal_data():
        return [Section(key="enrolments", title=_("Enrolments"), labels={...},
                        export=export_enrolments, erase=None)]

Records are lists of dicts of JSON-friendly values (str, numbers, bools, None, datetimes,
nested lists of records). ``labels`` name each key in the readable export.

Erasing keeps the learner's progress and attempts for group statistics: the ``User`` row
stays, so every foreign key and every cohort figure is unchanged, but it is stripped of
everything personal (a random ``erased-…`` name, no email, no password, inactive), and each
section removes or blanks what could identify the person (free text, saved state,
sessions, second factors) and withdraws what vouched for them (certificates).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from .. import formatting
from ..exports_audit import kind_label
from ..models import AccountRecoveryCode, ExportRecord, OfflineRejection, Profile
from ..security.sessions import end_sessions
from ..security.twofactor import disable as remove_second_factors
from ..security.twofactor import (
    has_two_factor,
    recovery_codes_left,
    requires_two_factor,
)
from . import recovery
from .erasure_journal import remember
from .pseudonyms import ERASED_PREFIX
from .services import language_of

HOOK_NAME = "basira_personal_data"
EXPORT_FORMAT = "basira-personal-data"
EXPORT_VERSION = 1

Record = dict[str, Any]


@dataclass(frozen=True)
class Section:
    """One kind of personal data, owned by one app."""

    key: str
    title: Any  # a (lazy) translated heading
    export: Callable[[Any], list[Record]]
    erase: Callable[[Any], None] | None = None
    labels: Mapping[str, Any] = field(default_factory=dict)


class DeletionRefused(Exception):
    """The account cannot delete itself (staff): ``message`` says why, translated."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def sections() -> list[Section]:
    """The account's own section first, then every app's, in hook registration order."""
    found = [*account_sections()]
    for hook in hooks.get_hooks(HOOK_NAME):
        found.extend(hook())
    keys = [section.key for section in found]
    duplicates = {key for key in keys if keys.count(key) > 1}
    if duplicates:
        raise ValueError(f"personal data sections registered twice: {sorted(duplicates)}")
    return found


def export(user) -> dict:
    """The whole export as a JSON-ready dict (datetimes left for DjangoJSONEncoder)."""
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": timezone.now(),
        "sections": {
            section.key: {"title": str(section.title), "records": section.export(user)}
            for section in sections()
        },
    }


# The readable export -----------------------------------------------------------------

@dataclass
class Item:
    label: str
    value: Any = None  # formatted text
    records: list[list[Item]] | None = None  # nested records (an attempt's answers)


@dataclass
class ReadableSection:
    key: str
    title: str
    records: list[list[Item]]


def readable(user) -> list[ReadableSection]:
    """The export as labelled, formatted items for the HTML page (active language)."""
    return [
        ReadableSection(section.key, str(section.title),
                        [_items(record, section.labels) for record in section.export(user)])
        for section in sections()
    ]


def _items(record: Record, labels: Mapping[str, Any]) -> list[Item]:
    items = []
    for key, value in record.items():
        label = str(labels.get(key, key))
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            items.append(Item(label, records=[_items(v, labels) for v in value]))
        else:
            items.append(Item(label, _text(value)))
    return items


def _text(value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, datetime):
        return formatting.date_time(value)
    if isinstance(value, date):
        return formatting.date(value)
    if isinstance(value, float):
        return formatting.number(value, 2)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_text(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value)
    return str(value)


# Deleting an account --------------------------------------------------------------------

def deletion_refused_reason(user) -> Any | None:
    """Why this account may not delete itself, or None.

    Staff accounts (admin users, editors, moderators, facilitators, coordinators) own
    content, cohorts and other people's trust: an administrator closes them, so that
    taking over a staff session is not enough to wipe the trail.
    """
    if user.is_superuser or user.is_staff or requires_two_factor(user):
        return _("Staff accounts cannot be deleted here. Ask an administrator of this "
                 "site to close your account.")
    return None


def is_erased(user) -> bool:
    return user.get_username().startswith(ERASED_PREFIX) and not user.is_active


@transaction.atomic
def erase(user) -> None:
    """Erase the person from every section; the account's own section goes last. The
    erasure is recorded first, while the row still says who it was (accounts/erasure_journal.py)."""
    remember(user=user)
    for section in reversed(sections()):
        if section.erase is not None:
            section.erase(user)


def delete_account(*, user, password: str) -> bool:
    """Erase the account if ``password`` is its password; False (nothing changed) if not.

    Raises DeletionRefused for staff accounts.
    """
    reason = deletion_refused_reason(user)
    if reason is not None:
        raise DeletionRefused(reason)
    if not password or not user.check_password(password):
        return False
    erase(user)
    return True


# The account's own section ---------------------------------------------------------------

ACCOUNT_LABELS = {
    "pseudonym": _("Pseudonym"),
    "email": _("Email address"),
    "joined": _("Joined"),
    "last_login": _("Last sign-in"),
    "language": _("Interface language"),
    "two_factor": _("Two-factor authentication"),
    "recovery_codes_left": _("Unused recovery codes"),
    "account_recovery_codes_left": _("Unused codes to choose a new password"),
}


def export_account(user) -> list[Record]:
    return [{
        "pseudonym": user.get_username(),
        "email": user.email,
        "joined": user.date_joined,
        "last_login": user.last_login,
        "language": language_of(user),
        # Whether it is on, never the secret or the codes themselves.
        "two_factor": has_two_factor(user),
        "recovery_codes_left": recovery_codes_left(user),
        "account_recovery_codes_left": recovery.codes_left(user),
    }]


def erase_account(user) -> None:
    end_sessions(user)
    remove_second_factors(user=user)  # the authenticator, and the recovery codes
    AccountRecoveryCode.objects.filter(user=user).delete()
    Profile.objects.filter(user=user).delete()
    UserProfile.objects.filter(user=user).delete()
    # Wagtail's audit log names an account it logged by its username at that time.
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(get_user_model()),
        object_id=str(user.pk),
    ).delete()

    user.username = f"{ERASED_PREFIX}{secrets.token_hex(8)}"
    user.email = ""
    user.first_name = ""
    user.last_name = ""
    user.set_unusable_password()
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.last_login = None
    # The exact sign-up time could be matched against other records; the day is enough.
    user.date_joined = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    user.save()
    user.groups.clear()
    user.user_permissions.clear()


EXPORT_LABELS = {
    "what": _("What"),
    "format": _("Format"),
    "at": _("When"),
    "rows": _("Rows"),
}


def export_export_records(user) -> list[Record]:
    """The exports this person made (literacy/exports_audit.py): what, never the data."""
    return [{"what": kind_label(record.kind), "format": record.file_format,
             "at": record.created_at, "rows": record.rows}
            for record in ExportRecord.objects.filter(actor=user).order_by("created_at")]


def erase_export_records(user) -> None:
    """Records of the person's own data exports go; the others stay without a name."""
    ExportRecord.objects.filter(actor=user, scope="account").delete()
    ExportRecord.objects.filter(actor=user).update(actor=None)


OFFLINE_LABELS = {
    "what": _("What"),
    "title": _("Title"),
    "sent_to": _("Sent to"),
    "answers": _("What you sent"),
    "reasons": _("Why it was not accepted"),
    "at": _("When"),
}


def export_offline_rejections(user) -> list[Record]:
    """What the phone sent after a time offline and the server refused
    (literacy/offline_queue.py): kept here so that nothing done offline is lost."""
    kinds = {"quiz": gettext("Quiz answers"), "lesson": gettext("Lesson marked complete")}
    return [{"what": kinds.get(row.kind, row.kind), "title": row.title, "sent_to": row.path,
             "answers": "; ".join(f"{name}: {', '.join(values)}"
                                  for name, values in row.answers.items()),
             "reasons": " ".join(row.reasons), "at": row.created_at}
            for row in OfflineRejection.objects.filter(user=user)]


def erase_offline_rejections(user) -> None:
    OfflineRejection.objects.filter(user=user).delete()


def account_sections() -> Iterable[Section]:
    return [Section(key="account", title=_("Your account"), labels=ACCOUNT_LABELS,
                    export=export_account, erase=erase_account),
            Section(key="exports", title=_("Exports you made"), labels=EXPORT_LABELS,
                    export=export_export_records, erase=erase_export_records),
            Section(key="offline_rejections", title=_("Sent from offline, not accepted"),
                    labels=OFFLINE_LABELS, export=export_offline_rejections,
                    erase=erase_offline_rejections)]
