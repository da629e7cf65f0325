"""The matrix rows of one dashboard page, formatted once in Python.

A page shows 50 learners × every module; written with template filters, each cell asked
the formatting policy three times (done, total, score), and the policy looks up the
language and the digits setting on every call: a third of the dashboard's time went
there. Here each distinct number, percent and day is formatted once per page (the same
few values repeat across hundreds of cells) and the template only writes strings out.
The output is the same text the filters write (tests/courses/test_cohort_matrix_lines.py).
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from literacy import formatting

from .dashboard import Row


@dataclass(slots=True)
class LineCell:
    key: str  # "user-module", what the live script finds the cell by
    css: str
    done: str
    score: str


@dataclass(slots=True)
class Line:
    uid: str  # the user id as the page's scripts and forms read it (no grouping)
    pseudonym: str
    url: str
    select_label: str
    group: str
    cells: list[LineCell]
    progress: str
    last_active_iso: str
    last_active: str


class _Memo(dict):
    """Each distinct value formatted once."""

    def __init__(self, function):
        super().__init__()
        self.function = function

    def __missing__(self, value):
        self[value] = text = self.function(value)
        return text


def lines(rows: list[Row], *, cohort_id: int, group_names: dict) -> list[Line]:
    number = _Memo(formatting.number)
    percent = _Memo(formatting.percent)
    day = _Memo(formatting.date)
    select = gettext("Select %(name)s")
    learner_url = reverse("cohorts:learner", kwargs={"cohort_id": cohort_id, "user_id": 0})
    learner_url = learner_url.removesuffix("0/")
    out = []
    for row in rows:
        cells = []
        for cell in row.cells:
            css = "cell"
            if cell.complete:
                css += " cell--done"
            elif cell.done:
                css += " cell--started"
            band = cell.band
            if band:
                css += f" cell--band-{band}"
            cells.append(LineCell(
                key=f"{row.user_id}-{cell.module_id}", css=css,
                done=f"{number[cell.done]}/{number[cell.total]}",
                score=percent[cell.score] if cell.score is not None else ""))
        last = row.last_active
        out.append(Line(
            uid=str(row.user_id), pseudonym=row.pseudonym,
            url=f"{learner_url}{row.user_id}/",
            select_label=select % {"name": row.pseudonym},
            group=group_names.get(row.group_id, "") if row.group_id else "",
            cells=cells, progress=f"{number[row.done]}/{number[row.total]}",
            last_active_iso=timezone.localtime(last).isoformat() if last else "",
            last_active=day[timezone.localdate(last)] if last else ""))
    return out
