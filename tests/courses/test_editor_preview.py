"""Editors, moderators and admins preview every page type of the demo, in every language,
without being enrolled in the course they are writing."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from wagtail.models import Page

from courses.models import Enrollment
from literacy.security.testing import login_verified

from .editor_forms import edit_form_data
from .editorial import ROLES, editorial_user, seeded  # noqa: F401

pytestmark = pytest.mark.django_db

LANGUAGES = ("ar", "en", "fr")
BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')


def pages_to_preview():
    """One page of each type in the demo, and every lesson holding a quiz or an H5P
    activity (the blocks that depend on the learner)."""
    chosen = {}
    for page in Page.objects.filter(depth__gt=1).order_by("path").specific():
        chosen.setdefault(type(page), page)
        body = getattr(page, "body", None)
        if body is not None:
            for block_type in ("quiz", "h5p"):
                if any(child.block_type == block_type for child in body):
                    chosen.setdefault((type(page), block_type), page)
    return list(chosen.values())


def test_preview_and_draft_of_every_page_type_open_for_any_editorial_role(
    client, seeded  # noqa: F811
):
    pages = pages_to_preview()
    seeded_types = {ContentType.objects.get_for_id(ct).model_class()
                    for ct in Page.objects.filter(depth__gt=1)
                    .values_list("content_type", flat=True).distinct()}
    assert {type(page) for page in pages} == seeded_types
    # Every role in Arabic, every language as the least trusted role: what a role may open
    # does not change with the language, nor what a language renders with the role.
    for role in ROLES:
        user = editorial_user(role)
        assert not Enrollment.objects.filter(user=user).exists()
        login_verified(client, user)
        for language in LANGUAGES if role == "editor" else LANGUAGES[:1]:
            client.cookies["django_language"] = language
            for page in pages:
                where = f"{type(page).__name__} {page.pk} ({language}, {role})"
                edit = client.get(f"/admin/pages/{page.pk}/edit/")
                assert edit.status_code == 200, where
                preview = f"/admin/pages/{page.pk}/edit/preview/"
                posted = client.post(preview, edit_form_data(edit.content.decode(), page))
                assert posted.json()["is_valid"], where
                shown = client.get(preview)
                assert shown.status_code == 200, where
                assert f'lang="{language}"' in shown.content.decode(), where
                draft = client.get(f"/admin/pages/{page.pk}/view_draft/")
                assert draft.status_code == 200, where


def test_preview_of_a_new_page_of_every_type_opens(client, seeded):  # noqa: F811
    """The add form's preview: an unsaved page (no id) under a seeded parent. Opening the
    form and previewing it creates no page: an abandoned form leaves no draft behind."""
    pages_before = Page.objects.count()
    for role in ROLES:
        login_verified(client, editorial_user(role))
        for page in pages_to_preview():
            parent, model = page.get_parent(), type(page)
            if not model.can_create_at(parent):
                continue
            meta = model._meta
            add = f"/admin/pages/add/{meta.app_label}/{meta.model_name}/{parent.pk}/"
            form = client.get(add)
            assert form.status_code == 200, add
            data = edit_form_data(form.content.decode(), model(), form_id="page-edit-form")
            data.update({"title_ar": "صفحة جديدة", "slug": "new-page"})
            posted = client.post(f"{add}preview/", data)
            assert posted.json()["is_valid"], (add, posted.json())
            shown = client.get(f"{add}preview/")
            assert shown.status_code == 200, f"{add} ({role}): {shown.status_code}"
    assert Page.objects.count() == pages_before


def _content(page) -> dict:
    """What the editor edits of a page: every translated text and stream, as stored."""
    fields = page.get_edit_handler().get_form_class()._meta.fields
    stored = {}
    for name in fields:
        try:
            field = page._meta.get_field(name)
        except FieldDoesNotExist:  # form-only fields (comment notifications)
            continue
        if not field.concrete or field.many_to_many:
            continue
        value = field.get_prep_value(field.value_from_object(page))  # a key: its id
        stored[name] = "" if value is None else value  # an empty text saves as ""
    return stored


def _difference(before, after, where=""):
    """The first place two stored values differ, to say what the editor changed."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key in before.keys() | after.keys():
            if key == "id" and before.get(key) is None:
                continue  # an item stored without an id gets one when saved
            found = _difference(before.get(key), after.get(key), f"{where}.{key}")
            if found:
                return found
    elif isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for index, (one, two) in enumerate(zip(before, after, strict=True)):
            if isinstance(two, dict) and two.get("type") == "item" and not (
                    isinstance(one, dict) and one.get("type") == "item"):
                two = two["value"]  # a ListBlock item stored in the older plain form
            found = _difference(one, two, f"{where}[{index}]")
            if found:
                return found
    elif isinstance(before, str) and isinstance(after, str):
        # Draftail keys each paragraph it saves: not a change of content.
        if BLOCK_KEY.sub("", before) != BLOCK_KEY.sub("", after):
            return f"{where}: {before!r} → {after!r}"
    elif before != after:
        return f"{where}: {before!r} → {after!r}"
    return None


def test_every_seeded_page_opens_in_the_editor_and_saves_unchanged(client, seeded):  # noqa: F811
    """Guards the demo content against rich text the editor cannot read (`<br>` without
    its slash gave "Unmatched tags: expected br, got p" and a 500)."""
    login_verified(client, editorial_user("editor"))
    pages = list(Page.objects.filter(depth__gt=1).order_by("path").specific())
    assert len(pages) > 40
    for page in pages:
        page = page.get_latest_revision_as_object()
        edit = client.get(f"/admin/pages/{page.pk}/edit/")
        assert edit.status_code == 200, f"{type(page).__name__} {page.pk}"
        before = _content(page)
        saved = client.post(f"/admin/pages/{page.pk}/edit/",
                            edit_form_data(edit.content.decode(), page))
        assert saved.status_code == 302, f"{page.pk}: {saved.context and saved.context['form'].errors}"
        after = Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()
        assert _difference(before, _content(after)) is None, type(page).__name__


def test_an_editor_previews_a_lesson_with_its_activity_and_without_the_enrol_form(
    client, seeded, settings  # noqa: F811
):
    """Moderators judge the draft as learners will get it: the H5P activity plays (bound
    to no learner, so nothing is recorded) and the enrol form is replaced by a note."""
    lesson = next(page for page in pages_to_preview()
                  if any(child.block_type == "h5p" for child in getattr(page, "body", ())))
    settings.QUIZZES_H5P_ORIGIN = "http://h5p.localhost:8001"
    user = editorial_user("moderator")
    login_verified(client, user)
    client.cookies["django_language"] = "ar"
    preview = f"/admin/pages/{lesson.pk}/edit/preview/"
    edit = client.get(f"/admin/pages/{lesson.pk}/edit/")
    assert client.post(preview, edit_form_data(edit.content.decode(), lesson)).json()["is_valid"]
    shown = client.get(preview).content.decode()
    assert 'class="h5p-activity__frame"' in shown
    assert "h5p-activity__unavailable" not in shown
    assert "معاينة: لا تُسجَّل النتائج." in shown  # played as nobody: nothing recorded
    assert "lesson-complete__preview" in shown
    assert "/enrol/" not in shown
