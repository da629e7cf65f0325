"""Who may see what: one function per question, used by views, exports and the consumer.

Every function filters by the user's own memberships, so a facilitator's queries only
ever reach their cohorts; an id outside that set is a 404, never a 403 (the id's
existence is not revealed).
"""

from asgiref.local import Local
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from .. import conf
from ..models.boosters import BoosterAssignment
from ..models.cohorts import Cohort, CohortGroup, CohortMembership, Organisation

Role = CohortMembership.Role


def is_facilitator(user) -> bool:
    """May open the facilitator area (create cohorts, see the ones they facilitate)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.groups.filter(name=conf.FACILITATORS_GROUP).exists():
        return True
    return CohortMembership.objects.filter(user=user, role=Role.FACILITATOR).exists()


def may_be_invited(user) -> bool:
    """The one rule for co-facilitators: an active account in the facilitators group may be
    invited and may accept; a learner never becomes a facilitator through an invitation.
    Guarded by tests/courses/test_cohort_invitations.py::
    test_a_learner_named_in_an_invitation_can_never_accept."""
    return invitable_facilitators().filter(pk=user.pk).exists()


def invitable_facilitators():
    """The accounts `may_be_invited` accepts, as a queryset (to look a pseudonym up)."""
    return get_user_model().objects.filter(
        is_active=True, groups__name=conf.FACILITATORS_GROUP)


def is_coordinator(user) -> bool:
    return user.is_authenticated and organisations_for_coordinator(user).exists()


def cohorts_for_facilitator(user) -> QuerySet[Cohort]:
    """The cohorts this user facilitates (and nothing else)."""
    if not user.is_authenticated or not user.is_active:
        return Cohort.objects.none()
    return Cohort.objects.filter(
        memberships__user=user, memberships__role=Role.FACILITATOR
    ).distinct()


def cohort_for_facilitator(user, cohort_id) -> Cohort:
    """The cohort if this user facilitates it; Http404 otherwise."""
    cohort = cohorts_for_facilitator(user).filter(pk=cohort_id).select_related(
        "organisation"
    ).first()
    if cohort is None:
        raise Http404
    return cohort


def can_facilitate(user, cohort_id) -> bool:
    """The websocket's question: may this user watch this cohort's events?"""
    return (
        user is not None
        and user.is_authenticated
        and user.is_active
        and CohortMembership.objects.filter(
            cohort_id=cohort_id, user=user, role=Role.FACILITATOR
        ).exists()
    )


def learner_of_cohort(cohort: Cohort, user_id):
    """A learner member of `cohort` (the facilitator's view of them); Http404 otherwise."""
    membership = (
        CohortMembership.objects.filter(cohort=cohort, user_id=user_id, role=Role.LEARNER)
        .select_related("user")
        .first()
    )
    if membership is None:
        raise Http404
    return membership


def boosters_of_cohort(cohort: Cohort):
    """The boosters a facilitator of `cohort` may see: its learners' boosters of the
    courses it follows, never a learner's booster of another course, nor anyone else's.

    Guarded by tests/courses/test_cohort_boosters.py::
    test_the_booster_view_shows_only_this_cohorts_learners_and_courses"""
    return BoosterAssignment.objects.filter(
        course__in=cohort.courses.values("pk"),
        user__in=CohortMembership.objects.filter(cohort=cohort, role=Role.LEARNER)
        .values("user_id"))


def group_of_cohort(cohort: Cohort, group_id) -> CohortGroup:
    """One of the groups of `cohort` (already checked to be the facilitator's); Http404
    otherwise, so a group of another cohort is never renamed or deleted through this one.

    Guarded by tests/courses/test_cohort_groups.py::
    test_a_group_of_another_cohort_is_not_found_through_this_one"""
    group = CohortGroup.objects.filter(cohort=cohort, pk=group_id).first()
    if group is None:
        raise Http404
    return group


def organisations_for_coordinator(user) -> QuerySet[Organisation]:
    """Organisations whose roll-up figures this user may see."""
    if not user.is_authenticated or not user.is_active:
        return Organisation.objects.none()
    return Organisation.objects.filter(coordinators=user)


def organisation_for_coordinator(user, organisation_id) -> Organisation:
    organisation = organisations_for_coordinator(user).filter(pk=organisation_id).first()
    if organisation is None:
        raise Http404
    return organisation


def organisations_for_new_cohort(user) -> QuerySet[Organisation]:
    """Organisations a facilitator may create a cohort for."""
    if not is_facilitator(user):
        return Organisation.objects.none()
    return Organisation.objects.filter(
        Q(facilitators=user) | Q(coordinators=user)
    ).distinct()


def cohorts_for_learner(user) -> QuerySet[Cohort]:
    """Cohorts the user belongs to as a learner (announcements, pacing)."""
    if not user.is_authenticated:
        return Cohort.objects.none()
    return Cohort.objects.filter(memberships__user=user, memberships__role=Role.LEARNER)


LEARNER_COHORTS_SECONDS = 300


def _learner_cohorts_key(user_id) -> str:
    return f"basira:cohorts:learner-of:{user_id}"


def cohort_ids_of_learner(user_id) -> list[int]:
    """The groups a learner's progress events go to.

    Asked after every submission and completion, and most learners are in no cohort or
    one: cached until one of their memberships changes (`forget_member_caches`, on
    every save and deletion of one), so the usual event costs no query."""
    memo = getattr(_request, "learner_cohorts", None)
    if memo is not None and user_id in memo:
        return list(memo[user_id])
    key = _learner_cohorts_key(user_id)
    ids = cache.get(key)
    if ids is None:
        ids = list(CohortMembership.objects.filter(user_id=user_id, role=Role.LEARNER)
                   .values_list("cohort_id", flat=True))
        cache.set(key, ids, LEARNER_COHORTS_SECONDS)
    if memo is not None:
        memo[user_id] = tuple(ids)
    return ids


# Within one request the answer is read from the cache once: a submission asks up to
# three times (the attempt's figures, the quiz's event, the lesson's event). Outside
# requests (sockets, commands) it is read every time; a membership changed in the
# request is forgotten here too (`forget_member_caches`).
_request = Local()


def _request_started(**kwargs) -> None:
    _request.learner_cohorts = {}


def _request_finished(**kwargs) -> None:
    _request.learner_cohorts = None


request_started.connect(_request_started, dispatch_uid="basira_learner_cohorts_start")
request_finished.connect(_request_finished, dispatch_uid="basira_learner_cohorts_end")


ROLES_TTL = 300


def _roles_key(user_id) -> str:
    return f"basira:cohorts:roles:{user_id}"


def cohort_roles(user) -> dict:
    """Which cohort roles the user has, for navigation and display only (never for an
    access decision): one query, then cached a few minutes, so ordinary pages pay nothing."""
    none = {"facilitator": False, "coordinator": False, "learner": False}
    if not user.is_authenticated:
        return none
    key = _roles_key(user.pk)
    roles = cache.get(key)
    if roles is not None:
        return roles
    memberships = CohortMembership.objects.filter(user=OuterRef("pk"))
    row = get_user_model().objects.filter(pk=user.pk).annotate(
        in_group=Exists(get_user_model().groups.through.objects.filter(
            user_id=OuterRef("pk"), group__name=conf.FACILITATORS_GROUP)),
        facilitates=Exists(memberships.filter(role=Role.FACILITATOR)),
        learns=Exists(memberships.filter(role=Role.LEARNER)),
        coordinates=Exists(Organisation.coordinators.through.objects.filter(
            user_id=OuterRef("pk"))),
    ).values("in_group", "facilitates", "learns", "coordinates").first() or {}
    roles = {
        "facilitator": bool(row.get("in_group") or row.get("facilitates")),
        "coordinator": bool(row.get("coordinates")),
        "learner": bool(row.get("learns")),
    }
    cache.set(key, roles, ROLES_TTL)
    return roles


def forget_member_caches(user_id) -> None:
    """Forget what is cached of the user's memberships (their roles, the cohorts they
    learn in), now and once the change is committed: a request that read the old
    memberships meanwhile must not keep them cached. Called on every save and deletion
    of a membership (courses.cohorts.receivers)."""
    keys = [_roles_key(user_id), _learner_cohorts_key(user_id)]
    memo = getattr(_request, "learner_cohorts", None)
    if memo is not None:
        memo.pop(user_id, None)
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))
