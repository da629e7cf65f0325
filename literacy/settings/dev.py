"""The embedded default: SQLite, in-memory channel layer, everything on one machine."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105 - never used in production
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# H5P packages are played from another origin: the same server reached as "localhost"
# (different host, so no shared cookies) while the site is used as 127.0.0.1.
QUIZZES_H5P_ORIGIN = os.environ.get(
    "QUIZZES_H5P_ORIGIN", f"http://localhost:{os.environ.get('PORT', '8000')}"
)
