"""Lesson and course page fragments rendered once and cached (see courses/fragments.py)."""

from django import template
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from literacy.formatting import script_policy
from literacy.offline import page_account

from .. import fragments
from ..cohorts.pacing import upcoming_releases
from ..outline import is_preview

register = template.Library()


@register.simple_tag(takes_context=True)
def course_outline(context, modules):
    """The outline with the learner's marks and their cohort's release dates."""
    request = context.get("request")
    # The lesson and course pages give the answer their lock uses (cohorts.pacing).
    releases = context.get("closed_modules")
    if releases is None:
        releases = upcoming_releases(request.user) if request is not None else {}

    def build():
        return get_template("courses/includes/outline.html").render(
            {"modules": modules, "releases": releases}
        )

    return mark_safe(fragments.cached(fragments.outline_key(modules, releases), build))  # noqa: S308


@register.simple_tag(takes_context=True)
def lesson_body(context, page):
    """The body blocks; the learner-independent ones come from the cache.

    Blocks listed in fragments.LIVE_BLOCK_TYPES (quiz, H5P) are rendered for this
    request every time. Previews are never cached.
    """
    stream = page.body
    request = context.get("request")
    block_context = context.flatten()

    def render(index):
        return stream[index].render_as_block(context=block_context)

    def build():
        return [None if child.block_type in fragments.LIVE_BLOCK_TYPES else render(index)
                for index, child in enumerate(stream)]

    if request is None or is_preview(request) or not page.live:
        parts = build()
    else:
        parts = fragments.cached(fragments.body_key(page), build)
    return mark_safe("".join(part if part is not None else render(index)  # noqa: S308
                             for index, part in enumerate(parts)))


@register.inclusion_tag("courses/includes/offline_script.html", takes_context=True)
def offline_script(context):
    """The offline script of learner pages (courses/static/courses/js/offline.js): it
    tells a registered service worker whose account is signed in, and runs the "save for
    offline use" box. Nothing for visitors and staff (literacy/offline.py)."""
    return {"account": page_account(context.get("request")),
            "locale": script_policy()["locale"]}
