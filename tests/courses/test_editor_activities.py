"""Editors (not admins) upload, replace and choose H5P activities and quizzes, and place
them in a lesson, as the README promises."""


import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from literacy.security.testing import login_verified
from quizzes.models import H5PPackage, Quiz
from tests.factories import UserFactory
from tests.h5p_fixtures import fixture_package

from .editor_forms import edit_form_data, stream_data

pytestmark = pytest.mark.django_db

def h5p_upload(name: str) -> SimpleUploadedFile:
    """A real package from the shared fixtures (never copied into the repository)."""
    path = fixture_package(name)
    return SimpleUploadedFile(name, path.read_bytes(), content_type="application/zip")


@pytest.fixture(params=["Editors", "Moderators"])
def editor(request, db):
    user = UserFactory(username=f"{request.param.lower()}-member")
    # The groups and their permissions come from the migrations, as on a real site.
    user.groups.add(Group.objects.get(name=request.param))
    return user


def test_editor_uploads_replaces_and_chooses_an_h5p_activity(client, editor):
    login_verified(client, editor)
    add = reverse("wagtailsnippets_quizzes_h5ppackage:add")
    assert client.get(add).status_code == 200
    response = client.post(add, {"title_ar": "صواب أم خطأ", "max_score": "",
                                 "h5p_file": h5p_upload("true-false.h5p")})
    assert response.status_code == 302, response.content.decode()[:2000]
    package = H5PPackage.objects.get(title_ar="صواب أم خطأ")
    assert package.uploaded_by == editor and package.main_library == "H5P.TrueFalse"

    edit = reverse("wagtailsnippets_quizzes_h5ppackage:edit", args=[package.pk])
    response = client.post(edit, {"title_ar": "اختيار من متعدد",
                                  "h5p_file": h5p_upload("multichoice.h5p")})
    assert response.status_code == 302
    package.refresh_from_db()
    assert package.main_library == "H5P.MultiChoice" and package.title_ar == "اختيار من متعدد"

    chooser = client.get(reverse("wagtailsnippetchoosers_quizzes_h5ppackage:choose"))
    assert chooser.status_code == 200 and "اختيار من متعدد" in chooser.json()["html"]
    chosen = client.get(reverse("wagtailsnippetchoosers_quizzes_h5ppackage:chosen",
                                args=[package.pk]))
    assert chosen.status_code == 200


def test_editor_cannot_delete_a_quiz_or_an_activity(client, editor):
    """Deleting one would delete learners' attempts or results with it."""
    quiz = Quiz.objects.create(title="اختبار", title_ar="اختبار")
    login_verified(client, editor)
    response = client.post(reverse("wagtailsnippets_quizzes_quiz:delete", args=[quiz.pk]))
    assert response.status_code in (302, 403)
    assert Quiz.objects.filter(pk=quiz.pk).exists()


def test_editor_creates_a_quiz_and_places_it_and_an_activity_in_a_lesson(
    client, editor, lessons
):
    login_verified(client, editor)
    add = reverse("wagtailsnippets_quizzes_quiz:add")
    form = client.get(add)
    assert form.status_code == 200
    data = edit_form_data(form.content.decode(), Quiz(), form_id="w-editor-form")
    data.update({"title_ar": "اختبار قبلي", "kind": "pretest", "form": "A",
                 "series": "verify"})
    response = client.post(add, data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    quiz = Quiz.objects.get(title_ar="اختبار قبلي")
    package_response = client.post(
        reverse("wagtailsnippets_quizzes_h5ppackage:add"),
        {"title_ar": "نشاط", "h5p_file": h5p_upload("true-false.h5p")})
    assert package_response.status_code == 302
    package = H5PPackage.objects.get(title_ar="نشاط")

    chooser = client.get(reverse("wagtailsnippetchoosers_quizzes_quiz:choose"))
    assert chooser.status_code == 200
    assert quiz.label in chooser.json()["html"]

    lesson = lessons[0]
    edit = client.get(f"/admin/pages/{lesson.pk}/edit/")
    assert edit.status_code == 200
    data = edit_form_data(edit.content.decode(), lesson)
    body = lesson.body_ar.stream_block
    data.update(stream_data("body_ar", body, body.to_python([
        *lesson.body_ar.raw_data,
        {"type": "quiz", "value": {"quiz": quiz.pk}},
        {"type": "h5p", "value": {"package": package.pk}},
    ])))
    response = client.post(f"/admin/pages/{lesson.pk}/edit/", data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    draft = type(lesson).objects.get(pk=lesson.pk).get_latest_revision_as_object()
    types = [child.block_type for child in draft.body_ar]
    assert types[-2:] == ["quiz", "h5p"]
    assert draft.body_ar[-2].value["quiz"] == quiz
    assert draft.body_ar[-1].value["package"] == package
