"""Thin views of the learner journey; the work is in services.py and outline.py."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from literacy import formatting, offline, offline_queue

from . import boosters, services
from . import search as course_search
from .access import closed_until
from .certificate_tasks import certificate_pdf as prepared_or_rendered_pdf
from .certificate_tasks import profile_language
from .certificates import CODE_RE
from .glossary import course_glossary
from .models import Certificate, CourseIndexPage, CoursePage, LessonPage
from .outline import continue_url, dashboard_rows


@require_safe
def catalogue(request):
    """A stable address for the catalogue (used by the navigation): no page lookup there."""
    index = CourseIndexPage.objects.live().first()
    if index is None:
        raise Http404
    return redirect(index.get_url(request))


@require_POST
@login_required
def enrol(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        _enrollment, created = services.enroll(user=request.user, course=course)
    except services.ProgressRefused as refused:
        messages.error(request, refused.message)
        return redirect(course.get_url(request))
    if created:
        messages.success(request, _("You are enrolled. Good luck!"))
    return redirect(continue_url(course, request))


@require_POST
@login_required
@offline_queue.same_account_only
def complete(request, lesson_id):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    course = services.course_of(lesson)
    if not course.live:
        raise Http404
    queued = offline_queue.is_queued(request)
    opens_on = closed_until(request.user, lesson)
    if opens_on is not None:
        # Pacing holds here too: a closed lesson is not marked done by posting the form.
        # Guarded by tests/courses/test_pacing.py::test_closed_lesson_cannot_be_marked_complete.
        refusal = _("This module opens for your cohort on %(day)s.") % {
            "day": formatting.date(opens_on)}
        if queued:
            return _refused_offline(request, lesson, refusal)
        messages.error(request, refusal)
        return redirect(course.get_url(request))
    try:
        _progress, created = services.record_completion(
            user=request.user, lesson=lesson, source="manual", course=course
        )
    except services.ProgressRefused as refused:
        if queued:
            return _refused_offline(request, lesson, refused.message)
        messages.error(request, refused.message)
        return redirect(lesson.get_url(request))
    if queued:
        return offline_queue.done(
            outcome="recorded", url=lesson.get_url(request), link=_("Open the lesson"),
            message=_("“%(title)s”, marked complete offline, is recorded.")
            % {"title": lesson.title})
    if created:
        messages.success(request, _("Lesson complete."))
    if request.POST.get("next") == "1":
        # The lesson's end: on to what is still to do, not merely the next in order.
        return redirect(continue_url(course, request))
    return redirect(lesson.get_url(request))


def _refused_offline(request, lesson, reason):
    return offline_queue.rejected(
        request, offline_queue.Refused("lesson", lesson.title, [reason]))


@require_safe
@login_required
def dashboard(request):
    rows = dashboard_rows(request.user, request)
    return render(request, "courses/dashboard.html",
                  {"rows": rows, "boosters": boosters.shown(request.user)})


@require_safe
@login_required
def certificate_pdf(request, code):
    if not CODE_RE.match(code):
        raise Http404
    certificate = get_object_or_404(
        Certificate.objects.select_related("course"), code=code, user=request.user,
        withdrawn_at__isnull=True,
    )
    pdf = prepared_or_rendered_pdf(certificate, profile_language(request.user))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="basira-certificate-{code}.pdf"'
    return response


@require_safe
def verify(request, code):
    """Public: proves a certificate exists. Shows pseudonym, course and date only; for a
    withdrawn certificate (its holder deleted their account), only that it was withdrawn."""
    if not CODE_RE.match(code):
        raise Http404
    certificate = get_object_or_404(
        Certificate.objects.select_related("course", "user").filter(course__live=True),
        code=code,
    )
    return render(request, "courses/verify.html", {"certificate": certificate})


@require_safe
def search(request):
    query = request.GET.get("q", "").strip()[:200]
    page, hits = (course_search.search_page(query, get_language(), request.GET.get("page"))
                  if query else (None, []))
    return render(request, "courses/search.html", {"query": query, "page": page, "hits": hits})


@require_safe
def glossary(request, course_id):
    """The course's glossary (courses/glossary.py), kept offline with the course."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    response = render(request, "courses/glossary.html",
                      {"course": course, "terms": course_glossary(course)})
    return offline.mark(request, response, "glossary")
