"""Uploaded files must not become scripts on the site's origin.

Editors may upload SVG diagrams (``WAGTAILIMAGES_EXTENSIONS``). An SVG is a document that
can carry ``<script>``, event handlers and ``javascript:`` links; opened directly from
``/media/`` it would run with the site's cookies. So:

- the image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``) refuses an SVG holding anything that
  runs or loads something: scripts, event handlers, embedded HTML, links other than to a
  fragment of the same file, external style sheets; entity declarations and external
  references are refused by defusedxml before anything is expanded;
- ``uploaded_file_headers`` (applied by the CSP middleware) serves documents and media with
  ``Content-Security-Policy: default-src 'none'; sandbox`` and ``nosniff``, so that even a
  file that slipped through cannot run script or reach the site's cookies. A reverse proxy
  serving ``MEDIA_URL`` itself must send the same two headers (see the README).
"""

import re

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .disk import StoresFileWhenValid
from .image_files import strip_image

UPLOADED_FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
UPLOADED_PATH_PREFIXES = ("/documents/",)

# Elements that run script, embed another document or animate attributes into links.
FORBIDDEN_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object", "handler",
                      "listener", "set", "animate", "animatemotion", "animatetransform",
                      "discard"}
LINK_ATTRIBUTES = {"href", "src"}
CSS_DANGER = re.compile(r"@import|expression\s*\(|javascript:|url\s*\(\s*['\"]?(?!#)",
                        re.IGNORECASE)
SAFE_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp);base64,", re.IGNORECASE)


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def svg_problems(data: bytes) -> list[str]:
    """What in this SVG could run or load something; empty when it is a plain drawing."""
    try:
        root = ElementTree.fromstring(data, forbid_dtd=False)  # entities stay forbidden
    except (DefusedXmlException, ElementTree.ParseError, ValueError) as error:
        return [f"unreadable or unsafe XML ({type(error).__name__})"]
    if _local(root.tag) != "svg":
        return ["not an SVG document"]
    problems = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = _local(element.tag)
        if tag in FORBIDDEN_ELEMENTS:
            problems.append(f"<{tag}>")
        if tag == "style" and CSS_DANGER.search(element.text or ""):
            problems.append("<style> loading or running something")
        for name, value in element.attrib.items():
            attribute = _local(name)
            folded = re.sub(r"[\x00-\x20]+", "", value).lower()
            if attribute.startswith("on"):
                problems.append(f"{attribute}=")
            elif attribute in LINK_ATTRIBUTES and not (
                folded.startswith("#") or SAFE_DATA_IMAGE.match(folded)
            ):
                problems.append(f"{attribute}={value[:40]!r}")
            elif attribute == "style" and CSS_DANGER.search(value):
                problems.append("style= loading or running something")
            elif "javascript:" in folded:
                problems.append(f"{attribute}= with javascript:")
    return problems


class SafeImageForm(StoresFileWhenValid, BaseImageForm):
    """Wagtail's image form, refusing SVG files that carry script or external loads.

    The upload is stored while the form is validated, without its camera metadata, so a
    full disk is a form error (literacy/security/disk.py, image_files.py). Guarded by
    tests/literacy/test_image_metadata.py::test_replacing_the_file_of_an_image_in_the_admin_stores_it_clean.
    """

    def prepare_stored_file(self):
        strip_image(self.instance)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        name = getattr(upload, "name", "") or ""
        if upload and name.lower().endswith(".svg") and hasattr(upload, "read"):
            position = upload.tell() if hasattr(upload, "tell") else 0
            upload.seek(0)
            data = upload.read()
            upload.seek(position)
            if svg_problems(data):
                raise forms.ValidationError(
                    _("This SVG file contains scripts, links or other active content. "
                      "Save it again as a plain drawing (or as PNG) and upload that."),
                    code="unsafe_svg",
                )
        return upload


class SafeDocumentForm(StoresFileWhenValid, BaseDocumentForm):
    """Wagtail's document form; a full disk is a form error (literacy/security/disk.py)."""


def is_uploaded_file_path(path: str) -> bool:
    media = getattr(settings, "MEDIA_URL", "") or ""
    prefixes = UPLOADED_PATH_PREFIXES + ((media,) if media.startswith("/") else ())
    return path.startswith(prefixes)


def uploaded_file_headers(response):
    """Headers for a file someone uploaded: no script, no plugin, no sniffing."""
    response["Content-Security-Policy"] = UPLOADED_FILE_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    return response
