from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # late: these modules import models, which only load once the registry is ready.
        from . import boosters, fragments, receivers
        from .cohorts import receivers as cohort_receivers

        receivers.connect()
        cohort_receivers.connect()
        fragments.connect()
        boosters.connect()
