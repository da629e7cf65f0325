import pytest
from django.urls import reverse

from courses import services

pytestmark = pytest.mark.django_db


def test_dashboard_lists_courses_progress_and_certificates(learner_client, learner, enrolled, lessons):
    services.record_completion(user=learner, lesson=lessons[0], source="manual")
    page = learner_client.get(reverse("courses:dashboard")).content.decode()
    assert "دورة التحقق" in page
    assert 'value="25"' in page
    for lesson in lessons[1:]:
        services.record_completion(user=learner, lesson=lesson, source="manual")
    page = learner_client.get(reverse("courses:dashboard")).content.decode()
    assert 'value="100"' in page
    assert "/learn/certificates/" in page


def test_dashboard_needs_login(client):
    response = client.get(reverse("courses:dashboard"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
