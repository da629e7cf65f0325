"""The production settings with the bench's URLs (the floors' bench-only views): what the
bench's gunicorn serves. Never the product's settings."""

import os

from literacy.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"

if os.environ.get("BENCH_PROFILE_DIR"):  # bench/profiling.py: a profiled run, not a figure
    MIDDLEWARE = ["bench.profiling.ProfileMiddleware", *MIDDLEWARE]  # noqa: F405
