"""Production settings read the environment and refuse to start without essentials."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_ENV = {
    "SECRET_KEY": "a-long-random-secret-key-for-tests-only-0123456789abcdefghijklmnop",
    "ALLOWED_HOSTS": "basira.example",
    # Without it H5P activities are switched off, which the checks warn about (basira.W003).
    "QUIZZES_H5P_ORIGIN": "https://h5p.basira.example",
}


def manage(*args, **env):
    # DJANGO_ALLOW_ASYNC_UNSAFE is set by the browser tests' conftest, never in production.
    dropped = ("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE")
    base = {k: v for k, v in os.environ.items() if k not in dropped}
    return subprocess.run(
        [sys.executable, "manage.py", *args, "--settings=literacy.settings.production"],
        cwd=ROOT, env={**base, **env}, capture_output=True, text=True, timeout=120,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_refuses_to_start_without(missing):
    env = {k: v for k, v in GOOD_ENV.items() if k != missing}
    result = manage("check", **env)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        f"Basira cannot start: set the {missing} environment variable."
    ]


def test_deploy_check_has_no_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **GOOD_ENV)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_cache_answers_as_empty_while_redis_is_unreachable():
    from tests.servers import free_port

    dead = f"redis://127.0.0.1:{free_port()}/3"
    result = manage("shell", "-c", "from django.core.cache import cache; cache.set('k', 1); "
                    "print('cached:', cache.get('k', 'miss'))", REDIS_URL=dead, **GOOD_ENV)
    assert result.returncode == 0, result.stderr
    assert "cached: miss" in result.stdout
    assert "cache unavailable" in result.stderr  # logged, not raised


def test_rate_limits_come_from_the_environment_strictly():
    """BASIRA_RATE_LIMITS changes the named scopes only; a typo stops the start."""
    result = manage("shell", "-c", "from literacy.security.rate_limits import RateLimit; "
                    "print(RateLimit('submission').limit(), RateLimit('signup').limit())",
                    BASIRA_RATE_LIMITS="submission=100000/60", **GOOD_ENV)
    assert result.returncode == 0, result.stderr
    assert "(100000, 60) (60, 3600)" in result.stdout
    result = manage("check", BASIRA_RATE_LIMITS="submision=100000/60", **GOOD_ENV)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "Basira cannot start: BASIRA_RATE_LIMITS: unknown rate limit scope 'submision'."]
