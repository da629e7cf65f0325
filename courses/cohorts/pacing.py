"""Pacing: the date each module opens for a cohort, and what learners see of it."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models.cohorts import Cohort, CohortMembership, ModuleRelease

OUTSIDE = _("Choose a date between the cohort's start and end dates.")


@transaction.atomic
def set_releases(*, cohort: Cohort, dates: dict[int, date | None], module_ids) -> None:
    """Replace the cohort's release dates. `dates` maps module id → date (None: no date).

    Raises ValidationError({module_id: message}) and changes nothing when a date falls
    outside the cohort or a module is not one of the cohort's."""
    allowed = set(module_ids)
    errors = {}
    for module_id, day in dates.items():
        if module_id not in allowed:
            errors[module_id] = _("This module is not part of the cohort's courses.")
        elif day is not None and not (cohort.starts_on <= day <= cohort.ends_on):
            errors[module_id] = OUTSIDE
    if errors:
        raise ValidationError(errors)
    for module_id, day in dates.items():
        if day is None:
            ModuleRelease.objects.filter(cohort=cohort, module_id=module_id).delete()
        else:
            ModuleRelease.objects.update_or_create(
                cohort=cohort, module_id=module_id, defaults={"opens_on": day}
            )


def upcoming_releases(user, module_ids=None) -> dict[int, date]:
    """Module id → the date it opens for this learner, for modules not yet open.

    A learner in several cohorts sees a module as soon as any of their cohorts opens it."""
    from .access import cohort_roles

    if not user.is_authenticated or not cohort_roles(user)["learner"]:
        return {}
    today = timezone.localdate()
    releases = ModuleRelease.objects.filter(
        cohort__memberships__user=user,
        cohort__memberships__role=CohortMembership.Role.LEARNER,
    )
    if module_ids is not None:
        releases = releases.filter(module_id__in=module_ids)
    earliest: dict[int, date] = {}
    for module_id, opens_on in releases.values_list("module_id", "opens_on"):
        if module_id not in earliest or opens_on < earliest[module_id]:
            earliest[module_id] = opens_on
    return {m: d for m, d in earliest.items() if d > today}
