"""Fast, isolated settings for pytest. DATABASE_URL / REDIS_URL switch to PostgreSQL / Redis."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# One process: the local cache is shared by every request, as Redis is in production.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Two suites may run at once (.ci/run): each keeps its files in folders of its own.
_RUN = os.environ.get("BASIRA_TEST_RUN", "")
MEDIA_ROOT = BASE_DIR / "artifacts" / ("test-media-" + _RUN if _RUN else "test-media")  # noqa: F405
LOGGING["loggers"]["basira"]["level"] = "WARNING"  # noqa: F405
QUIZZES_H5P_FILES_ROOT = BASE_DIR / "artifacts" / ("test-h5p-" + _RUN if _RUN else "test-h5p")  # noqa: F405
# Each test that erases an account writes its journal under tmp_path (tests set it).
LITERACY_ERASURE_JOURNAL = ""
LITERACY_PREPARED_FILES_ROOT = BASE_DIR / "artifacts" / ("test-prepared-" + _RUN if _RUN else "test-prepared")  # noqa: F405
# Wagtail's own search index (the admin's page search) is not what learners search
# (courses.search keeps SearchText), and updating it on every page and quiz save is a
# third of what seeding the demo costs; a test that needs it indexes what it searches.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database",
                                      "AUTO_UPDATE": False}}

# literacy/asgi.py tunes the collector for a socket server's process, not pytest's.
LITERACY_SOCKET_SERVER_GC = False
