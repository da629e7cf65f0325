import pytest

from quizzes import access
from quizzes.demo import create_quiz

from ..factories import UserFactory
from .data import quiz_data


@pytest.fixture
def quiz(db):
    return create_quiz("test-quiz", quiz_data())


@pytest.fixture
def learner(db):
    return UserFactory()


@pytest.fixture
def lesson(home_page, monkeypatch):
    """A live page that places the quizzes (until courses' LessonPage is on main)."""
    placed: set[str] = set()
    original = access._quiz_ids_on_page

    def ids(page):
        found = original(page)
        return found | placed if page.pk == home_page.pk else found

    monkeypatch.setattr(access, "_quiz_ids_on_page", ids)
    home_page.place = lambda quiz: placed.add(str(quiz.pk))
    return home_page
