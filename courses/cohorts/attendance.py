"""Attendance views: the facilitator's sheet of one session, and learners' self check-in.

Thin views over `roll_call`. The sheet is paged and searchable so that a cohort of
thousands fits a phone; every page posts the rows it showed, so a save never touches the
learners of other pages.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from .. import conf
from . import access, roll_call
from .decorators import facilitator_required
from .forms import AttendanceForm, CheckInForm, SessionDateForm


def _default_day(cohort):
    return min(max(timezone.localdate(), cohort.starts_on), cohort.ends_on)


def _sheet_url(cohort, day, query="", page=None) -> str:
    params = {"date": day.isoformat()}
    if query:
        params["q"] = query
    if page and int(page) > 1:
        params["page"] = page
    return reverse("cohorts:attendance", args=[cohort.pk]) + "?" + urlencode(params)


def _saved_message(request, saved, present):
    changes = saved.added + saved.removed
    if not changes:
        messages.info(request, _("Nothing changed."))
        return
    messages.success(request, ngettext(
        "Attendance saved: %(count)s mark changed.",
        "Attendance saved: %(count)s marks changed.", changes) % {"count": changes}
        + " " + ngettext(
            "%(count)s learner present at this session.",
            "%(count)s learners present at this session.", present) % {"count": present})


def _page_number(raw, paginator) -> int:
    try:
        return min(max(int(raw), 1), paginator.num_pages)
    except (TypeError, ValueError):
        return 1


@require_http_methods(["GET", "POST"])
@facilitator_required
def attendance(request, cohort_id):
    """The sheet of one session (?date=, default today), searchable (?q=) and paged.

    Only this cohort's facilitators (404 otherwise:
    test_facilitator_of_another_cohort_gets_404); a save changes only the rows shown
    (test_opening_1000_present_and_ticking_3_more_gives_1003)."""
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    source = request.POST if request.method == "POST" else request.GET
    query = source.get("q", "").strip()[:100]
    everyone = roll_call.learners_of(cohort)
    rows = roll_call.learners_of(cohort, query) if query else everyone
    paginator = Paginator(rows, conf.ATTENDANCE_PAGE_SIZE)
    status = 200
    form = None
    picker = SessionDateForm(
        request.GET if "date" in request.GET else None, cohort=cohort,
        initial={"date": _default_day(cohort)})
    if request.method == "POST":
        form = AttendanceForm(request.POST, cohort=cohort,
                              learner_ids={uid for uid, _name in everyone})
        if form.is_valid():
            day = form.cleaned_data["date"]
            saved = roll_call.save_marks(
                cohort=cohort, day=day, shown=form.cleaned_data["shown"],
                present=form.cleaned_data["present"], by=request.user)
            _saved_message(request, saved, roll_call.present_count(cohort, day))
            page = request.POST.get("goto") or request.POST.get("page")
            return redirect(_sheet_url(cohort, day, query, _page_number(page, paginator)))
        status = 400
        day = form.cleaned_data.get("date") if hasattr(form, "cleaned_data") else None
    elif picker.is_bound and not picker.is_valid():
        status, day = 400, None
    else:
        day = picker.cleaned_data["date"] if picker.is_bound else _default_day(cohort)
    page = paginator.get_page(source.get("page"))
    learners = roll_call.with_marks(cohort, day, page.object_list) if day else []
    if form is not None and form.errors:
        # Rows the facilitator had in front of them show their ticks, not what is saved:
        # nothing of theirs is lost. A row new to this page keeps its saved mark.
        posted = form.cleaned_data.get("shown") or set()
        ticked = form.cleaned_data.get("present") or set()
        learners = [roll_call.Learner(r.user_id, r.username, r.user_id in ticked)
                    if r.user_id in posted else r for r in learners]
    return render(request, "courses/cohorts/attendance.html", {
        "cohort": cohort, "day": day, "picker": picker, "form": form, "query": query,
        "page": page, "learners": learners, "learner_count": len(everyone),
        "present": roll_call.present_count(cohort, day) if day else 0,
        "session": roll_call.session_of(cohort, day) if day else None,
        "changes": roll_call.changes_of(cohort, day) if day else [],
        "sessions": roll_call.sessions_of(cohort),
        "check_in_url": request.build_absolute_uri(reverse("cohorts:check_in")),
        "is_today": day == timezone.localdate(),
    }, status=status)


@require_POST
@facilitator_required
def attendance_check_in(request, cohort_id):
    """Open (a new code) or close the self check-in of today's session of this cohort
    (test_self_check_in_opens_only_for_today, test_facilitator_of_another_cohort_gets_404)."""
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    picker = SessionDateForm(request.POST, cohort=cohort)
    if not picker.is_valid():
        messages.error(request, picker.errors["date"][0])
        return redirect("cohorts:attendance", cohort_id=cohort.pk)
    day = picker.cleaned_data["date"]
    if request.POST.get("action") != "close" and day != timezone.localdate():
        # A code opened for another day would let learners mark a session they missed.
        messages.error(request, _("Self check-in opens only for today's session."))
        return redirect(_sheet_url(cohort, day))
    if request.POST.get("action") == "close":
        roll_call.close_check_in(cohort=cohort, day=day)
        messages.success(request, _("Self check-in closed."))
    else:
        roll_call.open_check_in(cohort=cohort, day=day)
        messages.success(request, ngettext(
            "Self check-in open for %(count)s minute.",
            "Self check-in open for %(count)s minutes.",
            conf.CHECK_IN_MINUTES) % {
            "count": conf.CHECK_IN_MINUTES})
    return redirect(_sheet_url(cohort, day))


@require_http_methods(["GET", "POST"])
@login_required
def check_in(request):
    """A learner marks themselves present with the code their facilitator shows."""
    form = CheckInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            session = roll_call.check_in(user=request.user, raw_code=form.cleaned_data["code"])
        except roll_call.CheckInRefused as refused:
            form.add_error("code", refused.message)
        else:
            messages.success(request, _("You are marked present at %(cohort)s.")
                             % {"cohort": session.cohort.name})
            return redirect("cohorts:check_in")
    return render(request, "courses/cohorts/check_in.html", {"form": form},
                  status=400 if form.errors else 200)
