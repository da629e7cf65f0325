"""The needs-attention worklist (its own page, most severe first, paged, with follow-ups)
and the dashboard's bulk actions on a selection of learners.

Thin views over `dashboard` (who needs attention and why) and `selection` (acting on
learners, every id checked against the cohort first).
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import QueryDict, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST, require_safe

from literacy.exports_audit import counted, record_export

from .. import conf
from . import access, dashboard, exports, selection
from .decorators import facilitator_required
from .forms import BulkForm, FollowUpForm

SHOW = ("open", "followed")


def _clean_query(raw: str) -> str:
    """A query string posted back by a form, re-encoded (never a URL of its own)."""
    return QueryDict(raw or "").urlencode()


@require_safe
@facilitator_required
def attention(request, cohort_id):
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    board = dashboard.build(cohort, gains=False)
    show = request.GET.get("show") if request.GET.get("show") in SHOW else "open"
    reason = request.GET.get("reason", "")
    cases = board.attention if show == "open" else board.followed_up
    if reason in dashboard.REASONS:
        cases = [row for row in cases if reason in dict(row.reasons)]
    page = Paginator(cases, conf.ATTENTION_PAGE_SIZE).get_page(
        request.GET.get("page"))
    groups = {group.pk: group.name for group in cohort.groups.all()}
    return render(request, "courses/cohorts/attention.html", {
        "cohort": cohort, "page": page, "show": show, "reason": reason,
        "reasons": [(code, dashboard.REASONS[code].label) for code in dashboard.BY_SEVERITY],
        "open_count": len(board.attention), "followed_count": len(board.followed_up),
        "shown_count": len(cases), "group_names": groups, "form": FollowUpForm(),
        "query": request.GET.urlencode(),
    })


@require_POST
@facilitator_required
def follow_up(request, cohort_id, user_id):
    """Mark a case as followed up, with what the learner needed attention for now."""
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    member = access.learner_of_cohort(cohort, user_id)
    form = FollowUpForm(request.POST)
    if not form.is_valid():
        return render(request, "courses/cohorts/selection_error.html", {
            "cohort": cohort, "errors": form.errors.get("note", [])}, status=400)
    board = dashboard.build(cohort, user_ids=[member.user_id], gains=False)
    selection.follow_up(cohort=cohort, learner_id=member.user_id, by=request.user,
                        note=form.cleaned_data["note"],
                        reasons=board.rows[0].reasons if board.rows else [])
    messages.success(request, _("Marked as followed up. The learner comes back to the list "
                                "if something new happens."))
    return _back(cohort, request.POST.get("query"))


@require_POST
@facilitator_required
def reopen(request, cohort_id, user_id):
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    member = access.learner_of_cohort(cohort, user_id)
    selection.reopen(cohort=cohort, learner_id=member.user_id)
    messages.success(request, _("The case is open again."))
    return _back(cohort, request.POST.get("query"))


def _back(cohort, raw_query):
    query = _clean_query(raw_query)
    return redirect(reverse("cohorts:attention", args=[cohort.pk]) + (f"?{query}" if query
                                                                      else ""))


@require_POST
@facilitator_required
def bulk(request, cohort_id):
    """An action on the learners selected on the matrix. Every id must be a learner of
    this cohort and the group one of its groups, or nothing changes (400)."""
    cohort = access.cohort_for_facilitator(request.user, cohort_id)
    form = BulkForm(request.POST, groups=cohort.groups.all())
    if not form.is_valid():
        return _refused(request, cohort, [error for errors in form.errors.values()
                                          for error in errors])
    data = form.cleaned_data
    action = data["action"]
    try:
        ids = selection.learners_of(cohort, data["chosen"])
        if action == "export":
            return _export(request, cohort, ids)
        group = None
        if data.get("group") and not data.get("new_group", "").strip():
            group = selection.group_of(cohort, data["group"])
        if action == "announce":
            selection.announce(cohort=cohort, author=request.user, body=data["body"].strip(),
                               user_ids=ids)
            messages.success(request, ngettext(
                "Announcement posted to %(count)s learner.",
                "Announcement posted to %(count)s learners.", len(ids)) % {"count": len(ids)})
        else:
            group = selection.move_to_group(cohort=cohort, user_ids=ids, group=group,
                                            new_name=data.get("new_group", "").strip())
            messages.success(request, (ngettext(
                "%(count)s learner moved to %(group)s.",
                "%(count)s learners moved to %(group)s.", len(ids))
                if group else ngettext(
                "%(count)s learner is in no group now.",
                "%(count)s learners are in no group now.", len(ids)))
                % {"count": len(ids), "group": group.name if group else ""})
    except selection.Refused as refused:
        return _refused(request, cohort, [refused.message])
    query = _clean_query(data.get("query"))
    return redirect(reverse("cohorts:dashboard", args=[cohort.pk]) + (f"?{query}" if query
                                                                      else ""))


def _refused(request, cohort, errors):
    return render(request, "courses/cohorts/selection_error.html",
                  {"cohort": cohort, "errors": errors}, status=400)


def _export(request, cohort, ids):
    """The matrix export's rows, for the selected learners alone."""
    record = record_export(actor=request.user, kind="selection", file_format="csv",
                           scope="cohort", object_ids=[cohort.pk])
    rows = counted(exports.matrix_rows([cohort], user_ids=ids), record=record)
    response = StreamingHttpResponse(
        exports.csv_chunks(rows),
        content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="basira-selection-{stamp}.csv"'
    return response
