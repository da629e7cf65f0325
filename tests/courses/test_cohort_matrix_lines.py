"""The matrix rows formatted once per page (courses/cohorts/matrix.py) say what the
formatting policy's filters say, in every language and with either digits."""

import datetime as dt

import pytest
from django.test import override_settings
from django.utils import timezone, translation

from courses.cohorts import matrix
from courses.cohorts.dashboard import Cell, Row
from literacy import formatting


def _row():
    when = dt.datetime(2026, 3, 4, 23, 30, tzinfo=dt.UTC)
    row = Row(user_id=1234, pseudonym="أحمد <b>", joined_at=when, last_active=when,
              group_id=7)
    row.cells = [Cell(11, 5, 5, 87.5), Cell(12, 2, 1234, 49.96), Cell(13, 0, 5, None)]
    row.done, row.total = 7, 1244
    return row


@pytest.mark.parametrize("language,digits", [("ar", "latn"), ("ar", "arab"), ("en", "latn"),
                                             ("fr", "latn")])
def test_lines_say_what_the_filters_say(language, digits):
    row = _row()
    with override_settings(LITERACY_ARABIC_DIGITS=digits), translation.override(language):
        line, = matrix.lines([row], cohort_id=3, group_names={7: "المجموعة أ"})
        assert [cell.done for cell in line.cells] == [
            f"{formatting.number(c.done)}/{formatting.number(c.total)}" for c in row.cells]
        assert [cell.score for cell in line.cells] == [
            formatting.percent(87.5), formatting.percent(49.96), ""]
        assert line.progress == f"{formatting.number(7)}/{formatting.number(1244)}"
        assert line.last_active == formatting.date(row.last_active)
        assert line.last_active_iso == timezone.localtime(row.last_active).isoformat()
    assert [cell.css for cell in line.cells] == [
        # 49.96 is shown as 50 %: the band of the score as shown
        "cell cell--done cell--band-high", "cell cell--started cell--band-mid", "cell"]
    assert [cell.key for cell in line.cells] == ["1234-11", "1234-12", "1234-13"]
    assert line.uid == "1234" and line.group == "المجموعة أ"
    assert line.url == "/" + language + "/facilitate/cohorts/3/learners/1234/"
    if digits == "arab":
        assert "٥/٥" in line.cells[0].done
