"""Downloads of a course's printed documents, in the active language."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from ..models import CoursePage
from .access import may_download_answers, may_download_workbook
from . import handouts
from .facilitator_pack import pack_for, pack_pdf
from .pdf import document_language
from .workbook import FACILITATOR, LEARNER, workbook_pdf


def _pdf(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _course(course_id) -> CoursePage:
    return get_object_or_404(CoursePage.objects.live(), pk=course_id)


@require_safe
def workbook(request, course_id):
    course = _course(course_id)
    if not may_download_workbook(request.user, course):
        raise Http404
    language = document_language(get_language())
    return _pdf(workbook_pdf(course, language, LEARNER),
                f"basira-workbook-{course.slug}-{language}.pdf")


@require_safe
def workbook_with_answers(request, course_id):
    course = _course(course_id)
    if not may_download_answers(request.user, course):
        raise Http404
    language = document_language(get_language())
    return _pdf(workbook_pdf(course, language, FACILITATOR),
                f"basira-workbook-answers-{course.slug}-{language}.pdf")


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
