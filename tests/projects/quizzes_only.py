"""literacy + quizzes, without courses: quizzes never imports courses."""

import os

from literacy.settings.test import *  # noqa: F403

INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "courses"]  # noqa: F405
ROOT_URLCONF = "tests.projects.quizzes_only_urls"
LOGIN_REDIRECT_URL = "/"
LITERACY_CATALOGUE_URL = "/"
# Its own SQLite file (tests/test_projects.py gives a temporary one).
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ.get(
    "BASIRA_PROJECT_DB", str(BASE_DIR / "artifacts" / "project-quizzes-only.sqlite3"))}}  # noqa: F405
