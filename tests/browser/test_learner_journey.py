"""The learner journey in Chromium, in Arabic, on a 360 px phone; axe on every page type."""

import io
import shutil
import subprocess
import unicodedata

import pytest
from django.core.files.base import ContentFile
from pypdf import PdfReader
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from courses.models import LessonPage
from tests.courses.builders import make_catalogue, make_course, make_term, publish

from .conftest import SCREENSHOTS

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "أساسيات الأمان الرقمي للصحفيين"
SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">'
       b'<rect width="200" height="100" fill="#0b5c55"/></svg>')


def _every_block_body():
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:  # flushed by transactional tests
        Collection.add_root(name="Root")
    Image, Document = get_image_model(), get_document_model()
    image = Image(title="diagram")
    image.file.save("diagram.svg", ContentFile(SVG), save=False)
    image.width, image.height = 200, 100
    image.save()
    document = Document(title="checklist")
    document.file.save("checklist.txt", ContentFile("قائمة\n".encode()), save=True)
    term = make_term()
    return [
        {"type": "heading", "value": "عنوان"},
        {"type": "rich_text", "value": "<p>نصّ <b>الدرس</b>.</p>"},
        {"type": "image", "value": {"image": image.pk, "alt": "رسم توضيحي", "caption": "تعليق"}},
        {"type": "video", "value": {"title": "فيديو", "file": document.pk, "embed": None,
                                    "captions": None, "transcript": "<p>النص</p>"}},
        {"type": "audio", "value": {"title": "تسجيل", "file": document.pk,
                                    "transcript": "<p>النص</p>"}},
        {"type": "callout", "value": {"kind": "tip", "title": "نصيحة", "body": "<p>توقّف.</p>"}},
        {"type": "callout", "value": {"kind": "warning", "title": "تحذير", "body": "<p>انتبه.</p>"}},
        {"type": "callout", "value": {"kind": "example", "title": "مثال", "body": "<p>مثال.</p>"}},
        {"type": "checklist", "value": {"title": "علامات التصيّد", "items": ["رابط غريب", "استعجال"]}},
        {"type": "case_study", "value": {"claim": "صورة قديمة", "context": "<p>سياق</p>",
                                         "verdict": "misleading", "explanation": "<p>شرح</p>",
                                         "sources": ["أرشيف"]}},
        {"type": "quote", "value": {"text": "تحقّق قبل أن تشارك.", "source": "مدرّبة"}},
        {"type": "glossary_term", "value": {"term": term.pk}},
        {"type": "resource", "value": {"document": document.pk, "title": "قائمة للطباعة",
                                       "description": "ملف نصي"}},
        {"type": "handout", "value": {"handout": "sift-pocket-card", "title": "بطاقة للجيب",
                                      "description": "للطباعة"}},
        {"type": "content_warning", "value": {"warning": "صور عنف", "body": "<p>مخفي</p>"}},
        {"type": "local_resources", "value": {"title": "مدقّقو الحقائق",
                                              "kinds": ["fact_checker"], "countries": []}},
    ]


@pytest.fixture
def demo_course(home_page):
    catalogue = make_catalogue(home_page)
    course = make_course(catalogue, slug="digital-safety", title=TITLE,
                         title_en="Digital safety basics", modules=2, lessons=2, blocks=3)
    module = course.get_children().first()
    publish(module, LessonPage(title="كل أنواع المحتوى", title_en="Every block",
                               slug="every-block", body=_every_block_body()))
    return course


def _check_axe(visit, name):
    visit.screenshot(name)
    violations = visit.axe_violations()
    assert violations == [], (name, violations)


def test_learner_journey_in_arabic(visit, live_server, demo_course, tmp_path):
    page = visit.page
    base = live_server.url
    page.goto(f"{base}/ar/accounts/signup/")
    page.fill("#id_username", "nour_q")
    page.fill("#id_password1", "a-long-pass-phrase-42")
    page.fill("#id_password2", "a-long-pass-phrase-42")
    page.select_option("#id_language", "ar")
    visit.screenshot("journey-01-signup-ar")
    page.locator("main button[type=submit]").click()
    page.wait_for_url(f"{base}/ar/accounts/recovery-codes/")  # codes first, shown once

    # Search with another hamza spelling: "الامان" finds "الأمان".
    page.goto(f"{base}/ar/learn/search/?q=الامان")
    visit.screenshot("journey-02-search-ar")
    page.get_by_role("link", name=TITLE).click()
    page.get_by_role("button", name="سجّل وابدأ").click()
    page.wait_for_selector("h1.lesson__title")

    for _ in range(10):
        button = page.get_by_role("button", name="تحديد كمكتمل")
        if button.count() == 0:
            break
        button.click()
        page.wait_for_load_state()
        if page.url.endswith("/digital-safety/"):
            break
    visit.screenshot("journey-03-last-lesson-ar")
    page.goto(f"{base}/ar/courses/digital-safety/")
    assert "أتممت هذه الدورة" in page.content()
    visit.screenshot("journey-04-course-complete-ar")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="نزّل شهادتك (PDF)").click()
    pdf_path = tmp_path / "certificate.pdf"
    download_info.value.save_as(pdf_path)
    text = unicodedata.normalize(
        "NFKC", PdfReader(io.BytesIO(pdf_path.read_bytes())).pages[0].extract_text()
    )
    assert TITLE in text, text
    assert "شهادة إتمام" in text
    if shutil.which("pdftoppm"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf_path), str(SCREENSHOTS / "journey-05-certificate-ar")],
                       check=True)

    page.goto(f"{base}/ar/learn/dashboard/")
    assert page.locator("progress").first.get_attribute("value") == "100"
    assert "100" in page.locator(".progress__label").first.inner_text()
    visit.screenshot("journey-06-dashboard-ar")
    assert visit.foreign_requests() == []


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_course_pages_have_no_serious_axe_violations(visit, live_server, demo_course, lang):
    from courses.services import enroll, record_completion
    from tests.factories import DEFAULT_PASSWORD, UserFactory

    user = UserFactory(username="axe_learner")
    enroll(user=user, course=demo_course)
    first = LessonPage.objects.descendant_of(demo_course).order_by("path").first()
    record_completion(user=user, lesson=first, source="manual")
    page = visit.page
    base = live_server.url
    page.goto(f"{base}/{lang}/accounts/login/")
    page.fill("#id_username", "axe_learner")
    page.fill("#id_password", DEFAULT_PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()
    for name, path in [
        ("catalogue", f"/{lang}/courses/"),
        ("course", f"/{lang}/courses/digital-safety/"),
        ("lesson-every-block", f"/{lang}/courses/digital-safety/module-1/every-block/"),
        ("dashboard", f"/{lang}/learn/dashboard/"),
    ]:
        page.goto(base + path)
        assert page.locator("html").get_attribute("lang") == lang
        _check_axe(visit, f"axe-{name}-{lang}")
