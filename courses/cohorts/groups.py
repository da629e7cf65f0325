"""The groups inside a cohort: listed with their sizes, renamed, deleted.

Deleting a group never removes anybody from the cohort: its learners stay, in no group
(the membership's foreign key is SET_NULL), and their progress, attendance and
follow-ups are untouched. Every view asks `access` for the cohort and the group first
(a group of another cohort is a 404, as any object outside the facilitator's cohorts).
"""

from django.contrib import messages
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_safe

from ..models.cohorts import Cohort, CohortGroup, CohortMembership
from . import access
from .decorators import facilitator_required
from .forms import GroupNameForm

Role = CohortMembership.Role
NAME_TAKEN = gettext_lazy("Another group of this cohort already has this name.")


class NameTaken(Exception):
    pass


def with_sizes(cohort: Cohort):
    """The cohort's groups, each with `size`: how many learners are in it (one query)."""
    return cohort.groups.annotate(
        size=Count("memberships", filter=Q(memberships__role=Role.LEARNER)))


@transaction.atomic
def rename(*, group: CohortGroup, name: str) -> CohortGroup:
    """Give the group a new name, unique within its cohort; `NameTaken` otherwise."""
    if CohortGroup.objects.filter(cohort_id=group.cohort_id, name=name).exclude(
            pk=group.pk).exists():
        raise NameTaken
    group.name = name
    group.save(update_fields=["name"])
    return group


@transaction.atomic
def delete(*, group: CohortGroup) -> int:
    """Delete the group; its learners stay in the cohort, in no group. Returns how many
    learners it had."""
    members = CohortMembership.objects.filter(group=group)
    count = members.filter(role=Role.LEARNER).count()
    members.update(group=None)
    group.delete()
    return count


@require_safe
@facilitator_required
def index(request, cohort_id):
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    return render(request, "courses/cohorts/groups.html", {
        "cohort": cohort, "groups": list(with_sizes(cohort))})


@require_http_methods(["GET", "POST"])
@facilitator_required
def group_rename(request, cohort_id, group_id):
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    group = access.group_of_cohort(cohort, group_id)
    form = GroupNameForm(request.POST or None, initial={"name": group.name})
    if request.method == "POST" and form.is_valid():
        old = group.name
        try:
            rename(group=group, name=form.cleaned_data["name"])
        except NameTaken:
            form.add_error("name", NAME_TAKEN)
        else:
            messages.success(request, _("The group %(old)s is now called %(new)s.")
                             % {"old": old, "new": group.name})
            return redirect("cohorts:groups", cohort_id=cohort.pk)
    return render(request, "courses/cohorts/group_rename.html", {
        "cohort": cohort, "group": group, "form": form},
        status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
@facilitator_required
def group_delete(request, cohort_id, group_id):
    """GET asks for confirmation (saying what happens to the learners); POST deletes."""
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    group = access.group_of_cohort(cohort, group_id)
    if request.method == "POST":
        name = group.name
        count = delete(group=group)
        messages.success(request, ngettext(
            "The group %(name)s was deleted. Its %(count)s learner stays in the cohort, "
            "in no group.",
            "The group %(name)s was deleted. Its %(count)s learners stay in the cohort, "
            "in no group.", count) % {"name": name, "count": count})
        return redirect("cohorts:groups", cohort_id=cohort.pk)
    size = with_sizes(cohort).get(pk=group.pk).size
    return render(request, "courses/cohorts/group_delete.html", {
        "cohort": cohort, "group": group, "size": size})
