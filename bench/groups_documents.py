"""Printed documents (issue 17, group `workbook`): the demo disinformation course's
Arabic workbook, learners' edition, rendered from the content (not from the file cache)
three times; the median time and the PDF's size. ``workbook.pdf_s`` is the work the
background worker does after a publication (courses/documents/tasks.py::prepare_workbook
renders with this same function); no learner's request waits for it any more."""

import statistics
import time

from django.core.management import call_command

from courses.documents.workbook import FACILITATOR, LEARNER, render_workbook
from courses.models import CoursePage

from .groups_core import minimal_page
from .measure import metric

RUNS = 3


def run_workbook(ctx):
    minimal_page()
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    course = CoursePage.objects.live().get(slug="spotting-disinformation")
    times, pdf = [], b""
    for _run in range(RUNS):
        start = time.perf_counter()
        pdf = render_workbook(course, "ar", LEARNER)
        times.append(time.perf_counter() - start)
    facilitators = render_workbook(course, "ar", FACILITATOR)
    yield metric("workbook.pdf_s", statistics.median(times), "s", runs=RUNS,
                 course="spotting-disinformation", language="ar", edition=LEARNER)
    yield metric("workbook.pdf_bytes", len(pdf), "bytes", course="spotting-disinformation",
                 language="ar", edition=LEARNER, facilitators_edition_bytes=len(facilitators))


GROUPS = {"workbook": run_workbook}
