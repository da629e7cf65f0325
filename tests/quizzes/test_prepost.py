"""Parallel forms A/B: balanced stored assignment; a learner with pre A gets post B."""

import pytest

from quizzes.attempts import assigned_quiz, submit
from quizzes.demo import create_quiz
from quizzes.grading import SubmissionError
from quizzes.models import FormAssignment

from ..factories import UserFactory
from .data import QUESTIONS, quiz_data
from .helpers import answer_fields, as_querydict, token_for


@pytest.fixture
def forms(lesson):
    made = {}
    for kind, tag in (("pretest", "pre"), ("posttest", "post")):
        for form in ("A", "B"):
            quiz = create_quiz(f"disinfo-{tag}-{form.lower()}",
                               quiz_data(kind=kind, form=form, questions=QUESTIONS[6:8]))
            lesson.place(quiz)
            made[(kind, form)] = quiz
    return made


def _take(user, quiz, lesson):
    return submit(user=user, quiz=quiz, page=lesson, form=token_for(user, quiz, lesson),
                  data=as_querydict(answer_fields(quiz)))


def test_forms_are_balanced_and_post_is_the_other_form(forms, lesson):
    placed_pre = forms[("pretest", "A")]
    placed_post = forms[("posttest", "A")]
    got = []
    for _ in range(6):
        user = UserFactory()
        pre = assigned_quiz(user=user, quiz=placed_pre)
        assert FormAssignment.objects.filter(user=user).count() == 0  # showing stores nothing
        _take(user, pre, lesson)
        post = assigned_quiz(user=user, quiz=placed_post)
        assert post.kind == "posttest" and post.form != pre.form
        got.append(pre.form)
    assert got == ["A", "B", "A", "B", "A", "B"]
    assert FormAssignment.objects.filter(pre_form="A").count() == 3


def test_the_wrong_form_is_refused(forms, lesson):
    user = UserFactory()
    _take(user, forms[("pretest", "A")], lesson)
    with pytest.raises(SubmissionError):
        _take(user, forms[("posttest", "A")], lesson)


def test_series_is_taken_from_the_demo_keys(forms):
    assert {q.series for q in forms.values()} == {"disinfo"}
