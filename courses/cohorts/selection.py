"""Acting on learners of a cohort: groups, targeted announcements and follow-ups.

Every function takes ids that came from a form and checks them against the cohort first
(`learners_of`, `group_of`): an id of somebody else's learner or group refuses the
whole action, which then changes nothing.
"""

from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models.cohorts import (
    Announcement,
    Cohort,
    CohortGroup,
    CohortMembership,
    FollowUp,
)

Role = CohortMembership.Role

NOT_IN_COHORT = _("Some of the selected learners are not in this cohort. Reload the page "
                  "and select again.")
NO_SUCH_GROUP = _("This group is not one of this cohort's groups. Reload the page.")


class Refused(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def learners_of(cohort: Cohort, user_ids) -> list[int]:
    """The ids, all of them learners of `cohort`; otherwise `Refused`.

    Guarded by tests/courses/test_cohort_find.py::test_bulk_refuses_a_learner_of_another_cohort"""
    wanted = set(user_ids)
    found = set(CohortMembership.objects.filter(
        cohort=cohort, role=Role.LEARNER, user_id__in=wanted).values_list("user_id", flat=True))
    if not wanted or found != wanted:
        raise Refused(NOT_IN_COHORT)
    return sorted(found)


def group_of(cohort: Cohort, group_id) -> CohortGroup:
    """One of the cohort's groups; otherwise `Refused`.

    Guarded by tests/courses/test_cohort_find.py::test_move_refuses_another_cohorts_group"""
    group = CohortGroup.objects.filter(cohort=cohort, pk=group_id).first()
    if group is None:
        raise Refused(NO_SUCH_GROUP)
    return group


@transaction.atomic
def move_to_group(*, cohort: Cohort, user_ids, group: CohortGroup | None = None,
                  new_name: str = "") -> CohortGroup | None:
    """Put the learners in `group` (or in a new or same-named group `new_name`, or in no
    group when both are empty); a learner is in one group of a cohort at most."""
    ids = learners_of(cohort, user_ids)
    if new_name:
        group, _created = CohortGroup.objects.get_or_create(cohort=cohort, name=new_name)
    elif group is not None and group.cohort_id != cohort.pk:
        raise Refused(NO_SUCH_GROUP)
    CohortMembership.objects.filter(cohort=cohort, role=Role.LEARNER,
                                    user_id__in=ids).update(group=group)
    return group


@transaction.atomic
def announce(*, cohort: Cohort, author, body: str, user_ids=None,
             group: CohortGroup | None = None) -> Announcement:
    """To the whole cohort, to a selection of its learners, or to a group's members now."""
    if group is not None and group.cohort_id != cohort.pk:
        raise Refused(NO_SUCH_GROUP)
    announcement = Announcement.objects.create(cohort=cohort, body=body, author=author,
                                               group=group)
    if group is not None:
        user_ids = list(group.memberships.filter(role=Role.LEARNER)
                        .values_list("user_id", flat=True))
    elif user_ids is not None:
        user_ids = learners_of(cohort, user_ids)
    if user_ids is not None:
        announcement.targeted = True
        announcement.save(update_fields=["targeted"])
        announcement.recipients.set(user_ids)
    return announcement


def announcements_for_learner(user, cohorts):
    """What a learner sees: their cohorts' announcements to everyone, and those meant
    for them alone.

    Guarded by tests/courses/test_cohort_find.py::test_only_the_selection_sees_a_targeted_announcement"""
    meant = Announcement.recipients.through.objects.filter(
        announcement_id=OuterRef("pk"), user_id=user.pk)
    return Announcement.objects.filter(cohort__in=cohorts).filter(
        Q(targeted=False) | Exists(meant))


def follow_up(*, cohort: Cohort, learner_id: int, by, note: str, reasons) -> FollowUp:
    """Record (or renew) that `by` followed the learner up, with what they needed then."""
    learners_of(cohort, [learner_id])
    record, _created = FollowUp.objects.update_or_create(
        cohort=cohort, learner_id=learner_id,
        defaults={"by": by, "note": note, "at": timezone.now(),
                  "reasons": [list(reason) for reason in reasons]},
    )
    return record


def reopen(*, cohort: Cohort, learner_id: int) -> bool:
    return bool(FollowUp.objects.filter(cohort=cohort, learner_id=learner_id).delete()[0])
