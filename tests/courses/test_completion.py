"""One completion rule per lesson, derived from its blocks (courses/completion.py), told to
the learner on the lesson page and applied to quiz and H5P results."""

from types import SimpleNamespace

import pytest
from django.urls import reverse

from courses import receivers, services
from courses.completion import (
    AnswerTest,
    Completion,
    FinishActivity,
    OnView,
    PassQuiz,
    completion_for,
    derive,
)
from courses.models import LessonProgress
from tests.quizzes.helpers import post_data

from .activities import h5p_block, make_quiz, place, quiz_block
from .builders import lessons_of, make_course

pytestmark = pytest.mark.django_db


def _rule(kinds=(), counted=False, any_activity=None, editor="manual"):
    any_activity = bool(kinds or counted) if any_activity is None else any_activity
    return derive(quiz_kinds=set(kinds), counted_activity=counted,
                  any_activity=any_activity, editor_rule=editor)


def test_the_rule_is_derived_from_the_blocks_first_match_wins():
    assert _rule({"practice", "graded", "posttest"}) == PassQuiz(kind="graded")
    assert _rule({"practice"}, counted=True) == FinishActivity()
    assert _rule({"practice", "pretest"}) == PassQuiz(kind="practice")
    assert _rule({"pretest"}, editor="view") == AnswerTest()
    assert _rule(editor="view") == OnView()
    assert _rule(editor="quiz") == Completion()  # no quiz placed: the learner marks it
    # An activity that does not count still keeps "on view" away.
    assert _rule(any_activity=True, editor="view") == Completion()


def test_a_lesson_with_an_activity_is_never_completed_by_opening_it(
    learner_client, learner, catalogue
):
    course = make_course(catalogue, slug="pre", rule="view", modules=1, lessons=2)
    services.enroll(user=learner, course=course)
    first = place(lessons_of(course)[0], quiz_block(make_quiz("pre", "pretest", pass_mark=0)))
    learner_client.get(first.url)
    assert not LessonProgress.objects.filter(user=learner, lesson=first).exists()


def test_a_pre_test_alone_completes_its_lesson_whatever_the_score(
    learner_client, learner, catalogue
):
    course = make_course(catalogue, slug="pre", rule="view", modules=1, lessons=2)
    services.enroll(user=learner, course=course)
    pretest = make_quiz("pre", "pretest", pass_mark=100)
    first = place(lessons_of(course)[0], quiz_block(pretest))
    learner_client.post(reverse("quizzes:submit", args=[pretest.pk]),
                        post_data(learner, pretest, first, right=False))
    assert LessonProgress.objects.get(user=learner, lesson=first).source == "quiz"


@pytest.fixture
def final_lesson(catalogue):
    """The demo's last lesson: practice quiz, graded final, post-test (pass mark 0)."""
    course = make_course(catalogue, slug="final", modules=1, lessons=1)
    quizzes = {kind: make_quiz(kind, kind, pass_mark=0 if kind == "posttest" else 70)
               for kind in ("practice", "graded", "posttest")}
    lesson = place(lessons_of(course)[0], *(quiz_block(q) for q in quizzes.values()))
    return lesson, quizzes


def _submit(client, user, quiz, lesson, right):
    return client.post(reverse("quizzes:submit", args=[quiz.pk]),
                       post_data(user, quiz, lesson, right=right))


def test_passing_the_post_test_beside_a_graded_quiz_does_not_complete_the_lesson(
    learner_client, learner, final_lesson
):
    lesson, quizzes = final_lesson
    _submit(learner_client, learner, quizzes["practice"], lesson, right=True)
    _submit(learner_client, learner, quizzes["graded"], lesson, right=False)
    _submit(learner_client, learner, quizzes["posttest"], lesson, right=False)  # "passes"
    assert not LessonProgress.objects.filter(user=learner, lesson=lesson).exists()
    _submit(learner_client, learner, quizzes["graded"], lesson, right=True)
    assert LessonProgress.objects.get(user=learner, lesson=lesson).source == "quiz"


def test_the_lesson_page_tells_the_learner_which_quiz_decides(
    learner_client, learner, final_lesson
):
    lesson, _quizzes = final_lesson
    services.enroll(user=learner, course=services.course_of(lesson))
    html = learner_client.get(lesson.url).content.decode()
    assert "يكتمل هذا الدرس عندما تنجح في اختباره المُقيَّم." in html
    assert reverse("courses:complete", args=[lesson.pk]) not in html


def test_lesson_with_an_activity_cannot_be_marked_by_hand(learner_client, learner, catalogue):
    """Guard of services.record_completion: the button cannot skip a quiz."""
    course = make_course(catalogue, slug="practice", modules=1, lessons=1)
    services.enroll(user=learner, course=course)
    lesson = place(lessons_of(course)[0], quiz_block(make_quiz("practice", "practice")))
    response = learner_client.post(reverse("courses:complete", args=[lesson.pk]), follow=True)
    assert not LessonProgress.objects.filter(user=learner).exists()
    assert "يكتمل هذا الدرس عندما تنجح في اختبار التدريب الخاص به." in response.content.decode()


def test_a_text_lesson_is_marked_by_hand_and_says_so(learner_client, learner, enrolled, lessons):
    html = learner_client.get(lessons[0].url).content.decode()
    assert "عندما تنتهي من قراءة هذا الدرس، حدّده كمكتمل." in html
    learner_client.post(reverse("courses:complete", args=[lessons[0].pk]))
    assert LessonProgress.objects.get(user=learner, lesson=lessons[0]).source == "manual"


def test_an_activity_the_editor_counts_completes_the_lesson_and_others_do_not(
    learner, catalogue
):
    course = make_course(catalogue, slug="h5p", modules=1, lessons=2)
    services.enroll(user=learner, course=course)
    counted, decorative = lessons_of(course)
    place(counted, h5p_block(1, completes_lesson=True))
    place(decorative, h5p_block(1, completes_lesson=False))
    assert completion_for(counted) == FinishActivity()
    for lesson, completes in ((counted, True), (decorative, False)):
        receivers.on_h5p_result_recorded(
            None, user=learner, passed=True, page_id=lesson.pk,
            result=SimpleNamespace(completes_lesson=completes),
        )
    assert list(LessonProgress.objects.values_list("lesson_id", "source")) == [
        (counted.pk, "h5p")
    ]


def test_a_preview_of_unsaved_blocks_does_not_change_the_rule_learners_get(catalogue):
    """Guard of completion_for: a preview's rule is never cached under the page's key."""
    from courses.models import LessonPage

    course = make_course(catalogue, slug="draft", modules=1, lessons=1)
    draft = lessons_of(course)[0]
    draft.body = [*draft.body.raw_data, quiz_block(make_quiz("draft", "practice"))]
    assert completion_for(draft, preview=True) == PassQuiz(kind="practice")
    assert completion_for(LessonPage.objects.get(pk=draft.pk)) == Completion()
