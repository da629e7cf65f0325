"""Every demo quiz converts, and create_quiz is idempotent by key."""


from courses.demo import quiz_bank
from quizzes.demo import create_quiz
from quizzes.models import Quiz
from quizzes.presentation import learner_questions

from .data import quiz_data
from .helpers import answer_fields, as_querydict

DEMO = quiz_bank()


def test_create_quiz_is_idempotent_by_key(db):
    first = create_quiz("same", quiz_data())
    second = create_quiz("same", quiz_data(pass_mark=10))
    assert first.pk == second.pk and second.pass_mark == 70
    assert create_quiz(quiz_data() | {"key": "same"}).pk == first.pk
    assert Quiz.objects.count() == 1


def test_question_ids_are_shared_by_every_language(db):
    quiz = create_quiz("ids", quiz_data())
    ar = [b.id for b in quiz.questions_ar]
    assert ar == [b.id for b in quiz.questions_en] and len(set(ar)) == 10
    assert quiz.title_ar == "اختبار التحقق" and quiz.title_en == "Verification quiz"


def test_every_demo_quiz_converts_renders_and_grades(db):
    kinds = set()
    for key, data in DEMO.items():
        quiz = create_quiz(key, data)
        assert len(list(quiz.canonical_questions())) == len(data["questions"]), key
        assert len(learner_questions(quiz, seed=1)) == len(data["questions"])
        kinds.update(q.block_type for q in quiz.canonical_questions())
        from quizzes.grading import grade, parse_submission

        questions = list(quiz.canonical_questions())
        graded = grade(questions, parse_submission(questions,
                                                    as_querydict(answer_fields(quiz))))
        wrong = [g.question_type for g in graded
                 if not g.correct and g.question_type != "short_text"]
        assert not wrong, (key, wrong)
    assert {"single_choice", "real_or_fake", "rate_a_post",
            "phishing_or_legitimate"} <= kinds
