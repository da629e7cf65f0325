"""The record of exports: who exported what and when, never what was in it.

Every view that hands out a file of learners' data (cohort exports, a selection of
learners, donor reports, a learner's own data) calls ``record_export`` once; plugins call
it with their own words for ``kind`` and ``scope``. A streamed file's rows are counted as
they go out (``counted``). Records are pruned after ``LITERACY_EXPORT_AUDIT_DAYS``
(``manage.py prune_export_audit``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import conf
from .models import ExportRecord, ExportTarget


def record_export(*, actor, kind: str, file_format: str, scope: str,
                  object_ids: Iterable[int] = (), rows: int | None = None) -> ExportRecord:
    """One record of one export."""
    record = ExportRecord.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        kind=kind, file_format=file_format, scope=scope, rows=rows,
        created_at=timezone.now())
    ExportTarget.objects.bulk_create(
        [ExportTarget(record=record, object_id=object_id) for object_id in set(object_ids)])
    return record


def counted(rows: Iterable, *, record: ExportRecord, header_rows: int = 1) -> Iterator:
    """``rows`` passed through, their number written on ``record`` once all went out."""
    count = 0
    for row in rows:
        count += 1
        yield row
    ExportRecord.objects.filter(pk=record.pk).update(rows=max(count - header_rows, 0))


def records_about(targets: Mapping[str, Iterable[int]]) -> QuerySet[ExportRecord]:
    """The records of exports that covered any of these objects (scope → ids), newest
    first, with their targets and actors."""
    wanted = Q(pk__in=[])
    for scope, object_ids in targets.items():
        wanted |= Q(scope=scope, targets__object_id__in=list(object_ids))
    ids = ExportRecord.objects.filter(wanted).values("pk")
    return (ExportRecord.objects.filter(pk__in=ids).select_related("actor")
            .prefetch_related("targets"))


def prune(*, now: dt.datetime | None = None) -> int:
    """Delete records older than the configured days; how many went."""
    cutoff = (now or timezone.now()) - dt.timedelta(days=int(conf.EXPORT_AUDIT_DAYS))
    _deleted, by_model = ExportRecord.objects.filter(created_at__lt=cutoff).delete()
    return by_model.get(ExportRecord._meta.label, 0)


KIND_LABELS_HOOK = "basira_export_kinds"


def kind_labels() -> dict[str, object]:
    """What each kind of export is called: the core's own, then each plugin's, through the
    ``basira_export_kinds`` hook (a function returning {kind: translated label})."""
    labels = {"personal-data": _("A learner's own data")}
    for hook in hooks.get_hooks(KIND_LABELS_HOOK):
        labels.update(hook())
    return labels


def kind_label(kind: str) -> str:
    return str(kind_labels().get(kind, kind))
