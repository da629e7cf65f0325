"""Uploaded photos keep their pixels, never their GPS position, camera or author.

Every stored file (originals and renditions) under MEDIA_ROOT is read back as raw bytes and
through Pillow after an editor uploads in the admin.
"""

import io
import struct
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image, PngImagePlugin
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from literacy.security.image_metadata import clean_image_bytes
from literacy.security.testing import login_verified
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SECRETS = [b"SecretMake", b"SecretModel", b"SN-SECRET-123", b"SecretArtist", b"GPSDATUM-SECRET",
           b"xmp-secret", b"iptc-secret", b"comment-secret", b"png-text-secret"]
GPS_IFD, EXIF_IFD = 0x8825, 0x8769
PRIVATE_TAGS = {0x010F, 0x0110, 0x013B, GPS_IFD, EXIF_IFD, 0x0112}
RENDITIONS = ["fill-20x20", "width-30", "format-webp", "format-png", "max-50x50|format-jpeg"]


def _exif(orientation: int = 1) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "SecretMake"
    exif[0x0110] = "SecretModel"
    exif[0x013B] = "SecretArtist"
    exif[0x0112] = orientation
    exif.get_ifd(EXIF_IFD)[0xA431] = "SN-SECRET-123"  # BodySerialNumber
    gps = exif.get_ifd(GPS_IFD)
    gps.update({1: "N", 2: (51.0, 30.0, 12.5), 3: "E", 4: (0.0, 7.0, 39.0),
                0x12: "GPSDATUM-SECRET"})
    return exif.tobytes()


def _picture(width=40, height=24) -> Image.Image:
    image = Image.new("RGB", (width, height), (30, 120, 200))
    image.paste((250, 10, 10), (0, 0, width // 2, height // 2))  # red top-left quarter
    return image


def _iptc_segment() -> bytes:
    """A Photoshop APP13 segment holding an IPTC by-line (2:80)."""
    record = b"\x1c\x02\x50" + struct.pack(">H", 11) + b"iptc-secret"
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(record)) + record
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def dirty_jpeg(orientation: int = 1, width=40, height=24) -> bytes:
    out = io.BytesIO()
    _picture(width, height).save(out, "JPEG", quality=90, exif=_exif(orientation),
                                 xmp=b"<x:xmpmeta>xmp-secret</x:xmpmeta>",
                                 comment=b"comment-secret")
    data = out.getvalue()
    return data[:2] + _iptc_segment() + data[2:]


def dirty_png() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "png-text-secret")
    info.add_itxt("Comment", "comment-secret")
    out = io.BytesIO()
    _picture().save(out, "PNG", pnginfo=info, exif=_exif())
    return out.getvalue()


def dirty_webp() -> bytes:
    out = io.BytesIO()
    _picture().save(out, "WEBP", lossless=True, exif=_exif(),
                    xmp=b"<x:xmpmeta>xmp-secret</x:xmpmeta>")
    return out.getvalue()


def dirty_gif() -> bytes:
    out = io.BytesIO()
    _picture().convert("P").save(out, "GIF", comment=b"comment-secret")
    return out.getvalue()


def assert_clean(data: bytes, where: str):
    for secret in SECRETS:
        assert secret not in data, (secret, where)
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        assert not PRIVATE_TAGS & set(exif), (dict(exif), where)
        assert not exif.get_ifd(GPS_IFD), where
        assert "xmp" not in image.info and "comment" not in image.info, where


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def editor(client):
    user = UserFactory(username="photo-editor", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    login_verified(client, user)
    return user


def _stored_files(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*") if path.is_file())


def test_dirty_fixtures_do_carry_the_secrets():
    """The test would prove nothing if the generated files held no metadata."""
    for data in (dirty_jpeg(), dirty_png(), dirty_webp()):
        with Image.open(io.BytesIO(data)) as image:
            assert image.getexif().get_ifd(GPS_IFD)
        assert b"SN-SECRET-123" in data
    assert b"iptc-secret" in dirty_jpeg() and b"comment-secret" in dirty_gif()


@pytest.mark.parametrize("name,make", [("field.jpg", dirty_jpeg), ("chart.png", dirty_png),
                                       ("photo.webp", dirty_webp), ("anim.gif", dirty_gif)])
def test_admin_upload_leaves_no_metadata_in_any_stored_file(client, media, editor, name, make):
    """An editor's upload in the admin: the original and every rendition are clean."""
    upload = SimpleUploadedFile(name, make())
    response = client.post("/admin/images/add/", {"title": "Field photo", "file": upload})
    assert response.status_code == 302, getattr(response, "context", None) and \
        response.context["form"].errors
    image = get_image_model().objects.get(title="Field photo")
    for spec in RENDITIONS:
        image.get_rendition(spec)
    files = _stored_files(media)
    assert any("original_images" in str(p) for p in files)
    assert sum("images" in p.parts for p in files) == len(RENDITIONS)
    for path in files:
        assert_clean(path.read_bytes(), str(path))
    # The record describes the stored file, not the upload.
    stored = Path(media, image.file.name).read_bytes()
    assert image.file_size == len(stored)
    assert image.file_hash == hash_filelike(io.BytesIO(stored))
    assert (image.width, image.height) == (40, 24)


def test_an_upright_jpeg_is_not_re_encoded(client, media, editor):
    """Only segments are dropped: the decoded pixels are exactly the camera's."""
    original = dirty_jpeg()
    client.post("/admin/images/add/", {"title": "upright",
                                       "file": SimpleUploadedFile("a.jpg", original)})
    image = get_image_model().objects.get(title="upright")
    stored = Path(media, image.file.name).read_bytes()
    with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(stored)) as after:
        assert before.tobytes() == after.tobytes()
    assert len(stored) < len(original)


def test_a_sideways_photo_is_turned_upright_before_its_orientation_is_dropped(
        client, media, editor):
    """Orientation 6 (camera held upright): the stored pixels are rotated, the tag gone."""
    client.post("/admin/images/add/", {"title": "portrait", "file": SimpleUploadedFile(
        "p.jpg", dirty_jpeg(orientation=6))})
    image = get_image_model().objects.get(title="portrait")
    stored = Path(media, image.file.name).read_bytes()
    assert_clean(stored, "rotated original")
    assert (image.width, image.height) == (24, 40)
    with Image.open(io.BytesIO(stored)) as after:
        assert after.size == (24, 40)
        red, green, blue = after.convert("RGB").getpixel((20, 5))  # top-right after rotation
        assert red > 200 and blue < 80


def test_the_multiple_uploader_stores_clean_files_too(client, media, editor):
    response = client.post("/admin/images/multiple/add/", {
        "files[]": SimpleUploadedFile("many.jpg", dirty_jpeg())})
    assert response.status_code == 200 and response.json()["success"]
    for path in _stored_files(media):
        assert_clean(path.read_bytes(), str(path))


def test_the_command_cleans_images_stored_before_and_their_renditions(
        media, django_capture_on_commit_callbacks):
    """An image stored dirty (pre_save bypassed by a raw save) is cleaned once, renditions gone."""
    from django.core.files.base import ContentFile
    from django.db.models.signals import pre_save

    from literacy.security import image_files

    model = get_image_model()
    pre_save.disconnect(image_files._image_saving, sender=model,
                        dispatch_uid="basira-strip-image")
    try:
        image = model(title="old photo")
        image.file.save("old.jpg", ContentFile(dirty_jpeg(orientation=6)), save=False)
        image.file.field.update_dimension_fields(image, force=True)
        image._set_image_file_metadata()
        image.save()
        image.get_rendition("width-30")
    finally:
        image_files.connect()
    dirty = _stored_files(media)
    assert any(b"SN-SECRET-123" in p.read_bytes() for p in dirty)

    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):  # renditions' files go on commit
        call_command("strip_image_metadata", stdout=out)
    assert "images cleaned: 1" in out.getvalue()
    image.refresh_from_db()
    assert image.renditions.count() == 0
    for path in _stored_files(media):
        assert_clean(path.read_bytes(), str(path))
    stored = Path(media, image.file.name).read_bytes()
    assert (image.width, image.height, image.file_size) == (24, 40, len(stored))

    out = io.StringIO()
    call_command("strip_image_metadata", stdout=out)
    assert "images cleaned: 0" in out.getvalue()
    image.refresh_from_db()
    assert Path(media, image.file.name).read_bytes() == stored


def test_files_that_carry_nothing_are_left_byte_for_byte():
    out = io.BytesIO()
    _picture().save(out, "PNG")
    assert clean_image_bytes(out.getvalue()) == out.getvalue()


def test_replacing_the_file_of_an_image_in_the_admin_stores_it_clean(client, media, editor):
    """The edit form strips the new file (the save of an existing row does not look again)."""
    from django.core.files.base import ContentFile

    image = get_image_model().objects.create(
        title="replace me", file=ContentFile(dirty_png(), name="first.png"))
    response = client.post(f"/admin/images/{image.pk}/", {
        "title": "replace me", "file": SimpleUploadedFile("second.jpg", dirty_jpeg())})
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.file.name.endswith(".jpg")
    for path in _stored_files(media):
        assert_clean(path.read_bytes(), str(path))


def test_an_image_saved_by_code_is_stored_clean(media):
    """Not only the admin form: any new image row (seeders, the API, Wagtail's
    create-from-upload view, which stores the file before the form) is cleaned on save."""
    from django.core.files.base import ContentFile

    image = get_image_model().objects.create(
        title="by code", file=ContentFile(dirty_jpeg(), name="code.jpg"))
    stored = Path(media, image.file.name).read_bytes()
    assert_clean(stored, "saved by code")
    assert image.file_size == len(stored) and image.file_hash == hash_filelike(io.BytesIO(stored))

    later = get_image_model()(title="committed first")
    later.file.save("committed.jpg", ContentFile(dirty_webp()), save=False)
    later.file.field.update_dimension_fields(later, force=True)
    later.save()
    for path in _stored_files(media):
        assert_clean(path.read_bytes(), str(path))


def test_a_file_held_for_the_multiple_uploader_is_stored_clean(media):
    """Wagtail keeps an upload whose other fields failed in ``UploadedFile`` until the editor
    completes them: that copy is cleaned too."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.files.base import ContentFile
    from wagtail.models import UploadedFile

    UploadedFile.objects.create(
        for_content_type=ContentType.objects.get_for_model(get_image_model()),
        file=ContentFile(dirty_jpeg(), name="held.jpg"))
    files = _stored_files(media)
    assert files
    for path in files:
        assert_clean(path.read_bytes(), str(path))
