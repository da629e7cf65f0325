"""Production settings read the environment and refuse to start without essentials."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_ENV = {
    "SECRET_KEY": "a-long-random-secret-key-for-tests-only-0123456789abcdefghijklmnop",
    "ALLOWED_HOSTS": "basira.example",
    "LITERACY_ERASURE_JOURNAL": "/var/lib/basira/erasures.jsonl",  # only named, not written
    # Without it H5P activities are switched off, which the checks warn about (basira.W003).
    "QUIZZES_H5P_ORIGIN": "https://h5p.basira.example",
}


def manage(*args, timeout=120, **env):
    # DJANGO_ALLOW_ASYNC_UNSAFE is set by the browser tests' conftest, never in production.
    dropped = ("SECRET_KEY", "ALLOWED_HOSTS", "LITERACY_ERASURE_JOURNAL",
               "DJANGO_ALLOW_ASYNC_UNSAFE")
    base = {k: v for k, v in os.environ.items() if k not in dropped}
    return subprocess.run(
        [sys.executable, "manage.py", *args, "--settings=literacy.settings.production"],
        cwd=ROOT, env={**base, **env}, capture_output=True, text=True, timeout=timeout,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "LITERACY_ERASURE_JOURNAL"])
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


def test_collectstatic_then_whitenoise_serve_the_sites_assets(tmp_path):
    """The deploy steps as the README gives them: collectstatic with production's storage
    (hashed, compressed), then WhiteNoise answers the site's manifest with its media type
    and the icons under their plain names (the manifest refers to those)."""
    env = {**GOOD_ENV, "STATIC_ROOT": str(tmp_path)}
    # Compressing every file (gzip and Brotli) takes a minute or more on a busy machine.
    result = manage("collectstatic", "--noinput", "-v", "0", timeout=900, **env)
    assert result.returncode == 0, result.stderr
    script = (
        "from django.test import Client; from django.templatetags.static import static; "
        "c = Client(HTTP_HOST='basira.example'); "
        "urls = [static('manifest.webmanifest'), '/static/icons/icon-maskable-512.png', "
        "static('favicon.svg'), static('favicon.ico')]; "
        "[print(u, r.status_code, r['Content-Type']) "
        " for u, r in ((u, c.get(u, secure=True)) for u in urls)]"
    )
    result = manage("shell", "-c", script, **env)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("/static/")]
    assert re.fullmatch(r"/static/manifest\.[0-9a-f]{12}\.webmanifest 200 "
                        r"application/manifest\+json", lines[0]), lines
    assert lines[1] == "/static/icons/icon-maskable-512.png 200 image/png", lines
    assert lines[2].endswith(" 200 image/svg+xml") and ".svg" in lines[2], lines
    assert lines[3].endswith(" 200 image/x-icon"), lines
