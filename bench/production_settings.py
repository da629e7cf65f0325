"""The production settings with the bench's URLs (the floors' bench-only views): what the
bench's gunicorn serves. Never the product's settings."""

from literacy.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
