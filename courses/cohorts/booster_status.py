"""The facilitator's view of boosters (issue 21): for each course of the cohort that has a
booster quiz, where each learner stands (course not finished, booster scheduled, due,
taken) with the booster's score beside their post-test score, and the two means over
the learners who took the booster, withheld under the one small-group rule.

Only the boosters ``access.boosters_of_cohort`` lets through are read (this cohort's
learners, the courses it follows). Five queries, whatever the cohort's size.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from literacy.accounts.pseudonyms import shown
from literacy.small_groups import too_small

from ..models import CoursePage
from ..models.cohorts import CohortMembership
from . import access, quizdata

Role = CohortMembership.Role

NOT_FINISHED, SCHEDULED, DUE, TAKEN = "not_finished", "scheduled", "due", "taken"
STATE_LABELS = {
    NOT_FINISHED: _("Course not finished"), SCHEDULED: _("Scheduled"),
    DUE: _("Due, not taken"), TAKEN: _("Taken"),
}


@dataclass
class LearnerBooster:
    user_id: int
    pseudonym: str
    state: str
    due_at: datetime | None = None
    done_at: datetime | None = None
    booster: float | None = None    # percent of the first booster attempt
    posttest: float | None = None   # percent of the first post-test of the course

    @property
    def state_label(self) -> str:
        return str(STATE_LABELS[self.state])


@dataclass
class CourseBoosters:
    course: CoursePage
    rows: list[LearnerBooster] = field(default_factory=list)

    def count(self, state: str) -> int:
        return sum(1 for row in self.rows if row.state == state)

    @property
    def taken(self) -> int:
        return self.count(TAKEN)

    @property
    def due(self) -> int:
        return self.count(DUE)

    @property
    def compared(self) -> list[LearnerBooster]:
        return [r for r in self.rows if r.booster is not None and r.posttest is not None]

    @property
    def suppressed(self) -> bool:
        """The means describe the learners with both scores: withheld when they are
        fewer than the small-group rule allows (literacy.small_groups)."""
        return too_small(len(self.compared))

    @property
    def mean_booster(self) -> float | None:
        return None if self.suppressed else _mean([r.booster for r in self.compared])

    @property
    def mean_posttest(self) -> float | None:
        return None if self.suppressed else _mean([r.posttest for r in self.compared])


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def _percent(score, max_score) -> float | None:
    return None if score is None or not max_score else 100 * score / max_score


def _first_percent(attempts) -> dict[tuple[int, int], float]:
    """{(user id, quiz id or course path): percent} of the first attempt of each key."""
    firsts = {}
    for key, score, max_score in attempts:
        firsts.setdefault(key, _percent(score, max_score))
    return firsts


def for_cohort(cohort, *, now=None) -> list[CourseBoosters]:
    now = now or timezone.now()
    courses = list(cohort.courses.live().exclude(booster_quiz=None).order_by("path"))
    if not courses:
        return []
    members = list(cohort.memberships.filter(role=Role.LEARNER).order_by("user__username")
                   .values_list("user_id", "user__username"))
    member_ids = [uid for uid, _name in members]
    boosters = {(b.user_id, b.course_id): b for b in access.boosters_of_cohort(cohort)}
    Attempt = quizdata.attempt_model()
    booster_scores = _first_percent(
        ((a["user_id"], a["quiz_id"]), a["score"], a["max_score"]) for a in
        Attempt.objects.filter(user_id__in=member_ids, submitted_at__isnull=False,
                               quiz_id__in={b.quiz_id for b in boosters.values()})
        .order_by("submitted_at").values("user_id", "quiz_id", "score", "max_score"))
    posttests = {}
    for course in courses:
        posttests[course.pk] = _first_percent(
            (a["user_id"], a["score"], a["max_score"]) for a in
            quizdata.submitted_attempts(user_ids=member_ids, page_paths=[course.path])
            .filter(quiz__kind=quizdata.POSTTEST).order_by("submitted_at")
            .values("user_id", "score", "max_score"))
    result = []
    for course in courses:
        entry = CourseBoosters(course)
        for uid, name in members:
            booster = boosters.get((uid, course.pk))
            row = LearnerBooster(uid, shown(name), NOT_FINISHED,
                                 posttest=posttests[course.pk].get(uid))
            if booster is not None:
                row.due_at, row.done_at = booster.due_at, booster.done_at
                row.state = (TAKEN if booster.done_at else
                             DUE if booster.due_at <= now else SCHEDULED)
                if booster.done_at:
                    row.booster = booster_scores.get((uid, booster.quiz_id))
            entry.rows.append(row)
        result.append(entry)
    return result
