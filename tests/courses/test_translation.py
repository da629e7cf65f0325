import pytest

from courses.panels import missing_languages

from .builders import lessons_of, make_course

pytestmark = pytest.mark.django_db


def test_course_without_translation_falls_back_to_arabic_and_says_so(client, catalogue):
    course = make_course(catalogue, slug="arabic-only", title="دورة عربية فقط", title_en="")
    page = client.get("/en/courses/arabic-only/").content.decode()
    assert "دورة عربية فقط" in page
    assert "not translated into your language yet" in page
    assert missing_languages(course) == ["en", "fr"]
    lesson = lessons_of(course)[0]
    assert missing_languages(lesson) == ["en", "fr"]  # no English body


def test_translated_course_shows_english(client, course):
    page = client.get("/en/courses/course/").content.decode()
    assert "Verification course" in page
    assert "not translated into your language yet" not in page


def test_editor_sees_missing_languages_panel(client, admin_user, course):
    from literacy.security.testing import login_verified

    login_verified(client, admin_user)
    response = client.get(f"/admin/pages/{course.pk}/edit/")
    assert response.status_code == 200
    assert "Français" in response.content.decode() or "français" in response.content.decode()
