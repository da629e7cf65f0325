import pytest

from quizzes import access
from quizzes.demo import create_quiz
from quizzes.h5p.storage import h5p_storage

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
    """A live page that places the quizzes: the home page, so that these tests need no
    course (quizzes is a plugin for any page; test_lesson_flow joins it to LessonPage)."""
    placed: set[str] = set()
    original = access._quiz_ids_on_page

    def ids(page):
        found = original(page)
        return found | placed if page.pk == home_page.pk else found

    monkeypatch.setattr(access, "_quiz_ids_on_page", ids)
    home_page.place = lambda quiz: placed.add(str(quiz.pk))
    return home_page



@pytest.fixture(autouse=True)
def h5p_files(settings, tmp_path):
    """Each test stores H5P files in its own folder; packages are served on another host
    name ("localhost") than the site's ("testserver")."""
    settings.QUIZZES_H5P_ORIGIN = "http://localhost"
    settings.QUIZZES_H5P_FILES_ROOT = tmp_path / "h5p-files"
    return settings.QUIZZES_H5P_FILES_ROOT


def stored_files(root) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()) \
        if root.exists() else []


@pytest.fixture
def storage():
    return h5p_storage()


@pytest.fixture
def package(db, h5p_files):
    """The real True/False package, uploaded."""
    import io

    from quizzes.h5p.ingest import ingest_package

    from .h5p_packages import fixture_bytes

    return ingest_package(upload=io.BytesIO(fixture_bytes()), title="صح أم خطأ")


@pytest.fixture
def activity_for(home_page):
    """Tokens as a lesson page gives them to a learner: activity_for(user, package, page)."""
    from quizzes.h5p.tokens import Activity, play_token, result_token

    def make(user, package, page=None, *, parent="http://testserver", language="ar"):
        page = page or home_page
        activity = Activity(
            package_id=package.pk, page_id=page.pk, user_id=user.pk if user else None,
            completes_lesson=True, parent_origin=parent, language=language,
        )
        return play_token(activity), result_token(activity)

    return make
