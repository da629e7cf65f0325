"""The dashboard's activity feed: the latest things the cohort's learners did (joined,
completed a lesson, passed or failed a quiz), newest first.

Three small queries, each bounded by the feed's length and the cohort's members (the
same subquery the dashboard uses), whatever the size of the site. The live script adds
items as events arrive and the sections swap brings this list back in line.
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _

from literacy.accounts.pseudonyms import shown

from ..models import LessonProgress
from ..models.cohorts import Cohort, CohortMembership
from . import quizdata

FEED_LENGTH = 10


@dataclass(frozen=True)
class Item:
    when: datetime
    user_id: int
    pseudonym: str
    kind: str  # joined, lesson, passed, failed
    subject: str = ""

    @property
    def text(self) -> str:
        return {
            "joined": _("joined the cohort"),
            "lesson": _("completed a lesson"),
            "passed": _("passed a quiz"),
            "failed": _("did not pass a quiz"),
        }[self.kind]


def recent(cohort: Cohort, *, limit: int = FEED_LENGTH) -> list[Item]:
    members = CohortMembership.objects.filter(cohort=cohort, role=CohortMembership.Role.LEARNER)
    ids = members.values("user_id")
    course_ids = list(cohort.courses.values_list("pk", flat=True))
    items = [Item(joined, uid, shown(name), "joined") for uid, name, joined in
             members.order_by("-joined_at").values_list("user_id", "user__username",
                                                         "joined_at")[:limit]]
    items += [Item(when, uid, shown(name), "lesson", title) for uid, name, when, title in
              LessonProgress.objects.filter(user_id__in=ids, course_id__in=course_ids)
              .order_by("-completed_at")
              .values_list("user_id", "user__username", "completed_at", "lesson__title")
              [:limit]]
    paths = list(cohort.courses.values_list("path", flat=True))
    attempts = quizdata.submitted_attempts(user_ids=ids, page_paths=paths)
    if attempts is not None:
        items += [Item(when, uid, shown(name), "passed" if passed else "failed", title)
                  for uid, name, when, passed, title in
                  attempts.filter(passed__isnull=False, quiz__kind=quizdata.GRADED)
                  .order_by("-submitted_at")
                  .values_list("user_id", "user__username", "submitted_at", "passed",
                               "quiz__title")[:limit]]
    return sorted(items, key=lambda item: item.when, reverse=True)[:limit]
