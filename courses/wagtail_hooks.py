"""Registrations only: snippets, the activity-access hook, navigation and demo seed."""

import django_filters
from django.contrib import messages
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import demo
from .access import activity_access
from .cohorts import demo as cohort_demo
from .cohorts.access import cohort_roles
from .cohorts.export_log import kind_labels
from .cohorts.live import KIND, POLICY
from .models import GlossaryTerm, LocalResource, Organisation, Topic
from .panels import missing_languages
from .personal_data import sections
from .translating import (
    ACTION,
    can_start,
    language_name,
    start_from_arabic,
    target_languages,
)


class MissingLanguagesColumn(Column):
    """Listing column: which languages an item still lacks."""

    def get_value(self, instance):
        return ", ".join(missing_languages(instance)) or "✓"


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", MissingLanguagesColumn("missing", label=_("Missing"))]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "snippet"
    list_display = ["term", "key", MissingLanguagesColumn("missing", label=_("Missing"))]
    search_fields = ["term", "definition"]


class LocalResourceFilterSet(WagtailFilterSet):
    due = django_filters.BooleanFilter(label=_("Due for review"), method="filter_due")

    class Meta:
        model = LocalResource
        fields = ["kind", "country"]

    def filter_due(self, queryset, name, value):
        due = queryset.due_for_review()
        if value is None:
            return queryset
        return due if value else queryset.exclude(pk__in=due.values("pk"))


class LocalResourceViewSet(SnippetViewSet):
    """Dated resources; editors filter the ones due for review (checked_on + interval)."""

    model = LocalResource
    icon = "site"
    list_display = ["name", "country", "kind", "checked_on", "review_due_on",
                    MissingLanguagesColumn("missing", label=_("Missing"))]
    search_fields = ["name", "note"]
    filterset_class = LocalResourceFilterSet


register_snippet(TopicViewSet)
register_snippet(GlossaryTermViewSet)
register_snippet(LocalResourceViewSet)


@hooks.register("basira_activity_access")
def courses_activity_access(request, page):
    return activity_access(request, page)


@hooks.register("basira_nav_items")
def courses_nav_items(request):
    items = [(_("Courses"), "courses:catalogue"), (_("Search"), "courses:search")]
    if request is not None and request.user.is_authenticated:
        items.append((_("My learning"), "courses:dashboard"))
    return items


@hooks.register("basira_seed_demo")
def seed_courses_demo():
    return demo.seed()


@hooks.register("basira_nav_items")
def cohorts_nav_items(request):
    if request is None:
        return []
    roles = cohort_roles(request.user)
    return [(_("Facilitate"), "cohorts:home")] if roles["facilitator"] or roles[
        "coordinator"] else []


@hooks.register("basira_seed_demo")
def seed_cohorts_demo():
    # Registered after the courses seed: the demo cohort follows every demo course.
    return cohort_demo.seed()


@hooks.register("basira_seed_demo")
def seed_cohort_gains_demo():
    # After the cohort: its learners take the disinformation course's pre- and post-test.
    return cohort_demo.seed_gains()


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name"]
    search_fields = ["name"]


register_snippet(OrganisationViewSet)


@hooks.register("basira_personal_data")
def courses_personal_data():
    return sections()


@hooks.register("basira_live_audiences")
def cohort_live_audience():
    return {KIND: POLICY}


class StartTranslationMenuItem(ActionMenuItem):
    """Save the draft, then start this language's body from the Arabic blocks."""

    icon_name = "doc-full"

    def __init__(self, language, order=None):
        super().__init__(order=order)
        self.language = language
        self.name = f"{ACTION}{language}"
        self.label = gettext("Start %(language)s from Arabic") % {
            "language": language_name(language)}

    def is_shown(self, context):
        page = context.get("page")
        return (context["view"] == "edit" and not context["locked_for_user"]
                and page is not None and can_start(page, self.language))


@hooks.register("construct_page_action_menu")
def start_translation_menu_items(menu_items, request, context):
    menu_items.extend(StartTranslationMenuItem(code, order=900 + index)
                      for index, code in enumerate(target_languages()))


@hooks.register("after_edit_page")
def start_translation(request, page):
    for code in target_languages():
        if f"{ACTION}{code}" in request.POST:
            draft = page.get_latest_revision_as_object()
            if start_from_arabic(page=draft, language=code, user=request.user):
                messages.success(request, gettext(
                    "%(language)s starts from the Arabic blocks: translate their texts.")
                    % {"language": language_name(code)})
            else:
                messages.error(request, gettext(
                    "%(language)s already has blocks: nothing was copied.")
                    % {"language": language_name(code)})


@hooks.register("basira_export_kinds")
def export_kinds():
    return kind_labels()
