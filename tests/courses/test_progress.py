import pytest
from django.urls import reverse

from courses import services
from courses.models import Certificate, Enrollment, LessonProgress
from courses.outline import course_context

from .builders import lessons_of, make_course

pytestmark = pytest.mark.django_db


def _complete(client, lesson):
    return client.post(reverse("courses:complete", args=[lesson.pk]))


def test_mark_complete_twice_records_one_row(learner_client, learner, enrolled, lessons):
    assert _complete(learner_client, lessons[0]).status_code == 302
    assert _complete(learner_client, lessons[0]).status_code == 302
    assert LessonProgress.objects.filter(user=learner, lesson=lessons[0]).count() == 1


def test_completing_without_enrolment_is_refused_with_a_message(learner_client, learner, lessons):
    response = learner_client.post(
        reverse("courses:complete", args=[lessons[0].pk]), follow=True
    )
    assert not LessonProgress.objects.exists()
    assert "سجّل في هذه الدورة" in response.content.decode()


def test_completing_a_lesson_of_another_course_is_refused(
    learner_client, learner, enrolled, catalogue
):
    other = make_course(catalogue, slug="other")
    _complete(learner_client, lessons_of(other)[0])
    assert not LessonProgress.objects.filter(user=learner).exists()


def test_completion_needs_post(learner_client, enrolled, lessons):
    response = learner_client.get(reverse("courses:complete", args=[lessons[0].pk]))
    assert response.status_code == 405
    assert not LessonProgress.objects.exists()


def test_view_rule_lesson_completes_when_opened(learner_client, learner, catalogue):
    course = make_course(catalogue, slug="viewy", rule="view")
    services.enroll(user=learner, course=course)
    lesson = lessons_of(course)[0]
    learner_client.get(lesson.url)
    learner_client.get(lesson.url)
    assert LessonProgress.objects.filter(user=learner, lesson=lesson, source="view").count() == 1


def test_progress_percentage_and_time_left(rf, learner, enrolled, course, lessons):
    services.record_completion(user=learner, lesson=lessons[0], source="manual")
    request = rf.get("/")
    request.user = learner
    context = course_context(course, request)
    assert context["percent"] == 25
    assert context["minutes_left"] == 15
    assert context["done_count"] == 1


def test_completing_every_lesson_issues_one_certificate(learner_client, learner, enrolled, lessons):
    for lesson in lessons:
        _complete(learner_client, lesson)
        _complete(learner_client, lesson)
    assert Certificate.objects.filter(user=learner).count() == 1
    assert Enrollment.objects.get(pk=enrolled.pk).completed_at is not None


def test_unpublished_lesson_is_not_required_for_the_certificate(learner, enrolled, lessons):
    lessons[-1].unpublish()
    for lesson in lessons[:-1]:
        services.record_completion(user=learner, lesson=lesson, source="manual")
    assert Certificate.objects.filter(user=learner).exists()


def test_lesson_page_shows_mark_complete_and_outline(learner_client, enrolled, course, lessons):
    page = learner_client.get(lessons[1].url).content.decode()
    assert reverse("courses:complete", args=[lessons[1].pk]) in page
    assert lessons[0].url in page and lessons[2].url in page
    assert 'rel="prev"' in page and 'rel="next"' in page
