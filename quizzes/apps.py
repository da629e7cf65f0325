from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import (
            checks,  # noqa: F401 - registers the app's system checks
            form_fragments,
        )
        from .h5p import receivers  # noqa: F401
        from .live import receivers as live_receivers

        live_receivers.connect()
        form_fragments.connect()
