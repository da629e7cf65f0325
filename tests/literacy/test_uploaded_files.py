"""Uploaded SVGs and documents never run script on the site's origin."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form

from literacy.security.testing import login_verified
from literacy.security.uploads import svg_problems
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SVG_HEAD = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
HOSTILE_SVGS = {
    "script": SVG_HEAD + 'width="10" height="10"><script>alert(1)</script></svg>',
    "onload": SVG_HEAD + 'onload="alert(1)" width="10" height="10"/>',
    "handler on a shape": SVG_HEAD + '><rect width="5" height="5" onclick="alert(1)"/></svg>',
    "javascript link": SVG_HEAD + '><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    "spaced javascript": SVG_HEAD + '><a href=" java\tscript:alert(1)"><text>x</text></a></svg>',
    "foreign html": SVG_HEAD + '><foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" '
                               'src="https://evil.example/"/></foreignObject></svg>',
    "animated href": SVG_HEAD + '><a><set attributeName="href" to="javascript:alert(1)"/>'
                                '<text>x</text></a></svg>',
    "external image": SVG_HEAD + '><image href="https://tracker.example/p.png"/></svg>',
    "css import": SVG_HEAD + '><style>@import url(https://evil.example/x.css);</style></svg>',
    "entity bomb": '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaa">]>'
                   + SVG_HEAD + '><text>&a;</text></svg>',
}
PLAIN_SVG = (SVG_HEAD + 'viewBox="0 0 10 10"><style>.a{fill:#123}</style>'
             '<defs><linearGradient id="g"/></defs><rect class="a" width="10" height="10" '
             'fill="url(#g)"/><use href="#g"/><text x="1" y="5">SIFT</text></svg>')


@pytest.mark.parametrize("name", sorted(HOSTILE_SVGS))
def test_hostile_svg_is_detected(name):
    assert svg_problems(HOSTILE_SVGS[name].encode()), name


def test_plain_drawings_and_the_demo_diagrams_are_accepted():
    assert svg_problems(PLAIN_SVG.encode()) == []
    demo = sorted((ROOT / "courses" / "demo_content" / "images").glob("*.svg"))
    assert demo
    for path in demo:
        assert svg_problems(path.read_bytes()) == [], path.name


def _image_form(svg: str):
    form_class = get_image_form(get_image_model())
    upload = SimpleUploadedFile("diagram.svg", svg.encode(), content_type="image/svg+xml")
    return form_class({"title": "Diagram"}, {"file": upload}, user=UserFactory(
        is_superuser=True, is_staff=True))


@pytest.mark.parametrize("name", ["script", "onload", "javascript link", "foreign html"])
def test_the_image_form_refuses_an_svg_with_script(name):
    form = _image_form(HOSTILE_SVGS[name])
    assert not form.is_valid()
    assert "file" in form.errors


def test_the_image_form_accepts_a_plain_svg():
    form = _image_form(PLAIN_SVG)
    assert form.is_valid(), form.errors


def test_an_editor_uploading_a_hostile_svg_in_the_admin_gets_a_clear_error(client):
    admin = UserFactory(username="chief-editor", is_superuser=True, is_staff=True)
    login_verified(client, admin)
    upload = SimpleUploadedFile("evil.svg", HOSTILE_SVGS["script"].encode(),
                                content_type="image/svg+xml")
    response = client.post("/admin/images/add/", {"title": "evil", "file": upload})
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert errors and "SVG" in errors[0]
    assert errors[0] in response.content.decode()
    assert not get_image_model().objects.filter(title="evil").exists()


def test_documents_are_served_as_sandboxed_attachments(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = get_document_model().objects.create(
        title="evil", file=ContentFile(HOSTILE_SVGS["script"].encode(), name="evil.svg"))
    response = client.get(document.url)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "sandbox" in policy and "default-src 'none'" in policy
    assert "script-src" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment")
    response.close()


def test_media_paths_get_the_sandbox_too(rf):
    from django.http import HttpResponse

    from literacy.security.headers import ContentSecurityPolicyMiddleware

    middleware = ContentSecurityPolicyMiddleware(lambda request: HttpResponse(b"<svg/>"))
    response = middleware(rf.get("/media/original_images/evil.svg"))
    assert "sandbox" in response["Content-Security-Policy"]
    page = middleware(rf.get("/ar/"))
    assert "sandbox" not in page["Content-Security-Policy"]
    assert "script-src 'self'" in page["Content-Security-Policy"]
