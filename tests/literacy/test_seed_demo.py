import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from literacy.models import HomePage
from literacy.security.testing import login_verified

pytestmark = pytest.mark.django_db


def _counts():
    return Page.objects.count(), Site.objects.count(), get_user_model().objects.count()


def test_seed_demo_twice_duplicates_nothing(client):
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    first = _counts()
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
