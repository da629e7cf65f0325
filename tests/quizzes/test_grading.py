"""Server grading of every question type, partial credit and Arabic-aware matching."""

import pytest

from literacy.text import normalize_arabic
from quizzes.attempts import submit
from quizzes.grading import SubmissionError, grade, item_ids, parse_submission

from .helpers import answer_fields, as_querydict, token_for


def _grade(quiz, fields):
    questions = list(quiz.canonical_questions())
    return {g.question_type: g for g in grade(questions, parse_submission(questions,
                                                                          as_querydict(fields)))}


def test_right_answers_score_full_marks_on_every_type(quiz):
    graded = _grade(quiz, answer_fields(quiz, right=True))
    assert len(graded) == 10
    assert all(g.correct and g.points == 1 for g in graded.values()), graded


def test_wrong_answers_score_nothing(quiz):
    graded = _grade(quiz, answer_fields(quiz, right=False))
    assert not any(g.correct for g in graded.values())
    assert sum(g.points for g in graded.values()) < 1


def test_multiple_response_gives_partial_credit(quiz):
    question = next(q for q in quiz.canonical_questions() if q.block_type == "multiple_response")
    good, other_good, bad = item_ids(question.value, "options")
    fields = answer_fields(quiz)
    fields[f"q.{question.id}"] = [good]
    assert _grade(quiz, fields)["multiple_response"].points == 0.5
    fields[f"q.{question.id}"] = [good, other_good, bad]
    assert _grade(quiz, fields)["multiple_response"].points == 0.5
    fields[f"q.{question.id}"] = [good, bad]
    assert _grade(quiz, fields)["multiple_response"].points == 0


def test_ordering_and_matching_give_partial_credit(quiz):
    fields = answer_fields(quiz)
    ordering = next(q for q in quiz.canonical_questions() if q.block_type == "ordering")
    a, b, c, d = item_ids(ordering.value, "items")
    fields.update({f"q.{ordering.id}.{a}": ["1"], f"q.{ordering.id}.{b}": ["2"],
                   f"q.{ordering.id}.{c}": ["4"], f"q.{ordering.id}.{d}": ["3"]})
    assert _grade(quiz, fields)["ordering"].points == 0.5


@pytest.mark.parametrize("typed", ["القراءة الجانبية", "القِراءةُ الجانبيّة", "القراءه الجانبيه",
                                   "  القـــراءة   الجانبية ", "قراءة جانبية", "Lateral Reading"])
def test_short_text_matches_arabic_spelling_variants(quiz, typed):
    fields = answer_fields(quiz)
    question = next(q for q in quiz.canonical_questions() if q.block_type == "short_text")
    fields[f"q.{question.id}"] = [typed]
    # The English accepted answer is in the English stream only: Arabic is canonical.
    expected = typed != "Lateral Reading"
    assert _grade(quiz, fields)["short_text"].correct is expected


def test_normalize_arabic_folds_letters_marks_and_digits():
    assert normalize_arabic("أَحْمَد إسلام آمن") == "احمد اسلام امن"
    assert normalize_arabic("مستشفى مدرسة") == "مستشفي مدرسه"
    assert normalize_arabic("مستشفى", alef_maqsura=False) == "مستشفى"
    assert normalize_arabic("كـــتاب") == "كتاب"
    assert normalize_arabic("٢٠٢٦ و ۱۲") == "2026 و 12"
    assert normalize_arabic("٢٠٢٦", digits=False) == "٢٠٢٦"
    assert normalize_arabic("مسؤول", hamza=False) == "مسؤول"


def test_rate_a_post_counts_the_undecided_middle_as_wrong(quiz):
    question = next(q for q in quiz.canonical_questions() if q.block_type == "rate_a_post")
    fields = answer_fields(quiz)
    fields[f"q.{question.id}.reliability"] = ["4"]
    assert _grade(quiz, fields)["rate_a_post"].correct is False
    fields[f"q.{question.id}.reliability"] = ["3"]
    assert _grade(quiz, fields)["rate_a_post"].correct is True


def test_grading_twenty_questions_uses_a_constant_number_of_queries(
    learner, lesson, django_assert_max_num_queries
):
    from quizzes.demo import create_quiz

    from .data import QUESTIONS, quiz_data

    big = create_quiz("twenty", quiz_data(questions=QUESTIONS * 2))
    small = create_quiz("ten", quiz_data(questions=QUESTIONS))
    lesson.place(big)
    lesson.place(small)
    # Per-learner facts that plugins cache on the first submission (courses: the learner's
    # cohorts, whose figures a submission renews), and the booster quizzes kept per
    # content generation (courses.boosters), are read before counting.
    from courses.boosters import booster_quiz_ids
    from courses.cohorts.access import cohort_ids_of_learner

    cohort_ids_of_learner(learner.pk)
    booster_quiz_ids()
    counts = []
    for quiz in (small, big):
        data = as_querydict(answer_fields(quiz))
        token = token_for(learner, quiz, lesson)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as ctx:
            submit(user=learner, quiz=quiz, page=lesson, form=token, data=data)
        counts.append(len(ctx))
    assert counts[0] == counts[1]
    # 8 for grading and storing, +1 for courses' progress hook looking up the page.
    with django_assert_max_num_queries(9):
        submit(user=learner, quiz=big, page=lesson, form=token_for(learner, big, lesson),
               data=as_querydict(answer_fields(big)))


def test_submission_error_lists_every_missing_answer(quiz):
    questions = list(quiz.canonical_questions())
    with pytest.raises(SubmissionError) as error:
        parse_submission(questions, as_querydict({}))
    assert len(error.value.messages) == 10
