"""The courses app's part of a learner's data export and account erasure.

Registered with the ``basira_personal_data`` hook (see literacy/accounts/personal_data.py).
Enrolments, progress, cohort memberships and attendance stay after erasure, attached to the
anonymised account, so that every cohort figure is unchanged; certificates are withdrawn.
"""

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from literacy.accounts.personal_data import Section

from .certificate_tasks import remove_prepared
from .cohorts.access import forget_member_caches
from .cohorts.membership import forget_join_failures
from .models import (
    Attendance,
    AttendanceChange,
    Certificate,
    CohortMembership,
    Enrollment,
    FacilitatorInvitation,
    FollowUp,
    LessonProgress,
)

LABELS = {
    "course": _("Course"),
    "lesson": _("Lesson"),
    "started": _("Started on"),
    "completed": _("Completed on"),
    "last_activity": _("Last activity"),
    "how": _("How"),
    "code": _("Code"),
    "issued": _("Issued"),
    "withdrawn": _("Withdrawn"),
    "verification_page": _("Verification page"),
    "cohort": _("Cohort"),
    "role": _("Role"),
    "joined": _("Joined"),
    "session_date": _("Session date"),
    "present": _("Present"),
    "changed": _("Changed on"),
    "direction": _("Invitation"),
    "pseudonym": _("Pseudonym invited"),
    "invited": _("Invited on"),
    "expires": _("Expires"),
    "group": _("Group"),
    "followed_up": _("Followed up on"),
    "note": _("Note"),
}


def export_enrolments(user) -> list[dict]:
    rows = Enrollment.objects.filter(user=user).select_related("course").order_by("started_at")
    return [{
        "course": row.course.title,
        "started": row.started_at,
        "completed": row.completed_at,
        "last_activity": row.last_activity_at,
    } for row in rows]


def export_progress(user) -> list[dict]:
    rows = (LessonProgress.objects.filter(user=user).select_related("course", "lesson")
            .order_by("completed_at"))
    return [{
        "course": row.course.title,
        "lesson": row.lesson.title,
        "completed": row.completed_at,
        "how": str(row.get_source_display()),
    } for row in rows]


def export_certificates(user) -> list[dict]:
    rows = Certificate.objects.filter(user=user).select_related("course").order_by("issued_at")
    return [{
        "course": row.course.title,
        "code": row.code,
        "issued": row.issued_at,
        "withdrawn": row.withdrawn_at,
        "verification_page": reverse("courses:verify", args=[row.code]),
    } for row in rows]


def withdraw_certificates(user) -> None:
    current = Certificate.objects.filter(user=user, withdrawn_at__isnull=True)
    codes = list(current.values_list("code", flat=True))
    current.update(withdrawn_at=timezone.now())
    remove_prepared(codes)  # PDFs the worker rendered ahead (certificate_tasks.py)


def export_memberships(user) -> list[dict]:
    rows = (CohortMembership.objects.filter(user=user).select_related("cohort", "group")
            .order_by("joined_at"))
    return [{
        "cohort": row.cohort.name,
        "role": str(row.get_role_display()),
        "joined": row.joined_at,
        "group": row.group.name if row.group else None,
    } for row in rows]


def forget_cohort_caches(user) -> None:
    """Cached roles and join-code failures are keyed by the account: drop them now."""
    forget_member_caches(user.pk)
    forget_join_failures(user)


def export_attendance(user) -> list[dict]:
    rows = Attendance.objects.filter(user=user).select_related("cohort").order_by(
        "session_date")
    return [{"cohort": row.cohort.name, "session_date": row.session_date} for row in rows]


def export_attendance_changes(user) -> list[dict]:
    """Every mark set or cleared for the learner, and how (not who: a facilitator's
    account is theirs)."""
    rows = AttendanceChange.objects.filter(learner=user).select_related("cohort").order_by(
        "changed_at", "id")
    return [{
        "cohort": row.cohort.name,
        "session_date": row.session_date,
        "present": row.present,
        "how": str(row.get_via_display()),
        "changed": row.changed_at,
    } for row in rows]


def export_follow_ups(user) -> list[dict]:
    """A facilitator's follow-up of the learner and its note (not who: their account is
    theirs)."""
    rows = FollowUp.objects.filter(learner=user).select_related("cohort").order_by("at", "id")
    return [{"cohort": row.cohort.name, "followed_up": row.at, "note": row.note}
            for row in rows]


def erase_follow_ups(user) -> None:
    """Notes written about the person go with their account."""
    FollowUp.objects.filter(learner=user).delete()


def _invitations_of(user):
    return FacilitatorInvitation.objects.filter(
        Q(invitee=user) | Q(invited_by=user) | Q(pseudonym=user.get_username()))


def export_invitations(user) -> list[dict]:
    """Invitations to co-facilitate a cohort, received or sent (pending ones are kept
    until accepted, declined, withdrawn or expired)."""
    rows = _invitations_of(user).select_related("cohort").order_by("created_at", "id")
    records = []
    for row in rows:
        sent = row.invited_by_id == user.pk
        records.append({
            "cohort": row.cohort.name,
            "direction": str(_("sent") if sent else _("received")),
            "pseudonym": row.pseudonym if sent else None,
            "invited": row.created_at,
            "expires": row.expires_at,
        })
    return records


def erase_invitations(user) -> None:
    """Pending invitations to or from the person go: they name or come from them."""
    _invitations_of(user).delete()


def sections() -> list[Section]:
    return [
        Section(key="enrolments", title=_("Enrolments"), labels=LABELS,
                export=export_enrolments),
        Section(key="lesson_progress", title=_("Lesson progress"), labels=LABELS,
                export=export_progress),
        Section(key="certificates", title=_("Certificates"), labels=LABELS,
                export=export_certificates, erase=withdraw_certificates),
        Section(key="cohort_memberships", title=_("Cohort memberships"), labels=LABELS,
                export=export_memberships, erase=forget_cohort_caches),
        Section(key="cohort_invitations", title=_("Invitations to co-facilitate a cohort"),
                labels=LABELS, export=export_invitations, erase=erase_invitations),
        Section(key="attendance", title=_("Attendance at cohort sessions"), labels=LABELS,
                export=export_attendance),
        Section(key="attendance_changes", title=_("Changes to your attendance marks"),
                labels=LABELS, export=export_attendance_changes),
        Section(key="cohort_follow_ups", title=_("Follow-ups by your facilitators"),
                labels=LABELS, export=export_follow_ups, erase=erase_follow_ups),
    ]
