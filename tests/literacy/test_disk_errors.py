"""A full or read-only disk: a translated form error, no partial file, no row; leftovers cleaned."""

import errno
import io
import os
import time
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import translation
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from literacy.security.disk import STORAGE_REFUSED, AtomicFileSystemStorage
from literacy.security.testing import login_verified
from tests.disk_faults import files_under, fill_disk, make_read_only
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

UPLOADS = {
    "image": ("/admin/images/add/", "photo.jpg", get_image_model),
    "document": ("/admin/documents/add/", "report.pdf", get_document_model),
}


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (10, 90, 160)).save(out, "JPEG")
    return out.getvalue()


def _content(name: str) -> bytes:
    return _jpeg() if name.endswith(".jpg") else b"%PDF-1.4\n" + b"x" * 200_000 + b"\n%%EOF\n"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


@pytest.fixture
def editor(client):
    user = UserFactory(username="disk-editor", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    login_verified(client, user)
    return user


def _refused_in_arabic() -> str:
    with translation.override("ar"):
        message = str(STORAGE_REFUSED)
    with translation.override("en"):
        assert message != str(STORAGE_REFUSED), "the message is not translated"
    return message


@pytest.mark.parametrize("kind", sorted(UPLOADS))
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES])
def test_a_full_disk_gives_a_form_error_and_leaves_nothing(
        client, media, editor, monkeypatch, kind, code):
    """The write fails half-way (or the disk is read-only): the form says so in the editor's
    language, nothing is under MEDIA_ROOT and no row was made."""
    url, name, model = UPLOADS[kind]
    if code == errno.EROFS:
        make_read_only(monkeypatch, media)
    else:
        fill_disk(monkeypatch, media, code=code)
    response = client.post(url, {"title": "Field report",
                                 "file": SimpleUploadedFile(name, _content(name))})
    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [_refused_in_arabic()]
    assert files_under(media) == []
    assert model().objects.count() == 0


def test_the_multiple_uploader_reports_a_full_disk(client, media, editor, monkeypatch):
    fill_disk(monkeypatch, media)
    response = client.post("/admin/images/multiple/add/", {
        "files[]": SimpleUploadedFile("many.jpg", _jpeg())})
    assert response.status_code == 200
    data = response.json()
    assert data["success"] is False and _refused_in_arabic() in data["error_message"]
    assert files_under(media) == [] and get_image_model().objects.count() == 0


def test_the_storage_publishes_a_file_only_once_written(media, monkeypatch):
    """A write cut short leaves no file; a complete one appears under its name, alone."""
    storage = AtomicFileSystemStorage(location=media)
    assert storage.save("docs/a.txt", ContentFile(b"complete")) == "docs/a.txt"
    assert files_under(media) == ["docs/a.txt"]
    second = storage.save("docs/a.txt", ContentFile(b"another"))
    assert second != "docs/a.txt" and storage.open(second).read() == b"another"
    assert (media / "docs/a.txt").read_bytes() == b"complete"
    fill_disk(monkeypatch, media)
    with pytest.raises(OSError) as failure:
        storage.save("docs/b.txt", ContentFile(b"never complete"))
    assert failure.value.errno == errno.ENOSPC
    assert files_under(media) == sorted(["docs/a.txt", second])


def _age(path: Path, hours: float = 2) -> None:
    past = time.time() - hours * 3600
    os.utime(path, (past, past))


def test_clean_orphan_uploads_removes_leftovers_and_keeps_referenced_files(
        media, settings, tmp_path, django_capture_on_commit_callbacks):
    """Old partial files, unreferenced uploads and spooled request bodies go; every file a
    row names stays, however old; anything recent stays."""
    image = get_image_model()(title="kept")
    image.file.save("kept.jpg", ContentFile(_jpeg()), save=False)
    image.file.field.update_dimension_fields(image, force=True)
    image.save()
    rendition = image.get_rendition("width-30")
    document = get_document_model().objects.create(
        title="kept", file=ContentFile(b"%PDF-1.4 kept", name="kept.pdf"))
    referenced = [media / image.file.name, media / rendition.file.name, media / document.file.name]

    settings.QUIZZES_H5P_FILES_ROOT = tmp_path / "h5p"  # tests/quizzes cover the H5P part
    spool = tmp_path / "spool"
    spool.mkdir()
    settings.FILE_UPLOAD_TEMP_DIR = str(spool)
    leftovers = [media / "original_images" / ".partial-0123456789ab-cut.jpg",
                 media / "original_images" / "never-saved.jpg",
                 media / "images" / "never-saved.width-30.jpg",
                 media / "documents" / "never-saved.pdf",
                 spool / "tmpk2j3h4.upload.h5p"]
    recent = [media / "original_images" / "in-progress.jpg", spool / "tmpnew.upload.jpg"]
    unrelated = [spool / "someone-elses.tmp", media / "other-app" / "old.txt"]
    for path in leftovers + recent + unrelated:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    for path in leftovers + referenced + unrelated:
        _age(path)

    out = io.StringIO()
    call_command("clean_orphan_uploads", stdout=out)
    for path in referenced + recent + unrelated:
        assert path.exists(), path
    for path in leftovers:
        assert not path.exists(), path
    assert f"removed: {len(leftovers)}" in out.getvalue()
    out = io.StringIO()
    call_command("clean_orphan_uploads", stdout=out)
    assert "removed: 0" in out.getvalue()
