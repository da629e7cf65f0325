"""Inviting co-facilitators: a facilitator invites a pseudonym, its owner accepts or declines.

Nobody is attached to a cohort without their consent, and inviting never tells the
inviter whether a pseudonym exists or may facilitate: every invitation is kept and listed
under the pseudonym typed, with the same answer, and only somebody who may facilitate
(`access.may_be_invited`) ever sees one addressed to them. An invitation expires after
COURSES_INVITATION_DAYS; inviting the same pseudonym again renews it.
"""

import datetime as dt

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from .. import conf
from ..models.cohorts import Cohort, CohortMembership, FacilitatorInvitation
from . import access, membership

Role = CohortMembership.Role
PSEUDONYM_MAX_LENGTH = FacilitatorInvitation._meta.get_field("pseudonym").max_length


class InvitationGone(Exception):
    """No pending invitation of this user has this id (withdrawn, expired, not theirs)."""


def invite(*, cohort: Cohort, by, pseudonym: str) -> None:
    """Invite `pseudonym` to co-facilitate `cohort`. Returns nothing on purpose: whatever
    the pseudonym names, the caller has one answer to give.
    Guarded by tests/courses/test_cohort_invitations.py::
    test_every_kind_of_pseudonym_gets_the_same_answer and
    test_inviting_attaches_nobody."""
    pseudonym = pseudonym.strip()
    now = timezone.now()
    FacilitatorInvitation.objects.filter(expires_at__lte=now).delete()
    if pseudonym == by.username or cohort.memberships.filter(
            user__username=pseudonym, role=Role.FACILITATOR).exists():
        return  # already on the team the inviter sees: nothing to ask
    invitee = access.invitable_facilitators().filter(username=pseudonym).first()
    FacilitatorInvitation.objects.update_or_create(
        cohort=cohort, pseudonym=pseudonym,
        defaults={"invitee": invitee, "invited_by": by, "created_at": now,
                  "expires_at": now + dt.timedelta(days=conf.INVITATION_DAYS)},
    )


def pending_of_cohort(cohort: Cohort) -> QuerySet[FacilitatorInvitation]:
    """What the cohort's facilitators see: every open invitation, by pseudonym only."""
    return cohort.facilitator_invitations.filter(expires_at__gt=timezone.now())


def pending_for(user) -> QuerySet[FacilitatorInvitation]:
    """The open invitations addressed to `user`; none unless they may facilitate."""
    if not user.is_authenticated or not access.may_be_invited(user):
        return FacilitatorInvitation.objects.none()
    return FacilitatorInvitation.objects.filter(
        invitee=user, expires_at__gt=timezone.now()).select_related("cohort__organisation", "invited_by")


@transaction.atomic
def accept(*, user, invitation_id: int) -> Cohort:
    """Join the cohort's team; the only way an invitation grants anything.
    Guarded by tests/courses/test_cohort_invitations.py::
    test_a_learner_named_in_an_invitation_can_never_accept and
    test_an_expired_invitation_cannot_be_accepted."""
    if not access.may_be_invited(user):
        raise InvitationGone
    invitation = FacilitatorInvitation.objects.select_for_update().filter(
        pk=invitation_id, invitee=user, expires_at__gt=timezone.now()).first()
    if invitation is None:
        raise InvitationGone
    cohort = invitation.cohort
    invitation.delete()
    membership.add_facilitator(cohort=cohort, user=user)
    return cohort


def decline(*, user, invitation_id: int) -> None:
    deleted, _rows = FacilitatorInvitation.objects.filter(
        pk=invitation_id, invitee=user, expires_at__gt=timezone.now()).delete()
    if not deleted:
        raise InvitationGone


def withdraw(*, cohort: Cohort, invitation_id: int) -> None:
    deleted, _rows = cohort.facilitator_invitations.filter(pk=invitation_id).delete()
    if not deleted:
        raise InvitationGone
