"""Arabic shown on an English or French page says so: the element that holds a field which
fell back to Arabic carries lang="ar" dir="rtl" (literacy.fallback), and nothing else does
(interface strings around it stay in the page's language)."""

import re

import pytest
from django.utils import translation

from courses.models import LessonPage
from literacy.fallback import shown_language
from quizzes.demo import create_quiz
from quizzes.presentation import quiz_info
from tests.quizzes.data import quiz_data

from .builders import lessons_of, make_course

pytestmark = pytest.mark.django_db

ARABIC = ' lang="ar" dir="rtl"'


@pytest.fixture
def arabic_only(catalogue):
    """A course with no English or French title or summary; its first lesson has an
    English title but no English body."""
    course = make_course(catalogue, slug="arabic-only", title="دورة عربية فقط", title_en="")
    first = lessons_of(course)[0]
    LessonPage.objects.filter(pk=first.pk).update(title_en="Lesson in English")
    LessonPage.objects.exclude(pk=first.pk).descendant_of(course).update(title_en="")
    return course


def test_english_course_page_marks_the_arabic_title_and_summary(client, arabic_only):
    page = client.get("/en/courses/arabic-only/").content.decode()
    assert f'<h1 class="hero__title"{ARABIC}>دورة عربية فقط</h1>' in page
    assert f'<p class="hero__intro"{ARABIC}>ملخص الدورة</p>' in page
    # The article and its interface are English: only the fallen-back fields are marked.
    assert '<article class="course">' in page
    assert re.search(r'<h2>Course outline</h2>', page)


def test_english_lesson_marks_the_arabic_body_but_not_its_english_title(client, arabic_only):
    lesson = lessons_of(arabic_only)[0]
    page = client.get(lesson.get_url().replace("/ar/", "/en/", 1)).content.decode()
    assert f'<div class="lesson__body"{ARABIC}>' in page
    assert '<h1 class="lesson__title">Lesson in English</h1>' in page
    # The outline: lessons without an English title are marked, the English one is not.
    assert re.search(rf'<a href="[^"]+"{ARABIC}>درس 1\.2</a>', page)
    assert re.search(r'<a href="[^"]+" aria-current="page">Lesson in English</a>', page)


def test_french_catalogue_card_marks_the_arabic_title(client, arabic_only):
    page = client.get("/fr/courses/").content.decode()
    assert re.search(rf'<h2 class="card__title"{ARABIC}><a href="[^"]+">دورة عربية فقط</a>', page)


def test_arabic_pages_carry_no_fallback_marks(client, arabic_only):
    page = client.get("/ar/courses/arabic-only/").content.decode()
    assert '<h1 class="hero__title">دورة عربية فقط</h1>' in page
    assert page.count(ARABIC) == 2  # <html> and Basira's wrapper only


def test_translated_course_is_not_marked(client, course):
    page = client.get("/en/courses/course/").content.decode()
    assert '<h1 class="hero__title">Verification course</h1>' in page
    assert ARABIC not in page.replace('<span aria-current="true" lang="ar">', "")


def test_quiz_texts_say_which_language_they_are_shown_in(db):
    quiz = create_quiz("fallback-quiz", quiz_data())
    type(quiz).objects.filter(pk=quiz.pk).update(title_fr="", questions_fr=[])
    quiz.refresh_from_db()
    with translation.override("fr"):
        info = quiz_info(quiz)
        assert info["title_lang"] == "ar" and info["questions_lang"] == "ar"
    with translation.override("en"):
        assert shown_language(quiz, "questions") == "en"
