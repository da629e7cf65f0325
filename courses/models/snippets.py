"""Translatable snippets shared by courses: topics (catalogue filter) and glossary terms."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Topic(index.Indexed, models.Model):
    """A theme of the catalogue (disinformation, safe platform use, digital rights)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class GlossaryTerm(index.Indexed, models.Model):
    """A word explained inline in lessons; `key` stays stable across languages and seeds."""

    key = models.SlugField(_("key"), max_length=80, unique=True)
    term = models.CharField(_("term"), max_length=160)
    definition = models.TextField(_("definition"))

    panels = [FieldPanel("term"), FieldPanel("definition"), FieldPanel("key")]
    search_fields = [index.SearchField("term"), index.SearchField("definition")]

    class Meta:
        ordering = ["key"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return self.term
