"""The dashboard's activity feed: the latest things the cohort's learners did (joined,
completed a lesson, passed or failed a quiz), newest first.

On the dashboard, built from what the board already read (who joined when, who last
completed a lesson or a graded quiz) plus two small queries over those few learners,
whatever the size of the cohort or the site. The live script adds
items as events arrive and the sections swap brings this list back in line.
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _
from wagtail.models import Page

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


def recent(cohort: Cohort, *, limit: int = FEED_LENGTH, board=None) -> list[Item]:
    """The `limit` latest items. Given the dashboard's `board` (dashboard.build), its rows
    give the joins and its scans say who acted last, so the feed reads only those few
    learners' latest lessons and quizzes (two small queries); without it, the members'
    (five queries, each bounded by the cohort)."""
    if board is not None:
        return _from_board(board, limit=limit)
    members = CohortMembership.objects.filter(cohort=cohort, role=CohortMembership.Role.LEARNER)
    ids = members.values("user_id")
    course_ids = list(cohort.courses.values_list("pk", flat=True))
    items = [Item(joined, uid, shown(name), "joined") for uid, name, joined in
             members.order_by("-joined_at").values_list("user_id", "user__username",
                                                         "joined_at")[:limit]]
    items += _lessons(LessonProgress.objects.filter(user_id__in=ids, course_id__in=course_ids),
                      limit)
    paths = list(cohort.courses.values_list("path", flat=True))
    items += _quizzes(quizdata.submitted_attempts(user_ids=ids, page_paths=paths), limit)
    return _newest(items, limit)


def _from_board(board, *, limit: int) -> list[Item]:
    rows = sorted(board.rows, key=lambda row: row.joined_at, reverse=True)[:limit]
    items = [Item(row.joined_at, row.user_id, row.pseudonym, "joined") for row in rows]
    if not board.modules:
        return _newest(items, limit)
    course_ids = {module.course_id for module in board.modules}
    paths = sorted({module.path[:-Page.steplen] for module in board.modules})
    ids, since = candidates(board.latest_lesson, limit)
    if ids:
        progress = LessonProgress.objects.filter(user_id__in=ids, course_id__in=course_ids)
        if since is not None:
            progress = progress.filter(completed_at__gte=since)
        items += _lessons(progress, limit)
    ids, since = candidates(board.latest_decided, limit)
    if ids:
        attempts = quizdata.submitted_attempts(user_ids=ids, page_paths=paths)
        if attempts is not None and since is not None:
            attempts = attempts.filter(submitted_at__gte=since)
        items += _quizzes(attempts, limit)
    return _newest(items, limit)


def candidates(latest: dict, limit: int) -> tuple[list[int], datetime | None]:
    """Whose items can be among the `limit` latest, given each learner's latest item, and
    the time those items are at or after (None: any time).

    Take T, the `limit`-th latest of the learners' latest items: those `limit` learners
    each have an item at or after T, so the `limit` latest items are all at or after T,
    and a learner whose latest item is before T has none of them. With `limit` learners
    or fewer, every one of their items may count.

    Guarded by tests/courses/test_cohort_dashboard.py::test_activity_feed_from_the_board_is_the_same_feed"""
    if len(latest) <= limit:
        return list(latest), None
    since = sorted(latest.values(), reverse=True)[limit - 1]
    return [uid for uid, when in latest.items() if when >= since], since


def _lessons(progress, limit: int) -> list[Item]:
    return [Item(when, uid, shown(name), "lesson", title) for uid, name, when, title in
            progress.order_by("-completed_at")
            .values_list("user_id", "user__username", "completed_at", "lesson__title")
            [:limit]]


def _quizzes(attempts, limit: int) -> list[Item]:
    if attempts is None:
        return []
    return [Item(when, uid, shown(name), "passed" if passed else "failed", title)
            for uid, name, when, passed, title in
            attempts.filter(passed__isnull=False, quiz__kind=quizdata.GRADED)
            .order_by("-submitted_at")
            .values_list("user_id", "user__username", "submitted_at", "passed",
                         "quiz__title")[:limit]]


def _newest(items: list[Item], limit: int) -> list[Item]:
    return sorted(items, key=lambda item: item.when, reverse=True)[:limit]
