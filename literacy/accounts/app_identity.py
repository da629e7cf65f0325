"""The name and icon of the installed app: Basira's, or a neutral one the learner chose, so
that a phone someone else picks up shows "Notes" on its home screen, not a literacy course.

The site's web app manifest (static/manifest.webmanifest) is served through ``manifest`` for
each person: a learner who chose an identity gets its name and icons (drawn by
scripts/make_icons.py). The choice is kept in their profile and, so that pages need no
query to name the app in their ``<head>``, in their session from sign-in on.
"""

import json
from dataclasses import dataclass

from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

SESSION_KEY = "basira_app_identity"
DEFAULT = "basira"


@dataclass(frozen=True)
class AppIdentity:
    label: Promise  # in the account settings' choice
    name: Promise | None  # None: the site's own name, from its manifest
    icon_prefix: str = ""  # "icons/notes-": icons/notes-192.png, …; "": the site's own
    theme_color: str = ""


IDENTITIES = {
    DEFAULT: AppIdentity(label=_("Basira (the site's own name and icon)"), name=None),
    "notes": AppIdentity(label=_("Notes (a plain note pad)"), name=_("Notes"),
                         icon_prefix="icons/notes-", theme_color="#f5f0e1"),
}


def choices() -> list[tuple[str, Promise]]:
    return [(key, identity.label) for key, identity in IDENTITIES.items()]


def identity_of(request) -> AppIdentity:
    """The signed-in learner's choice, from their session (no query)."""
    session = getattr(request, "session", None)
    key = session.get(SESSION_KEY, DEFAULT) if session is not None else DEFAULT
    return IDENTITIES.get(key, IDENTITIES[DEFAULT])


def remember(request, key: str) -> None:
    """Copied into the session; written only when it changes (a GET of the manifest must
    not rewrite the session on every page)."""
    key = key if key in IDENTITIES else DEFAULT
    if request.session.get(SESSION_KEY, DEFAULT) != key:
        request.session[SESSION_KEY] = key


def site_manifest() -> dict:
    with open(finders.find("manifest.webmanifest"), encoding="utf-8") as source:
        return json.load(source)


def manifest(identity: AppIdentity) -> dict:
    """The site's manifest, renamed and re-iconed for this identity. Icon URLs are absolute
    (this manifest is not served from static/, where the site's relative ones point)."""
    data = site_manifest()
    for icon in data.get("icons", []):
        icon["src"] = static(icon["src"])
    if identity.name is None:
        return data
    data["name"] = data["short_name"] = str(identity.name)
    data.pop("description", None)  # the site's says what it teaches
    for icon in data.get("icons", []):
        file = icon["src"].rsplit("/", 1)[-1].removeprefix("icon-")
        icon["src"] = static(f"{identity.icon_prefix}{file}")
    if identity.theme_color:
        data["theme_color"] = data["background_color"] = identity.theme_color
    return data


def tab_icon(identity: AppIdentity) -> str:
    """The tab's icon of a chosen identity ("" for the site's own: favicon.ico and .svg).
    Guarded by tests/literacy/test_app_identity.py::test_notes_renames_the_tab_too."""
    if identity.name is None:
        return ""
    return static(f"{identity.icon_prefix}192.png")


def touch_icon(identity: AppIdentity) -> str:
    if identity.name is None:
        return static("icons/apple-touch-icon.png")
    return static(f"{identity.icon_prefix}apple-touch-icon.png")
