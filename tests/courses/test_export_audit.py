# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Every export of learners' data leaves one record (who, what, which cohort, how many
rows, when: never the data, never an address), coordinators see their organisation's,
and records go after the configured days."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from literacy.models import ExportRecord, ExportTarget
from literacy.security.testing import login_verified
from tests.factories import UserFactory

from .cohort_fixtures import *

pytestmark = pytest.mark.django_db


def _download(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def _only_record():
    record = ExportRecord.objects.get()
    return record, sorted(ExportTarget.objects.values_list("object_id", flat=True))


@pytest.mark.parametrize("kind", ["matrix", "attempts", "attendance"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_each_cohort_export_writes_one_record(facilitator_client, facilitator, cohort,
                                              learners, kind, fmt):
    response = facilitator_client.get(
        reverse("cohorts:export", args=[kind, fmt]) + f"?cohort={cohort.pk}")
    assert response.status_code == 200
    _download(response)
    record, targets = _only_record()
    assert (record.actor, record.kind, record.file_format, record.scope) == (
        facilitator, kind, fmt, "cohort")
    assert targets == [cohort.pk]
    if kind == "matrix":
        assert record.rows == len(learners)
    assert record.rows is not None


def test_a_selection_export_writes_one_record(facilitator_client, facilitator, cohort,
                                              learners):
    response = facilitator_client.post(reverse("cohorts:bulk", args=[cohort.pk]), {
        "action": "export", "ids": [learners[0].pk, learners[2].pk]})
    _download(response)
    record, targets = _only_record()
    assert (record.actor, record.kind, record.rows, targets) == (
        facilitator, "selection", 2, [cohort.pk])


@pytest.mark.parametrize("name", ["cohorts:report", "cohorts:report_xlsx"])
def test_a_cohort_report_writes_one_record(facilitator_client, cohort, name):
    response = facilitator_client.get(reverse(name, args=[cohort.pk]))
    _download(response)
    record, targets = _only_record()
    assert (record.kind, record.scope, targets) == ("report", "cohort", [cohort.pk])
    assert record.file_format == ("xlsx" if name.endswith("xlsx") else "html")


def test_an_organisation_report_writes_one_record(client, organisation, cohort):
    coordinator = UserFactory(username="coordinator")
    organisation.coordinators.add(coordinator)
    login_verified(client, coordinator)
    _download(client.get(reverse("cohorts:organisation_report_xlsx",
                                 args=[organisation.pk])))
    record, targets = _only_record()
    assert (record.actor, record.scope, targets) == (coordinator, "organisation",
                                                     [organisation.pk])
    assert record.rows > 0


def test_a_learners_own_data_export_writes_one_record(client, learners):
    login_verified(client, learners[0])
    with translation.override("ar"):
        response = client.get(reverse("accounts:personal_data_json"))
    assert response.status_code == 200
    record, targets = _only_record()
    assert (record.actor, record.kind, record.scope, targets) == (
        learners[0], "personal-data", "account", [])
    # The next export tells the learner about the first one.
    with translation.override("ar"):
        data = client.get(reverse("accounts:personal_data_json")).json()
    assert len(data["sections"]["exports"]["records"]) == 1


def test_the_record_holds_no_exported_data(facilitator_client, cohort, learners):
    _download(facilitator_client.get(
        reverse("cohorts:export", args=["matrix", "csv"]) + f"?cohort={cohort.pk}"))
    stored = repr(list(ExportRecord.objects.values())) + repr(
        list(ExportTarget.objects.values()))
    assert not [learner.username for learner in learners if learner.username in stored]
    assert "127.0.0.1" not in stored


def test_only_the_organisations_coordinators_see_its_exports(
        client, facilitator, facilitator_client, organisation, cohort, learners,
        other_facilitator, other_cohort):
    _download(facilitator_client.get(
        reverse("cohorts:export", args=["matrix", "csv"]) + f"?cohort={cohort.pk}"))
    url = reverse("cohorts:export_log", args=[organisation.pk])
    # The cohort's own facilitator, another organisation's facilitator, a learner: 404.
    assert facilitator_client.get(url).status_code == 404
    for person in (other_facilitator, learners[0]):
        visitor = Client()
        login_verified(visitor, person)
        assert visitor.get(url).status_code == 404
    other_coordinator = UserFactory(username="other-coordinator")
    other_cohort.organisation.coordinators.add(other_coordinator)
    visitor = Client()
    login_verified(visitor, other_coordinator)
    assert visitor.get(url).status_code == 404
    # …and their own organisation's record does not list this export.
    own = visitor.get(reverse("cohorts:export_log", args=[other_cohort.organisation.pk]))
    assert own.status_code == 200 and "mona" not in own.content.decode()

    coordinator = UserFactory(username="coordinator")
    organisation.coordinators.add(coordinator)
    login_verified(client, coordinator)
    with translation.override("ar"):
        page = client.get(reverse("cohorts:export_log", args=[organisation.pk]))
    text = page.content.decode()
    assert page.status_code == 200
    assert "mona" in text and cohort.name in text and "جدول التقدّم" in text


def test_the_record_is_paged(client, organisation, cohort, facilitator):
    from literacy.exports_audit import record_export

    for _ in range(51):
        record_export(actor=facilitator, kind="matrix", file_format="csv", scope="cohort",
                      object_ids=[cohort.pk])
    coordinator = UserFactory(username="coordinator")
    organisation.coordinators.add(coordinator)
    login_verified(client, coordinator)
    url = reverse("cohorts:export_log", args=[organisation.pk])
    assert client.get(url).content.decode().count('class="card"') == 50
    assert client.get(url + "?page=2").content.decode().count('class="card"') == 1


def test_pruning_deletes_only_old_records(settings, cohort, facilitator):
    from literacy.exports_audit import record_export

    settings.LITERACY_EXPORT_AUDIT_DAYS = 30
    now = timezone.now()
    for days in (0, 29, 31, 400):
        record = record_export(actor=facilitator, kind="matrix", file_format="csv",
                               scope="cohort", object_ids=[cohort.pk])
        ExportRecord.objects.filter(pk=record.pk).update(
            created_at=now - dt.timedelta(days=days))
    out = io.StringIO()
    call_command("prune_export_audit", stdout=out)
    assert "2 export records" in out.getvalue()
    ages = sorted((now - r.created_at).days for r in ExportRecord.objects.all())
    assert ages == [0, 29]
    assert ExportTarget.objects.count() == 2
