"""Per-type upload limits and each editor's storage quota (issue 23): images, documents
(size and an extension allow-list) and H5P packages, each refusal a translated form error
that changes nothing."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from literacy.security.quota import storage_used
from literacy.security.testing import login_verified
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()


@pytest.fixture
def editor(client, settings, tmp_path):
    """An Editors member (the groups come from the migrations), with 2FA, media in tmp."""
    settings.MEDIA_ROOT = tmp_path
    user = UserFactory(username="field-editor")
    user.groups.add(Group.objects.get(name="Editors"))
    login_verified(client, user)
    return user


def png(size=(40, 30)) -> SimpleUploadedFile:
    data = io.BytesIO()
    PILImage.new("RGB", size, "teal").save(data, "PNG")
    return SimpleUploadedFile("photo.png", data.getvalue(), content_type="image/png")


def _errors(response) -> str:
    return " ".join(response.context["form"].errors.get("file", []))


def test_an_image_under_its_limit_is_accepted(client, editor):
    response = client.post("/admin/images/add/", {"title": "صورة", "file": png()})
    assert response.status_code == 302
    image = Image.objects.get(title="صورة")
    assert image.uploaded_by_user == editor and image.file_size > 0


def test_an_image_over_its_size_or_pixels_is_refused(client, editor, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1000
    response = client.post("/admin/images/add/", {"title": "كبيرة", "file": png((50, 50))})
    assert response.status_code == 200 and "بكسل" in _errors(response), _errors(response)
    assert not Image.objects.filter(title="كبيرة").exists()


def test_a_document_of_an_allowed_type_is_accepted(client, editor):
    pdf = SimpleUploadedFile("guide.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    response = client.post("/admin/documents/add/", {"title": "دليل", "file": pdf})
    assert response.status_code == 302
    assert Document.objects.get(title="دليل").uploaded_by_user == editor


@pytest.mark.parametrize("name", ["setup.exe", "page.html", "script.js", "archive.zip",
                                  "photo.svg"])
def test_a_document_outside_the_allow_list_is_refused(client, editor, name):
    """Guarded by WAGTAILDOCS_EXTENSIONS (literacy/settings/base.py)."""
    upload = SimpleUploadedFile(name, b"MZ\x90\x00 not a document")
    response = client.post("/admin/documents/add/", {"title": "ملف", "file": upload})
    assert response.status_code == 200
    message = _errors(response)
    assert "pdf, docx" in message and "امتداد" in message, message  # Django's, translated
    assert not Document.objects.exists()


def test_a_document_over_its_size_is_refused(client, editor, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    upload = SimpleUploadedFile("long.pdf", b"%PDF-1.4\n" + b"0" * 2048)
    response = client.post("/admin/documents/add/", {"title": "طويل", "file": upload})
    assert response.status_code == 200 and "1.0" in _errors(response), _errors(response)
    assert not Document.objects.exists()


def test_quota_refuses_an_upload_over_it(client, editor, settings):
    """Images, documents and H5P packages of the editor count; the refusal says how much
    is used and allowed, in the editor's language and digits."""
    from quizzes.models import H5PPackage

    settings.LITERACY_STORAGE_QUOTA_BYTES = 3 * 1024 * 1024
    Document.objects.create(title="قديم", file=ContentFile(b"x" * 1024, name="old.pdf"),
                            uploaded_by_user=editor, file_size=1024 * 1024)
    H5PPackage.objects.create(title="نشاط", uploaded_by=editor, file_size=1024 * 1024)
    assert storage_used(editor) == 2 * 1024 * 1024
    assert storage_used(UserFactory()) == 0

    big = SimpleUploadedFile("report.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10))
    response = client.post("/admin/documents/add/", {"title": "تقرير", "file": big})
    assert response.status_code == 200
    message = _errors(response)
    assert "استخدمت 2 ميغابايت من 3 ميغابايت" in message, message
    assert not Document.objects.filter(title="تقرير").exists()

    # A small image still fits.
    response = client.post("/admin/images/add/", {"title": "صغيرة", "file": png()})
    assert response.status_code == 302


def test_quota_counts_an_image_over_it_and_exempts_superusers(client, editor, settings):
    settings.LITERACY_STORAGE_QUOTA_BYTES = 10
    response = client.post("/admin/images/add/", {"title": "صورة", "file": png()})
    assert response.status_code == 200 and "حصّتك" in _errors(response)
    assert not Image.objects.exists()
    chief = UserFactory(username="chief", is_superuser=True, is_staff=True)
    login_verified(client, chief)
    assert client.post("/admin/images/add/", {"title": "صورة", "file": png()}).status_code \
        == 302


def test_quota_refuses_an_h5p_package_over_it(client, editor, settings, h5p_files):
    from django.urls import reverse

    from quizzes.models import H5PPackage
    from tests.quizzes.h5p_packages import fixture_bytes, upload

    settings.LITERACY_STORAGE_QUOTA_BYTES = 1024
    response = client.post(reverse("wagtailsnippets_quizzes_h5ppackage:add"), {
        "title_ar": "نشاط", "max_score": "", "h5p_file": upload(fixture_bytes(), "a.h5p")})
    assert response.status_code == 200
    assert "حصّتك" in " ".join(response.context["form"].errors["h5p_file"])
    assert not H5PPackage.objects.exists()


@pytest.fixture
def h5p_files(settings, tmp_path):
    settings.QUIZZES_H5P_FILES_ROOT = tmp_path / "h5p-files"
    return settings.QUIZZES_H5P_FILES_ROOT
