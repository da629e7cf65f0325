"""Translators start a language from the Arabic blocks instead of rebuilding them."""

import html

import pytest
from django.contrib.auth.models import Group

from courses.permissions import ensure_groups
from courses.translating import HELP
from literacy.security.testing import login_verified
from quizzes.models import Quiz
from tests.factories import UserFactory

from .editor_forms import edit_form_data, stream_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def translator(client, home_page):
    ensure_groups()
    user = UserFactory(username="translator")
    user.groups.add(Group.objects.get(name="Editors"))
    login_verified(client, user)
    return user


def _post(client, lesson, action, body_en=None):
    edit = client.get(f"/admin/pages/{lesson.pk}/edit/")
    assert edit.status_code == 200
    draft = type(lesson).objects.get(pk=lesson.pk).get_latest_revision_as_object()
    data = edit_form_data(edit.content.decode(), draft)
    if body_en is not None:
        block = draft.body_en.stream_block
        data.update(stream_data("body_en", block, block.to_python(body_en)))
    data[action] = "1"
    return client.post(f"/admin/pages/{lesson.pk}/edit/", data, follow=True)


def test_english_starts_from_the_arabic_blocks_with_the_quiz(client, translator, lessons):
    lesson = lessons[0]
    quiz = Quiz.objects.create(title="اختبار", title_ar="اختبار")
    lesson.body_ar = [*lesson.body_ar.raw_data, {"type": "quiz", "value": {"quiz": quiz.pk}}]
    lesson.body_en = []
    lesson.save_revision().publish()
    edit = html.unescape(client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode())
    assert "action-start-translation-en" in edit
    assert str(HELP) in edit  # explained in the translation status panel

    response = _post(client, lesson, "action-start-translation-en")
    assert "ترجم نصوصها" in response.content.decode()  # the success message
    draft = type(lesson).objects.get(pk=lesson.pk).get_latest_revision_as_object()
    assert [b.block_type for b in draft.body_en] == [b.block_type for b in draft.body_ar]
    assert draft.body_en[-1].value["quiz"] == quiz
    assert {b.id for b in draft.body_en}.isdisjoint({b.id for b in draft.body_ar})
    assert not draft.body_fr


def test_a_started_translation_is_never_overwritten(client, translator, lessons):
    """The guard in courses.translating.start_from_arabic (can_start)."""
    lesson = lessons[0]
    own = [{"type": "heading", "value": "My own English heading"}]
    _post(client, lesson, "action-start-translation-en", body_en=own)
    draft = type(lesson).objects.get(pk=lesson.pk).get_latest_revision_as_object()
    assert [b.value for b in draft.body_en] == ["My own English heading"]
