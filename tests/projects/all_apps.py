"""literacy + courses + quizzes: the whole plugin set (courses requires quizzes)."""

import os

from literacy.settings.test import *  # noqa: F403

# Its own SQLite file (tests/test_projects.py gives a temporary one).
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ.get(
    "BASIRA_PROJECT_DB", str(BASE_DIR / "artifacts" / "project-all-apps.sqlite3"))}}  # noqa: F405
