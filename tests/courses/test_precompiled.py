"""literacy.precompiled.get_by_pk: the same instance the ORM gives, from SQL compiled once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage
from literacy.precompiled import get_by_pk, get_many_by_pk, select_rows

from .builders import lessons_of, make_catalogue, make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(home_page):
    return lessons_of(make_course(make_catalogue(home_page)))[0]


def test_a_lesson_is_the_one_the_orm_gives(lesson):
    expected = LessonPage.objects.get(pk=lesson.pk)
    with CaptureQueriesContext(connection) as queries:
        found = get_by_pk(LessonPage, lesson.pk, live_only=True)
    assert len(queries) == 1
    for field in LessonPage._meta.concrete_fields:
        assert getattr(found, field.attname) == getattr(expected, field.attname), field.name
    assert found.last_published_at.tzinfo is not None
    assert list(found.body.raw_data) == list(expected.body.raw_data)
    assert found.url == expected.url


def test_a_draft_is_not_live_and_an_unknown_id_is_nothing(lesson):
    lesson.unpublish()
    assert get_by_pk(LessonPage, lesson.pk, live_only=True) is None
    assert get_by_pk(LessonPage, lesson.pk).pk == lesson.pk
    assert get_by_pk(LessonPage, 987_654) is None


def test_deferred_fields_are_read_when_used(lesson):
    found = get_by_pk(LessonPage, lesson.pk, defer=("body", "body_ar", "body_en", "body_fr"))
    assert {"body_ar", "body_en", "body_fr"} <= found.get_deferred_fields()
    assert found.title == lesson.title
    assert list(found.body.raw_data) == list(lesson.body.raw_data)


def test_many_lessons_are_the_ones_in_bulk_gives(lesson):
    others = list(LessonPage.objects.order_by("path"))
    assert len(others) >= 3  # noqa: PLR2004
    pks = [others[1].pk, lesson.pk, 987_654, lesson.pk, None, str(others[2].pk)]
    expected = LessonPage.objects.in_bulk([pk for pk in pks if pk is not None])
    with CaptureQueriesContext(connection) as queries:
        found = get_many_by_pk(LessonPage, pks)
    assert len(queries) == 1
    assert set(found) == set(expected) == {lesson.pk, others[1].pk, others[2].pk}
    for pk, page in expected.items():
        for field in LessonPage._meta.concrete_fields:
            assert getattr(found[pk], field.attname) == getattr(page, field.attname)
    assert get_many_by_pk(LessonPage, [None]) == {}


def test_rows_are_the_ones_values_list_gives(lesson):
    def query(title, pk):
        return LessonPage.objects.filter(title=title, pk=pk).values_list("pk", "slug")

    expected = list(query(lesson.title, lesson.pk))
    with CaptureQueriesContext(connection) as queries:
        found = select_rows(LessonPage, "test:rows", query, [lesson.title, lesson.pk])
    assert len(queries) == 1
    assert found == expected and found
    assert select_rows(LessonPage, "test:rows", query, ["no such title", lesson.pk]) == []
