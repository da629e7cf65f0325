"""The workbook rendered by the background worker, not inside a learner's request
(WeasyPrint takes 10-30 s for a whole course).

When a page of a course is published, its workbooks (both editions, every language) are
queued for the worker (literacy/background.py). A download finds the file ready, or says
"being prepared" and queues it (once per content generation); without a worker (the
immediate backend of development and tests) the download renders as before.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django_tasks import task

from literacy.background import runs_later

from ..models import CoursePage
from .workbook import EDITIONS, ready_workbook, workbook_pdf

QUEUED_SECONDS = 15 * 60  # a render that never ran is queued again after this


def _queued_key(course_id: int, language: str, edition: str) -> str:
    return f"courses:workbook-queued:{course_id}:{language}:{edition}"


@task()
def prepare_workbook(*, course_id: int, language: str, edition: str) -> str:
    # Renders the content as it is now: a publication from here on queues another.
    cache.delete(_queued_key(course_id, language, edition))
    course = CoursePage.objects.live().filter(pk=course_id).first()
    if course is None:
        return "unpublished"
    workbook_pdf(course, language, edition)
    return "prepared"


def _queue(course_id: int, language: str, edition: str) -> None:
    # One render waiting per workbook, whatever the clicks and publications meanwhile.
    if cache.add(_queued_key(course_id, language, edition), True, QUEUED_SECONDS):
        prepare_workbook.enqueue(course_id=course_id, language=language, edition=edition)


def workbook_or_queued(course, language: str, edition: str) -> bytes | None:
    """The PDF, or None when the worker was asked for it (the page says "come back")."""
    pdf = ready_workbook(course, language, edition)
    if pdf is not None:
        return pdf
    if not runs_later():
        return workbook_pdf(course, language, edition)
    _queue(course.pk, language, edition)
    return None


def prepare_when_published(page) -> None:
    """Queue the workbooks of the course ``page`` belongs to, once the publication commits."""
    if not runs_later():
        return
    course = CoursePage.objects.ancestor_of(page, inclusive=True).live().first()
    if course is None:
        return
    course_id = course.pk

    def queue_all():
        for language, _name in settings.LANGUAGES:
            for edition in EDITIONS:
                _queue(course_id, language, edition)

    transaction.on_commit(queue_all)
