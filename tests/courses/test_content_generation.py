"""What starts a new content generation (literacy/content_cache.py), and what must not.

Wagtail creates an image's rendition lazily, on the first view that needs its size. Were a
created rendition a change of content, that first view would renew every cached route,
outline and lesson body of the site, and the next view of each would render it again.
"""

import io

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from PIL import Image
from wagtail.images import get_image_model

from courses.demo import stored_stream
from literacy.content_cache import generation

from .builders import lessons_of, make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def image(media):
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(out, "PNG")
    return get_image_model().objects.create(title="chart",
                                            file=ContentFile(out.getvalue(), name="c.png"))


def test_a_rendition_made_on_first_view_keeps_the_generation(image):
    before = generation()
    image.get_rendition("max-800x800")
    assert generation() == before


def test_first_view_of_a_lesson_with_an_image_renews_no_cache(image, catalogue):
    lesson = lessons_of(make_course(catalogue))[0]
    lesson.body = stored_stream([{"type": "image",
                                  "value": {"image": image.pk, "alt": "رسم", "caption": ""}}])
    lesson.save_revision().publish()
    client = Client()
    before = generation()
    assert client.get(lesson.url).status_code == 200
    assert image.renditions.exists()  # made by this view
    assert generation() == before


def test_changing_an_image_or_removing_a_rendition_starts_a_new_generation(image):
    """The guard this narrowing keeps: HTML naming a rendition is not served after the
    image changed or the rendition file went."""
    rendition = image.get_rendition("max-800x800")
    before = generation()
    rendition.delete()
    assert generation() != before
    before = generation()
    image.title = "chart, corrected"
    image.save()
    assert generation() != before


def test_a_kept_instance_is_a_copy_per_caller(catalogue):
    """What one request loads into or sets on a kept page never reaches the next
    (literacy.content_cache.kept): each caller gets its own copy."""
    from literacy.content_cache import specific_page

    lesson = lessons_of(make_course(catalogue))[0]
    first = specific_page(lesson.pk, without_streams=True)
    assert "body" in first.get_deferred_fields()
    first.title = "changed by one request"
    assert first.body is not None  # a deferred field loaded into this copy
    second = specific_page(lesson.pk, without_streams=True)
    assert second is not first and second.title == lesson.title
    assert "body" in second.get_deferred_fields()
