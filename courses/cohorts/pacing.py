"""Pacing: the date each module opens for a cohort, and what learners see of it."""

from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .. import conf
from ..models.cohorts import Cohort, CohortMembership, ModuleRelease
from .access import cohort_ids_of_learner

Role = CohortMembership.Role

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
    """Module id → the date it opens for this learner, for modules not open yet, in every
    course of their cohorts (the rule of `closed_modules`)."""
    if not user.is_authenticated:
        return {}
    following: dict[str, set[int]] = {}
    for cohort_id, course_path in Cohort.courses.through.objects.filter(
        cohort__memberships__user=user, cohort__memberships__role=Role.LEARNER,
    ).values_list("cohort_id", "coursepage__path"):
        following.setdefault(course_path, set()).add(cohort_id)
    closed = closed_modules(user, following)
    if module_ids is not None:
        closed = {m: d for m, d in closed.items() if m in set(module_ids)}
    return closed


def cohorts_following(user, course_id: int) -> set[int]:
    """The cohorts this user learns in that follow this course.

    Asked by every lesson, course page and activity of a signed-in learner. The
    learner's cohorts come from the cache (`cohort_ids_of_learner`, forgotten whenever
    one of their memberships changes, and read once per request), so a learner in no
    cohort, as most self-paced learners are, costs no query; one in a cohort, one query
    for which of those cohorts follow the course. Guarded by
    tests/courses/test_pacing.py::test_joining_a_paced_cohort_closes_its_modules_at_once."""
    if not user.is_authenticated:
        return set()
    learner_of = cohort_ids_of_learner(user.pk)
    if not learner_of:
        return set()
    return set(Cohort.courses.through.objects.filter(
        cohort_id__in=learner_of, coursepage_id=course_id,
    ).values_list("cohort_id", flat=True))


def closed_modules(user, following: dict[str, set[int]]) -> dict[int, date]:
    """Module id → the date it opens, for the modules still closed to this learner.

    `following` maps a course's tree path to the learner's cohorts that follow it (as a
    learner). The one rule, read by the lesson page, its activities (courses.access) and
    the outline, so that what the outline announces is what the lock enforces:

    - a learner in no cohort of the course is not paced (self-paced learners);
    - a module is open once *any* of the learner's cohorts following the course has opened
      it; a cohort without a date for a module has it open from the start. A learner in
      two cohorts of one course is never held back by the slower one;
    - facilitators and editors see every module (`sees_every_module`).

    No query when `following` is empty; one otherwise, and one more when a module is
    closed (may this user see every module anyway?).
    Guarded by tests/courses/test_pacing.py."""
    cohort_ids = set().union(*following.values()) if following else set()
    if not cohort_ids:
        return {}
    future: dict[tuple[int, str], dict[int, date]] = {}
    for module_id, path, cohort_id, opens_on in ModuleRelease.objects.filter(
        cohort_id__in=cohort_ids, opens_on__gt=timezone.localdate(),
    ).values_list("module_id", "module__path", "cohort_id", "opens_on"):
        future.setdefault((module_id, path), {})[cohort_id] = opens_on
    closed = {}
    for (module_id, path), dates in future.items():
        covering = following.get(path[: -Page.steplen])
        # Closed only when every cohort following the course still has it ahead.
        if covering and covering <= dates.keys():
            closed[module_id] = min(dates[cohort_id] for cohort_id in covering)
    if closed and sees_every_module(user):
        return {}
    return closed


def sees_every_module(user) -> bool:
    """Facilitators (the group, or facilitating any cohort) and editors (anyone who may
    open the admin) are never paced, even where they are also learners: one query, asked
    only when a module is closed to the user.
    Guarded by tests/courses/test_pacing.py::test_facilitators_editors_and_self_paced_learners_are_not_paced."""
    if not user.is_active:
        return False
    if user.is_staff or user.is_superuser:
        return True
    users = get_user_model()
    admin = Permission.objects.filter(content_type__app_label="wagtailadmin",
                                      codename="access_admin")
    return users.objects.filter(pk=user.pk).filter(
        Exists(users.groups.through.objects.filter(
            Q(group__name=conf.FACILITATORS_GROUP)
            | Q(group__permissions__in=admin), user_id=OuterRef("pk")))
        | Exists(users.user_permissions.through.objects.filter(
            permission__in=admin, user_id=OuterRef("pk")))
        | Exists(CohortMembership.objects.filter(role=Role.FACILITATOR, user_id=OuterRef("pk")))
    ).exists()
