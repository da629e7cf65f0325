"""CSV (streamed) and XLSX (openpyxl write-only) exports of a cohort's data.

Rows are produced by generators over ordered querysets read with `.iterator()`, so the
memory used does not grow with the number of learners. Every text cell that a
spreadsheet would read as a formula (=, +, -, @, tab, CR) is neutralised with a leading
apostrophe.
"""

import csv
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from itertools import chain, islice

from django.db.models import Count, Max
from django.db.models.functions import Substr
from django.utils import timezone
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from literacy.accounts.pseudonyms import shown

from ..models import LessonProgress
from ..models.cohorts import Attendance, Cohort, CohortMembership
from . import dashboard, quizdata

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
KINDS = ("matrix", "attempts", "attendance")
CHUNK = 2000


def neutralise(value):
    """A value safe to put in a spreadsheet cell. Guarded by
    tests/courses/test_cohort_exports.py::test_formula_starts_are_neutralised and, through
    the exports, test_xlsx_cells_starting_like_a_formula_are_text and
    test_csv_cells_starting_like_a_formula_are_neutralised."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _members(cohorts: list[Cohort], user_ids=None):
    members = CohortMembership.objects.filter(cohort__in=cohorts,
                                              role=CohortMembership.Role.LEARNER)
    if user_ids is not None:
        members = members.filter(user_id__in=user_ids)
    return (
        members.order_by("user_id", "cohort_id")
        .values_list("user_id", "user__username", "cohort__name", "joined_at", "cohort_id")
    )


def _attention(cohorts: list[Cohort], user_ids=None) -> dict:
    """(cohort id, user id) → (why they need attention, last activity): the dashboard's
    rows, built per cohort (a fixed number of queries each, no gains)."""
    found = {}
    for cohort in cohorts:
        for row in dashboard.build(cohort, user_ids=user_ids, gains=False).rows:
            found[(cohort.pk, row.user_id)] = (" · ".join(row.reason_texts), row.last_active)
    return found


def matrix_rows(cohorts: list[Cohort], user_ids=None) -> Iterator[list]:
    """Header, then one row per learner and cohort: lessons done per module, best score,
    sessions attended, why they need attention and their last activity. `user_ids`: a
    selection of learners (the dashboard's bulk export)."""
    modules = []
    seen = set()
    for cohort in cohorts:
        for module in dashboard.structure(cohort):
            if module.id not in seen:
                seen.add(module.id)
                modules.append(module)
    header = [_("Pseudonym"), _("Cohort"), _("Joined"), _("Lessons done"), _("Lessons")]
    for module in modules:
        header += [_("%(module)s: lessons done") % {"module": module.title},
                   _("%(module)s: best score (%%)") % {"module": module.title}]
    header += [_("Sessions attended"), _("Needs attention"), _("Last activity")]
    yield header
    attention = _attention(cohorts, user_ids)
    if not modules:
        for uid, name, cohort_name, joined, cohort_id in _members(
                cohorts, user_ids).iterator(chunk_size=CHUNK):
            yield [shown(name), cohort_name, joined, 0, 0, 0,
                   *attention.get((cohort_id, uid), ("", None))]
        return
    length = len(modules[0].path)
    course_ids = {m.course_id for m in modules}
    member_ids = CohortMembership.objects.filter(
        cohort__in=cohorts, role=CohortMembership.Role.LEARNER).values("user_id")
    if user_ids is not None:
        member_ids = member_ids.filter(user_id__in=user_ids)

    progress = (
        LessonProgress.objects.filter(user_id__in=member_ids, course_id__in=course_ids,
                                      lesson__live=True)
        .annotate(mpath=Substr("lesson__path", 1, length))
        .values("user_id", "mpath").annotate(n=Count("id"))
        .order_by("user_id").values_list("user_id", "mpath", "n")
    )
    paths = sorted({m.path[:-dashboard.STEP] for m in modules})
    attempts = quizdata.submitted_attempts(user_ids=member_ids, page_paths=paths)
    scores = iter(())
    if attempts is not None:
        scores = (
            attempts.filter(max_score__gt=0)
            .annotate(mpath=quizdata.module_expression(length=length, page_paths=paths))
            .values("user_id", "mpath").annotate(best=Max(quizdata.percent_expression()))
            .order_by("user_id").values_list("user_id", "mpath", "best")
            .iterator(chunk_size=CHUNK)
        )
    attended = (
        Attendance.objects.filter(cohort__in=cohorts).values("user_id")
        .annotate(n=Count("id")).order_by("user_id").values_list("user_id", "n")
        .iterator(chunk_size=CHUNK)
    )
    progress_by = _grouped(progress.iterator(chunk_size=CHUNK))
    scores_by = _grouped(scores)
    attended_by = _Cursor(attended)
    total = sum(m.lesson_count for m in modules)
    for uid, name, cohort_name, joined, cohort_id in _members(
            cohorts, user_ids).iterator(chunk_size=CHUNK):
        done = progress_by.take(uid)
        best = scores_by.take(uid)
        row = [shown(name), cohort_name, joined,
               sum(min(done.get(m.path, 0), m.lesson_count) for m in modules), total]
        for module in modules:
            score = best.get(module.path)
            row += [min(done.get(module.path, 0), module.lesson_count),
                    "" if score is None else round(score)]
        row.append(attended_by.take(uid) or 0)
        row += attention.get((cohort_id, uid), ("", None))
        yield row


class _Cursor:
    """Merge-join helper over an iterator of (user_id, value) sorted by user_id."""

    def __init__(self, rows):
        self.rows = iter(rows)
        self.head = next(self.rows, None)
        self.last = (None, None)

    def take(self, uid):
        if self.last[0] == uid:  # the same learner in two exported cohorts
            return self.last[1]
        value = self._take(uid)
        self.last = (uid, value)
        return value

    def _take(self, uid):
        while self.head is not None and self.head[0] < uid:
            self.head = next(self.rows, None)
        if self.head is not None and self.head[0] == uid:
            value = self.head[1]
            self.head = next(self.rows, None)
            return value
        return None


class _grouped(_Cursor):
    """Like _Cursor over (user_id, key, value) rows: take() returns {key: value}."""

    def _take(self, uid):
        found = {}
        while self.head is not None and self.head[0] < uid:
            self.head = next(self.rows, None)
        while self.head is not None and self.head[0] == uid:
            found[self.head[1]] = self.head[2]
            self.head = next(self.rows, None)
        return found


def attempt_rows(cohorts: list[Cohort]) -> Iterator[list]:
    yield [_("Pseudonym"), _("Quiz"), _("Attempt"), _("Submitted"), _("Score"),
           _("Out of"), _("Passed")]
    modules = [m for c in cohorts for m in dashboard.structure(c)]
    member_ids = CohortMembership.objects.filter(
        cohort__in=cohorts, role=CohortMembership.Role.LEARNER).values("user_id")
    attempts = quizdata.submitted_attempts(
        user_ids=member_ids, page_paths=sorted({m.path[:-dashboard.STEP] for m in modules})
    )
    if attempts is None or not modules:
        return
    for row in (
        attempts.order_by("user__username", "submitted_at")
        .values_list("user__username", "quiz__title", "number", "submitted_at", "score",
                     "max_score", "passed")
        .iterator(chunk_size=CHUNK)
    ):
        name, quiz, number, submitted, score, max_score, passed = row
        yield [shown(name), quiz, number, submitted, score, max_score,
               "" if passed is None else (_("yes") if passed else _("no"))]


def attendance_rows(cohorts: list[Cohort]) -> Iterator[list]:
    yield [_("Cohort"), _("Session date"), _("Pseudonym")]
    for row in (
        Attendance.objects.filter(cohort__in=cohorts)
        .order_by("cohort__name", "session_date", "user__username")
        .values_list("cohort__name", "session_date", "user__username")
        .iterator(chunk_size=CHUNK)
    ):
        cohort_name, day, name = row
        yield [cohort_name, day, shown(name)]


ROWS = {"matrix": matrix_rows, "attempts": attempt_rows, "attendance": attendance_rows}


class _Echo:
    def write(self, value):
        return value


def csv_chunks(rows: Iterator[list]) -> Iterator[str]:
    """CSV text in chunks of ~100 rows, with a BOM so spreadsheets read it as UTF-8.

    Every cell goes through neutralise() (test_csv_cells_starting_like_a_formula_are_neutralised).
    """
    writer = csv.writer(_Echo())
    yield "\ufeff"
    batch = []
    for row in rows:
        batch.append(writer.writerow([neutralise(v) for v in row]))
        if len(batch) >= 100:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


XLSX_PEEK = 200  # rows read ahead to size the columns (widths precede the rows in the file)
WIDTH_MIN, WIDTH_MAX = 6, 48
DATE_FORMATS = {datetime: "yyyy-mm-dd hh:mm", date: "yyyy-mm-dd"}


def xlsx_value(value):
    """A cell value for XLSX: real dates (naive, in the site's time zone, since Excel has
    none), numbers as numbers, text neutralised as in the CSV.

    Guarded by tests/courses/test_cohort_exports.py::test_xlsx_keeps_formulas_as_text and
    ::test_xlsx_dates_are_in_the_sites_time_zone."""
    if isinstance(value, datetime):
        return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) \
            else value
    if isinstance(value, date):
        return value
    return neutralise(value)


def _width(value) -> int:
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    # Each line's characters; Arabic letters are about as wide as Latin ones at 11 pt.
    return max((len(line) for line in str(value).splitlines()), default=0)


def column_widths(rows: list[list]) -> list[float]:
    """A width per column from the longest value among `rows` (header included), capped."""
    count = max((len(row) for row in rows), default=0)
    widths = [WIDTH_MIN] * count
    for row in rows:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], _width(value) + 2)
    return [min(width, WIDTH_MAX) for width in widths]


def xlsx_file(rows: Iterator[list], title: str):
    """A temporary file holding the workbook (write-only: rows go to disk as they come).

    The header row is bold and frozen, an autofilter covers the data, and columns are
    sized from the header and the first XLSX_PEEK rows (a write-only sheet needs its widths
    before its first row, so those rows are read ahead; the rest still stream). Every text
    cell goes through neutralise() (xlsx_value): openpyxl stores a string starting with "="
    as a live formula (tests/courses/test_cohort_exports.py::
    test_xlsx_cells_starting_like_a_formula_are_text)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31] or "Basira")
    sheet.sheet_view.rightToLeft = get_language_bidi()
    rows = iter(rows)
    ahead = [[xlsx_value(v) for v in row] for row in islice(rows, XLSX_PEEK + 1)]
    widths = column_widths(ahead)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    header = Font(bold=True)
    count = 0
    for values in chain(ahead, ([xlsx_value(v) for v in row] for row in rows)):
        font = header if count == 0 else None
        sheet.append([_cell(sheet, value, font) for value in values])
        count += 1
    if count and widths:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(widths))}{count}"
    handle = tempfile.TemporaryFile()
    workbook.save(handle)
    handle.seek(0)
    return handle


def _cell(sheet, value, font=None):
    cell = WriteOnlyCell(sheet, value=value)
    if type(value) in DATE_FORMATS:
        cell.number_format = DATE_FORMATS[type(value)]
    if font is not None:
        cell.font = font
    return cell
