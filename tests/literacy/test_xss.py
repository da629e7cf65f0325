"""Script injection: payloads in every field editors and learners fill never run.

Each page is parsed (html.parser) and must hold no script that came from a payload, no
event-handler attribute, no javascript: URL and no element a payload tried to inject.
"""

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from courses.demo import stored_stream
from courses.models import Announcement, Certificate, GlossaryTerm, LessonPage
from quizzes.demo import create_quiz
from tests.courses.builders import make_catalogue, make_course, publish
from tests.courses.cohort_fixtures import *  # noqa: F403
from tests.courses.cohort_fixtures import make_cohort
from tests.factories import UserFactory
from tests.quizzes.data import QUESTIONS, quiz_data
from tests.quizzes.helpers import post_data

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg onload=alert(1)>",
    "'><a href=javascript:alert(1)>x</a>",
    "javascript:alert(1)",
]
DIAGRAM = (Path(__file__).resolve().parents[2] / "courses" / "demo_content" / "images"
           / "sift-four-moves.svg")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster",
                  "background", "srcdoc"}


class Inspector(HTMLParser):
    """Collects what would run: inline scripts, handlers, javascript: URLs, injected tags."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script":
            src = attributes.get("src")
            if src is None and attributes.get("type") != "application/json":
                self._in_script = True
            elif src is not None and not src.startswith("/static/"):
                self.problems.append(f"script from {src}")
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.problems.append(f"<{tag} {name}={value!r}>")
            cleaned = "".join(ch for ch in (value or "") if ch > " ").lower()
            if name.lower() in URL_ATTRIBUTES and cleaned.startswith(("javascript:",
                                                                       "vbscript:")):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "img" and attributes.get("src") == "x":
            self.problems.append("injected <img src=x>")

    def handle_data(self, data):
        if self._in_script and "alert(" in data:
            self.problems.append(f"inline script {data[:60]!r}")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False


def problems_in(html: str) -> list[str]:
    inspector = Inspector()
    inspector.feed(html)
    inspector.close()
    return inspector.problems


def assert_safe(response, *, expect=None):
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    assert problems_in(html) == []
    if expect is not None:  # the payload is shown, escaped, not dropped silently
        assert expect in html


def test_the_inspector_catches_each_payload_unescaped():
    for payload in PAYLOADS[:4]:
        assert problems_in(f"<p>{payload}</p>") or problems_in(f'<a title="{payload}">'), \
            payload
    assert problems_in('<a href=" JaVa\tScRipt:alert(1)">x</a>')


def _payload(n: int) -> str:
    return PAYLOADS[n % len(PAYLOADS)]


def _poisoned(value, counter):
    """Every translated text of quiz data replaced by a payload (numbered: unique)."""
    if isinstance(value, dict) and value and set(value) <= {"ar", "en", "fr"}:
        counter[0] += 1
        return {lang: f"{_payload(counter[0])}{counter[0]}" for lang in value}
    if isinstance(value, dict):
        return {key: _poisoned(item, counter) for key, item in value.items()}
    if isinstance(value, list):
        return [_poisoned(item, counter) for item in value]
    return value


def _rich_text_from_editor(text: str, url: str) -> str:
    """Rich text as Wagtail's editor (Draftail) stores it: the form posts contentstate,
    which Wagtail converts to its database HTML."""
    from wagtail.admin.rich_text import DraftailRichTextArea

    contentstate = {
        "blocks": [{"key": "a1", "type": "unstyled", "depth": 0, "text": f"{text} link",
                    "inlineStyleRanges": [], "data": {},
                    "entityRanges": [{"offset": len(text) + 1, "length": 4, "key": 0}]}],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE",
                            "data": {"url": url}}},
    }
    widget = DraftailRichTextArea(features=["bold", "italic", "link"])
    return widget.value_from_datadict({"body": json.dumps(contentstate)}, {}, "body")


@pytest.fixture
def poisoned_course(home_page):
    catalogue = make_catalogue(home_page)
    term = GlossaryTerm.objects.create(
        key="xss-term", term=PAYLOADS[0], term_ar=PAYLOADS[0], term_en=PAYLOADS[1],
        definition=PAYLOADS[2], definition_ar=PAYLOADS[2], definition_en=PAYLOADS[3],
    )
    # A practice quiz: its review shows the (poisoned) feedback and explanations at once.
    quiz = create_quiz("xss-quiz", quiz_data(kind="practice",
                                             title={"ar": PAYLOADS[0], "en": PAYLOADS[1]},
                                             intro={"ar": PAYLOADS[2], "en": PAYLOADS[3]},
                                             questions=_poisoned(QUESTIONS[:4], [0])))
    image = get_image_model().objects.create(
        title=PAYLOADS[1], file=ContentFile(DIAGRAM.read_bytes(), name="diagram.svg"))
    media = get_document_model().objects.create(
        title=PAYLOADS[0], file=ContentFile(b"not really a video", name="clip.mp4"))
    rich = _rich_text_from_editor(PAYLOADS[0] + PAYLOADS[2], "javascript:alert(1)")
    assert "javascript:" not in rich and "<script>" not in rich
    body = stored_stream([
        {"type": "heading", "value": PAYLOADS[1]},
        {"type": "rich_text", "value": rich},
        {"type": "callout", "value": {"kind": "tip", "title": PAYLOADS[1], "body": rich}},
        {"type": "checklist", "value": {"title": PAYLOADS[2], "items": PAYLOADS[:4]}},
        {"type": "case_study", "value": {
            "claim": PAYLOADS[0], "context": rich, "verdict": "false",
            "explanation": rich, "sources": PAYLOADS[:4]}},
        {"type": "quote", "value": {"text": PAYLOADS[1], "source": PAYLOADS[4]}},
        {"type": "content_warning", "value": {"warning": PAYLOADS[2], "body": rich}},
        {"type": "resource", "value": {"title": PAYLOADS[3], "description": PAYLOADS[0],
                                       "url": "https://example.org/"}},
        {"type": "glossary_term", "value": {"term": term.pk}},
        {"type": "image", "value": {"image": image.pk, "alt": PAYLOADS[1],
                                    "caption": PAYLOADS[0]}},
        {"type": "video", "value": {"title": PAYLOADS[2], "file": media.pk, "embed": "",
                                    "captions": None, "transcript": rich}},
        {"type": "audio", "value": {"title": PAYLOADS[1], "file": media.pk,
                                    "transcript": rich}},
        {"type": "quiz", "value": {"quiz": quiz.pk}},
    ])
    course = make_course(catalogue, slug="xss", title=PAYLOADS[0], title_en=PAYLOADS[1],
                         modules=1, lessons=1)
    module = course.get_children().first()
    lesson = publish(module, LessonPage(title=PAYLOADS[1], title_en=PAYLOADS[2],
                                        slug="xss-lesson", completion_rule="manual",
                                        estimated_minutes=5, body=body))
    return course, lesson, quiz


def test_course_lesson_blocks_glossary_and_quiz_render_no_payload(client, poisoned_course):
    course, lesson, quiz = poisoned_course
    learner = UserFactory(username="reader")
    client.force_login(learner)
    client.post(reverse("courses:enrol", args=[course.pk]))
    for language in ("ar", "en"):
        assert_safe(client.get(course.get_url().replace("/ar/", f"/{language}/")))
        assert_safe(client.get(lesson.get_url().replace("/ar/", f"/{language}/")))
    html = client.get(lesson.get_url()).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text
    assert_safe(client.get(reverse("courses:dashboard")))
    assert_safe(client.get(reverse("courses:search"), {"q": PAYLOADS[0]}))
    assert_safe(client.get(reverse("courses:search"), {"q": PAYLOADS[1]}))
    # Submit the quiz (right then wrong): the review shows feedback and explanations.
    for right in (True, False):
        data = post_data(learner, quiz, lesson, right=right)
        response = client.post(reverse("quizzes:submit", args=[quiz.pk]), data, follow=True)
        assert_safe(response)


def test_the_catalogue_escapes_course_titles(client, poisoned_course):
    course, _lesson, _quiz = poisoned_course
    index = course.get_parent()
    assert_safe(client.get(index.get_url()), expect="&lt;script&gt;alert(1)&lt;/script&gt;")


def _payload_user(username):
    """Pseudonyms that sign-up refuses, made directly (as an import or the admin could)."""
    return get_user_model().objects.create_user(username=username, password="x-long-pass-1")


def test_sign_up_refuses_markup_in_pseudonyms_and_escapes_the_form(client, db):
    for payload in PAYLOADS[:4]:
        response = client.post(reverse("accounts:signup"), {
            "username": payload, "password1": "a long passphrase 42",
            "password2": "a long passphrase 42", "language": "ar"})
        assert_safe(response)
        assert not get_user_model().objects.filter(username=payload).exists()


@pytest.fixture
def poisoned_cohort(organisation, facilitator, course):
    organisation.name = PAYLOADS[3]
    organisation.save()
    learners = [_payload_user(payload) for payload in PAYLOADS]
    cohort = make_cohort(name=PAYLOADS[0] + PAYLOADS[1], organisation=organisation,
                         facilitator=facilitator, courses=[course], learners=learners)
    Announcement.objects.create(cohort=cohort, body=PAYLOADS[2] + "\n" + PAYLOADS[0],
                                author=facilitator)
    return cohort, learners


def test_cohort_pages_escape_pseudonyms_names_and_announcements(facilitator_client,
                                                                poisoned_cohort):
    cohort, learners = poisoned_cohort
    client = facilitator_client
    for name in ("dashboard", "announcements", "attendance", "report", "code", "pacing"):
        assert_safe(client.get(reverse(f"cohorts:{name}", args=[cohort.pk])))
    assert_safe(client.get(reverse("cohorts:home")))
    for learner in learners:
        assert_safe(client.get(reverse("cohorts:learner", args=[cohort.pk, learner.pk])))
    data = client.get(reverse("cohorts:data", args=[cohort.pk]))
    assert data["Content-Type"].startswith("application/json")
    # A facilitator posting an announcement with markup sees it as text.
    response = client.post(reverse("cohorts:announcements", args=[cohort.pk]),
                           {"body": PAYLOADS[1]}, follow=True)
    assert_safe(response, expect="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
    # The learners' side: the invitation page, the join form, the announcements.
    learner = learners[0]
    learner_client = Client()
    learner_client.force_login(learner)
    assert_safe(learner_client.get(reverse("cohorts:invite", args=[cohort.join_code])))
    assert_safe(learner_client.get(reverse("cohorts:join")))
    for payload in PAYLOADS:
        response = learner_client.post(reverse("cohorts:join"), {"code": payload})
        assert response.status_code in (200, 400)
        assert problems_in(response.content.decode()) == []
    assert_safe(learner_client.get(reverse("courses:dashboard")),
                expect="&lt;svg onload=alert(1)&gt;")


def test_the_cohort_creation_form_escapes_a_rejected_name(facilitator_client, organisation,
                                                         course):
    response = facilitator_client.post(reverse("cohorts:create"), {
        "name": PAYLOADS[0], "organisation": organisation.pk, "courses": [course.pk],
        "starts_on": "2026-01-10", "ends_on": "2026-01-01"})
    assert problems_in(response.content.decode()) == []


def test_exports_and_verification_escape_pseudonyms(client, home_page):
    catalogue = make_catalogue(home_page)
    course = make_course(catalogue, slug="plain", modules=1, lessons=1, title=PAYLOADS[2])
    for payload in PAYLOADS:
        user = _payload_user(payload)
        certificate = Certificate.objects.create(user=user, course=course)
        membership_client = Client()
        membership_client.force_login(user)
        assert_safe(membership_client.get(reverse("accounts:personal_data")))
        assert_safe(membership_client.get(reverse("accounts:settings")))
        assert_safe(membership_client.get(reverse("accounts:delete")))
        assert_safe(client.get(reverse("courses:verify", args=[certificate.code])))
        exported = membership_client.get(reverse("accounts:personal_data_json"))
        assert exported["Content-Type"].startswith("application/json")
        assert exported["Content-Disposition"].startswith("attachment")


def test_rich_text_from_the_editor_drops_javascript_links():
    for url in ("javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>"):
        html = _rich_text_from_editor("text", url)
        assert problems_in(html) == [], url
        assert "script:" not in html.lower() and "data:" not in html.lower(), url
    safe = _rich_text_from_editor("text", "https://example.org/")
    assert 'href="https://example.org/"' in safe


def test_cohort_exports_are_files_not_pages(facilitator_client, poisoned_cohort):
    """Pseudonyms with markup leave as data in a download, never as an HTML page (the
    cohort tests check that cells starting with = + - @ are neutralised)."""
    cohort, _learners = poisoned_cohort
    for fmt in ("csv", "xlsx"):
        response = facilitator_client.get(reverse("cohorts:export", args=["matrix", fmt]),
                                          {"cohort": cohort.pk})
        assert response.status_code == 200
        assert "html" not in response["Content-Type"]
        assert response["Content-Disposition"].startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"
