"""The record of an organisation's exports, for its coordinators: who exported which
cohort's data (or the organisation's report), when, and how many rows. Never the data.

The records live in the core (literacy/exports_audit.py); this page chooses the ones
about the organisation's cohorts and the organisation itself.
"""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from literacy import conf as literacy_conf
from literacy.exports_audit import kind_label, records_about

from ..models.cohorts import Cohort
from . import access
from .decorators import coordinator_or_facilitator_required

PAGE_SIZE = 50


def kind_labels() -> dict:
    """The courses app's kinds of export (the `basira_export_kinds` hook)."""
    return {
        "matrix": _("Progress matrix"),
        "attempts": _("Quiz attempts"),
        "attendance": _("Attendance"),
        "selection": _("Selected learners"),
        "report": _("Donor report"),
    }


@require_safe
@coordinator_or_facilitator_required
def export_log(request, organisation_id):
    """Coordinators of this organisation only: anyone else gets a 404. Guarded by
    tests/courses/test_export_audit.py::test_only_the_organisations_coordinators_see_its_exports."""
    organisation = access.organisation_for_coordinator(request.user, organisation_id)
    cohorts = dict(Cohort.objects.filter(organisation=organisation).values_list("pk", "name"))
    records = records_about({"cohort": cohorts, "organisation": [organisation.pk]})
    page = Paginator(records, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [{
        "record": record,
        "what": kind_label(record.kind),
        # This organisation's cohorts only: an export may have covered others too.
        "covers": ([organisation.name] if record.scope == "organisation" else
                   sorted(cohorts[target.object_id] for target in record.targets.all()
                          if target.object_id in cohorts)),
    } for record in page]
    return render(request, "courses/cohorts/export_log.html", {
        "organisation": organisation, "page": page, "rows": rows,
        "retention_days": int(literacy_conf.EXPORT_AUDIT_DAYS),
    })
