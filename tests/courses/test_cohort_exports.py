# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
import csv
import datetime as dt
import io

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from courses.cohorts import exports, membership
from courses.models import CohortMembership
from tests.factories import UserFactory

from .cohort_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db


def read_csv(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("value", ["=HYPERLINK(1)", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_are_neutralised(value):
    assert exports.neutralise(value) == "'" + value


def test_numbers_and_plain_text_are_kept():
    assert exports.neutralise(-3) == -3
    assert exports.neutralise("ليلى") == "ليلى"


def test_matrix_csv_is_streamed_and_neutralised(facilitator_client, cohort, learners, course):
    evil = UserFactory(username="=cmd|calc")
    membership.add_learner(user=evil, cohort=cohort)
    complete(learners[0], lessons_in(course)[0])
    response = facilitator_client.get(
        reverse("cohorts:export", args=["matrix", "csv"]) + f"?cohort={cohort.pk}")
    assert response.streaming
    rows = read_csv(response)
    names = [row[0] for row in rows[1:]]
    assert "'=cmd|calc" in names
    row = next(r for r in rows if r[0] == "learner-0")
    assert row[3] == "1" and row[4] == "6"


def test_matrix_xlsx(facilitator_client, cohort, learners, course):
    complete(learners[1], lessons_in(course)[0])
    response = facilitator_client.get(
        reverse("cohorts:export", args=["matrix", "xlsx"]) + f"?cohort={cohort.pk}")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.values)
    assert len(rows) == 4
    assert any(r[0] == "learner-1" and r[3] == 1 for r in rows[1:])


def test_attendance_export(facilitator_client, cohort, learners):
    from courses.models import Attendance

    Attendance.objects.create(cohort=cohort, session_date=cohort.starts_on, user=learners[0])
    rows = read_csv(facilitator_client.get(
        reverse("cohorts:export", args=["attendance", "csv"]) + f"?cohort={cohort.pk}"))
    assert rows[1][1:] == [cohort.starts_on.isoformat(), "learner-0"]


def test_donor_report_suppresses_small_groups_and_shows_no_names(facilitator_client, cohort,
                                                                 learners, course):
    complete(learners[0], lessons_in(course)[0])
    response = facilitator_client.get(f"/en/facilitate/cohorts/{cohort.pk}/report/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "fewer than 5 learners" in html
    for learner in learners:
        assert learner.username not in html
    assert "<svg" in html


def test_donor_report_shows_figures_from_five_learners(facilitator_client, cohort, learners,
                                                       course):
    for i in range(3):
        membership.add_learner(user=UserFactory(username=f"more-{i}"), cohort=cohort)
    for lesson in lessons_in(course):
        complete(learners[0], lesson)
    response = facilitator_client.get(f"/en/facilitate/cohorts/{cohort.pk}/report/")
    report = response.context["report"]
    assert report.learners.value == 6
    assert report.completed.value == 17
    assert "learner-0" not in response.content.decode()
    xlsx = facilitator_client.get(reverse("cohorts:report_xlsx", args=[cohort.pk]))
    rows = list(load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active.values)
    assert rows[1][1] == 6


FORMULA_NAMES = ["=HYPERLINK(1)", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.fixture
def formula_learners(cohort):
    for name in FORMULA_NAMES:
        membership.add_learner(user=UserFactory(username=name), cohort=cohort)
    return FORMULA_NAMES


def test_xlsx_cells_starting_like_a_formula_are_text(facilitator_client, cohort, course,
                                                     formula_learners):
    """Read back with openpyxl: a string cell with the apostrophe, never a live formula."""
    response = facilitator_client.get(
        reverse("cohorts:export", args=["matrix", "xlsx"]) + f"?cohort={cohort.pk}")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = {row[0].value: row[0] for row in sheet.iter_rows(min_row=2)}
    for name in formula_learners:
        cell = cells["'" + name.replace("\r", "\n")]  # XML reads a CR back as LF
        assert cell.data_type == "s", (name, cell.data_type)
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)


def test_csv_cells_starting_like_a_formula_are_neutralised(facilitator_client, cohort, course,
                                                           formula_learners):
    rows = read_csv(facilitator_client.get(
        reverse("cohorts:export", args=["matrix", "csv"]) + f"?cohort={cohort.pk}"))
    names = {row[0] for row in rows[1:]}
    assert {"'" + name for name in formula_learners} <= names
    assert not names & set(formula_learners)


def _xlsx(response):
    return load_workbook(io.BytesIO(b"".join(response.streaming_content)))


def test_matrix_xlsx_is_excel_friendly(facilitator_client, cohort, learners, course):
    """A frozen bold header, an autofilter over every row, columns sized from their
    content (Arabic pseudonyms too, capped), "joined" a real date in the site's zone."""
    membership.add_learner(user=UserFactory(username="ليلى-بنت-عبد-الرحمن-الشمري"),
                           cohort=cohort)
    response = facilitator_client.get(
        reverse("cohorts:export", args=["matrix", "xlsx"]) + f"?cohort={cohort.pk}")
    sheet = _xlsx(response).active
    assert sheet.freeze_panes == "A2"
    last = sheet.cell(row=1, column=sheet.max_column).column_letter
    assert sheet.auto_filter.ref == f"A1:{last}{sheet.max_row}"
    assert sheet.max_row == 5
    assert sheet["A1"].font.b
    widths = [sheet.column_dimensions[letter].width for letter in "ABCDE"]
    assert len(set(widths)) > 1 and all(exports.WIDTH_MIN <= w <= exports.WIDTH_MAX
                                        for w in widths)
    assert widths[0] >= len("ليلى-بنت-عبد-الرحمن-الشمري")
    joined = sheet["C2"]
    assert isinstance(joined.value, dt.datetime) and joined.is_date
    member = CohortMembership.objects.filter(cohort=cohort).exclude(
        role=CohortMembership.Role.FACILITATOR).order_by("user_id").first()
    local = timezone.localtime(member.joined_at).replace(tzinfo=None)
    assert abs(joined.value - local) < dt.timedelta(seconds=1)


@override_settings(TIME_ZONE="Asia/Amman")
def test_xlsx_dates_are_in_the_sites_time_zone():
    when = dt.datetime(2026, 3, 1, 22, 30, tzinfo=dt.UTC)
    sheet = load_workbook(exports.xlsx_file(iter([["When", "Day"], [when, when.date()]]),
                                            "t")).active
    assert sheet["A2"].value == dt.datetime(2026, 3, 2, 1, 30)  # UTC+3
    assert sheet["A2"].number_format == exports.DATE_FORMATS[dt.datetime]
    assert sheet["B2"].value == dt.datetime(2026, 3, 1)  # a date reads back at midnight
    assert sheet["B2"].is_date


def test_xlsx_keeps_formulas_as_text(facilitator_client, cohort, learners):
    membership.add_learner(user=UserFactory(username="=1+1"), cohort=cohort)
    response = facilitator_client.get(
        reverse("cohorts:export", args=["matrix", "xlsx"]) + f"?cohort={cohort.pk}")
    cells = [row[0] for row in _xlsx(response).active.iter_rows(min_row=2)]
    evil = next(cell for cell in cells if "1+1" in str(cell.value))
    assert evil.value == "'=1+1" and evil.data_type == "s"


def test_attempts_xlsx_submitted_is_a_date(facilitator_client, cohort, learners):
    rows = [["Pseudonym", "Submitted"],
            ["x", dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)]]
    sheet = load_workbook(exports.xlsx_file(iter(rows), "attempts")).active
    assert isinstance(sheet["B2"].value, dt.datetime)


def test_xlsx_widths_come_from_the_first_rows_and_later_rows_still_stream():
    rows = [["A", "B"]] + [["x" * 10, i] for i in range(exports.XLSX_PEEK + 50)]
    rows.append(["y" * 200, 1])  # past the rows read ahead: no effect on the width
    sheet = load_workbook(exports.xlsx_file(iter(rows), "t")).active
    assert sheet.column_dimensions["A"].width == 12
    assert sheet.max_row == len(rows)
    assert sheet.auto_filter.ref == f"A1:B{len(rows)}"
