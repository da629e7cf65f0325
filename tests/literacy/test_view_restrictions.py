"""Wagtail's privacy settings still apply with literacy.view_restrictions caching that a
page has none: at once when they change, and decided on current rows when they exist."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _restrict(page, kind=PageViewRestriction.LOGIN):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind)


def test_restricted_page_asks_visitors_to_sign_in(client, home_page):
    _restrict(home_page)
    response = client.get("/ar/")
    assert response.status_code == 302 and "next=" in response["Location"]


def test_restriction_added_after_a_visit_applies(client, home_page, root_page):
    assert client.get("/ar/").status_code == 200
    restriction = _restrict(home_page)
    assert client.get("/ar/").status_code == 302
    restriction.delete()
    assert client.get("/ar/").status_code == 200
    _restrict(root_page)  # an ancestor's restriction covers the page too
    assert client.get("/ar/").status_code == 302


def test_who_may_see_a_restricted_page_is_read_fresh(client, home_page):
    group = Group.objects.create(name="facilitators")
    restriction = _restrict(home_page, PageViewRestriction.GROUPS)
    restriction.groups.add(group)
    user = UserFactory()
    client.force_login(user)
    assert client.get("/ar/").status_code != 200
    user.groups.add(group)
    assert client.get("/ar/").status_code == 200


def test_an_unrestricted_page_reads_no_restrictions(client, home_page):
    client.get("/ar/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/ar/").status_code == 200
    assert not [q for q in queries.captured_queries
                if "pageviewrestriction" in q["sql"] or "wagtailcore_page" in q["sql"]]
