"""The cohort's team: inviting co-facilitators, withdrawing, accepting and declining.

Thin views over `invitations`. Every answer to an invitation is the same whoever the
pseudonym names (no enumeration); every state change is a POST.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from ..models.cohorts import CohortMembership
from . import access, invitations
from .decorators import facilitator_required
from .forms import CodeForm, InviteForm

Role = CohortMembership.Role


def invited_message(count: int) -> str:
    """The one answer to an invitation, whoever the pseudonyms name.
    Guarded by tests/courses/test_cohort_invitations.py::
    test_every_kind_of_pseudonym_gets_the_same_answer."""
    return ngettext(
        "If this pseudonym can facilitate, they will see your invitation and can accept it.",
        "If these pseudonyms can facilitate, they will see your invitations and can accept "
        "them.", count)


def team_context(request, cohort, *, form=None, invite_form=None) -> dict:
    """What the "Join code and team" page shows (views.cohort_code renders it)."""
    return {
        "cohort": cohort,
        "form": form or CodeForm(initial={"expires_on": cohort.join_code_expires_at and
                                          timezone.localdate(cohort.join_code_expires_at)}),
        "invite_form": invite_form or InviteForm(),
        "facilitators": CohortMembership.objects.filter(cohort=cohort, role=Role.FACILITATOR)
        .select_related("user").order_by("user__username"),
        "invitations": invitations.pending_of_cohort(cohort),
        "invite_url": request.build_absolute_uri(
            reverse("cohorts:invite", kwargs={"code": cohort.join_code})),
    }


@require_POST
@facilitator_required
def facilitator_invite(request, cohort_id):
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    invite_form = InviteForm(request.POST)
    if not invite_form.is_valid():
        return render(request, "courses/cohorts/code.html",
                      team_context(request, cohort, invite_form=invite_form), status=400)
    invitations.invite(cohort=cohort, by=request.user,
                       pseudonym=invite_form.cleaned_data["pseudonym"])
    messages.info(request, invited_message(1))
    return redirect("cohorts:code", cohort_id=cohort.pk)


@require_POST
@facilitator_required
def invitation_withdraw(request, cohort_id, invitation_id):
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    try:
        invitations.withdraw(cohort=cohort, invitation_id=invitation_id)
    except invitations.InvitationGone:
        raise Http404 from None
    messages.success(request, _("The invitation was withdrawn."))
    return redirect("cohorts:code", cohort_id=cohort.pk)


@require_POST
@facilitator_required
def invitation_accept(request, invitation_id):
    try:
        cohort = invitations.accept(user=request.user, invitation_id=invitation_id)
    except invitations.InvitationGone:
        raise Http404 from None
    messages.success(request, _("You now co-facilitate %(cohort)s.") % {"cohort": cohort.name})
    return redirect("cohorts:dashboard", cohort_id=cohort.pk)


@require_POST
@facilitator_required
def invitation_decline(request, invitation_id):
    try:
        invitations.decline(user=request.user, invitation_id=invitation_id)
    except invitations.InvitationGone:
        raise Http404 from None
    messages.success(request, _("The invitation was declined."))
    return redirect("cohorts:home")
