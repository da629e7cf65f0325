"""The packaging test runs only when asked for (`-m package`, `make test-package`, .ci/run)."""

import pytest


def pytest_collection_modifyitems(config, items):
    if "package" in (config.getoption("markexpr") or ""):
        return
    skipped = [item for item in items if item.get_closest_marker("package")]
    if skipped:
        config.hook.pytest_deselected(items=skipped)
        items[:] = [item for item in items if not item.get_closest_marker("package")]


@pytest.fixture(scope="session")
def django_db_setup():
    """The packaging test needs no test database of this project."""
