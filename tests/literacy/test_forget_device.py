""""Forget this device" (literacy/accounts/views.py::forget_device): signed out, and the
browser told to drop the site's cookies, cache and storage."""

import pytest
from django.contrib.sessions.models import Session
from django.urls import reverse

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


def test_forget_this_device_clears_everything(client, home_page):
    client.force_login(UserFactory(username="huda"))
    key = client.session.session_key
    settings_page = client.get(reverse("accounts:settings")).content.decode()
    assert reverse("accounts:forget_device") in settings_page
    assert "نسيان هذا الجهاز" in settings_page

    response = client.post(reverse("accounts:forget_device"))
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    assert response["Location"] == reverse("accounts:device_forgotten")
    assert not Session.objects.filter(session_key=key).exists()
    assert client.get(reverse("accounts:settings")).status_code == 302  # signed out
    assert "نُسي هذا الجهاز" in client.get(response["Location"]).content.decode()


def test_a_signed_out_visitor_may_clear_the_phone_but_not_by_a_get(client, home_page):
    response = client.post(reverse("accounts:forget_device"))
    assert response["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    assert client.get(reverse("accounts:forget_device")).status_code == 405
    assert "Clear-Site-Data" not in client.get(reverse("accounts:forget_device"))
