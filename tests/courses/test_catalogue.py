import pytest

from courses.models import Topic
from tests.html import without_styles

from .builders import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_courses(catalogue):
    rights = Topic.objects.create(slug="digital-rights", name="الحقوق الرقمية",
                                  name_ar="الحقوق الرقمية", name_en="Digital rights")
    a = make_course(catalogue, slug="a", title="دورة أ", level="beginner")
    b = make_course(catalogue, slug="b", title="دورة ب", level="advanced")
    b.topics.add(rights)
    b.save_revision().publish()
    return a, b


def test_filter_by_topic_and_level(client, catalogue, two_courses):
    page = client.get(catalogue.url, {"topic": "digital-rights"}).content.decode()
    assert "دورة ب" in page and "دورة أ" not in page
    page = client.get(catalogue.url, {"level": "beginner"}).content.decode()
    assert "دورة أ" in page and "دورة ب" not in page


def test_topics_in_the_active_language(client, two_courses):
    page = client.get("/en/courses/").content.decode()
    assert "Digital rights" in page


def test_unknown_filter_values_are_explained(client, catalogue, two_courses):
    page = client.get(catalogue.url, {"topic": "nope", "level": "expert"}).content.decode()
    assert "دورة أ" in page and "دورة ب" in page
    assert without_styles(page).count('message--warning') == 2


def test_catalogue_shortcut_redirects(client, catalogue):
    response = client.get("/ar/learn/")
    assert response.status_code == 302 and response["Location"] == catalogue.url
