"""What learners see of their cohorts: announcements, and when paced modules open."""

from django import template

from ..cohorts.access import cohorts_for_learner
from ..cohorts.bands import legend
from ..cohorts.live import running_for_learner
from ..cohorts.selection import announcements_for_learner

register = template.Library()


@register.simple_tag(takes_context=True)
def cohort_announcements(context, limit=5):
    """The latest announcements of the signed-in learner's cohorts meant for them."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return []
    return list(
        announcements_for_learner(request.user, cohorts_for_learner(request.user))
        .select_related("cohort").order_by("-created_at")[:limit]
    )


@register.filter
def opens_on(releases, module_id):
    return releases.get(module_id) if releases else None


@register.simple_tag(takes_context=True)
def cohort_live_sessions(context):
    """Live quizzes running now in the signed-in user's cohorts (to join from here)."""
    request = context.get("request")
    if request is None:
        return []
    return running_for_learner(request.user)


@register.simple_tag
def score_bands():
    """The matrix's score bands and their bounds, for its legend."""
    return legend()


@register.filter
def lookup(mapping, key):
    """`mapping[key]`, or "" (a group's name by id on the facilitator's matrix)."""
    return mapping.get(key, "") if mapping else ""
