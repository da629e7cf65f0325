import io
import unicodedata

import pytest
from django.urls import reverse
from pypdf import PdfReader

from courses import services
from courses.models import Certificate, LessonProgress

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(learner, enrolled, lessons):
    for lesson in lessons:
        services.record_completion(user=learner, lesson=lesson, source="manual")
    return Certificate.objects.get(user=learner)


def _text(pdf_bytes):
    reader = PdfReader(io.BytesIO(pdf_bytes))
    return unicodedata.normalize("NFKC", " ".join(page.extract_text() for page in reader.pages))


def test_certificate_pdf_holds_arabic_title_and_code(learner_client, certificate, course):
    response = learner_client.get(reverse("courses:certificate_pdf", args=[certificate.code]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = _text(response.content)
    assert certificate.code in text
    # Extractors return RTL text in visual order; compare the words, not the sentence.
    for word in course.title_ar.split():
        assert word in text or word[::-1] in text, word


def test_certificate_adds_the_learners_language(learner_client, learner, certificate):
    from literacy.accounts.services import set_language

    set_language(user=learner, language="en")
    response = learner_client.get(reverse("courses:certificate_pdf", args=[certificate.code]))
    text = _text(response.content)
    assert "Verification course" in text
    assert len(PdfReader(io.BytesIO(response.content)).pages) == 2


def test_someone_elses_certificate_is_404(client, certificate):
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="other"))
    assert client.get(reverse("courses:certificate_pdf", args=[certificate.code])).status_code == 404


def test_verification_page_shows_pseudonym_course_and_date_only(client, learner, certificate):
    learner.email = "secret@example.org"
    learner.first_name = "RealName"
    learner.save()
    response = client.get(reverse("courses:verify", args=[certificate.code]))
    page = response.content.decode()
    assert response.status_code == 200
    assert learner.username in page
    assert "دورة التحقق" in page
    assert "secret@example.org" not in page and "RealName" not in page


@pytest.mark.parametrize("code", ["ABCDEFGHJK", "abc", "0000000000", "<script>", "A" * 40])
def test_unknown_or_malformed_code_is_404(client, certificate, code):
    response = client.get(f"/ar/learn/verify/{code}/")
    assert response.status_code == 404
    assert certificate.user.username not in response.content.decode()


def test_progress_is_unique_per_learner_and_lesson(learner, enrolled, lessons):
    from django.db import IntegrityError, transaction

    services.record_completion(user=learner, lesson=lessons[0], source="manual")
    with pytest.raises(IntegrityError), transaction.atomic():
        LessonProgress.objects.create(
            user=learner, lesson=lessons[0], course_id=enrolled.course_id, source="manual"
        )
