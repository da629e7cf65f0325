"""The donor report: aggregates only, no names, small groups suppressed.

Every figure computed over fewer than LITERACY_MIN_GROUP_SIZE learners (``literacy.small_groups``) is replaced by
None (shown as "fewer than 5 learners"), so that no one can be singled out.
"""

from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from literacy import formatting
from literacy.small_groups import min_group_size, too_small

from ..models.cohorts import Attendance, Cohort
from . import dashboard, quizdata


@dataclass
class Figure:
    value: float | int | None
    n: int
    low: float | None = None
    high: float | None = None
    # Distinct learners behind `n` where n counts pre/post pairs (one per quiz series).
    learners: int | None = None

    @property
    def suppressed(self) -> bool:
        return self.value is None


@dataclass
class Report:
    cohorts: list[Cohort]
    learners: Figure
    started: Figure
    completed: Figure
    attendance: Figure
    sessions: int
    gain: Figure
    normalised_gain: Figure = field(default_factory=lambda: Figure(None, 0))
    modules: list[tuple[str, Figure]] = field(default_factory=list)
    minimum: int = 5
    # Attendance rests on sessions × learners possible marks (summed over the cohorts).
    marks: int = 0


def _figure(value, n, **extra) -> Figure:
    """Suppressed for a group the small-group rule calls too small; ``n`` for a gain is
    the learners with both tests, not the cohort. Guarded at the 4/5 boundary by tests/courses/test_cohort_gains.py::
    test_every_report_figure_is_suppressed_at_four_learners_and_shown_at_five and
    test_the_gain_is_suppressed_on_learners_with_both_tests_not_cohort_size."""
    if too_small(n):
        return Figure(None, n)
    return Figure(value, n, **extra)


def build(cohorts: list[Cohort]) -> Report:
    minimum = min_group_size()
    # One cohort: its dashboard's gain (cached per cohort) is the report's; several: the
    # gain of all their learners together, computed once below.
    boards = [dashboard.build(cohort, gains=len(cohorts) == 1) for cohort in cohorts]
    rows = [row for board in boards for row in board.rows]
    n = len(rows)
    started = sum(1 for row in rows if row.started)
    completed = sum(1 for row in rows if row.complete)
    modules = []
    for board in boards:
        for index, module in enumerate(board.modules):
            done = sum(1 for row in board.rows if row.cells[index].complete)
            modules.append((module.title, _figure(
                round(100 * done / len(board.rows)) if board.rows else 0,
                len(board.rows))))
    sessions = 0
    present = 0
    for board in boards:
        per_session = list(
            Attendance.objects.filter(cohort=board.cohort).values("session_date")
            .annotate(n=Count("user_id", distinct=True)).values_list("n", flat=True)
        )
        sessions += len(per_session)
        present += sum(per_session)
    possible = sum(
        len(board.rows) * Attendance.objects.filter(cohort=board.cohort)
        .values("session_date").distinct().count()
        for board in boards
    )
    course_paths = sorted({m.path[:-dashboard.STEP] for b in boards for m in b.modules})
    gain = (boards[0].figures["gain"] if len(boards) == 1 else quizdata.gains(
        user_ids=[row.user_id for row in rows], page_paths=course_paths)) \
        or {"n": 0, "mean": None}
    normalised = gain.get("normalised") or {"n": 0, "mean": None}
    return Report(
        cohorts=cohorts,
        learners=_figure(n, n),
        started=_figure(round(100 * started / n) if n else 0, n),
        completed=_figure(round(100 * completed / n) if n else 0, n),
        attendance=_figure(round(100 * present / possible) if possible else None, n),
        sessions=sessions,
        gain=_figure(
            None if gain.get("mean") is None else round(gain["mean"], 1),
            gain.get("n") or 0,
            low=None if gain.get("low") is None else round(gain["low"], 1),
            high=None if gain.get("high") is None else round(gain["high"], 1),
            learners=gain.get("learners"),
        ),
        normalised_gain=_figure(
            None if normalised.get("mean") is None else round(normalised["mean"], 2),
            normalised.get("n") or 0,
            low=None if normalised.get("low") is None else round(normalised["low"], 2),
            high=None if normalised.get("high") is None else round(normalised["high"], 2),
            learners=normalised.get("learners"),
        ),
        modules=modules,
        minimum=minimum,
        marks=possible,
    )


def _learners(n: int) -> str:
    count = formatting.counted(n)
    return ngettext("n = %(count)s learner", "n = %(count)s learners", count) % {
        "count": count}


def _pairs(figure: Figure) -> str:
    """How many learners a gain rests on: learners with both tests, or, when some took
    several series, pairs of tests and the learners who took them."""
    pairs = formatting.counted(figure.n)
    learners = formatting.counted(figure.n if figure.learners is None else figure.learners)
    if learners == pairs:
        return ngettext("n = %(count)s learner with both tests",
                        "n = %(count)s learners with both tests", pairs) % {"count": pairs}
    return _("n = %(pairs)s from %(learners)s") % {
        "pairs": ngettext("%(count)s pre/post pair", "%(count)s pre/post pairs", pairs)
        % {"count": pairs},
        "learners": ngettext("%(count)s learner", "%(count)s learners", learners)
        % {"count": learners},
    }


def _marks(report: Report) -> str:
    sessions = formatting.counted(report.sessions)
    learners = formatting.counted(report.learners.n)
    return _("n = %(sessions)s × %(learners)s") % {
        "sessions": ngettext("%(count)s session", "%(count)s sessions", sessions)
        % {"count": sessions},
        "learners": ngettext("%(count)s learner", "%(count)s learners", learners)
        % {"count": learners},
    }


def basis(report: Report) -> dict[str, str]:
    """What each figure rests on ("n = 12 learners with both tests"), by figure name.

    Left out for a suppressed figure: its n would tell what the suppression hides.
    Guarded by tests/courses/test_cohort_report_n.py::test_suppressed_figures_state_no_n."""
    texts = {
        "started": _learners(report.started.n),
        "completed": _learners(report.completed.n),
        "attendance": _marks(report),
        "gain": _pairs(report.gain),
        "normalised_gain": _pairs(report.normalised_gain),
    }
    figures = {"started": report.started, "completed": report.completed,
               "attendance": report.attendance, "gain": report.gain,
               "normalised_gain": report.normalised_gain}
    return {name: text for name, text in texts.items() if not figures[name].suppressed}


def _isolated(text: str) -> str:
    """Text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (SVG has no <bdi>).

    Callers pass escaped text (test_report_chart_labels_are_escaped_and_isolated).
    """
    return f"\u2068{text}\u2069"


def bar_chart_svg(items: list[tuple[str, Figure]], *, rtl: bool, title: str) -> str:
    """Horizontal bars (percentages) as inline SVG; suppressed bars are left empty."""
    width, bar_h, gap = 320, 18, 30
    height = max(1, len(items)) * (bar_h + gap) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}" class="report-chart">'
    ]
    for i, (label, figure) in enumerate(items):
        y = i * (bar_h + gap) + 18
        value = figure.value or 0
        bar_w = (width - 50) * value / 100
        x = width - bar_w if rtl else 0
        # "start" is the right edge in RTL text: labels begin at the inline start.
        text_x, direction = (width, "rtl") if rtl else (0, "ltr")
        shown = "—" if figure.suppressed else formatting.percent(value)
        basis_text = "" if figure.suppressed else f" · {_isolated(escape(_learners(figure.n)))}"
        # Each part isolated (FSI … PDI): a Latin title in an Arabic report ("SIFT · 12%")
        # keeps its place and its figure instead of being reordered with it.
        parts.append(
            f'<text x="{text_x}" y="{y - 4}" text-anchor="start" direction="{direction}" '
            f'class="report-chart__label">{_isolated(escape(label))} · '
            f'{_isolated(escape(shown))}{basis_text}</text>'
        )
        parts.append(
            f'<rect x="{x:.1f}" y="{y}" width="{bar_w:.1f}" height="{bar_h - 8}" '
            f'class="report-chart__bar"/>'
        )
    parts.append("</svg>")
    return "".join(parts)


def xlsx_rows(report: Report, labels: dict) -> list[list]:
    """Figure, value, then what it rests on: n as a number and in words (none when the
    figure is suppressed: tests/courses/test_cohort_report_n.py::
    test_suppressed_figures_state_no_n)."""
    texts = basis(report)

    def show(figure: Figure):
        return labels["suppressed"] if figure.suppressed else figure.value

    def ci(figure: Figure):
        return (labels["suppressed"] if figure.suppressed or figure.low is None
                else f"{figure.low} – {figure.high}")

    def n(figure: Figure, name: str | None = None):
        if figure.suppressed:
            return ["", ""]
        return [report.marks if name == "attendance" else figure.n,
                texts.get(name) or _learners(figure.n)]

    rows = [
        [labels["figure"], labels["value"], labels["n"], labels["basis"]],
        [labels["learners"], show(report.learners), *n(report.learners)],
        [labels["started"], show(report.started), *n(report.started, "started")],
        [labels["completed"], show(report.completed), *n(report.completed, "completed")],
        [labels["sessions"], report.sessions],
        [labels["attendance"], show(report.attendance),
         *n(report.attendance, "attendance")],
        [labels["gain"], show(report.gain), *n(report.gain, "gain")],
        [labels["gain_ci"], ci(report.gain), *n(report.gain, "gain")],
        [labels["normalised_gain"], show(report.normalised_gain),
         *n(report.normalised_gain, "normalised_gain")],
        [labels["normalised_gain_ci"], ci(report.normalised_gain),
         *n(report.normalised_gain, "normalised_gain")],
    ]
    for title, figure in report.modules:
        rows.append([f"{labels['module']}: {title}", show(figure), *n(figure)])
    return rows
