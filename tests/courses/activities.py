"""Place quizzes and H5P blocks on a test lesson (courses tests that need activities)."""

from quizzes.demo import create_quiz
from tests.quizzes.data import quiz_data


def make_quiz(key: str, kind: str, **overrides):
    return create_quiz(key, quiz_data(kind=kind, **overrides))


def place(lesson, *blocks):
    """Append blocks ({"type": "quiz", "value": {"quiz": pk}}, …) and publish."""
    lesson.body = [*lesson.body.raw_data, *blocks]
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def quiz_block(quiz):
    return {"type": "quiz", "value": {"quiz": quiz.pk}}


def h5p_block(package_pk: int, *, completes_lesson: bool):
    return {"type": "h5p", "value": {"package": package_pk, "completes_lesson": completes_lesson}}
