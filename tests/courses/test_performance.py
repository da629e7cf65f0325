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


def _real_pages(catalogue, learner, package, *, slug: str, size: int) -> dict:
    """The `real` bench's pages (bench/groups_real.py) on a course of `size` units: 2×size
    lessons with 2×size blocks, a lesson with `size` quizzes, one with 2×size H5P blocks."""
    from django.urls import reverse

    from .activities import h5p_block, make_quiz, place, quiz_block

    course = make_course(catalogue, slug=slug, modules=size, lessons=2, blocks=2 * size)
    lessons = lessons_of(course)
    quizzes = [make_quiz(f"{slug}-{n}", "practice") for n in range(size)]
    with_quizzes = place(lessons[-1], *(quiz_block(quiz) for quiz in quizzes))
    with_h5p = place(lessons[-2], *(h5p_block(package.pk, completes_lesson=False)
                                    for _ in range(2 * size)))
    services.enroll(user=learner, course=course)
    services.record_completion(user=learner, lesson=lessons[0], source="manual")
    return {"catalogue": (False, catalogue.url), "course_anon": (False, course.url),
            "course_enrolled": (True, course.url), "lesson_h5p": (True, with_h5p.url),
            "lesson_quizzes": (True, with_quizzes.url),
            "dashboard": (True, reverse("courses:dashboard"))}


def _count_pages(client, learner, pages: dict) -> dict:
    counts = {}
    for name, (signed_in, url) in pages.items():
        client.logout()
        if signed_in:
            client.force_login(learner)
        counts[name] = _queries(client, url)
    return counts


def test_real_pages_stay_within_ten_queries_as_the_course_triples(client, learner, catalogue):
    """Issue 19: every page of the `real` bench group is at most 10 queries, and the same
    number with three times the lessons, blocks and quizzes (and a second course in the
    catalogue and on the dashboard)."""
    import io

    from quizzes.h5p.ingest import ingest_package
    from tests.quizzes.h5p_packages import fixture_bytes

    package = ingest_package(upload=io.BytesIO(fixture_bytes()), title="صح أم خطأ")
    small = _count_pages(client, learner,
                         _real_pages(catalogue, learner, package, slug="small", size=1))
    big = _count_pages(client, learner,
                       _real_pages(catalogue, learner, package, slug="big", size=3))
    assert max(small.values()) <= 10, small
    assert big == small


def test_anonymous_course_page_reads_nothing_from_the_database(client, catalogue):
    """Issue 19: with the site and its root page (literacy.sites), the absence of view
    restrictions (literacy.view_restrictions), the route and the course page itself
    (CoursePage.shared_between_requests) kept under the content generation, a visitor's
    repeat view of a course page makes no query; a learner's makes two (user, marks)."""
    big = make_course(catalogue, slug="big", modules=6, lessons=8, blocks=1)
    assert _queries(client, big.url) == 0


def test_a_shared_course_page_changes_when_it_is_published(client, catalogue):
    """Guard for CoursePage.shared_between_requests: an edit shows at the next view, an
    unpublished course is gone at once, and a request's copy never reaches the next."""
    from literacy.routing import route_descendant

    course = make_course(catalogue, slug="shared")
    assert "ملخص الدورة" in client.get(course.url).content.decode()
    course.summary = course.summary_ar = "ملخص جديد"
    course.save_revision().publish()
    assert "ملخص جديد" in client.get(course.url).content.decode()
    request = client.get(course.url).wsgi_request
    home = catalogue.get_parent().specific
    components = [c for c in course.url.split("/") if c][1:]
    first = route_descendant(home, request, components).page
    first.summary = "changed by one request"
    assert route_descendant(home, request, components).page.summary == "ملخص جديد"
    course.unpublish()
    assert client.get(course.url).status_code == 404
