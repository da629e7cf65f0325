"""Attendance: marking who came to a session, correcting it later, and self check-in.

A save changes only the rows the facilitator had in front of them (`shown`): a learner on
another page, hidden by a search or not yet loaded keeps their mark. Every mark set or
cleared is recorded in `AttendanceChange` (who, when, how), because marks are corrected
after the fact and feed the donor report.
"""

import datetime as dt
import secrets
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from literacy.text import search_key

from .. import conf
from ..models.cohorts import (
    CHECK_IN_CODE_LENGTH,
    JOIN_CODE_ALPHABET,
    Attendance,
    AttendanceChange,
    AttendanceSession,
    Cohort,
    CohortMembership,
)
from .membership import normalise_code

Via = AttendanceChange.Via

CHECK_IN_WRONG = _("This check-in code is not open for any of your cohorts. Check it with "
                   "your facilitator.")
CHECK_IN_TOO_MANY = _("Too many wrong codes. Wait a few minutes, then try again.")


class CheckInRefused(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class Learner:
    user_id: int
    username: str
    present: bool = False


@dataclass(frozen=True)
class SessionSummary:
    session_date: dt.date
    present: int


@dataclass(frozen=True)
class Saved:
    added: int
    removed: int


def learners_of(cohort: Cohort, query: str = "") -> list[tuple[int, str]]:
    """(user id, pseudonym) of the cohort's learners by pseudonym, those matching `query`
    with Arabic spelling variants folded. One query whatever the cohort's size; the
    filtering is in Python because pseudonyms are stored as typed."""
    rows = list(
        CohortMembership.objects.filter(cohort=cohort, role=CohortMembership.Role.LEARNER)
        .order_by("user__username").values_list("user_id", "user__username")
    )
    words = search_key(query).split()
    if words:
        rows = [row for row in rows if all(w in search_key(row[1]) for w in words)]
    return rows


def with_marks(cohort: Cohort, day: dt.date, rows) -> list[Learner]:
    """The rows of one page with their saved mark (one query for the page)."""
    ids = [uid for uid, _name in rows]
    present = set(
        Attendance.objects.filter(cohort=cohort, session_date=day, user_id__in=ids)
        .values_list("user_id", flat=True)
    )
    return [Learner(uid, name, uid in present) for uid, name in rows]


def sessions_of(cohort: Cohort) -> list[SessionSummary]:
    """Every session of the cohort, latest first: dates with marks and dates opened."""
    counts = dict(
        Attendance.objects.filter(cohort=cohort).values("session_date")
        .annotate(n=Count("id")).values_list("session_date", "n")
    )
    for day in AttendanceSession.objects.filter(cohort=cohort).values_list(
            "session_date", flat=True):
        counts.setdefault(day, 0)
    return [SessionSummary(day, n) for day, n in sorted(counts.items(), reverse=True)]


def present_count(cohort: Cohort, day: dt.date) -> int:
    return Attendance.objects.filter(cohort=cohort, session_date=day).count()


def session_of(cohort: Cohort, day: dt.date) -> AttendanceSession | None:
    return AttendanceSession.objects.filter(cohort=cohort, session_date=day).first()


def changes_of(cohort: Cohort, day: dt.date, limit: int = 20) -> list[AttendanceChange]:
    return list(
        AttendanceChange.objects.filter(cohort=cohort, session_date=day)
        .select_related("learner", "changed_by")[:limit]
    )


def save_marks(*, cohort: Cohort, day: dt.date, shown: set[int], present: set[int],
               by) -> Saved:
    """Set the marks of the `shown` learners only: present if in `present`, else absent.

    The caller has checked that `shown` are learners of the cohort and `present` is a
    subset of it. Learners outside `shown` are never touched (test_paged_save_keeps_
    marks_of_other_pages)."""
    present = present & shown
    with transaction.atomic():
        AttendanceSession.objects.get_or_create(cohort=cohort, session_date=day)
        marked = Attendance.objects.filter(cohort=cohort, session_date=day,
                                           user_id__in=shown)
        current = set(marked.values_list("user_id", flat=True))
        added, removed = present - current, current - present
        if removed:
            marked.filter(user_id__in=removed).delete()
        Attendance.objects.bulk_create(
            [Attendance(cohort=cohort, session_date=day, user_id=uid) for uid in added],
            ignore_conflicts=True,
        )
        now = timezone.now()
        AttendanceChange.objects.bulk_create(
            [AttendanceChange(cohort=cohort, session_date=day, learner_id=uid,
                              present=uid in added, changed_by=by, changed_at=now,
                              via=Via.FACILITATOR)
             for uid in sorted(added | removed)]
        )
    return Saved(added=len(added), removed=len(removed))


# --- self check-in ----------------------------------------------------------------------


def new_check_in_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(CHECK_IN_CODE_LENGTH))


def open_check_in(*, cohort: Cohort, day: dt.date) -> AttendanceSession:
    """Show a new code for `COURSES_CHECK_IN_MINUTES`; learners of the cohort who type it
    in that time are marked present."""
    session, _created = AttendanceSession.objects.get_or_create(
        cohort=cohort, session_date=day)
    session.check_in_code = new_check_in_code()
    session.check_in_closes_at = timezone.now() + dt.timedelta(
        minutes=conf.CHECK_IN_MINUTES)
    session.save(update_fields=["check_in_code", "check_in_closes_at"])
    return session


def close_check_in(*, cohort: Cohort, day: dt.date) -> None:
    AttendanceSession.objects.filter(cohort=cohort, session_date=day).update(
        check_in_code="", check_in_closes_at=None)


def _failure_key(user) -> str:
    return f"basira:cohorts:check-in-failures:{user.pk}"


def _count_failure(user) -> None:
    key = _failure_key(user)
    if cache.add(key, 1, conf.JOIN_LOCKOUT_SECONDS):
        return
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, conf.JOIN_LOCKOUT_SECONDS)


def check_in(*, user, raw_code: str) -> AttendanceSession:
    """Mark `user` present at the open session whose code they typed.

    Only a session of a cohort the user is a learner of, while its check-in is open;
    wrong codes are counted per learner and paused after `COURSES_JOIN_MAX_FAILURES`
    (test_self_check_in_is_throttled,
    test_self_check_in_needs_membership_and_an_open_session)."""
    if cache.get(_failure_key(user), 0) >= conf.JOIN_MAX_FAILURES:
        raise CheckInRefused(CHECK_IN_TOO_MANY)
    code = normalise_code(raw_code)
    session = None
    if len(code) == CHECK_IN_CODE_LENGTH:
        session = (
            AttendanceSession.objects.filter(
                check_in_code=code, check_in_closes_at__gt=timezone.now(),
                cohort__memberships__user=user,
                cohort__memberships__role=CohortMembership.Role.LEARNER,
            ).select_related("cohort").first()
        )
    if session is None:
        _count_failure(user)
        raise CheckInRefused(CHECK_IN_WRONG)
    with transaction.atomic():
        _row, created = Attendance.objects.get_or_create(
            cohort=session.cohort, session_date=session.session_date, user=user)
        if created:
            AttendanceChange.objects.create(
                cohort=session.cohort, session_date=session.session_date, learner=user,
                present=True, changed_by=user, via=Via.CHECK_IN)
    return session
