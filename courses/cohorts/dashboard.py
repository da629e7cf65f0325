"""The facilitator's dashboard: learners × modules, summary figures, needs attention.

A fixed number of grouped queries whatever the cohort size (`values().annotate()` on
lesson progress and attempts, grouped by learner and module path prefix), then plain
Python over the rows. Nothing here runs a query per learner.
"""

import functools
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from django.db.models import Count, F, Max, Q
from django.db.models.functions import Substr
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from literacy import content_cache
from literacy.accounts.pseudonyms import shown
from literacy.text import search_key

from .. import conf
from ..models import CoursePage, Enrollment, LessonPage, LessonProgress
from ..models.cohorts import Cohort, CohortMembership, FollowUp, ModuleRelease
from . import bands, figure_cache, quizdata

STEP = Page.steplen
ENROL_SLACK = timedelta(seconds=2)
Role = CohortMembership.Role
FAILED_TWICE = _("Failed a graded quiz twice")


@dataclass
class Module:
    id: int
    course_id: int
    title: str
    path: str
    lesson_count: int = 0
    opens_on: date | None = None
    due_on: date | None = None  # the next module's release (or the cohort's end)


@dataclass(slots=True)
class Cell:
    module_id: int
    done: int
    total: int
    score: float | None = None

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done >= self.total

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def band(self) -> str | None:
        return bands.band(self.score)

    def as_dict(self) -> dict:
        return {"module": self.module_id, "done": self.done, "total": self.total,
                "score": None if self.score is None else round(self.score),
                "band": self.band}


@dataclass(slots=True)
class Row:
    user_id: int
    pseudonym: str
    joined_at: datetime
    last_active: datetime | None
    cells: list[Cell] = field(default_factory=list)
    # (code, number) pairs; translated only for the rows shown (`reason_texts`).
    reasons: list[tuple[str, int]] = field(default_factory=list)
    group_id: int | None = None
    follow_up: FollowUp | None = None

    # Totals, set once by `build` (read many times: figures, reasons, templates).
    done: int = 0
    total: int = 0
    complete: bool = False
    started: bool = False

    @property
    def reason_texts(self) -> list[str]:
        return [reason_text(code, n) for code, n in self.reasons]

    @property
    def followed_up(self) -> bool:
        """Followed up, and nothing new since: no new reason, no count that grew.

        Guarded by tests/courses/test_cohort_worklist.py::test_something_new_reopens_a_case"""
        if self.follow_up is None:
            return False
        then = {code: n for code, n in self.follow_up.reasons}
        return all(code in then and not (REASONS[code].count_grows and n > then[code])
                   for code, n in self.reasons)

    @property
    def search_key(self) -> str:
        return folded(self.pseudonym)

    @property
    def score(self) -> float | None:
        """The mean of the learner's best scores over the modules they have one in."""
        scores = [cell.score for cell in self.cells if cell.score is not None]
        return sum(scores) / len(scores) if scores else None


@dataclass
class Dashboard:
    cohort: Cohort
    modules: list[Module]
    rows: list[Row]
    figures: dict
    # Per learner, when they last completed a lesson and last passed or failed a graded
    # quiz (from the board's own scans): where the activity feed looks (activity.py).
    latest_lesson: dict = field(default_factory=dict)
    latest_decided: dict = field(default_factory=dict)

    @property
    def attention(self) -> list[Row]:
        """The worklist: open cases (not followed up since their last news), most
        severe first, then by pseudonym."""
        return self._cases(followed_up=False)

    @property
    def followed_up(self) -> list[Row]:
        return self._cases(followed_up=True)

    def _cases(self, *, followed_up: bool) -> list[Row]:
        cache = self.__dict__.setdefault("_cases_cache", {})
        if followed_up not in cache:
            cache[followed_up] = sorted(
                (row for row in self.rows if row.reasons and row.followed_up == followed_up),
                key=lambda row: (severity(row.reasons), row.search_key))
        return cache[followed_up]


def structure(cohort: Cohort) -> list[Module]:
    """The cohort's live modules in course order, with lesson counts and pacing (2
    queries; a third, for the modules, when the content or the courses changed)."""
    courses = list(
        Page.objects.filter(pk__in=cohort.courses.values("pk")).live().order_by("path")
        .values_list("pk", "path", "depth")
    )
    if not courses:
        return []
    # Every live event of the cohort builds its cells on this: the modules and their
    # lessons are content, kept under the content generation and the active language
    # (titles), each caller given its own copies (pacing is set on them below). Guarded by
    # tests/courses/test_cohort_event_cost.py::test_the_modules_kept_for_events_follow_the_content.
    key = (f"basira:cohorts:modules:{content_cache.generation()}:{get_language() or 'ar'}:"
           f"{','.join(str(pk) for pk, _path, _depth in courses)}")
    ordered = [replace(module) for module in
               content_cache.cached(key, lambda: _modules(courses))]
    releases = dict(ModuleRelease.objects.filter(cohort=cohort).values_list("module_id",
                                                                           "opens_on"))
    for index, module in enumerate(ordered):
        module.opens_on = releases.get(module.id)
        if module.opens_on is not None:
            later = [m for m in ordered[index + 1:] if m.id in releases]
            module.due_on = releases[later[0].id] if later else cohort.ends_on
    return ordered


def _modules(courses) -> list[Module]:
    """The live modules of these courses ((pk, path, depth), in path order) that hold a
    live lesson, in course order, with their lesson counts."""
    within = Q()
    for _pk, path, depth in courses:
        within |= Q(path__startswith=path, depth__in=[depth + 1, depth + 2])
    pages = list(Page.objects.live().filter(within).order_by("path").only(
        "pk", "path", "depth", "title"))
    modules: dict[str, Module] = {}
    for page in pages:
        course_pk, _path, depth = next(c for c in courses if page.path.startswith(c[1]))
        if page.depth == depth + 1:
            modules[page.path] = Module(id=page.pk, course_id=course_pk,
                                        title=page.title, path=page.path)
        else:
            module = modules.get(page.path[:-STEP])
            if module is not None:
                module.lesson_count += 1
    return [module for module in modules.values() if module.lesson_count]


def build(cohort: Cohort, *, now: datetime | None = None, user_ids=None,
          gains: bool = True) -> Dashboard:
    """Everything the dashboard shows; `user_ids` restricts the rows (live events).

    A lesson's module is a prefix of its tree path (one `Substr`): every module of the
    cohort's courses sits at the same depth, courses being children of the catalogue."""
    now = now or timezone.now()
    modules = structure(cohort)
    members_qs = CohortMembership.objects.filter(cohort=cohort, role=Role.LEARNER)
    if user_ids is not None:
        members_qs = members_qs.filter(user_id__in=user_ids)
    members = list(
        members_qs.order_by("user__username").values_list("user_id", "user__username",
                                                          "joined_at", "group_id")
    )
    member_ids = members_qs.values("user_id")
    rows = [Row(user_id=uid, pseudonym=shown(name), joined_at=joined, last_active=None,
                group_id=group_id)
            for uid, name, joined, group_id in members]
    figures = {"members": len(rows), "active": 0, "completion_rate": None, "gain": None}
    if not rows:
        return Dashboard(cohort, modules, rows, figures)

    done: dict[tuple[int, str], int] = {}
    last: dict[int, datetime] = {}
    scores: dict[tuple[int, str], float] = {}
    failed_twice: set[int] = set()
    last_lesson: dict[int, datetime] = {}
    last_decided: dict[int, datetime] = {}
    if modules:
        lesson_prefix = Substr("lesson__path", 1, len(modules[0].path))
        course_ids = {module.course_id for module in modules}
        # One pass over the members' progress for both the cells (live lessons only) and
        # the last completion (any lesson): the scan is the dearest part of the board.
        progress = (
            LessonProgress.objects.filter(user_id__in=member_ids, course_id__in=course_ids)
            .annotate(mpath=lesson_prefix)
            .values_list("user_id", "mpath", "lesson__live")
            .annotate(n=Count("id"), last=Max("completed_at"))
        )
        for uid, mpath, live, n, when in progress:
            if live:
                done[(uid, mpath)] = n
            _touch(last_lesson, uid, when)
        last.update(last_lesson)
        for uid, when in (
            # Enrolling stamps last_activity_at too: only later visits count as activity.
            Enrollment.objects.filter(user_id__in=member_ids, course_id__in=course_ids,
                                      last_activity_at__gt=F("started_at") + ENROL_SLACK)
            .values("user_id").annotate(last=Max("last_activity_at"))
            .values_list("user_id", "last")
        ):
            _touch(last, uid, when)
        course_paths = sorted({module.path[:-STEP] for module in modules})
        attempts = quizdata.submitted_attempts(user_ids=member_ids, page_paths=course_paths)
        scores, last_attempt, failed_twice, last_decided = quizdata.scores_by_prefix(
            attempts, quizdata.module_expression(length=len(modules[0].path),
                                                 page_paths=course_paths)
        )
        for uid, when in last_attempt.items():
            _touch(last, uid, when)

    # The worklist's follow-ups: for the whole board only (a live event or one learner's
    # page needs the reasons, not who followed them up).
    follow_ups = {} if user_ids is not None else {
        f.learner_id: f for f in FollowUp.objects.filter(cohort=cohort).select_related("by")}
    today = timezone.localdate(now)
    inactive_days = conf.INACTIVE_DAYS
    not_started_days = conf.NOT_STARTED_DAYS
    week_ago = now - timedelta(days=7)
    schedule = Schedule(modules, today=today, grace=conf.SCHEDULE_GRACE_DAYS)
    lesson_total = sum(module.lesson_count for module in modules)
    zone = timezone.get_current_timezone()  # once: asking per row costs more than the rest
    columns = [(module.id, module.path, module.lesson_count) for module in modules]
    for row in rows:  # 2,000 rows × every module: kept to plain loops and dict reads
        uid = row.user_id
        row.last_active = last.get(uid)
        row.cells = cells = []
        row_done, scored = 0, False
        for module_id, path, count in columns:
            key = (uid, path)
            n = done.get(key, 0)
            if n > count:
                n = count
            score = scores.get(key)
            cells.append(Cell(module_id, n, count, score))
            row_done += n
            scored = scored or score is not None
        row.done = row_done
        row.total = lesson_total
        row.complete = lesson_total > 0 and row_done >= lesson_total
        row.started = row_done > 0 or scored
        row.follow_up = follow_ups.get(uid)
        row.reasons = _reasons(row, now=now, schedule=schedule, failed_twice=failed_twice,
                               inactive_days=inactive_days, not_started_days=not_started_days,
                               joined_on=row.joined_at.astimezone(zone).date())
    figures["active"] = sum(1 for r in rows if r.last_active and r.last_active >= week_ago)
    figures["completed"] = sum(1 for r in rows if r.complete)
    figures["completion_rate"] = round(100 * figures["completed"] / len(rows))
    if user_ids is None and gains:
        paths = sorted({m.path[:-STEP] for m in modules})
        figures["gain"] = figure_cache.cohort_gains(
            cohort.pk, page_paths=paths,
            compute=lambda: quizdata.gains(user_ids=member_ids, page_paths=paths))
    return Dashboard(cohort, modules, rows, figures, latest_lesson=last_lesson,
                     latest_decided=last_decided)


def gains_by_course(cohort: Cohort, modules: list[Module]) -> list[dict]:
    """Each course's pre/post gains, when the cohort follows more than one (the board's
    figure pools them): [{"title", "gain"}], in course order. Each is cached and
    withheld like the pooled one (``figure_cache.cohort_gains``, the small-group rule
    in ``quizdata.gains``)."""
    paths = sorted({m.path[:-STEP] for m in modules})
    if len(paths) < 2:
        return []
    # The models' title reads the active language (modeltranslation), a values() row not.
    titles = {course.path: course.title for course in CoursePage.objects.filter(path__in=paths)}
    member_ids = CohortMembership.objects.filter(cohort=cohort, role=Role.LEARNER) \
        .values("user_id")
    return [{"title": titles.get(path, ""), "gain": figure_cache.cohort_gains(
        cohort.pk, page_paths=[path],
        compute=lambda path=path: quizdata.gains(user_ids=member_ids, page_paths=[path]))}
        for path in paths]


@functools.lru_cache(maxsize=50_000)
def folded(pseudonym: str) -> str:
    """The pseudonym's search key (Arabic-normalised, case-folded), folded once per process:
    the worklist sorts and the search filters every row of the cohort by it. A pseudonym
    is what everyone in the cohort sees, not a secret, and the memo is the process's own."""
    return search_key(pseudonym)


def _touch(last: dict, uid: int, when) -> None:
    if when is not None and (uid not in last or when > last[uid]):
        last[uid] = when


class Schedule:
    """When each paced module is due for one learner (docs/design.md, "Needs attention").

    A module released on `opens_on` is due on `due_on` (the next release, or the cohort's
    end): a window of `due_on - opens_on` days. A learner's window starts at the later
    of the release and the day they joined, and ends `grace` days after that window:
    somebody who joined a minute ago is behind on nothing.

    Guarded by tests/courses/test_cohort_worklist.py::test_a_newcomer_is_not_behind"""

    def __init__(self, modules: list[Module], *, today: date, grace: int):
        self.today = today
        self._overdue: dict[date, list[int]] = {}  # learners join on a few days
        self.paced = [(m.id, m.opens_on, (m.due_on - m.opens_on) + timedelta(days=grace))
                      for m in modules if m.opens_on is not None and m.due_on is not None]

    def overdue(self, joined: date) -> list[int]:
        """The ids of the modules due by today for a learner who joined on `joined`."""
        if joined not in self._overdue:
            self._overdue[joined] = self._due(joined)
        return self._overdue[joined]

    def _due(self, joined: date) -> list[int]:
        return [module_id for module_id, opens, window in self.paced
                if max(opens, joined) + window <= self.today]


def _reasons(row: Row, *, now, schedule, failed_twice, inactive_days, not_started_days,
             joined_on: date):
    """Why this learner needs attention, as (code, number) pairs; empty when they do not."""
    reasons = []
    if row.complete:
        return reasons
    if not row.started and row.user_id not in failed_twice:
        days = (now - row.joined_at).days
        if days >= not_started_days:
            reasons.append(("not_started", days))
    else:
        since = row.last_active or row.joined_at
        days = (now - since).days
        if days >= inactive_days:
            reasons.append(("inactive", days))
    if row.user_id in failed_twice:
        reasons.append(("failed_twice", 2))
    overdue = schedule.overdue(joined_on) if schedule.paced else ()
    if overdue:
        cells = {cell.module_id: cell for cell in row.cells}
        behind = sum(1 for module_id in overdue if not cells[module_id].complete)
        if behind:
            reasons.append(("behind", behind))
    return reasons


@dataclass(frozen=True)
class Reason:
    """A reason to need attention. `rank`: more severe first (the worklist's order);
    `count_grows`: its number growing is news (more modules behind), not the passing
    of time (more days inactive), so a follow-up no longer covers it."""

    code: str
    rank: int
    label: object  # for filters
    text: object  # (n) -> str
    count_grows: bool = False


REASONS = {reason.code: reason for reason in (
    Reason("failed_twice", 4, FAILED_TWICE, lambda n: str(FAILED_TWICE)),
    Reason("behind", 3, _("Behind the schedule"), lambda n: ngettext(
        "Behind the schedule by %(count)s module",
        "Behind the schedule by %(count)s modules", n) % {"count": n}, count_grows=True),
    Reason("inactive", 2, _("Inactive"), lambda n: ngettext(
        "Inactive for %(days)s day", "Inactive for %(days)s days", n) % {"days": n}),
    Reason("not_started", 1, _("Not started"), lambda n: ngettext(
        "Not started %(days)s day after joining",
        "Not started %(days)s days after joining", n) % {"days": n}),
)}
BY_SEVERITY = sorted(REASONS, key=lambda code: -REASONS[code].rank)


def reason_text(code: str, n: int) -> str:
    return REASONS[code].text(n)


def severity(reasons: list[tuple[str, int]]) -> tuple:
    """A sort key, most severe first: failed a graded quiz twice, then behind by more
    modules, then inactive longer, then not started for longer (lexicographic)."""
    numbers = dict(reasons)
    return tuple(-numbers.get(code, 0) for code in BY_SEVERITY)


def json_payload(board: Dashboard, rows: list[Row] | None = None) -> dict:
    """What the dashboard's script needs to refresh itself (the polling fallback)."""
    rows = board.rows if rows is None else rows
    return {
        "figures": figures_for_json(board.figures),
        "cells": [
            {"user": row.user_id, **cell.as_dict()} for row in rows for cell in row.cells
        ],
        "attention": len(board.attention),
    }


def figures_for_json(figures: dict) -> dict:
    gain = figures.get("gain")
    return {
        "members": figures.get("members", 0),
        "active": figures.get("active", 0),
        "completion_rate": figures.get("completion_rate"),
        "gain": None if not gain else {
            **{key: (None if gain.get(key) is None else round(gain[key], 1))
               for key in ("mean", "low", "high", "n")},
            "normalised": _rounded(gain.get("normalised"), 2),
        },
    }


def _rounded(figure: dict | None, digits: int) -> dict | None:
    if not figure:
        return None
    return {key: (None if figure.get(key) is None else round(figure[key], digits))
            for key in ("mean", "low", "high", "n")}


def live_figures(cohort: Cohort, *, now: datetime | None = None) -> dict:
    """The summary figures for a live event, without building every row: counts over
    recent activity only, and one grouped count for completion (5–7 queries)."""
    now = now or timezone.now()
    week_ago = now - timedelta(days=7)
    members = CohortMembership.objects.filter(cohort=cohort, role=Role.LEARNER)
    member_ids = members.values("user_id")
    figures = {"members": members.count(), "active": 0, "completion_rate": None}
    modules = structure(cohort)
    if not figures["members"] or not modules:
        return figures
    course_ids = {module.course_id for module in modules}
    within = Q()
    for module in modules:
        within |= Q(path__startswith=module.path)
    lesson_ids = LessonPage.objects.live().filter(within).values("pk")
    total = sum(module.lesson_count for module in modules)
    active = set(
        LessonProgress.objects.filter(user_id__in=member_ids, course_id__in=course_ids,
                                      completed_at__gte=week_ago)
        .values_list("user_id", flat=True).distinct()
    )
    active |= set(
        Enrollment.objects.filter(user_id__in=member_ids, course_id__in=course_ids,
                                  last_activity_at__gte=week_ago,
                                  last_activity_at__gt=F("started_at") + ENROL_SLACK)
        .values_list("user_id", flat=True).distinct()
    )
    attempts = quizdata.submitted_attempts(
        user_ids=member_ids, page_paths=sorted({m.path[:-STEP] for m in modules}))
    if attempts is not None:
        active |= set(attempts.filter(submitted_at__gte=week_ago)
                      .values_list("user_id", flat=True).distinct())
    completed = (
        LessonProgress.objects.filter(user_id__in=member_ids, lesson_id__in=lesson_ids)
        .values("user_id").annotate(n=Count("id")).filter(n__gte=total).count()
    )
    figures["active"] = len(active)
    figures["completed"] = completed
    figures["completion_rate"] = round(100 * completed / figures["members"])
    return figures
