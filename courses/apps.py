from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import receivers

        receivers.connect()
        from .cohorts import receivers as cohort_receivers

        cohort_receivers.connect()
        from . import fragments

        fragments.connect()
        from . import boosters  # models are ready only here; connects receivers

        boosters.connect()
