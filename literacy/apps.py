from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiteracyConfig(AppConfig):
    name = "literacy"
    verbose_name = _("Basira core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Importing registers the system checks and the login throttle's receivers.
        from . import (
            checks,  # noqa: F401
            content_cache,
        )
        from .accounts import erasures  # models are ready only here; connects receivers
        from .security import image_files, sessions, throttle  # noqa: F401

        content_cache.watch_pages()
        sessions.connect()
        image_files.connect()
        erasures.connect()
