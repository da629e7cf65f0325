"""No request leaves the site's own origins, on every page type, in every language.

Visits, in Arabic, English and French (one browser context per language): the home page,
catalogue, search, a course, a lesson with every LessonStreamBlock block, a quiz lesson and
its attempt report, an H5P lesson (the H5P origin counts as the site's own), the learner's
dashboard, certificate verification, the privacy page, the account pages (sign-up, login,
password, language settings, two-factor setup), the Wagtail admin login, and the
facilitator area with a second factor (cohort dashboard, learner detail, cohort and
organisation reports). Any request to another host fails the test, and so does any
Content-Security-Policy violation reported on the console.
"""

import io
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from courses.blocks import LessonStreamBlock
from courses.demo import stored_stream
from courses.models import Certificate, LessonPage, Organisation
from courses.services import enroll
from literacy.security.testing import login_verified
from quizzes.attempts import submit
from quizzes.demo import create_quiz
from quizzes.h5p.ingest import ingest_package
from tests.courses.builders import make_catalogue, make_course, publish
from tests.courses.cohort_fixtures import make_cohort, make_facilitator
from tests.factories import UserFactory
from tests.quizzes.data import quiz_data
from tests.quizzes.h5p_packages import fixture_bytes
from tests.quizzes.helpers import answer_fields, as_querydict, token_for

from .test_learner_journey import _every_block_body

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = ("ar", "en", "fr")
CSP_WORDS = ("Content Security Policy", "Content-Security-Policy")


@pytest.fixture
def site(home_page, h5p_origin):
    catalogue = make_catalogue(home_page)
    course = make_course(catalogue, slug="digital-safety", title="الأمان الرقمي",
                         title_en="Digital safety", modules=1, lessons=1)
    module = course.get_children().first()
    quiz = create_quiz("no-third-party", quiz_data())
    package = ingest_package(upload=io.BytesIO(fixture_bytes()), title="صح أم خطأ")
    every = publish(module, LessonPage(
        title="كل أنواع المحتوى", title_en="Every block", title_fr="Tous les blocs",
        slug="every-block", body=_every_block_body()))
    quiz_lesson = publish(module, LessonPage(
        title="اختبار", title_en="Quiz", slug="quiz-lesson",
        body=stored_stream([{"type": "quiz", "value": {"quiz": quiz.pk}}])))
    h5p_lesson = publish(module, LessonPage(
        title="نشاط", title_en="Activity", slug="h5p-lesson",
        body=stored_stream([{"type": "h5p",
                             "value": {"package": package.pk, "completes_lesson": True}}])))
    used = {block["type"] for lesson in (every, quiz_lesson, h5p_lesson)
            for block in lesson.body.raw_data}
    missing = set(LessonStreamBlock.base_blocks) - used
    assert not missing, f"add these blocks to the visited lessons: {sorted(missing)}"

    learner = UserFactory(username="layla")
    enroll(user=learner, course=course)
    attempt = submit(user=learner, quiz=quiz, page=quiz_lesson,
                     form=token_for(learner, quiz, quiz_lesson),
                     data=as_querydict(answer_fields(quiz))).attempt
    certificate = Certificate.objects.create(user=learner, course=course)
    organisation = Organisation.objects.create(name="شبكة الصحفيين")
    facilitator = make_facilitator("mona", organisation)
    organisation.coordinators.add(facilitator)
    cohort = make_cohort(name="زمالة", organisation=organisation, facilitator=facilitator,
                         courses=[course], learners=[learner])

    with translation.override("ar"):
        anonymous = [
            "/ar/", reverse("courses:catalogue"), reverse("courses:search") + "?q=الأمان",
            course.url, reverse("courses:verify", args=[certificate.code]),
            reverse("privacy"), reverse("accounts:signup"), reverse("accounts:login"),
        ]
        learner_pages = [
            every.url, quiz_lesson.url, h5p_lesson.url,
            reverse("quizzes:attempt", args=[attempt.pk]), reverse("courses:dashboard"),
            reverse("accounts:password_change"), reverse("accounts:settings"),
            reverse("security:setup"),
        ]
        facilitator_pages = [
            reverse("cohorts:home"), reverse("cohorts:dashboard", args=[cohort.pk]),
            reverse("cohorts:learner", args=[cohort.pk, learner.pk]),
            reverse("cohorts:report", args=[cohort.pk]),
            reverse("cohorts:organisation_report", args=[organisation.pk]),
        ]
    return {"anonymous": anonymous, "learner": (learner, learner_pages),
            "facilitator": (facilitator, facilitator_pages), "h5p": h5p_lesson.url}


def _in(language: str, path: str) -> str:
    return f"/{language}/{path[4:]}" if path.startswith("/ar/") else path


def _session(user, *, staff: bool) -> str:
    client = Client()
    if staff:
        login_verified(client, user)
    else:
        client.force_login(user)
    return client.cookies["sessionid"].value


class Recorder:
    def __init__(self, page):
        self.requests: list[str] = []
        self.csp: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("console", lambda message: self.csp.append(message.text)
                if any(word in message.text for word in CSP_WORDS) else None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_requests_a_third_party(browser, live_server, site, h5p_origin, language):
    own_hosts = {urlsplit(live_server.url).hostname, urlsplit(h5p_origin).hostname}
    context = browser.new_context(locale=language, viewport={"width": 360, "height": 740})
    page = context.new_page()
    recorder = Recorder(page)
    visited = []

    def visit(path):
        response = page.goto(live_server.url + _in(language, path))
        page.wait_for_load_state("networkidle")
        assert response.status < 400, (path, response.status)
        assert page.locator("html").get_attribute("lang") == language, path
        visited.append(path)

    try:
        for path in site["anonymous"]:
            visit(path)
        visit("/admin/login/")  # Wagtail's own page, its language from the browser

        learner, pages = site["learner"]
        context.add_cookies([{"name": "sessionid", "url": live_server.url,
                              "value": _session(learner, staff=False)}])
        for path in pages:
            visit(path)
            if path == site["h5p"]:  # the player really ran, from the H5P origin
                page.frame_locator("iframe.h5p-activity__frame").locator(
                    ".h5p-content, .h5p-true-false").first.wait_for(timeout=30000)

        facilitator, pages = site["facilitator"]
        context.clear_cookies()
        context.add_cookies([{"name": "sessionid", "url": live_server.url,
                              "value": _session(facilitator, staff=True)}])
        for path in pages:
            visit(path)
    finally:
        context.close()

    foreign = [url for url in recorder.requests
               if urlsplit(url).scheme not in ("data", "blob", "about")
               and urlsplit(url).hostname not in own_hosts]
    assert foreign == [], foreign
    assert recorder.csp == [], recorder.csp
    assert len(visited) == len(site["anonymous"]) + 1 + len(site["learner"][1]) \
        + len(site["facilitator"][1])
