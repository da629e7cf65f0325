"""Run inside the host site's virtual environment (by test_install.py): seed one small
course with a quiz through the ORM, then render it with the test client in Arabic and
English. Prints one JSON line with what it saw."""

import json
import os
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hostsite.settings.dev")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from courses.models import (  # noqa: E402
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ModulePage,
)
from quizzes.demo import create_quiz  # noqa: E402

setup_test_environment()
settings.ALLOWED_HOSTS = ["testserver", "localhost"]


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def T(ar, en):  # noqa: N802 - the demo content's helper name
    return {"ar": ar, "en": en}


home = Site.objects.get(is_default_site=True).root_page.specific
catalogue = publish(home, CourseIndexPage(
    title="الدورات", title_ar="الدورات", title_en="Courses", slug="courses"))
course = publish(catalogue, CoursePage(
    title="التحقق من الأخبار", title_ar="التحقق من الأخبار", title_en="Checking the news",
    slug="checking", summary="ملخص الدورة", summary_ar="ملخص الدورة",
    summary_en="What the course is about"))
module = publish(course, ModulePage(
    title="الوحدة الأولى", title_ar="الوحدة الأولى", title_en="First module", slug="module-1"))
quiz = create_quiz("host-quiz", {
    "kind": "graded", "title": T("اختبار قصير", "Short quiz"), "intro": T("سؤالان", "Two questions"),
    "pass_mark": 50, "attempts_allowed": 0, "form": None, "questions": [
        {"type": "true_false", "prompt": T("الصور لا تكذب.", "Photos never lie."),
         "explanation": T("الصور تُقتطع من سياقها.", "Photos are taken out of context."),
         "answer": False, "feedback_true": T("ليس دائماً", "Not always"),
         "feedback_false": T("صحيح", "Right")},
    ],
})
lesson = publish(module, LessonPage(
    title="توقّف أولاً", title_ar="توقّف أولاً", title_en="Stop first", slug="stop-first",
    body_ar=[{"type": "rich_text", "value": "<p>نصّ الدرس</p>"}],
    body_en=[{"type": "rich_text", "value": "<p>The text of the lesson</p>"}]))
quiz_lesson = publish(module, LessonPage(
    title="اختبر نفسك", title_ar="اختبر نفسك", title_en="Test yourself", slug="quiz",
    body_ar=[{"type": "quiz", "value": {"quiz": quiz.pk}}],
    body_en=[{"type": "quiz", "value": {"quiz": quiz.pk}}]))

seen = {"modules": sorted(m for m in sys.modules if m.split(".")[0] == "literacy"), "pages": {}}
learner = get_user_model().objects.create_user("learner-1", password=None)
client = Client()
client.force_login(learner)  # quizzes are taken signed in
for lang in ("ar", "en"):
    for name, page in (("course", course), ("lesson", lesson), ("quiz", quiz_lesson)):
        url = Page.objects.get(pk=page.pk).specific.get_url()
        response = client.get(url, HTTP_ACCEPT_LANGUAGE=lang)
        html = response.content.decode()
        seen["pages"][f"{lang}:{name}"] = {
            "url": url, "status": response.status_code, "html": html,
            "templates": [t.name for t in response.templates if t.name],
        }
# The host's editors: a catalogue fits under their home page; Basira's own home page type
# is not offered. A superuser's admin dashboard names the optional parts switched off.
from literacy.models import HomePage  # noqa: E402

seen["catalogue_under_home"] = CourseIndexPage.can_create_at(home)
seen["basira_home_page_creatable"] = HomePage.is_creatable
admin = get_user_model().objects.create_superuser("admin-1", password=None)
client.force_login(admin)
dashboard = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
seen["admin"] = {"status": dashboard.status_code, "html": dashboard.content.decode()}
print("RESULT " + json.dumps(seen))
