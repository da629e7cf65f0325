import pytest
from django.test import RequestFactory
from wagtail import hooks

from courses.access import activity_access
from courses.models import LessonPage

from .builders import lessons_of, make_course

pytestmark = pytest.mark.django_db


def test_draft_lesson_is_404_and_not_linked(learner_client, enrolled, course, lessons):
    module = lessons[0].get_parent()
    draft = LessonPage(title="مسودة", slug="draft-lesson", live=False)
    module.add_child(instance=draft)
    draft.save_revision()
    response = learner_client.get(f"{course.url}module-1/draft-lesson/")
    assert response.status_code == 404
    page = learner_client.get(lessons[1].url).content.decode()
    assert "draft-lesson" not in page


def test_unpublished_lesson_is_404_and_skipped_by_previous_next(
    learner_client, enrolled, course, lessons
):
    url = lessons[1].url
    lessons[1].unpublish()
    assert learner_client.get(url).status_code == 404
    response = learner_client.get(lessons[0].url)
    assert response.context["next_lesson"].page.pk == lessons[2].pk
    assert url not in response.content.decode()
    response = learner_client.get(lessons[2].url)
    assert response.context["previous_lesson"].page.pk == lessons[0].pk


def test_lessons_of_an_unpublished_module_are_404(learner_client, enrolled, lessons):
    url = lessons[0].url
    lessons[0].get_parent().unpublish()
    assert learner_client.get(url).status_code == 404


def test_cohort_only_lessons_are_hidden_from_strangers(client, catalogue):
    course = make_course(catalogue, slug="cohort", pacing="cohort_only")
    assert client.get(lessons_of(course)[0].url).status_code == 404


def test_activity_access_hook(learner, catalogue, course, lessons):
    request = RequestFactory().get("/")
    request.user = learner
    assert [fn for fn in hooks.get_hooks("basira_activity_access")]
    assert activity_access(request, lessons[0]) is True
    assert activity_access(request, course) is None
    lessons[1].unpublish()
    assert activity_access(request, LessonPage.objects.get(pk=lessons[1].pk)) is False
    cohort = make_course(catalogue, slug="cohort", pacing="cohort_only")
    assert activity_access(request, lessons_of(cohort)[0]) is False


def test_page_type_rules(catalogue, course):
    from courses.models import CourseIndexPage, CoursePage, ModulePage

    assert CoursePage.can_create_at(catalogue)
    assert not LessonPage.can_create_at(catalogue)
    assert not ModulePage.can_create_at(catalogue)
    assert ModulePage.can_create_at(course)
    assert not LessonPage.can_create_at(course)
    assert CourseIndexPage.can_create_at(catalogue.get_parent())


def test_module_url_redirects_to_the_course_outline(client, course, lessons):
    module = lessons[0].get_parent()
    response = client.get(module.url)
    assert response.status_code == 302
    assert response["Location"].endswith(f"#module-{module.pk}")
