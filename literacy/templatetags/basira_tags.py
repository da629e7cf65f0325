"""Template tags of the Basira core, usable by every plugin's templates."""

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info, gettext
from wagtail import hooks

from ..accounts.app_identity import identity_of, tab_icon, touch_icon
from ..accounts.pseudonyms import shown
from ..offline import page_account
from ..quick_exit import exit_url
from ..static_bundle import BUNDLE_PATH, bundled_paths, critical_css

register = template.Library()


@register.filter
def pseudonym(username):
    """A pseudonym as others see it ("Deleted learner …" for an erased account)."""
    return shown(str(username))


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per configured language to the same page in that language.

    Slugs are shared between languages, so the current path with another language
    prefix is the same page; the query string is kept (filters, search terms).
    """
    request = context.get("request")
    current = get_language()
    path = request.get_full_path() if request else "/"
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "bidi": info["bidi"],
                "url": translate_url(path, code),
                "current": code == current,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def nav_items(context):
    """Links that plugins add to the main navigation (hook "basira_nav_items").

    Each hook returns (label, url name) pairs; URL names are reversed here, so building
    the navigation costs no database query.
    """
    request = context.get("request")
    items = []
    for hook in hooks.get_hooks("basira_nav_items"):
        for label, url_name in hook(request) or []:
            try:
                url = reverse(url_name)
            except NoReverseMatch:
                continue
            current = bool(request) and request.path == url
            items.append({"label": label, "url": url, "current": current})
    return items


@register.inclusion_tag("basira/includes/quick_exit.html")
def quick_exit(keys=True):
    """The quick-exit link (literacy/quick_exit.py), for every layout, the admin's too;
    ``keys=False`` (the admin) keeps the link but not Escape ×3, which closes dialogs there."""
    return {"exit_url": exit_url(), "keys": keys}


@register.simple_tag(takes_context=True)
def sign_out_guard(context):
    """The attributes of a form that signs out (literacy/static/literacy/js/sign-out.js):
    before it goes, a learner whose answers still wait in the phone's offline queue is
    asked to confirm, as signing out deletes them. Nothing for staff, who save nothing
    offline (literacy/offline.py). Guarded by
    tests/browser/test_offline_course.py::test_a_saved_course_opens_without_the_network."""
    account = page_account(context.get("request"))
    if not account:
        return ""
    return format_html(
        ' data-sign-out data-account="{}" data-warning="{}"', account,
        gettext("Some of your answers given offline have not been sent yet. Signing out "
                "deletes them from this phone. Sign out anyway?"))


@register.simple_tag
def stylesheet(path):
    """A stylesheet link, or nothing when the path is in the one bundle basira/base.html
    links (literacy/static_bundle.py)."""

    if path in bundled_paths():
        return ""
    return format_html('<link rel="stylesheet" href="{}">', static(path))


@register.simple_tag
def stylesheet_bundle():
    """The one stylesheet of learner pages, when the site bundles them; with critical CSS,
    that inline and the bundle loaded without blocking the first paint
    (literacy/static_bundle.py)."""

    if not bundled_paths():
        return ""
    href = static(BUNDLE_PATH)
    inline = critical_css()
    if not inline:
        return format_html('<link rel="stylesheet" href="{}">', href)
    # The text is the site's own static CSS, hashed byte for byte into the CSP: not escaped.
    return mark_safe(f"<style>{inline}</style>") + format_html(  # noqa: S308
        '<link rel="stylesheet" href="{0}" media="print" data-stylesheet-swap>'
        '<noscript><link rel="stylesheet" href="{0}"></noscript>'
        '<script src="{1}" defer></script>', href, static("literacy/js/stylesheet.js"))


@register.simple_tag(takes_context=True)
def app_identity(context):
    """The installed app's name, home-screen icon and colour for this learner
    (literacy/accounts/app_identity.py), read from their session."""

    identity = identity_of(context.get("request"))
    return {
        "name": identity.name or gettext("Basira"),
        "chosen": identity.name is not None,
        "touch_icon": touch_icon(identity),
        "favicon": tab_icon(identity),
        "theme_color": identity.theme_color or "#0b5c55",
    }
