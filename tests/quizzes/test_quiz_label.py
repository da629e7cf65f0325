"""Pickers tell look-alike quizzes apart (kind, parallel form) and list them in course order."""

import pytest
from django.urls import reverse

from literacy.security.testing import login_verified
from quizzes.models import Quiz, in_course_order

pytestmark = pytest.mark.django_db


def _quiz(title, kind, form=""):
    return Quiz.objects.create(title=title, title_ar=title, kind=kind, form=form,
                               series="check" if form else "")


def test_label_names_the_kind_and_the_form():
    quiz = _quiz("Check yourself", Quiz.Kind.PRETEST, "A")
    assert quiz.label == f"Check yourself · {quiz.get_kind_display()} · {quiz.get_form_display()}"
    assert "النموذج" in quiz.label  # in the editor's language
    assert _quiz("Practice", Quiz.Kind.PRACTICE).label.count(" · ") == 1


def test_quizzes_come_in_course_order():
    post_b = _quiz("Check", Quiz.Kind.POSTTEST, "B")
    practice = _quiz("Module 1", Quiz.Kind.PRACTICE)
    pre_b = _quiz("Check", Quiz.Kind.PRETEST, "B")
    graded = _quiz("Final", Quiz.Kind.GRADED)
    pre_a = _quiz("Check", Quiz.Kind.PRETEST, "A")
    assert list(in_course_order(Quiz.objects.all())) == [pre_a, pre_b, practice, graded,
                                                         post_b]


def test_the_lesson_editors_quiz_chooser_shows_labels_in_course_order(client, admin_user):
    post = _quiz("Check", Quiz.Kind.POSTTEST, "B")
    pre = _quiz("Check", Quiz.Kind.PRETEST, "A")
    login_verified(client, admin_user)
    html = client.get(reverse("wagtailsnippetchoosers_quizzes_quiz:choose")).json()["html"]
    assert pre.label in html and post.label in html
    assert html.index(pre.label) < html.index(post.label)
    chosen = client.get(reverse("wagtailsnippetchoosers_quizzes_quiz:chosen", args=[post.pk]))
    assert chosen.json()["result"]["string"] == post.label
