from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiteracyConfig(AppConfig):
    name = "literacy"
    verbose_name = _("Basira core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # late: these modules import models, which only load once the registry is ready;
        # importing checks and throttle registers the checks and the throttle's receivers.
        from . import checks, content_cache  # noqa: F401
        from .accounts import erasures
        from .security import image_files, sessions, throttle  # noqa: F401

        content_cache.watch_pages()
        sessions.connect()
        image_files.connect()
        erasures.connect()
