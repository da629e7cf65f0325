# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Groups inside a cohort renamed and deleted by its facilitators (issue 22): deleting a
group leaves its learners in the cohort, in no group; nobody else can touch a group."""

import pytest
from django.urls import reverse
from django.utils import translation

from courses.cohorts import selection
from courses.models import CohortGroup, CohortMembership
from literacy.security.testing import login_verified

from .cohort_fixtures import *

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(cohort, learners):
    return selection.move_to_group(cohort=cohort, user_ids=[learners[0].pk, learners[1].pk],
                                   new_name="الصباح")


def _url(name, cohort, group, language="en"):
    with translation.override(language):
        return reverse(f"cohorts:{name}", kwargs={"cohort_id": cohort.pk,
                                                  "group_id": group.pk})


def test_groups_page_lists_each_group_with_its_size(facilitator_client, cohort, group):
    response = facilitator_client.get(reverse("cohorts:groups", args=[cohort.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "الصباح" in html
    assert _url("group_rename", cohort, group, "ar") in html
    assert _url("group_delete", cohort, group, "ar") in html
    assert response.context["groups"][0].size == 2


def test_facilitator_renames_a_group(facilitator_client, cohort, group, learners):
    response = facilitator_client.post(_url("group_rename", cohort, group),
                                       {"name": "  المساء  "})
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.name == "المساء"
    assert CohortMembership.objects.filter(group=group).count() == 2


def test_a_name_taken_by_another_group_is_refused_and_changes_nothing(
        facilitator_client, cohort, group, learners):
    selection.move_to_group(cohort=cohort, user_ids=[learners[2].pk], new_name="المساء")
    response = facilitator_client.post(_url("group_rename", cohort, group),
                                       {"name": "المساء"})
    assert response.status_code == 400
    assert "Another group of this cohort already has this name." in \
        response.content.decode()
    group.refresh_from_db()
    assert group.name == "الصباح"


def test_an_empty_name_is_refused(facilitator_client, cohort, group):
    response = facilitator_client.post(_url("group_rename", cohort, group), {"name": "  "})
    assert response.status_code == 400
    group.refresh_from_db()
    assert group.name == "الصباح"


def test_deleting_asks_first_and_keeps_the_learners_in_the_cohort(
        facilitator_client, cohort, group, learners):
    ask = facilitator_client.get(_url("group_delete", cohort, group))
    assert ask.status_code == 200
    assert CohortGroup.objects.filter(pk=group.pk).exists()  # a GET deletes nothing
    assert 'method="post"' in ask.content.decode()
    response = facilitator_client.post(_url("group_delete", cohort, group), follow=True)
    assert response.status_code == 200
    assert not CohortGroup.objects.filter(pk=group.pk).exists()
    members = CohortMembership.objects.filter(cohort=cohort, role="learner")
    assert members.count() == 3
    assert set(members.values_list("group", flat=True)) == {None}
    assert "2" in "".join(str(m) for m in response.context["messages"])


def test_arabic_confirmation_and_message(facilitator_client, cohort, group):
    ask = facilitator_client.get(_url("group_delete", cohort, group, "ar"))
    html = ask.content.decode()
    assert "حذف المجموعة" in html
    done = facilitator_client.post(_url("group_delete", cohort, group, "ar"),
                                   follow=True)
    assert "حُذفت المجموعة" in done.content.decode()


def test_a_group_of_another_cohort_is_not_found_through_this_one(
        facilitator_client, cohort, other_cohort):
    learner = other_cohort.memberships.get(role="learner").user
    theirs = selection.move_to_group(cohort=other_cohort, user_ids=[learner.pk],
                                     new_name="theirs")
    for name in ("group_rename", "group_delete"):
        url = _url(name, cohort, theirs)
        assert facilitator_client.get(url).status_code == 404
        assert facilitator_client.post(url, {"name": "mine"}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.name == "theirs"


@pytest.mark.parametrize("who", ["learner", "other_facilitator"])
def test_a_non_facilitator_of_the_cohort_is_refused(client, cohort, group, learners,
                                                    other_facilitator, who):
    login_verified(client, learners[0] if who == "learner" else other_facilitator)
    for name in ("group_rename", "group_delete"):
        url = _url(name, cohort, group)
        assert client.get(url).status_code == 404
        assert client.post(url, {"name": "taken over"}).status_code == 404
    assert client.get(reverse("cohorts:groups", args=[cohort.pk])).status_code == 404
    group.refresh_from_db()
    assert group.name == "الصباح"
    assert CohortMembership.objects.filter(group=group).count() == 2
