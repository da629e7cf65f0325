"""Production: everything comes from the environment; missing essentials stop the start."""

import os

from literacy.security.conf import parse_rate_limits

from .base import *  # noqa: F403


def require_env(name: str) -> str:
    """The variable's value; without it the process stops with one line naming it."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise SystemExit(f"Basira cannot start: set the {name} environment variable.")
    return value


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = require_env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or [require_env("ALLOWED_HOSTS")]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Static files are served pre-compressed by WhiteNoise with far-future cache headers;
# HTML (text only: literacy/compression.py) is compressed with brotli or gzip (padded
# against BREACH); fonts, images and archives are sent as they are.
# Bodies are still bounded first (literacy/security/body_limits.py, basira.W010).
_FIRST = ("literacy.security.body_limits.BodyLimitMiddleware",
          "django.middleware.security.SecurityMiddleware")
MIDDLEWARE = [
    "literacy.security.body_limits.BodyLimitMiddleware",
    "literacy.compression.TextCompressionMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *[m for m in MIDDLEWARE if m not in _FIRST],  # noqa: F405
]

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365
# WhiteNoise's own table (nginx's) does not know the web app manifest.
WHITENOISE_MIMETYPES = {".webmanifest": "application/manifest+json"}

SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# A stopped Redis must not take the site down: the cache then answers as an empty one
# (literacy/redis_cache.py), and a short timeout keeps an unreachable Redis from stalling pages.
CACHES = {
    "default": {
        "BACKEND": "literacy.redis_cache.TolerantRedisCache",
        "LOCATION": REDIS_URL,  # noqa: F405
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        # Sites (or a benchmark) sharing one Redis keep apart by prefix.
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", ""),
    }
    if REDIS_URL  # noqa: F405
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

# Background work goes to a queue in the database and one worker process runs it
# (`manage.py db_worker`, deploy/systemd/basira-worker.service): Wagtail's own tasks, the
# periodic cleanup (`manage.py enqueue_cleanup`, deploy/systemd/basira-cleanup.timer) and
# exports above COURSES_EXPORT_WORKER_ROWS. Finished results are pruned with the rest of
# the cleanup after LITERACY_PREPARED_FILES_HOURS.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Erasures outlive a restore only if they are also written outside the database: the
# append-only journal `replay_erasures` reads after a restore (literacy/accounts/erasures.py,
# deploy/backup-restore.md). The systemd units set it to /var/lib/basira/erasures.jsonl
# (their StateDirectory), off the database's disk and out of its backups.
LITERACY_ERASURE_JOURNAL = require_env("LITERACY_ERASURE_JOURNAL")
if not os.path.isabs(LITERACY_ERASURE_JOURNAL):
    raise SystemExit("Basira cannot start: LITERACY_ERASURE_JOURNAL must be an absolute path.")

# Reverse proxies in front of gunicorn/daphne that append the client to X-Forwarded-For:
# the login throttle keys on the client they saw (with 0, on REMOTE_ADDR, i.e. the proxy,
# and one attacker could then lock a pseudonym out for everyone behind it).
LITERACY_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))

# Rate limits (defaults in literacy/security/conf.py) changed per scope without editing
# settings: BASIRA_RATE_LIMITS="submission=100000/60,export=40/600". Parsed strictly: a
# typo stops the start rather than leaving a limit other than the one meant.
try:
    LITERACY_RATE_LIMITS = parse_rate_limits(os.environ.get("BASIRA_RATE_LIMITS", ""))
except ValueError as error:
    raise SystemExit(f"Basira cannot start: BASIRA_RATE_LIMITS: {error}.") from None
