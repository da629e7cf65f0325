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


def test_the_h5p_origin_is_forgotten_too(client, home_page, settings):
    """Clear-Site-Data reaches one origin: the page after "forget this device" frames the
    H5P origin's own, which answers with it (quizzes/h5p/views.py::forget)."""
    settings.QUIZZES_H5P_ORIGIN = "http://localhost"
    response = client.post(reverse("accounts:forget_device"), follow=True)
    html = response.content.decode()
    assert '<iframe class="forget-h5p" src="http://localhost/h5p/forget/"' in html
    frame_src = next(part.split()[1:] for part in response["Content-Security-Policy"].split(";")
                     if part.split()[0] == "frame-src")
    assert "http://localhost" in frame_src
    cleared = client.get("/h5p/forget/", HTTP_HOST="localhost")
    assert cleared.status_code == 200
    assert cleared["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    assert "X-Frame-Options" not in cleared  # framed by the site's page
    assert client.get("/h5p/forget/").status_code == 404  # on the H5P origin only
    settings.QUIZZES_H5P_ORIGIN = ""  # H5P on this origin: its own Clear-Site-Data did it
    assert "forget-h5p" not in client.get(reverse("accounts:device_forgotten")).content.decode()
