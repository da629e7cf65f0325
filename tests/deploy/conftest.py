"""The deployment test runs only when asked for (`-m deploy`, .ci/run): it needs nginx,
PostgreSQL and Redis, and starts gunicorn, daphne and nginx of its own."""

import os
import shutil

import pytest


def pytest_collection_modifyitems(config, items):
    if "deploy" in (config.getoption("markexpr") or ""):
        return
    skipped = [item for item in items if item.get_closest_marker("deploy")]
    if skipped:
        config.hook.pytest_deselected(items=skipped)
        items[:] = [item for item in items if not item.get_closest_marker("deploy")]


def require_stack() -> None:
    """nginx from Debian, PostgreSQL and Redis, or one line saying what is missing. In CI
    (CI=true) a missing piece fails instead: the deployment must be tested there."""
    from django.conf import settings

    missing = []
    if not shutil.which("nginx"):
        missing.append("nginx (apt-get install nginx-light; `make system WITH_DEPLOY=1`)")
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        missing.append("PostgreSQL (DATABASE_URL)")
    if not os.environ.get("REDIS_URL"):
        missing.append("Redis (REDIS_URL)")
    if not missing:
        return
    message = "deployment test needs " + ", ".join(missing)
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)
