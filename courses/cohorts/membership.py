"""Joining, leaving and moving between cohorts; join codes.

A join code is short, typed on a phone or read aloud: its alphabet has no look-alike
characters, it is matched case-insensitively (spaces and dashes ignored, Arabic-Indic
digits folded), facilitators can rotate it or give it an expiry. Wrong codes are
counted per learner like failed sign-ins (``literacy.security.throttle``: a keyed
hash in the cache, no IP address) and paused after a few (a 429).
"""

import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from literacy.security.throttle import CodeThrottle

from .. import conf
from ..models import Enrollment
from ..models.cohorts import (
    JOIN_CODE_ALPHABET,
    JOIN_CODE_LENGTH,
    Cohort,
    CohortMembership,
    new_join_code,
)
from . import events

logger = logging.getLogger("basira.cohorts")
Role = CohortMembership.Role

INVALID_CODE = _("No cohort has this code. Check it with your facilitator: the code has "
                 "%(length)s letters and digits.")
EXPIRED_CODE = _("This code has expired. Ask your facilitator for a new one.")
TOO_MANY = _("Too many wrong codes. Wait a few minutes, then try again.")
ALREADY_FACILITATOR = _("You facilitate this cohort: learners join it, not facilitators.")

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


class JoinRefused(Exception):
    def __init__(self, message, *, status: int = 400):
        super().__init__(str(message))
        self.message = message
        self.status = status  # 429 while wrong codes are paused


@dataclass
class JoinResult:
    cohort: Cohort
    membership: CohortMembership
    created: bool


def normalise_code(raw: str) -> str:
    """Upper case, digits folded to ASCII, separators and spaces dropped."""
    text = (raw or "").translate(DIGITS).upper()
    return "".join(ch for ch in text if ch.isalnum())[:32]


def looks_like_code(code: str) -> bool:
    return len(code) == JOIN_CODE_LENGTH and all(ch in JOIN_CODE_ALPHABET for ch in code)


# Counted like failed sign-ins (a keyed hash per learner, no address stored).
JOIN_THROTTLE = CodeThrottle(
    "cohorts.join",
    limit=lambda: conf.JOIN_MAX_FAILURES,
    seconds=lambda: conf.JOIN_LOCKOUT_SECONDS,
)


def forget_join_failures(user) -> None:
    JOIN_THROTTLE.forget(user)


def is_rate_limited(user) -> bool:
    return JOIN_THROTTLE.is_locked(user)


def _count_failure(user) -> None:
    JOIN_THROTTLE.record_failure(user)


def _refuse_if_paused(user) -> None:
    """Guarded by tests/courses/test_cohort_live_join.py::
    test_a_wrong_live_code_is_throttled_like_cohort_join (both doors, 429)."""
    if is_rate_limited(user):
        raise JoinRefused(TOO_MANY, status=429)


def find_cohort(*, user, raw_code: str) -> Cohort:
    """The cohort a code opens, or JoinRefused with a message for the learner."""
    _refuse_if_paused(user)
    code = normalise_code(raw_code)
    cohort = Cohort.objects.filter(join_code=code).first() if looks_like_code(code) else None
    if cohort is None:
        _count_failure(user)
        raise JoinRefused(INVALID_CODE % {"length": JOIN_CODE_LENGTH})
    if cohort.join_code_expired:
        raise JoinRefused(EXPIRED_CODE)
    return cohort


def join_this_cohort(*, user, cohort: Cohort, raw_code: str) -> JoinResult:
    """Join `cohort` with its own code (the door of a live quiz of this cohort).

    Same rules as `join`: wrong codes count towards the same per-learner pause, an
    expired code is refused. A code of another cohort is a wrong code here: it never
    joins a cohort the learner did not come for.
    Guards tested by test_a_wrong_group_code_joins_nothing and
    test_a_wrong_live_code_is_throttled_like_cohort_join
    (tests/courses/test_cohort_live_join.py)."""
    _refuse_if_paused(user)
    if normalise_code(raw_code) != cohort.join_code:
        _count_failure(user)
        raise JoinRefused(INVALID_CODE % {"length": JOIN_CODE_LENGTH})
    if cohort.join_code_expired:
        raise JoinRefused(EXPIRED_CODE)
    return add_learner(user=user, cohort=cohort)


def enrol_in_cohort_courses(*, user, cohort: Cohort) -> int:
    """Enrol the learner in every course of the cohort (cohort-only courses included:
    joining a cohort is how one enrols in those). Returns how many were new."""
    created = 0
    for course_id in cohort.courses.values_list("pk", flat=True):
        _enrollment, new = Enrollment.objects.get_or_create(user=user, course_id=course_id)
        created += int(new)
    return created


def join(*, user, raw_code: str) -> JoinResult:
    """Join the cohort that `raw_code` opens; joining twice changes nothing."""
    cohort = find_cohort(user=user, raw_code=raw_code)
    return add_learner(user=user, cohort=cohort)


@transaction.atomic
def add_learner(*, user, cohort: Cohort) -> JoinResult:
    existing = CohortMembership.objects.filter(cohort=cohort, user=user).first()
    if existing is not None:
        if existing.role == Role.FACILITATOR:
            raise JoinRefused(ALREADY_FACILITATOR)
        enrol_in_cohort_courses(user=user, cohort=cohort)
        return JoinResult(cohort, existing, False)
    try:
        with transaction.atomic():
            membership = CohortMembership.objects.create(
                cohort=cohort, user=user, role=Role.LEARNER
            )
    except IntegrityError:  # a double submit raced us: the first one won
        membership = CohortMembership.objects.get(cohort=cohort, user=user)
        return JoinResult(cohort, membership, False)
    enrol_in_cohort_courses(user=user, cohort=cohort)
    events.publish_membership_changed(cohort_ids=[cohort.pk], user_id=user.pk)
    return JoinResult(cohort, membership, True)


@transaction.atomic
def remove_learner(*, cohort: Cohort, user_id: int) -> bool:
    """Leave the cohort; enrolments and progress stay with the learner."""
    deleted, _rows = CohortMembership.objects.filter(
        cohort=cohort, user_id=user_id, role=Role.LEARNER
    ).delete()
    if deleted:
        events.publish_membership_changed(cohort_ids=[cohort.pk], user_id=user_id)
    return bool(deleted)


@transaction.atomic
def move_learner(*, source: Cohort, target: Cohort, user_id: int) -> CohortMembership:
    """Move a learner to another cohort, keeping their joining date and their progress.

    Already a member of the target: the source membership is simply removed."""
    membership = CohortMembership.objects.select_for_update().get(
        cohort=source, user_id=user_id, role=Role.LEARNER
    )
    existing = CohortMembership.objects.filter(cohort=target, user_id=user_id).first()
    if existing is not None:
        membership.delete()
        membership = existing
    else:
        membership.cohort = target
        membership.group = None  # groups belong to the cohort left behind
        membership.save(update_fields=["cohort", "group"])
    enrol_in_cohort_courses(user=membership.user, cohort=target)
    events.publish_membership_changed(cohort_ids=[source.pk, target.pk], user_id=user_id)
    return membership


@transaction.atomic
def add_facilitator(*, cohort: Cohort, user) -> CohortMembership:
    membership, created = CohortMembership.objects.get_or_create(
        cohort=cohort, user=user, defaults={"role": Role.FACILITATOR}
    )
    if not created and membership.role != Role.FACILITATOR:
        membership.role = Role.FACILITATOR
        membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def remove_facilitator(*, cohort: Cohort, user_id: int) -> bool:
    """Remove a co-facilitator; their open dashboards stop receiving events."""
    deleted, _rows = CohortMembership.objects.filter(
        cohort=cohort, user_id=user_id, role=Role.FACILITATOR
    ).delete()
    if deleted:
        events.publish_access_revoked(cohort_id=cohort.pk, user_id=user_id)
    return bool(deleted)


def rotate_code(*, cohort: Cohort, expires_at=None) -> str:
    """A new join code; the old one stops working at once."""
    for _attempt in range(10):
        code = new_join_code()
        if not Cohort.objects.filter(join_code=code).exists():
            break
    cohort.join_code = code
    cohort.join_code_expires_at = expires_at
    cohort.save(update_fields=["join_code", "join_code_expires_at"])
    return code


def set_code_expiry(*, cohort: Cohort, expires_at) -> None:
    cohort.join_code_expires_at = expires_at
    cohort.save(update_fields=["join_code_expires_at"])
