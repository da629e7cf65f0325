"""Courses measures: a lesson page for an enrolled learner (issue 3, group `lesson`).

A course of 5 modules × 8 lessons with 12 blocks per lesson, requested 200 times after
warm-up; compared with the minimal Wagtail page, the two requested in turn.
"""

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Site

from courses import services
from courses.demo import stored_stream
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from literacy.models import HomePage

from .groups_core import MINIMAL_HOST, MINIMAL_PATH, minimal_page
from .measure import (
    metric,
    production_server,
    time_in_turn,
    time_requests,
    transfer_bytes,
)

LEARNER = "bench-learner"
PASSWORD = "bench-learner-password"  # noqa: S105 - throwaway bench database
SLUG = "bench-course"


def _body():
    blocks = [
        {"type": "heading", "value": "كيف تتحقق من الصورة"},
        {"type": "rich_text", "value": "<p>" + "نصّ الدرس عن القراءة الجانبية والتحقق. " * 20
                                        + "</p>"},
        {"type": "callout", "value": {"kind": "tip", "title": "نصيحة", "body": "<p>توقّف قبل أن تشارك.</p>"}},
        {"type": "checklist", "value": {"title": "علامات التحذير", "items": ["رابط غريب", "استعجال", "حساب جديد"]}},
        {"type": "case_study", "value": {"claim": "صورة من عام آخر", "context": "<p>انتشرت الصورة أمس.</p>",
                                         "verdict": "misleading", "explanation": "<p>الصورة قديمة.</p>",
                                         "sources": ["أرشيف الصور"]}},
        {"type": "quote", "value": {"text": "تحقّق قبل أن تشارك.", "source": "مدرّبة"}},
        {"type": "content_warning", "value": {"warning": "صور عنف", "body": "<p>وصف مخفي.</p>"}},
    ]
    return stored_stream([blocks[i % len(blocks)] for i in range(12)])


def _course(home):
    course = CoursePage.objects.filter(slug=SLUG).first()
    if course:
        return course
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = CourseIndexPage(title="الدورات", slug="courses")
        home.add_child(instance=index)
        index.save_revision().publish()
    course = CoursePage(title="دورة القياس", slug=SLUG)
    index.add_child(instance=course)
    course.save_revision().publish()
    body = _body()
    for m in range(5):
        module = ModulePage(title=f"وحدة {m + 1}", slug=f"m{m + 1}")
        course.add_child(instance=module)
        module.save_revision().publish()
        for n in range(8):
            lesson = LessonPage(title=f"درس {m + 1}.{n + 1}", slug=f"l{m + 1}-{n + 1}", body=body)
            module.add_child(instance=lesson)
            lesson.save_revision().publish()
    return course


def run_lesson(ctx):
    from django.core.management import call_command

    minimal_page()

    call_command("seed_demo", stdout=open("/dev/null", "w"))
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(home, HomePage)
    course = _course(home)
    User = get_user_model()
    user = User.objects.filter(username=LEARNER).first() or User.objects.create_user(
        username=LEARNER, password=PASSWORD
    )
    services.enroll(user=user, course=course)
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    for lesson in lessons[:10]:
        services.record_completion(user=user, lesson=lesson, source="manual", course=course)
    lesson = lessons[20]
    url = urlsplit(lesson.get_url()).path
    client = Client()
    client.force_login(user)
    timing = time_requests(client, url)
    yield metric("lesson.queries", timing["queries"], "queries")
    yield metric("lesson.server_ms_p50", timing["p50"], "ms")
    yield metric("lesson.server_ms_p95", timing["p95"], "ms")
    # For the ratio, the minimal Wagtail page is requested in turn with the lesson.
    lesson, minimal = time_in_turn((client, url, {}),
                                   (Client(), MINIMAL_PATH, {"HTTP_HOST": MINIMAL_HOST}))
    yield metric("lesson.vs_wagtail_min_ratio", lesson["p50"] / minimal["p50"], "ratio",
                 lesson_p50=round(lesson["p50"], 3), wagtail_min_p50=round(minimal["p50"], 3))

    def login(page, base_url):
        page.goto(base_url + "/ar/accounts/login/")
        page.fill("#id_username", LEARNER)
        page.fill("#id_password", PASSWORD)
        page.locator("main button[type=submit]").click()
        page.wait_for_load_state("networkidle")
        # Logging in fetched the stylesheet and fonts: forget them, so that the first
        # view of the lesson is a real first view (only the session cookie is kept).
        page.context.new_cdp_session(page).send("Network.clearBrowserCache")

    with production_server(ctx["database_url"]) as base_url:
        first, repeat = transfer_bytes(base_url, url, setup=login)
    yield metric("lesson.first_view_bytes", first, "bytes")
    yield metric("lesson.repeat_view_bytes", repeat, "bytes")


GROUPS = {"lesson": run_lesson}
