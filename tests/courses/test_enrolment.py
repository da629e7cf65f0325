import pytest
from django.test import Client
from django.urls import reverse

from courses.models import Enrollment

from .builders import make_course

pytestmark = pytest.mark.django_db


def test_enrol_by_post_once_then_redirects_to_first_lesson(learner_client, learner, course, lessons):
    url = reverse("courses:enrol", args=[course.pk])
    first = learner_client.post(url)
    second = learner_client.post(url)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == lessons[0].url
    assert Enrollment.objects.filter(user=learner, course=course).count() == 1


def test_get_on_enrol_changes_nothing(learner_client, learner, course):
    response = learner_client.get(reverse("courses:enrol", args=[course.pk]))
    assert response.status_code == 405
    assert not Enrollment.objects.exists()


def test_enrol_needs_csrf_token(learner, course):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    response = client.post(reverse("courses:enrol", args=[course.pk]))
    assert response.status_code == 403
    assert not Enrollment.objects.exists()


def test_anonymous_enrol_goes_to_login(client, course):
    response = client.post(reverse("courses:enrol", args=[course.pk]))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Enrollment.objects.exists()


def test_unknown_or_draft_course_is_404(learner_client, catalogue):
    draft = make_course(catalogue, slug="draft-course")
    draft.unpublish()
    assert learner_client.post(reverse("courses:enrol", args=[draft.pk])).status_code == 404
    assert learner_client.post(reverse("courses:enrol", args=[999999])).status_code == 404


def test_cohort_only_course_refuses_self_enrolment(learner_client, catalogue):
    course = make_course(catalogue, slug="cohort", pacing="cohort_only")
    response = learner_client.post(reverse("courses:enrol", args=[course.pk]), follow=True)
    assert not Enrollment.objects.exists()
    assert "ميسّر" in response.content.decode() or "facilitator" in response.content.decode()


def test_course_page_offers_enrolment_then_continue(learner_client, course, lessons):
    page = learner_client.get(course.url).content.decode()
    assert reverse("courses:enrol", args=[course.pk]) in page
    learner_client.post(reverse("courses:enrol", args=[course.pk]))
    page = learner_client.get(course.url).content.decode()
    assert lessons[0].url in page
