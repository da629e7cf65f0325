"""Phone-sized images (issue 17, "first text on a bad link"): lesson images and quiz post
images offer WebP renditions in a srcset, so a 360 px phone downloads the small one, and
load only when they come near the screen."""

import io
import re
from types import SimpleNamespace

import pytest
from django.core.files.images import ImageFile
from django.template.loader import render_to_string
from PIL import Image
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    data = io.BytesIO()
    Image.new("RGB", (1600, 1000), (30, 120, 200)).save(data, "JPEG")
    return get_image_model().objects.create(
        title="صورة", file=ImageFile(data, name="field.jpg"))


def _srcset(html: str) -> list[tuple[str, str]]:
    found = re.search(r'srcset="([^"]+)"', html)
    assert found, html
    return [tuple(part.strip().split(" ")) for part in found.group(1).split(",")]


def test_a_lesson_image_offers_phone_sized_webp(photo):
    html = render_to_string("courses/blocks/image_block.html",
                            {"value": {"image": photo, "alt": "وصف", "caption": ""}})
    candidates = _srcset(html)
    assert [width for _url, width in candidates] == ["400w", "800w"]
    assert all(url.endswith(".webp") for url, _width in candidates)
    assert 'sizes="' in html and 'loading="lazy"' in html and 'alt="وصف"' in html


def test_a_quiz_post_image_loads_lazily_at_phone_size(photo):
    post = SimpleNamespace(display_name="حساب", verified=False, handle="@x", date=None,
                           text="نص", image=photo, comments=0, shares=0, likes=0)
    html = render_to_string("quizzes/includes/post_card.html", {"post": post})
    img = re.search(r"<img [^>]+>", html).group(0)
    assert 'loading="lazy"' in img
    assert [width for _url, width in _srcset(img)] == ["320w", "640w"]
