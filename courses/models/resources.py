"""Dated "in your country" resources: laws, fact-checkers, helplines, appeal routes, tools.

Such facts go stale (a law is amended, a helpline moves), so each one carries the day an
editor last checked it and how often it must be checked again. ``review_due_on`` is kept
on save so that the admin's "due for review" filter is one indexed comparison on any
database.
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from ..resource_kinds import COUNTRIES, KINDS


class LocalResourceQuerySet(models.QuerySet):
    def due_for_review(self, today=None):
        """Checked longer ago than their interval: checked_on + interval < today."""
        return self.filter(review_due_on__lt=today or timezone.localdate())


class LocalResource(index.Indexed, models.Model):
    """One dated resource; `key` stays stable across languages and seeds."""

    key = models.SlugField(_("key"), max_length=80, unique=True)
    country = models.CharField(_("country"), max_length=12, choices=COUNTRIES)
    kind = models.CharField(_("kind"), max_length=32, choices=KINDS)
    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("address"), blank=True,
                          help_text=_("Leave empty unless you are sure of the address."))
    note = models.TextField(_("note"), blank=True)
    checked_on = models.DateField(_("checked on"))
    review_interval_days = models.PositiveSmallIntegerField(
        _("review every (days)"), default=180)
    review_due_on = models.DateField(_("review due on"), editable=False, db_index=True)

    objects = LocalResourceQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("country"), FieldPanel("kind"),
              FieldPanel("url"), FieldPanel("note"), FieldPanel("checked_on"),
              FieldPanel("review_interval_days"), FieldPanel("key")]
    search_fields = [index.SearchField("name"), index.SearchField("note"),
                     index.FilterField("kind"), index.FilterField("country")]

    class Meta:
        ordering = ["country", "kind", "key"]
        verbose_name = _("local resource")
        verbose_name_plural = _("local resources")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.review_due_on = self.checked_on + datetime.timedelta(
            days=self.review_interval_days)
        super().save(*args, **kwargs)
