import pytest
from django.urls import reverse

from .builders import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def hamza_course(catalogue):
    return make_course(
        catalogue, slug="safety", title="الأمان الرقمي للصحفيين", title_en="Digital safety",
    )


@pytest.mark.parametrize("query", ["الامان", "الآمان", "الإمان", "الأمان", "الأَمَان", "الأمـــان"])
def test_hamza_tashkeel_and_tatweel_variants_find_the_course(client, hamza_course, query):
    response = client.get(reverse("courses:search"), {"q": query})
    assert "الأمان الرقمي للصحفيين" in response.content.decode()


def test_teh_marbuta_and_alef_maqsura(client, catalogue):
    make_course(catalogue, slug="privacy", title="حماية الخصوصية على مستوى الهاتف")
    for query in ("حمايه", "مستوي"):
        page = client.get(reverse("courses:search"), {"q": query}).content.decode()
        assert "حماية الخصوصية" in page, query


def test_lessons_are_found_by_their_text(client, course):
    page = client.get(reverse("courses:search"), {"q": "نص الدرس"}).content.decode()
    assert "درس 1.1" in page


def test_search_uses_the_active_language(client, hamza_course):
    page = client.get("/en/learn/search/", {"q": "digital safety"}).content.decode()
    assert "Digital safety" in page


def test_unpublished_pages_are_not_found(client, hamza_course):
    hamza_course.unpublish()
    page = client.get(reverse("courses:search"), {"q": "الامان"}).content.decode()
    assert "الأمان الرقمي" not in page


def test_empty_and_huge_queries(client, course):
    assert client.get(reverse("courses:search"), {"q": ""}).status_code == 200
    assert client.get(reverse("courses:search"), {"q": "ا" * 5000}).status_code == 200
