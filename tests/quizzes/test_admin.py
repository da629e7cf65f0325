"""Editors author quizzes in the Wagtail admin, in every language."""

from django.urls import reverse

from literacy.security.testing import login_verified


def test_editor_can_open_the_quiz_editor(client, admin_user, quiz):
    login_verified(client, admin_user)
    admin_client = client
    response = admin_client.get(reverse("wagtailsnippets_quizzes_quiz:add"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="title_ar"' in html and 'name="title_en"' in html
    response = admin_client.get(reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]))
    assert response.status_code == 200
    assert admin_client.get(reverse("wagtailsnippets_quizzes_quiz:list")).status_code == 200
