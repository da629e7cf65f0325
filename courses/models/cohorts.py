"""Cohorts: a facilitator's group of learners following some courses together.

A learner's progress (enrolments, lesson progress, attempts) belongs to the learner, not
to the cohort: removing a learner or moving them to another cohort changes only their
`CohortMembership`, and the dashboard reads their progress wherever it was recorded.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# No look-alikes (0/O, 1/I/L, 5/S, 2/Z, 8/B): codes are read aloud and typed on phones.
JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
JOIN_CODE_LENGTH = 8


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


class Organisation(models.Model):
    """An NGO or programme running cohorts. Its coordinators see roll-up figures of all
    its cohorts (aggregates only); facilitators may create cohorts for it."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="coordinated_organisations",
        verbose_name=_("coordinators"),
    )
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="facilitated_organisations",
        verbose_name=_("facilitators"),
        help_text=_("Facilitators who may create cohorts for this organisation."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class Cohort(models.Model):
    name = models.CharField(_("name"), max_length=200)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="cohorts",
        verbose_name=_("organisation"),
    )
    courses = models.ManyToManyField(
        "courses.CoursePage", related_name="cohorts", verbose_name=_("courses")
    )
    starts_on = models.DateField(_("start date"))
    ends_on = models.DateField(_("end date"))
    join_code = models.CharField(
        _("join code"), max_length=16, unique=True, default=new_join_code
    )
    join_code_expires_at = models.DateTimeField(_("join code expires"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="courses_cohort_dates_ordered",
            )
        ]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end date is before the start date.")})

    @property
    def group_name(self) -> str:
        """The channel-layer group of this cohort's dashboards."""
        return f"cohort.{self.pk}"

    @property
    def join_code_expired(self) -> bool:
        return bool(self.join_code_expires_at and self.join_code_expires_at <= timezone.now())

    @property
    def display_code(self) -> str:
        half = len(self.join_code) // 2
        return f"{self.join_code[:half]}-{self.join_code[half:]}"


class CohortMembership(models.Model):
    class Role(models.TextChoices):
        LEARNER = "learner", _("learner")
        FACILITATOR = "facilitator", _("facilitator")

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cohort_memberships"
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices,
                            default=Role.LEARNER)
    joined_at = models.DateTimeField(_("joined"), default=timezone.now)
    # A learner is in at most one group of the cohort: the group is on the membership.
    # Always a group of the same cohort (courses/cohorts/groups.py sets it; a move
    # between cohorts clears it).
    group = models.ForeignKey(
        "courses.CohortGroup", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="memberships", verbose_name=_("group"),
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="courses_membership_unique")
        ]
        indexes = [models.Index(fields=["user", "role"], name="courses_membership_user_role")]
        verbose_name = _("cohort membership")
        verbose_name_plural = _("cohort memberships")

    def __str__(self):
        return f"{self.user_id} ∈ {self.cohort_id} ({self.role})"


class CohortGroup(models.Model):
    """A group inside a cohort (a class, a site, a shift) to filter and message by."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="groups")
    name = models.CharField(_("name"), max_length=100)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "name"], name="courses_group_unique")
        ]
        verbose_name = _("cohort group")
        verbose_name_plural = _("cohort groups")

    def __str__(self):
        return self.name


class FollowUp(models.Model):
    """A facilitator followed up a learner who needed attention. `reasons` keeps what they
    needed attention for then ([code, number] pairs), so that something new (a new reason,
    or more modules behind) puts the learner back on the worklist
    (courses/cohorts/worklist.py)."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="follow_ups")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    at = models.DateTimeField(_("followed up on"), default=timezone.now)
    note = models.CharField(_("note"), max_length=500, blank=True)
    reasons = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["cohort", "learner"],
                                    name="courses_follow_up_unique")
        ]
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")

    def __str__(self):
        return f"{self.learner_id} @ {self.cohort_id}"


class FacilitatorInvitation(models.Model):
    """A pending invitation to co-facilitate a cohort; accepting it makes the membership.

    Kept under the pseudonym the facilitator typed, whoever it names (somebody who may
    facilitate, a learner, nobody), so the inviter's list tells none of them apart;
    `invitee` is set only when the pseudonym names somebody who may facilitate, and only
    they ever see it (courses/cohorts/invitations.py)."""

    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="facilitator_invitations"
    )
    pseudonym = models.CharField(_("pseudonym"), max_length=150)
    invitee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True,
        related_name="+",
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("invited on"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "pseudonym"],
                                    name="courses_invitation_unique")
        ]
        indexes = [models.Index(fields=["invitee", "expires_at"],
                                name="courses_invitation_invitee")]
        verbose_name = _("co-facilitator invitation")
        verbose_name_plural = _("co-facilitator invitations")

    def __str__(self):
        return f"{self.pseudonym} → {self.cohort_id}"


class ModuleRelease(models.Model):
    """Pacing: the module opens for this cohort's learners on `opens_on`."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="releases")
    module = models.ForeignKey(
        "courses.ModulePage", on_delete=models.CASCADE, related_name="+",
        verbose_name=_("module"),
    )
    opens_on = models.DateField(_("opens on"))

    class Meta:
        ordering = ["opens_on"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "module"], name="courses_release_unique")
        ]
        verbose_name = _("module release")
        verbose_name_plural = _("module releases")

    def __str__(self):
        return f"{self.module_id} @ {self.opens_on}"

    def clean(self):
        super().clean()
        cohort = self.cohort
        if self.opens_on and not (cohort.starts_on <= self.opens_on <= cohort.ends_on):
            raise ValidationError({"opens_on": _("Choose a date between the cohort's start "
                                                 "and end dates.")})


class Attendance(models.Model):
    """One learner came to one in-person session (a session is a date of the cohort)."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="attendance")
    session_date = models.DateField(_("session date"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        ordering = ["session_date"]
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "session_date", "user"], name="courses_attendance_unique"
            )
        ]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")

    def __str__(self):
        return f"{self.user_id} @ {self.session_date}"


CHECK_IN_CODE_LENGTH = 6


class AttendanceSession(models.Model):
    """A session date a facilitator opened, so that it is listed even while nobody is
    marked present, and the short code learners type to check themselves in while
    `check_in_closes_at` is in the future (see courses/cohorts/roll_call.py)."""

    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="attendance_sessions"
    )
    session_date = models.DateField(_("session date"))
    check_in_code = models.CharField(_("check-in code"), max_length=16, blank=True)
    check_in_closes_at = models.DateTimeField(_("check-in closes"), null=True, blank=True)

    class Meta:
        ordering = ["-session_date"]
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "session_date"], name="courses_attendance_session_unique"
            )
        ]
        verbose_name = _("attendance session")
        verbose_name_plural = _("attendance sessions")

    def __str__(self):
        return f"{self.cohort_id} @ {self.session_date}"

    @property
    def check_in_open(self) -> bool:
        return bool(self.check_in_code and self.check_in_closes_at
                    and self.check_in_closes_at > timezone.now())


class AttendanceChange(models.Model):
    """One mark set or cleared: who changed whose attendance, when and how. Marks are
    corrected after the fact (and feed the donor report), so every change is kept."""

    class Via(models.TextChoices):
        FACILITATOR = "facilitator", _("by a facilitator")
        CHECK_IN = "check_in", _("self check-in")

    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="attendance_changes"
    )
    session_date = models.DateField(_("session date"))
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    present = models.BooleanField(_("present"))
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    via = models.CharField(max_length=12, choices=Via.choices, default=Via.FACILITATOR)
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        ordering = ["-changed_at", "-id"]
        indexes = [models.Index(fields=["cohort", "session_date"],
                                name="courses_attchange_session")]
        verbose_name = _("attendance change")
        verbose_name_plural = _("attendance changes")

    def __str__(self):
        return f"{self.learner_id} {'+' if self.present else '-'} @ {self.session_date}"


class Announcement(models.Model):
    """To the whole cohort, or (`targeted`) to `recipients` alone: a selection of learners
    or the members of `group` when it was posted (the group is kept to say so)."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="announcements")
    body = models.TextField(_("announcement"), max_length=2000)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    targeted = models.BooleanField(default=False)
    recipients = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="+",
    )
    group = models.ForeignKey(
        CohortGroup, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")

    def __str__(self):
        return self.body[:50]
