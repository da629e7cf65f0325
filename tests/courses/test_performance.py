import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services

from .builders import lessons_of, make_course, make_term

pytestmark = pytest.mark.django_db


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_lesson_page_query_count_is_small_and_constant(
    client, learner, catalogue, django_assert_max_num_queries
):
    term = make_term()
    big = make_course(catalogue, slug="big", modules=5, lessons=8, blocks=12, term=term)
    small = make_course(catalogue, slug="small", modules=1, lessons=2, blocks=2)
    for course in (big, small):
        services.enroll(user=learner, course=course)
    big_lessons, small_lessons = lessons_of(big), lessons_of(small)
    for lesson in big_lessons[:7]:
        services.record_completion(user=learner, lesson=lesson, source="manual")
    client.force_login(learner)
    url = big_lessons[20].url
    client.get(url)
    with django_assert_max_num_queries(10):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count("outline__lesson") >= 40
    assert _queries(client, url) <= _queries(client, small_lessons[1].url) + 1  # glossary


def test_course_page_query_count_is_constant(client, learner, catalogue):
    big = make_course(catalogue, slug="big", modules=5, lessons=8, blocks=1)
    small = make_course(catalogue, slug="small", modules=1, lessons=2, blocks=1)
    for course in (big, small):
        services.enroll(user=learner, course=course)
    client.force_login(learner)
    assert _queries(client, big.url) == _queries(client, small.url)


def test_course_page_reads_its_outline_from_the_cache(client, learner, catalogue):
    """Issue 19: the course page is at most 6 queries for a visitor and 8 for a learner (session, user),
    whatever the course's size; the outline's structure is shared with the lesson pages
    (courses.outline.structure_rows) and the learner's marks are one query."""
    big = make_course(catalogue, slug="big", modules=6, lessons=8, blocks=1)
    assert _queries(client, big.url) <= 6
    services.enroll(user=learner, course=big)
    for lesson in lessons_of(big)[:5]:
        services.record_completion(user=learner, lesson=lesson, source="manual")
    client.force_login(learner)
    html = client.get(big.url).content.decode()
    assert html.count("outline__lesson is-done") == 5
    assert _queries(client, big.url) <= 8
