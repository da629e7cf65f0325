"""Registrations only: snippets, the activity-access hook, navigation and demo seed."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .access import activity_access
from .models import GlossaryTerm, Organisation, Topic
from .panels import missing_languages


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


register_snippet(TopicViewSet)
register_snippet(GlossaryTermViewSet)


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
    from .demo import seed

    return seed()


@hooks.register("basira_nav_items")
def cohorts_nav_items(request):
    from .cohorts.access import cohort_roles

    if request is None:
        return []
    roles = cohort_roles(request.user)
    return [(_("Facilitate"), "cohorts:home")] if roles["facilitator"] or roles[
        "coordinator"] else []


@hooks.register("basira_seed_demo")
def seed_cohorts_demo():
    # Registered after the courses seed: the demo cohort follows the first demo course.
    from .cohorts.demo import seed

    return seed()


@hooks.register("basira_seed_demo")
def seed_cohort_gains_demo():
    # After the cohort: its learners take the disinformation course's pre- and post-test.
    from .cohorts.demo import seed_gains

    return seed_gains()


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name"]
    search_fields = ["name"]


register_snippet(OrganisationViewSet)


@hooks.register("basira_personal_data")
def courses_personal_data():
    from .personal_data import sections

    return sections()


@hooks.register("basira_live_audiences")
def cohort_live_audience():
    from .cohorts.live import KIND, POLICY

    return {KIND: POLICY}
