"""An editor's journey: sign in and set up the second factor, upload an H5P activity,
write a lesson with text, a quiz and the activity, preview it, submit it; a moderator
previews and approves; a learner reads it.

Screenshots in artifacts/journeys/editor/ (the admin at 1280 px, then at a phone's width).
The lesson's blocks are posted as the editor's browser posts them (tests/courses/
editor_forms.py): Wagtail's block picker and Draftail are exercised by Wagtail's own tests.
"""


import pytest
from django.contrib.auth.models import Group
from django.test import Client

from courses.demo import DEMO_PASSWORD
from courses.models import LessonPage, ModulePage
from literacy.security.testing import login_verified
from quizzes.models import H5PPackage, Quiz
from tests.courses.editor_forms import edit_form_data, stream_data
from tests.factories import UserFactory
from tests.h5p_fixtures import fixture_package

from .steps import sign_in_with_two_factor

pytestmark = pytest.mark.django_db(transaction=True)

WIDE = {"width": 1280, "height": 900}
TEXT = "<p>قبل أن تشارك أي خبر، ابحث عن مصدره الأول.</p>"


def _lesson_data(client, module, quiz, package):
    add = f"/admin/pages/add/courses/lessonpage/{module.pk}/"
    form = client.get(add)
    data = edit_form_data(form.content.decode(), LessonPage())
    block = LessonPage._meta.get_field("body_ar").stream_block
    data.update(stream_data("body_ar", block, block.to_python([
        {"type": "rich_text", "value": TEXT},
        {"type": "quiz", "value": {"quiz": quiz.pk}},
        {"type": "h5p", "value": {"package": package.pk, "completes_lesson": False}},
    ])))
    data.update({"title_ar": "درس جديد: المصدر الأول", "slug": "first-source",
                 "summary_ar": "كيف تجد المصدر الأول لخبر."})
    return add, data


def test_editor_writes_a_lesson_that_a_moderator_approves(
    h5p_origin, journey, live_server, demo_site
):
    editor_user = demo_site.user("demo-editor")
    moderator_user = UserFactory(username="moderator-journey")
    moderator_user.groups.add(Group.objects.get(name="Moderators"))

    editor = journey("editor")
    editor.page.set_viewport_size(WIDE)
    sign_in_with_two_factor(editor, f"{live_server.url}/admin/login/", editor_user,
                            DEMO_PASSWORD)
    editor.page.goto(f"{live_server.url}/admin/")
    assert editor.page.locator("html").get_attribute("dir") == "rtl"
    editor.shot("dashboard")

    # The H5P upload, through the admin's own form.
    editor.page.goto(f"{live_server.url}/admin/snippets/quizzes/h5ppackage/add/")
    editor.page.fill("#id_title_ar", "صواب أم خطأ: المصدر")
    editor.page.set_input_files("#id_h5p_file", str(fixture_package("true-false.h5p")))
    editor.shot("h5p-upload-form")
    editor.page.locator("#w-editor-form button[type=submit]").first.click()
    editor.page.wait_for_load_state()
    editor.shot("h5p-uploaded")
    package = H5PPackage.objects.get(title_ar="صواب أم خطأ: المصدر")
    assert package.uploaded_by == editor_user

    # The lesson: text, a quiz and the activity, saved as a draft by the editor.
    module = ModulePage.objects.order_by("path").first()
    quiz = Quiz.objects.filter(kind="practice").order_by("pk").first()
    client = Client()
    login_verified(client, editor_user)
    add, data = _lesson_data(client, module, quiz, package)
    assert client.post(add, data).status_code == 302
    lesson = LessonPage.objects.get(slug="first-source")
    assert not lesson.live

    editor.page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    editor.shot("lesson-editor")
    editor.page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/view_draft/")
    assert "ابحث عن مصدره الأول" in editor.page.content()
    # What learners will get, for an editor who is not enrolled: the quiz, the activity
    # playing (nothing recorded) and a preview note instead of the enrol button.
    shown_quiz = editor.page.locator(f"#quiz-{quiz.pk}")
    assert shown_quiz.locator(".question").count() >= 1
    assert shown_quiz.locator("button.quiz__submit").is_disabled()
    # Frames load when they come near the screen.
    editor.page.locator("iframe.h5p-activity__frame").last.scroll_into_view_if_needed()
    editor.page.frame_locator("iframe.h5p-activity__frame").last \
        .get_by_text("Is this false?").wait_for(timeout=30000)
    assert editor.page.locator(".lesson-complete__preview").is_visible()
    editor.shot("lesson-preview")
    editor.page.set_viewport_size({"width": 360, "height": 740})
    editor.page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    editor.shot("lesson-editor-phone")

    # Submitted for moderation (the editor may not publish).
    edit = client.get(f"/admin/pages/{lesson.pk}/edit/")
    data = edit_form_data(edit.content.decode(), lesson.get_latest_revision_as_object())
    data["action-submit"] = "1"
    assert client.post(f"/admin/pages/{lesson.pk}/edit/", data).status_code == 302
    lesson.refresh_from_db()
    state = lesson.current_workflow_task_state
    assert state is not None and not lesson.live

    moderator = journey("editor-moderator")
    moderator.page.set_viewport_size(WIDE)
    moderator.sign_in(live_server.url, moderator_user, verified=True)
    moderator.page.goto(f"{live_server.url}/admin/")
    assert "درس جديد: المصدر الأول" in moderator.page.content()
    moderator.shot("awaiting-review")
    moderator.page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/view_draft/")
    assert moderator.page.locator("iframe.h5p-activity__frame").count() == 1
    moderator.shot("moderator-preview")
    reviewer = Client()
    login_verified(reviewer, moderator_user)
    approved = reviewer.post(
        f"/admin/pages/workflow/action/{lesson.pk}/approve/{state.pk}/", {"comment": ""})
    assert approved.status_code in (200, 302)
    lesson.refresh_from_db()
    assert lesson.live

    learner = journey("editor-learner", javascript=False)
    learner.sign_in(live_server.url, demo_site.user("rawiya"))
    learner.page.goto(f"{live_server.url}{lesson.url}")
    assert "ابحث عن مصدره الأول" in learner.page.content()
    learner.shot("published-lesson")
    assert editor.foreign_requests("localhost") == []  # the H5P origin is ours
    assert learner.foreign_requests("localhost") == []
