"""Cohorts as the audience of live workshop quizzes.

``quizzes.live`` knows no cohorts: it asks the "cohort" policy registered here (hook
``basira_live_audiences`` in courses/wagtail_hooks.py) who may join and who may run a
session whose audience is "cohort:<id>". A cohort's sessions and their end-of-session
summaries are its records, listed on the cohort's "Live quizzes" page.
"""

from django.urls import reverse

from quizzes.live import services as live
from quizzes.live.audience import AdmissionRefused, AudiencePolicy

from ..models.cohorts import Cohort, CohortMembership
from . import membership
from .access import can_facilitate

KIND = "cohort"


def audience_key(cohort_id) -> str:
    return f"{KIND}:{int(cohort_id)}"


def _cohort_id(ident: str) -> int | None:
    return int(ident) if ident.isdigit() else None


def may_join(user, ident: str) -> bool:
    """Members only (learners and the cohort's facilitators)."""
    cohort_id = _cohort_id(ident)
    return cohort_id is not None and CohortMembership.objects.filter(
        cohort_id=cohort_id, user=user).exists()


def may_host(user, ident: str) -> bool:
    cohort_id = _cohort_id(ident)
    return cohort_id is not None and can_facilitate(user, cohort_id)


def records_url(ident: str) -> str | None:
    cohort_id = _cohort_id(ident)
    return reverse("cohorts:live", kwargs={"cohort_id": cohort_id}) if cohort_id else None


def admits_by_code(ident: str) -> bool:
    """The cohort is open for joining: its code has not expired."""
    cohort_id = _cohort_id(ident)
    cohort = Cohort.objects.filter(pk=cohort_id).first() if cohort_id else None
    return cohort is not None and not cohort.join_code_expired


def admit_with_code(user, ident: str, raw_code: str) -> None:
    """Join the cohort from the live quiz's door, with the cohort join service."""
    cohort = Cohort.objects.filter(pk=_cohort_id(ident) or 0).first()
    if cohort is None:
        raise AdmissionRefused(membership.INVALID_CODE % {
            "length": membership.JOIN_CODE_LENGTH})
    try:
        membership.join_this_cohort(user=user, cohort=cohort, raw_code=raw_code)
    except membership.JoinRefused as refused:
        raise AdmissionRefused(refused.message, status=refused.status) from None


POLICY = AudiencePolicy(may_join=may_join, may_host=may_host, records_url=records_url,
                        admits_by_code=admits_by_code, admit_with_code=admit_with_code)


def start(*, cohort: Cohort, quiz, user):
    """Start a live session of ``quiz`` for this cohort (LiveError if refused)."""
    return live.start_session(quiz=quiz, host=user, audience_key=audience_key(cohort.pk))


def sessions_of(cohort: Cohort):
    return live.sessions_for_audience(audience_key(cohort.pk))


def running_of(cohort: Cohort) -> list:
    """The cohort's sessions not ended yet: what its pages show as "live now"."""
    return live.running_for_audiences([audience_key(cohort.pk)])


def running_for_learner(user) -> list:
    """Live sessions running now in the cohorts this user belongs to."""
    if not user.is_authenticated:
        return []
    ids = CohortMembership.objects.filter(user=user).values_list("cohort_id", flat=True)
    return live.running_for_audiences(audience_key(cohort_id) for cohort_id in ids)
