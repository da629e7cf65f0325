import pytest

from quizzes.h5p.storage import h5p_storage


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
