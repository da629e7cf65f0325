from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # late: these modules import models, which only load once the registry is ready;
        # importing checks and h5p.receivers registers them.
        from . import checks, form_fragments  # noqa: F401
        from .h5p import receivers  # noqa: F401
        from .live import receivers as live_receivers

        live_receivers.connect()
        form_fragments.connect()
