"""The facilitator area (/<lang>/facilitate/…) and joining a cohort (/<lang>/join/…).

Thin views: each asks `access` for the objects the user may see (404 otherwise) and a
service for everything else. Every state change is a POST.
"""

import datetime as dt

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language_bidi, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)
from django_tasks import TaskResultStatus

from literacy import conf as literacy_conf
from literacy.accounts.pseudonyms import shown
from literacy.exports_audit import counted, record_export
from literacy.security.rate_limits import rate_limited
from literacy.small_groups import min_group_size
from quizzes.live.services import LiveError

from .. import conf
from ..models import CoursePage, LessonPage, LessonProgress
from ..models.cohorts import Attendance, Cohort, CohortMembership
from . import (
    access,
    activity,
    booster_status,
    cards,
    dashboard,
    exports,
    find,
    invitations,
    live,
    live_picker,
    matrix,
    membership,
    pacing,
    prepared_exports,
    quizdata,
    report,
    selection,
)
from .decorators import coordinator_or_facilitator_required, facilitator_required
from .forms import (
    AnnouncementForm,
    BulkForm,
    CodeForm,
    CohortForm,
    JoinForm,
    LiveQuizForm,
    MoveForm,
)
from .team import invited_message, team_context

Role = CohortMembership.Role


# --- facilitator home and cohort creation ------------------------------------------


@require_safe
@coordinator_or_facilitator_required
def home(request):
    facilitator = access.is_facilitator(request.user)
    organisations = list(access.organisations_for_coordinator(request.user))
    if not facilitator and not organisations:
        raise Http404
    cohorts = cards.annotate(list(
        access.cohorts_for_facilitator(request.user).select_related("organisation")
    )) if facilitator else []
    return render(request, "courses/cohorts/home.html", {
        "cohorts": cohorts, "organisations": organisations, "facilitator": facilitator,
        "invitations": list(invitations.pending_for(request.user)),
        "can_create": access.organisations_for_new_cohort(request.user).exists(),
    })


@require_http_methods(["GET", "POST"])
@facilitator_required
def cohort_create(request):
    organisations = access.organisations_for_new_cohort(request.user)
    if not organisations.exists():
        raise Http404
    courses = CoursePage.objects.live().order_by("path")
    form = CohortForm(request.POST or None, organisations=organisations, courses=courses,
                      user=request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            cohort = form.save(commit=False)
            cohort.created_by = request.user
            cohort.save()
            form.save_m2m()
            membership.add_facilitator(cohort=cohort, user=request.user)
            names = form.cleaned_data["co_facilitators"]
            for name in names:  # invited, never attached: they accept or not
                invitations.invite(cohort=cohort, by=request.user, pseudonym=name)
        messages.success(request, _("Cohort created. Share its join code with your learners."))
        if names:
            messages.info(request, invited_message(len(names)))
        return redirect("cohorts:dashboard", cohort_id=cohort.pk)
    return render(request, "courses/cohorts/cohort_form.html", {"form": form})


# --- live workshop quizzes ------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@facilitator_required
def cohort_live(request, cohort_id):
    """Start a live quiz with the cohort; the cohort's past sessions and their summaries."""
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    form = LiveQuizForm(request.POST or None, groups=live_picker.quiz_groups(cohort))
    if request.method == "POST" and form.is_valid():
        try:
            session = live.start(cohort=cohort, quiz=form.cleaned_data["quiz"],
                                 user=request.user)
        except LiveError as error:
            form.add_error("quiz", error.message)
        else:
            return redirect("quizzes:live_present", code=session.code)
    return render(request, "courses/cohorts/live.html", {
        "cohort": cohort, "form": form, "sessions": list(live.sessions_of(cohort)[:50]),
    }, status=400 if form.errors else 200)


# --- dashboard ------------------------------------------------------------------------


def _page_rows(request, board, groups):
    """This page of the matrix rows that pass the find form's filters, in its order."""
    query = find.MatrixQuery(request.GET, board=board, groups=groups)
    rows = query.rows()
    paginator = Paginator(rows, query.page_size())
    return query, paginator.get_page(request.GET.get("page"))


def _sections_context(request, cohort):
    """What the figures, the needs-attention summary and the matrix page show."""
    board = dashboard.build(cohort)
    groups = list(cohort.groups.all())
    query, page = _page_rows(request, board, groups)
    attention = board.attention
    group_names = {group.pk: group.name for group in groups}
    return {
        "cohort": cohort, "board": board, "page": page, "query": query, "groups": groups,
        "group_names": group_names,
        "lines": matrix.lines(page.object_list, cohort_id=cohort.pk, group_names=group_names),
        "sort_links": find.sort_links(request.GET, board.modules),
        "kept_params": [(key, value) for key, values in request.GET.lists()
                        if key != "page" for value in values],
        "figures": dashboard.figures_for_json(board.figures),
        "course_gains": dashboard.gains_by_course(cohort, board.modules),
        "attention": attention[:conf.ATTENTION_ON_DASHBOARD],
        "attention_count": len(attention),
        "activity": activity.recent(cohort, board=board),
        "now": timezone.now(),  # the live script stamps "last activity" with today
    }


@require_safe
@facilitator_required
def cohort_dashboard(request, cohort_id):
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    context = _sections_context(request, cohort)
    return render(request, "courses/cohorts/dashboard.html", {
        **context,
        "bulk_form": BulkForm(groups=context["groups"], auto_id="bulk_%s",
                              initial={"query": request.GET.urlencode()}),
        "announcements": cohort.announcements.all()[:3],
        "live_now": live.running_of(cohort),
        "invite_url": request.build_absolute_uri(
            reverse("cohorts:invite", kwargs={"code": cohort.join_code})),
        "ws_path": f"/ws/cohorts/{cohort.pk}/",
    }, status=400 if context["query"].errors else 200)


@require_safe
@never_cache
@facilitator_required
def cohort_sections(request, cohort_id):
    """The figures, needs-attention and matrix sections alone: what the live script swaps
    in when learners join, leave or move, instead of fetching the whole page."""
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    return render(request, "courses/cohorts/_dashboard_sections.html",
                  _sections_context(request, cohort))


@require_safe
@never_cache
@facilitator_required
def cohort_data(request, cohort_id):
    """The polling fallback of the dashboard script: figures and this page's cells."""
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    board = dashboard.build(cohort)
    _query, page = _page_rows(request, board, list(cohort.groups.all()))
    return JsonResponse(dashboard.json_payload(board, list(page.object_list)))


@require_safe
@facilitator_required
def cohort_qr(request, cohort_id):
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    url = request.build_absolute_uri(reverse("cohorts:invite",
                                             kwargs={"code": cohort.join_code}))
    svg = segno.make(url, error="m").svg_inline(scale=6, border=2, dark="#1b1f24",
                                                  light="#ffffff")
    return HttpResponse(svg, content_type="image/svg+xml")


@require_http_methods(["GET", "POST"])
@facilitator_required
def cohort_code(request, cohort_id):
    """Rotate the join code and set its expiry."""
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    form = CodeForm(request.POST or None, initial={
        "expires_on": cohort.join_code_expires_at and timezone.localdate(
            cohort.join_code_expires_at)})
    if request.method == "POST" and form.is_valid():
        day = form.cleaned_data["expires_on"]
        expires_at = None
        if day:
            expires_at = timezone.make_aware(dt.datetime.combine(day, dt.time.max))
        if "rotate" in request.POST:
            membership.rotate_code(cohort=cohort, expires_at=expires_at)
            messages.success(request, _("New join code: the old one no longer works."))
        else:
            membership.set_code_expiry(cohort=cohort, expires_at=expires_at)
            messages.success(request, _("Saved."))
        return redirect("cohorts:code", cohort_id=cohort.pk)
    return render(request, "courses/cohorts/code.html", team_context(request, cohort, form=form))


@require_POST
@facilitator_required
def facilitator_remove(request, cohort_id, user_id):
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    if user_id == request.user.pk:
        raise Http404
    if not membership.remove_facilitator(cohort=cohort, user_id=user_id):
        raise Http404
    messages.success(request, _("The co-facilitator was removed from the cohort."))
    return redirect("cohorts:code", cohort_id=cohort.pk)


@require_http_methods(["GET", "POST"])
@facilitator_required
def cohort_pacing(request, cohort_id):
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    modules = dashboard.structure(cohort)
    errors = {}
    if request.method == "POST":
        dates = {}
        for module in modules:
            raw = request.POST.get(f"module-{module.id}", "").strip()
            if not raw:
                dates[module.id] = None
                continue
            try:
                dates[module.id] = dt.date.fromisoformat(raw)
            except ValueError:
                errors[module.id] = _("Enter a valid date.")
        if not errors:
            try:
                pacing.set_releases(cohort=cohort, dates=dates,
                                    module_ids=[m.id for m in modules])
            except ValidationError as error:
                errors = {key: value[0] for key, value in error.message_dict.items()}
        if not errors:
            messages.success(request, _("Pacing saved."))
            return redirect("cohorts:pacing", cohort_id=cohort.pk)
        for module in modules:
            module.posted = request.POST.get(f"module-{module.id}", "")
    for module in modules:
        module.error = errors.get(module.id) or errors.get(str(module.id))
    return render(request, "courses/cohorts/pacing.html", {
        "cohort": cohort, "modules": modules, "has_errors": bool(errors)},
        status=400 if errors else 200)


@require_safe
@facilitator_required
def cohort_boosters(request, cohort_id):
    """Who has their booster quiz due or taken, with its score beside the post-test."""
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    return render(request, "courses/cohorts/boosters.html", {
        "cohort": cohort, "courses": booster_status.for_cohort(cohort),
        "minimum": min_group_size(), "booster_delay": conf.BOOSTER_DELAY_DAYS})


# --- learners -------------------------------------------------------------------------


@require_safe
@facilitator_required
def learner_detail(request, cohort_id, user_id):
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    member = access.learner_of_cohort(cohort, user_id)

    modules = dashboard.structure(cohort)
    done = dict(
        LessonProgress.objects.filter(user_id=user_id, course_id__in={m.course_id
                                                                      for m in modules})
        .values_list("lesson_id", "completed_at")
    )
    lessons_by_module = {m.path: [] for m in modules}
    if modules:
        within = Q()
        for module in modules:
            within |= Q(path__startswith=module.path)
        lessons = LessonPage.objects.live().filter(within).order_by("path")
        for lesson in lessons.only("pk", "title", "path"):
            lesson.completed_at = done.get(lesson.pk)
            lessons_by_module.setdefault(lesson.path[:len(modules[0].path)], []).append(lesson)
    for module in modules:
        module.lessons = lessons_by_module.get(module.path, [])
    attempts = quizdata.submitted_attempts(
        user_ids=[user_id], page_paths=sorted({m.path[:-dashboard.STEP] for m in modules}))
    attempts = list(attempts.select_related("quiz").order_by("-submitted_at")[:200]) \
        if attempts is not None and modules else []
    board = dashboard.build(cohort, user_ids=[user_id])
    others = access.cohorts_for_facilitator(request.user).exclude(pk=cohort.pk)
    return render(request, "courses/cohorts/learner.html", {
        "cohort": cohort, "member": member, "modules": modules, "attempts": attempts,
        "row": board.rows[0] if board.rows else None,
        "move_form": MoveForm(cohorts=others) if others.exists() else None,
        "attended": Attendance.objects.filter(cohort=cohort, user_id=user_id).count(),
    })


@require_POST
@facilitator_required
def learner_remove(request, cohort_id, user_id):
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    member = access.learner_of_cohort(cohort, user_id)
    membership.remove_learner(cohort=cohort, user_id=member.user_id)
    messages.success(request, _("%(name)s left the cohort; their progress is kept.")
                     % {"name": shown(member.user.username)})
    return redirect("cohorts:dashboard", cohort_id=cohort.pk)


@require_POST
@facilitator_required
def learner_move(request, cohort_id, user_id):
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    member = access.learner_of_cohort(cohort, user_id)
    others = access.cohorts_for_facilitator(request.user).exclude(pk=cohort.pk)
    form = MoveForm(request.POST, cohorts=others)
    if not form.is_valid():
        raise Http404
    target = access.cohort_for_facilitator(request.user, form.cleaned_data["target"])
    membership.move_learner(source=cohort, target=target, user_id=member.user_id)
    messages.success(request, _("%(name)s moved to %(cohort)s; their progress is kept.")
                     % {"name": shown(member.user.username), "cohort": target.name})
    return redirect("cohorts:dashboard", cohort_id=cohort.pk)


# --- announcements (attendance lives in attendance.py) --------------------------------


@require_http_methods(["GET", "POST"])
@facilitator_required
def announcements(request, cohort_id):
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    form = AnnouncementForm(request.POST or None, groups=cohort.groups.all())
    if request.method == "POST" and form.is_valid():
        group = form.cleaned_data.get("group")
        selection.announce(cohort=cohort, author=request.user, body=form.cleaned_data["body"],
                           group=group)
        if group is None:
            messages.success(request, _("Announcement posted to the cohort's learners."))
        else:
            messages.success(request, _("Announcement posted to the group %(group)s.")
                             % {"group": group.name})
        return redirect("cohorts:announcements", cohort_id=cohort.pk)
    return render(request, "courses/cohorts/announcements.html", {
        "cohort": cohort, "form": form,
        "announcements": cohort.announcements.select_related("group")[:50],
    }, status=400 if form.errors else 200)


# --- exports and reports --------------------------------------------------------------


def _export_cohorts(request) -> list[Cohort]:
    """The cohorts named by ?cohort=…; any that the user does not facilitate → 404."""
    ids = request.GET.getlist("cohort")
    if not ids:
        raise Http404
    try:
        wanted = {int(value) for value in ids}
    except ValueError:
        raise Http404 from None
    cohorts = list(access.cohorts_for_facilitator(request.user).filter(pk__in=wanted))
    if len(cohorts) != len(wanted):
        raise Http404
    return cohorts


@require_safe
@facilitator_required
@rate_limited("export", methods=None)
def export(request, kind, fmt):
    if kind not in exports.KINDS or fmt not in ("csv", "xlsx"):
        raise Http404
    cohorts = _export_cohorts(request)
    if prepared_exports.needs_worker(cohorts):
        result_id = prepared_exports.start(user=request.user, kind=kind, fmt=fmt,
                                           cohorts=cohorts)
        return redirect("cohorts:export_prepared", result_id=result_id)
    record = record_export(actor=request.user, kind=kind, file_format=fmt, scope="cohort",
                           object_ids=[cohort.pk for cohort in cohorts])
    rows = counted(exports.ROWS[kind](cohorts), record=record)
    filename = prepared_exports.export_filename(kind, fmt)
    if fmt == "csv":
        response = StreamingHttpResponse(exports.csv_chunks(rows),
                                         content_type=prepared_exports.CONTENT_TYPES["csv"])
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    return FileResponse(exports.xlsx_file(rows, kind), as_attachment=True,
                        filename=filename, content_type=prepared_exports.CONTENT_TYPES["xlsx"])


EXPORT_REFRESH_SECONDS = 3


@require_safe
@never_cache
@facilitator_required
def export_prepared(request, result_id):
    """A large export being built by the worker: this page refreshes itself (no script)
    until the file is ready, then links to it (courses/cohorts/prepared_exports.py).

    Only for a facilitator, and only the one who asked: guarded by tests/courses/
    test_prepared_exports.py::test_a_learner_cannot_start_or_open_an_export (a learner,
    and the asker once no longer a facilitator) and
    ::test_another_facilitator_cannot_see_or_download_an_export."""
    result = prepared_exports.result_for(user=request.user, result_id=result_id)
    return render(request, "courses/cohorts/export_prepared.html", {
        "result_id": result_id,
        "ready": result.status == TaskResultStatus.SUCCESSFUL,
        "failed": result.status == TaskResultStatus.FAILED,
        "refresh": EXPORT_REFRESH_SECONDS,
        "hours": literacy_conf.PREPARED_FILES_HOURS,
    })


@require_safe
@never_cache
@facilitator_required
def export_download(request, result_id):
    """The finished file, under the same guards as export_prepared."""
    result = prepared_exports.result_for(user=request.user, result_id=result_id)
    handle, filename = prepared_exports.prepared_file(result)
    return FileResponse(handle, as_attachment=True, filename=filename,
                        content_type=prepared_exports.CONTENT_TYPES[result.kwargs["fmt"]])


def _report_labels():
    minimum = min_group_size()
    return {
        "figure": _("Figure"), "value": _("Value"), "n": "n", "basis": _("Based on"),
        "learners": _("Learners enrolled"), "started": _("Started (%)"),
        "completed": _("Completed (%)"), "sessions": _("In-person sessions"),
        "attendance": _("Attendance (%)"), "gain": _("Mean pre/post gain (points)"),
        "gain_ci": _("%(level)s%% confidence interval") % {"level": 95}, "module": _("Module completed (%)"),
        "normalised_gain": _("Mean normalised gain"),
        "normalised_gain_ci": _("Mean normalised gain, %(level)s%% confidence interval")
        % {"level": 95},
        "suppressed": ngettext("fewer than %(count)s learner", "fewer than %(count)s learners",
                               minimum) % {"count": minimum},
    }


def _record_report(request, cohorts, fmt, organisation):
    if organisation is None:
        return record_export(actor=request.user, kind="report", file_format=fmt,
                             scope="cohort", object_ids=[cohort.pk for cohort in cohorts])
    return record_export(actor=request.user, kind="report", file_format=fmt,
                         scope="organisation", object_ids=[organisation.pk])


def _render_report(request, cohorts, title, fmt, organisation=None):
    data = report.build(cohorts)
    record = _record_report(request, cohorts, fmt, organisation)
    if fmt == "xlsx":
        rows = counted(report.xlsx_rows(data, _report_labels()), record=record)
        handle = exports.xlsx_file(rows, "report")
        return FileResponse(
            handle, as_attachment=True,
            filename=f"basira-report-{timezone.localdate().isoformat()}.xlsx",
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    chart = report.bar_chart_svg(data.modules, rtl=get_language_bidi(),
                                 title=_("Learners who completed each module"))
    return render(request, "courses/cohorts/report.html", {
        "report": data, "title": title, "chart": chart, "cohorts": cohorts,
        "bases": report.basis(data),
        "generated": timezone.now(), "organisation": organisation,
        "cohort": cohorts[0] if organisation is None else None,
    })


@require_safe
@facilitator_required
@rate_limited("report", methods=None)
def cohort_report(request, cohort_id, fmt="html"):
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    return _render_report(request, [cohort], cohort.name, fmt)


@require_safe
@coordinator_or_facilitator_required
@rate_limited("report", methods=None)
def organisation_report(request, organisation_id, fmt="html"):
    organisation = access.organisation_for_coordinator(request.user, organisation_id)
    cohorts = list(organisation.cohorts.all())
    return _render_report(request, cohorts, organisation.name, fmt, organisation)


# --- learners joining -------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@login_required
def join(request):
    form = JoinForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            result = membership.join(user=request.user, raw_code=form.cleaned_data["code"])
        except membership.JoinRefused as refused:
            form.add_error("code", str(refused.message))
            status = refused.status
        else:
            return _joined(request, result)
    elif request.method == "POST":
        status = 400
    return render(request, "courses/cohorts/join.html", {"form": form}, status=status)


@require_http_methods(["GET", "POST"])
@login_required
def invite(request, code):
    """An invite link or QR code: confirm, then join (GET never joins)."""
    try:
        cohort = membership.find_cohort(user=request.user, raw_code=code)
    except membership.JoinRefused as refused:
        form = JoinForm()
        return render(request, "courses/cohorts/join.html",
                      {"form": form, "error": refused.message},
                      status=404 if refused.status == 400 else refused.status)
    if request.method == "POST":
        try:
            result = membership.add_learner(user=request.user, cohort=cohort)
        except membership.JoinRefused as refused:
            return render(request, "courses/cohorts/join.html",
                          {"form": JoinForm(), "error": refused.message}, status=400)
        return _joined(request, result)
    return render(request, "courses/cohorts/invite.html", {"cohort": cohort, "code": code})


def _joined(request, result):
    if result.created:
        messages.success(request, _("Welcome to %(cohort)s! Your courses are on your "
                                    "dashboard.") % {"cohort": result.cohort.name})
    else:
        messages.info(request, _("You are already a member of %(cohort)s.")
                      % {"cohort": result.cohort.name})
    return redirect(_learner_dashboard_url())


def _learner_dashboard_url() -> str:
    try:
        return reverse("courses:dashboard")
    except Exception:  # noqa: BLE001 - the courses URLs are site wiring's choice
        return "/"
