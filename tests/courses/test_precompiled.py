"""literacy.precompiled.get_by_pk: the same instance the ORM gives, from SQL compiled once."""

import pytest
from django.db import connection
from django.db.models import Count, Q
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage
from literacy.precompiled import get_by_pk, get_many_by_pk, select_rows
from quizzes.models import FormAssignment

from ..factories import UserFactory
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


def test_rows_are_the_ones_values_list_gives(db):
    users = [UserFactory() for _ in range(3)]
    for user, form in zip(users, "AAB", strict=True):
        FormAssignment.objects.create(user=user, series="s1", pre_form=form)

    def query(series, user_id):
        return (FormAssignment.objects.filter(series=series).values_list("pre_form", "user_id")
                .annotate(n=Count("id"), mine=Count("id", filter=Q(user_id=user_id)))
                .order_by("pre_form", "user_id"))

    expected = list(query("s1", users[0].pk))
    with CaptureQueriesContext(connection) as queries:
        found = select_rows(FormAssignment, "test:rows", query, ["s1", users[0].pk])
    assert len(queries) == 1
    assert found == expected and len(found) == 3  # noqa: PLR2004
    assert select_rows(FormAssignment, "test:rows", query, ["s2", users[0].pk]) == []


@pytest.mark.parametrize(("language", "unread"), [
    ("ar", {"body", "body_en", "body_fr"}), ("en", {"body", "body_fr"}),
    ("fr", {"body", "body_en"})])
def test_a_request_reads_only_its_languages_body(lesson, language, unread):
    """A page loaded for one request parses its language's body and the fallback's
    (Arabic), not every language's; what it shows is the same, with no further query."""
    from django.utils import translation

    from literacy.precompiled import unread_translations

    lesson.body_en = lesson.body_ar.raw_data
    lesson.save_revision().publish()
    with translation.override(language):
        assert set(unread_translations(LessonPage)) == unread
        expected = LessonPage.objects.get(pk=lesson.pk)
        found = get_by_pk(LessonPage, lesson.pk, live_only=True,
                          defer=unread_translations(LessonPage))
        assert found.get_deferred_fields() == unread
        with CaptureQueriesContext(connection) as queries:
            assert list(found.body.raw_data) == list(expected.body.raw_data)
            assert found.title == expected.title
        assert not queries
