# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Finding learners on the dashboard matrix (search, sort, filters, page size, jump),
groups inside a cohort and bulk actions on a selection (issue 22, item 3)."""

import csv
import datetime as dt
import io

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation

from courses.cohorts import dashboard, membership, selection
from courses.cohorts.dashboard import Cell, Dashboard, Module, Row
from courses.cohorts.find import MatrixQuery
from courses.models import Announcement, CohortGroup, CohortMembership
from tests.factories import UserFactory

from .cohort_fixtures import *  # noqa: F403

NOW = timezone.now()


def _board():
    """Four learners over two modules of two lessons, built by hand: the filters and
    sorts are plain Python over the dashboard's rows."""
    modules = [Module(id=11, course_id=1, title="One", path="a"),
               Module(id=12, course_id=1, title="Two", path="b")]

    def row(uid, name, done, scores, days_idle, reasons=(), group_id=None):
        cells = [Cell(11, done[0], 2, scores[0]), Cell(12, done[1], 2, scores[1])]
        r = Row(user_id=uid, pseudonym=name, joined_at=NOW - dt.timedelta(days=30),
                last_active=None if days_idle is None else NOW - dt.timedelta(days=days_idle),
                cells=cells, reasons=list(reasons), group_id=group_id)
        r.done, r.total = sum(done), 4
        r.complete = r.done >= 4
        r.started = r.done > 0 or any(s is not None for s in scores)
        return r

    rows = [
        row(1, "Adam", (2, 2), (90, 85), 1),
        row(2, "أحمد", (1, 0), (40, None), 10, [("inactive", 10)], group_id=7),
        row(3, "Zaid", (0, 0), (None, None), None, [("not_started", 30)]),
        row(4, "فاطمة", (2, 1), (60, None), 3, [("behind", 1)], group_id=7),
    ]
    return Dashboard(cohort=None, modules=modules, rows=rows, figures={})


def _find(**params):
    query = MatrixQuery(params, board=_board())
    return [row.user_id for row in query.rows(now=NOW)], query


def test_search_is_arabic_normalised():
    """أحمد is found by احمد (hamza folded), as learner search does."""
    assert _find(q="احمد")[0] == [2]
    assert _find(q="FATIMA")[0] == []
    assert _find(q="فاطمه")[0] == [4]  # teh marbuta folded


def test_sort_by_any_column_both_ways():
    assert _find(sort="progress", dir="desc")[0] == [1, 4, 2, 3]
    assert _find(sort="progress")[0] == [3, 2, 4, 1]
    assert _find(sort="module-12", dir="desc")[0] == [1, 4, 2, 3]
    assert _find(sort="last_active")[0] == [3, 2, 4, 1]
    assert _find(sort="", dir="desc")[0][0] == 4  # pseudonym, folded: فاطمة last


def test_filters_status_band_inactive_reason_group():
    assert _find(status="not_started")[0] == [3]
    assert _find(status="complete")[0] == [1]
    assert _find(status="in_progress")[0] == [2, 4]
    assert _find(module="12", status="complete")[0] == [1]
    assert _find(module="11", band="low")[0] == [2]
    assert _find(band="high")[0] == [1]
    assert _find(band="none")[0] == [3]
    assert _find(band="mid")[0] == [4]
    assert _find(inactive="5")[0] == [2, 3]
    assert _find(reason="any")[0] == [2, 3, 4]
    assert _find(reason="behind")[0] == [4]
    assert _find(group="none")[0] == [1, 3]


def test_a_bad_filter_is_reported_and_ignored():
    ids, query = _find(inactive="soon", status="asleep", q="Adam")
    assert ids == [1]
    assert set(query.errors) == {"inactive", "status"}


pytestmark = pytest.mark.django_db


def url(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def _dashboard(client, cohort, **params):
    return client.get(url("cohorts:dashboard", cohort.pk), params)


@override_settings(COURSES_DASHBOARD_PAGE_SIZE=2)
def test_filters_are_kept_in_pager_and_live_urls(facilitator_client, cohort, learners):
    for i in range(3):
        membership.add_learner(user=UserFactory(username=f"زائر-{i}"), cohort=cohort)
    response = _dashboard(facilitator_client, cohort, status="not_started", sort="progress",
                          dir="desc")
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["page"].paginator.count == 6
    assert "status=not_started&amp;sort=progress&amp;dir=desc&amp;page=2" in html
    sections = url("cohorts:sections", cohort.pk)
    assert f'data-sections-url="{sections}?status=not_started&amp;sort=progress' in html
    data = url("cohorts:data", cohort.pk)
    assert f'data-json-url="{data}?status=not_started&amp;sort=progress' in html
    # the live script fetches the same view: same rows on the same page
    again = facilitator_client.get(sections, {"status": "not_started", "sort": "progress",
                                              "dir": "desc", "page": "3"})
    assert [r.user_id for r in again.context["page"]] == [
        r.user_id for r in response.context["page"].paginator.page(3)]


def test_page_size_and_jump_to_a_page(facilitator_client, cohort, learners):
    for i in range(30):
        membership.add_learner(user=UserFactory(username=f"extra-{i:02}"), cohort=cohort)
    response = _dashboard(facilitator_client, cohort, per_page="25", page="2")
    page = response.context["page"]
    assert (page.number, page.paginator.num_pages, len(page.object_list)) == (2, 2, 8)
    html = response.content.decode()
    assert 'name="page" min="1" max="2"' in html
    assert '<input type="hidden" name="per_page" value="25">' in html
    assert _dashboard(facilitator_client, cohort, per_page="7").status_code == 400


def test_bad_filter_on_the_dashboard_is_a_translated_400(facilitator_client, cohort):
    response = _dashboard(facilitator_client, cohort, inactive="-3")
    assert response.status_code == 400
    assert "Some filters were not understood" in response.content.decode()


def _bulk(client, cohort, **data):
    return client.post(url("cohorts:bulk", cohort.pk), data)


def test_split_a_cohort_into_a_group_and_filter_by_it(facilitator_client, cohort, learners):
    ids = [learners[0].pk, learners[2].pk]
    response = _bulk(facilitator_client, cohort, action="group", ids=ids,
                     new_group="المجموعة أ", query="sort=progress")
    assert response.status_code == 302
    assert response["Location"].endswith("?sort=progress")
    group = CohortGroup.objects.get(cohort=cohort)
    assert set(CohortMembership.objects.filter(group=group).values_list(
        "user_id", flat=True)) == set(ids)
    page = _dashboard(facilitator_client, cohort, group=str(group.pk))
    assert {r.user_id for r in page.context["page"]} == set(ids)
    # moved again (a learner is in one group at most), then out of any group
    _bulk(facilitator_client, cohort, action="group", ids=[learners[0].pk], new_group="B")
    assert CohortMembership.objects.get(cohort=cohort, user=learners[0]).group.name == "B"
    _bulk(facilitator_client, cohort, action="group", ids=[learners[0].pk], group="")
    assert CohortMembership.objects.get(cohort=cohort, user=learners[0]).group is None


def test_bulk_refuses_a_learner_of_another_cohort(facilitator_client, cohort, learners,
                                                  other_cohort):
    stranger = other_cohort.memberships.get(role="learner").user_id
    for action in ("group", "announce", "export"):
        response = _bulk(facilitator_client, cohort, action=action, body="مرحبا",
                         new_group="X", ids=[learners[0].pk, stranger])
        assert response.status_code == 400, action
        assert "not in this cohort" in response.content.decode()
    assert not CohortGroup.objects.exists()
    assert not Announcement.objects.exists()


def test_move_refuses_another_cohorts_group(facilitator_client, cohort, learners,
                                            other_cohort):
    theirs = CohortGroup.objects.create(cohort=other_cohort, name="Theirs")
    response = _bulk(facilitator_client, cohort, action="group", ids=[learners[0].pk],
                     group=str(theirs.pk))
    assert response.status_code == 400
    assert CohortMembership.objects.get(cohort=cohort, user=learners[0]).group is None
    with pytest.raises(selection.Refused):
        selection.group_of(cohort, theirs.pk)  # what the view asks first
    with pytest.raises(selection.Refused):
        selection.move_to_group(cohort=cohort, user_ids=[learners[0].pk], group=theirs)


def test_bulk_needs_a_selection_and_a_body(facilitator_client, cohort, learners):
    assert _bulk(facilitator_client, cohort, action="announce", body="x").status_code == 400
    response = _bulk(facilitator_client, cohort, action="announce", ids=[learners[0].pk])
    assert response.status_code == 400
    assert _bulk(facilitator_client, cohort, action="announce", ids=["x1"]).status_code == 400
    assert not Announcement.objects.exists()


def test_only_the_selection_sees_a_targeted_announcement(client, facilitator_client, cohort,
                                                         learners):
    _bulk(facilitator_client, cohort, action="announce", body="للمختارين فقط",
          ids=[learners[1].pk])
    Announcement.objects.create(cohort=cohort, body="للجميع")
    group = CohortGroup.objects.create(cohort=cohort, name="G")
    CohortMembership.objects.filter(cohort=cohort, user=learners[2]).update(group=group)
    selection.announce(cohort=cohort, author=None, body="للمجموعة", group=group)
    seen = {}
    for learner in learners:
        client.force_login(learner)
        seen[learner.username] = client.get(url("courses:dashboard")).content.decode()
    assert "للمختارين فقط" in seen["learner-1"]
    assert "للمختارين فقط" not in seen["learner-0"] + seen["learner-2"]
    assert "للمجموعة" in seen["learner-2"]
    assert "للمجموعة" not in seen["learner-0"] + seen["learner-1"]
    assert all("للجميع" in page for page in seen.values())


def test_export_the_selection_or_the_whole_page(facilitator_client, cohort, learners):
    response = _bulk(facilitator_client, cohort, action="export", ids=[learners[1].pk])
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content)
                                       .decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["learner-1"]
    assert rows[0][-2:] == ["Needs attention", "Last activity"]
    response = _bulk(facilitator_client, cohort, action="export", whole_page="on",
                     page_ids=[u.pk for u in learners])
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content)
                                       .decode("utf-8-sig"))))
    assert len(rows) == 4


def test_the_matrix_has_checkboxes_for_the_bulk_form(facilitator_client, cohort, learners):
    html = _dashboard(facilitator_client, cohort).content.decode()
    assert f'name="ids" value="{learners[0].pk}" form="bulk-form"' in html
    assert 'id="bulk-form"' in html and "csrfmiddlewaretoken" in html


def test_filtered_dashboard_queries_do_not_grow(facilitator_client, cohort, course, learners):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first = dashboard.structure(cohort)[0].id
    params = {"q": "x", "status": "in_progress", "sort": f"module-{first}", "dir": "desc",
              "reason": "any", "inactive": "2", "per_page": "100"}

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert _dashboard(facilitator_client, cohort, **params).status_code == 200
        return len(queries)

    lessons = lessons_in(course)
    # Some activity from the start: the activity feed skips its query while nobody has any.
    complete(learners[0], lessons[0])
    count()
    few = count()
    for i in range(20):
        user = UserFactory(username=f"more-{i}")
        membership.add_learner(user=user, cohort=cohort)
        complete(user, lessons[i % len(lessons)])
    count()  # the joins renewed the cached gains: computed again once (figure_cache)
    assert count() == few


def test_announce_to_a_group_from_the_announcements_page(client, facilitator_client, cohort,
                                                         learners, other_cohort):
    group = CohortGroup.objects.create(cohort=cohort, name="المسائية")
    CohortMembership.objects.filter(cohort=cohort, user=learners[0]).update(group=group)
    theirs = CohortGroup.objects.create(cohort=other_cohort, name="Theirs")
    page = url("cohorts:announcements", cohort.pk)
    refused = facilitator_client.post(page, {"body": "x", "group": theirs.pk})
    assert refused.status_code == 400
    assert not Announcement.objects.exists()
    assert facilitator_client.post(page, {"body": "للمسائية", "group": group.pk}).status_code == 302
    announcement = Announcement.objects.get()
    assert announcement.targeted and announcement.group == group
    assert list(announcement.recipients.all()) == [learners[0]]
    assert "To the group" in facilitator_client.get(page).content.decode()
