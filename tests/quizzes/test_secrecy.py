"""Secrecy: right answers, feedback and explanations only ever appear after submitting."""

from wagtail.search.backends import get_search_backend

from quizzes.blocks import QuizBlock
from quizzes.models import Quiz

from .data import SECRETS


def test_search_never_matches_answers_or_explanations(quiz):
    backend = get_search_backend()
    backend.add(quiz)  # the test settings turn the index's automatic update off
    assert list(backend.search("التحقق", Quiz)) == [quiz]
    for secret in ("المشاركة تنشر الخطأ", "الصور تُقتطع من سياقها", "نطاق مزيف", "توقف"):
        assert list(backend.search(secret, Quiz)) == [], secret


def test_api_representation_of_the_block_is_only_the_quiz_id(quiz):
    block = QuizBlock()
    representation = block.get_api_representation(block.to_python({"quiz": quiz.pk}))
    assert representation == {"quiz": quiz.pk}


def test_quiz_text_representation_hides_the_questions(quiz):
    text = str(quiz) + repr(quiz)
    for secret in SECRETS:
        assert secret not in text


def test_no_json_api_is_installed(client, settings):
    assert not any(app.startswith("wagtail.api") for app in settings.INSTALLED_APPS)
    assert not any(app == "rest_framework" for app in settings.INSTALLED_APPS)
