"""Benchmark settings: the test settings on a throwaway SQLite file (or DATABASE_URL)."""

import os
import tempfile

from literacy.settings.test import *  # noqa: F403

BENCH_DIR = os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="basira-bench-")
if not os.environ.get("DATABASE_URL"):
    DATABASES = {  # noqa: F405
        "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": f"{BENCH_DIR}/bench.sqlite3"}
    }
ROOT_URLCONF = "bench.urls"
ALLOWED_HOSTS = ["*"]
