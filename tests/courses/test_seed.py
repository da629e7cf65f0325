import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from courses.demo import load_courses
from courses.models import (
    Certificate,
    CoursePage,
    GlossaryTerm,
    LessonPage,
    LessonProgress,
)

pytestmark = pytest.mark.django_db


def test_demo_content_imports():
    courses = load_courses()
    assert len(courses) == 3
    for course in courses:
        assert len(course["modules"]) >= 3
        assert all(len(m["lessons"]) >= 2 for m in course["modules"])


def test_seed_twice_creates_nothing_new_and_keeps_edits(home_page):
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    counts = (CoursePage.objects.count(), LessonPage.objects.count(),
              GlossaryTerm.objects.count(), LessonProgress.objects.count(),
              Certificate.objects.count())
    assert counts[0] >= 1 and counts[3] > 0 and counts[4] >= 1
    course = CoursePage.objects.first()
    course.summary_ar = "ملخص عدّله المحرر"
    course.save_revision().publish()
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    assert counts == (CoursePage.objects.count(), LessonPage.objects.count(),
                      GlossaryTerm.objects.count(), LessonProgress.objects.count(),
                      Certificate.objects.count())
    assert CoursePage.objects.get(pk=course.pk).summary_ar == "ملخص عدّله المحرر"
    for name in ("Editors", "Moderators", "Facilitators"):
        assert Group.objects.filter(name=name).exists()
    assert Group.objects.get(name="Editors").user_set.filter(username="demo-editor").exists()


def test_editorial_groups_have_wagtail_permissions(home_page):
    from wagtail.models import GroupPagePermission

    from courses.permissions import ensure_groups

    ensure_groups()
    editors = set(GroupPagePermission.objects.filter(group__name="Editors")
                  .values_list("permission__codename", flat=True))
    moderators = set(GroupPagePermission.objects.filter(group__name="Moderators")
                     .values_list("permission__codename", flat=True))
    assert "publish_page" not in editors and {"add_page", "change_page"} <= editors
    assert "publish_page" in moderators
