"""Strip camera metadata from an image before its file is stored (literacy/security/image_metadata.py).

A ``pre_save`` receiver on the image model covers every way a file arrives: the admin's
add view, the multiple uploader, an upload finished later from Wagtail's temporary
``UploadedFile``, the API and code. Renditions are made from the clean original, so they
are clean too; ``manage.py strip_image_metadata`` cleans images stored before this.

Guarded by tests/literacy/test_image_metadata.py::test_admin_upload_leaves_no_metadata_in_any_stored_file
::test_an_image_saved_by_code_is_stored_clean and
::test_a_file_held_for_the_multiple_uploader_is_stored_clean.
"""

from __future__ import annotations

import logging
import os

from django.core.files.base import ContentFile
from django.db.models.signals import pre_save
from wagtail.images import get_image_model

from .image_metadata import NotAnImage, clean_image_bytes

logger = logging.getLogger("basira.security")


def _read(field_file) -> bytes:
    field_file.open("rb")
    try:
        field_file.seek(0)
        return field_file.read()
    finally:
        field_file.seek(0)


def clean_field_file(field_file) -> bool:
    """Replace the file's content by its clean version; True when something was removed.

    An uncommitted upload is swapped in memory (stored once, clean). A file already in
    storage is written again under a new name first, then the old one is deleted, so the
    record never points at a missing file.
    """
    if not field_file:
        return False
    data = _read(field_file)
    try:
        cleaned = clean_image_bytes(data)
    except NotAnImage:
        return False  # SVG, or not an image at all: nothing of a camera's to remove
    if cleaned == data:
        return False
    instance, field = field_file.instance, field_file.field
    name = os.path.basename(field_file.name)
    if not field_file._committed:
        setattr(instance, field.attname, ContentFile(cleaned, name=name))
        return True
    storage, old_name = field_file.storage, field_file.name
    field_file.save(name, ContentFile(cleaned), save=False)
    storage.delete(old_name)
    return True


def strip_image(image) -> bool:
    """Clean an image's original; keep width, height, size and hash true to the new file."""
    if not clean_field_file(image.file):
        return False
    image.file.field.update_dimension_fields(image, force=True)
    image._set_image_file_metadata()
    return True


def _image_saving(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and "file" not in update_fields):
        return
    # A stored file on an existing row was cleaned when it arrived (or by the command).
    if instance.pk and getattr(instance.file, "_committed", True):
        return
    strip_image(instance)


def _upload_saving(sender, instance, raw=False, **kwargs):
    content_type = instance.for_content_type
    if raw or content_type is None or content_type.model_class() is not get_image_model():
        return
    clean_field_file(instance.file)


def connect() -> None:
    # Senders named lazily: a host site reloading its apps without Wagtail images still starts.
    from wagtail.images import get_image_model_string

    pre_save.connect(_image_saving, sender=get_image_model_string(),
                     dispatch_uid="basira-strip-image")
    pre_save.connect(_upload_saving, sender="wagtailcore.UploadedFile",
                     dispatch_uid="basira-strip-upload")
