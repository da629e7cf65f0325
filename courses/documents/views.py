"""Downloads of a course's printed documents, in the active language."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from ..models import CoursePage
from . import handouts
from .access import may_download_answers, may_download_workbook
from .facilitator_pack import pack_for, pack_pdf
from .pdf import document_language
from .tasks import workbook_or_queued
from .workbook import FACILITATOR, LEARNER

PREPARING_REFRESH_SECONDS = 30


def _pdf(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _preparing(request, course) -> HttpResponse:
    """The worker is rendering it: "come back in a minute", and the page asks again by
    itself (a meta refresh: no JavaScript needed)."""
    response = render(request, "courses/document_preparing.html",
                      {"course": course, "refresh": PREPARING_REFRESH_SECONDS})
    response["Cache-Control"] = "no-store"
    response["Retry-After"] = str(PREPARING_REFRESH_SECONDS)
    return response


def _workbook(request, course, edition: str, name: str) -> HttpResponse:
    """The edition in the active language, or "being prepared" while the worker renders it."""
    language = document_language(get_language())
    pdf = workbook_or_queued(course, language, edition)
    if pdf is None:
        return _preparing(request, course)
    return _pdf(pdf, f"basira-{name}-{course.slug}-{language}.pdf")


def _course(course_id) -> CoursePage:
    return get_object_or_404(CoursePage.objects.live(), pk=course_id)


@require_safe
def workbook(request, course_id):
    course = _course(course_id)
    if not may_download_workbook(request.user, course):
        raise Http404
    return _workbook(request, course, LEARNER, "workbook")


@require_safe
def workbook_with_answers(request, course_id):
    course = _course(course_id)
    if not may_download_answers(request.user, course):
        raise Http404
    return _workbook(request, course, FACILITATOR, "workbook-answers")


@require_safe
def facilitator_pack(request, course_id):
    course = _course(course_id)
    if not may_download_answers(request.user, course) or pack_for(course) is None:
        raise Http404
    language = document_language(get_language())
    return _pdf(pack_pdf(course, language),
                f"basira-facilitator-pack-{course.slug}-{language}.pdf")


@require_safe
def handout(request, name):
    """A lesson's printable handout: no answers in it, so anyone may download it."""
    if not handouts.exists(name):
        raise Http404
    language = handouts.handout_language(document_language(get_language()))
    return _pdf(handouts.handout_pdf(name, language), f"basira-{name}-{language}.pdf")
