import pytest

from quizzes.h5p.storage import h5p_storage


@pytest.fixture(autouse=True)
def h5p_files(settings, tmp_path):
    """Each test stores H5P files in its own folder."""
    settings.QUIZZES_H5P_FILES_ROOT = tmp_path / "h5p-files"
    return settings.QUIZZES_H5P_FILES_ROOT


def stored_files(root) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()) \
        if root.exists() else []


@pytest.fixture
def storage():
    return h5p_storage()
