import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, ReferenceIndex, Site

from literacy.models import HomePage
from literacy.security.testing import login_verified

pytestmark = pytest.mark.django_db
BLOCK_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _counts():
    return Page.objects.count(), Site.objects.count(), get_user_model().objects.count()


def _references():
    """The index's rows, block ids left out: the home page's blocks are stored without
    ids, so each reading of it names them anew."""
    return {(*row[:4], BLOCK_ID.sub("<id>", row[4])) for row in ReferenceIndex.objects.values_list(
        "base_content_type", "object_id", "to_content_type", "to_object_id", "content_path")}


def test_seed_demo_twice_duplicates_nothing(client, reference_index):
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    first = _counts()
    # Its saves index references once each, at the end (literacy/references.py): indexing
    # every page and snippet again from what is stored changes nothing. (Wagtail's
    # rebuild_references_index is no oracle: it indexes each page as a base Page too.)
    seeded = _references()
    for page in Page.objects.specific():
        ReferenceIndex.create_or_update_for_object(page)
    for model in ReferenceIndex.indexed_models:
        if not issubclass(model, Page):
            for instance in model.objects.all():
                ReferenceIndex.create_or_update_for_object(instance)
    assert seeded and seeded == _references()
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    assert _counts() == first
    assert HomePage.objects.count() == 1
    html = client.get("/ar/").content.decode()
    assert "بصيرة" in html and 'dir="rtl"' in html


def test_seed_demo_keeps_an_editors_changes():
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    home = HomePage.objects.get()
    home.title_ar = "عنوان كتبه المحرر"
    home.save_revision().publish()
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    assert HomePage.objects.get().title_ar == "عنوان كتبه المحرر"


def test_seed_demo_admin_can_open_the_arabic_admin(client):
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    assert client.login(username="admin", password="basira-demo-admin")
    # Staff must pass two-factor authentication before the admin opens.
    assert client.get("/admin/").url.startswith("/ar/security/two-factor/setup/")
    login_verified(client, get_user_model().objects.get(username="admin"))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert 'dir="rtl"' in response.content.decode()
