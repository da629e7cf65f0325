"""What the player frame is given: options for h5p-standalone, the package's small JSON
files inline, and where the heavy files come from.

The frame is sandboxed without ``allow-same-origin``: its document has an opaque origin,
and Chrome gives such a document no HTTP cache at all (its requests carry a transient
network isolation key). Every file it fetched itself would be downloaded again on every
view, once per activity. So the frame fetches only its own small document and script
directly; the player, the libraries and their fonts are asked of the lesson page
(``frame.js`` → ``parent.js``), which fetches them from the H5P origin in its own cache
partition under versioned URLs, and hands the bytes over (``relay_prefixes``). The
package's h5p.json, content.json and its libraries' library.json travel inside the frame
document, so h5p-standalone finds them without a request.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse

from . import library_files

RTL_LANGUAGES = {"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku", "ps", "sd", "ug", "ur", "yi"}


def direction(language: str) -> str:
    return "rtl" if language.split("-")[0].lower() in RTL_LANGUAGES else "ltr"


def absolute(origin: str, url: str) -> str:
    return url if not url.startswith("/") else origin + url


def libraries_url(origin: str) -> str:
    return origin + reverse("quizzes_h5p:libraries").rstrip("/")


def static_prefix(origin: str) -> str:
    """Where the player's own files are: STATIC_URL, on the H5P origin when relative."""
    return absolute(origin, settings.STATIC_URL if settings.STATIC_URL.endswith("/")
                    else settings.STATIC_URL + "/")


def relay_prefixes(origin: str) -> list[str]:
    """The URLs the lesson page fetches for a frame: shared library files and the
    player's static files, nothing carrying a learner's token."""
    return [libraries_url(origin) + "/", static_prefix(origin)]


def eager_fonts(origin: str, language: str) -> list[str]:
    """Stylesheets whose fonts are fetched with them (through the lesson page): the
    libraries' (their icon fonts are what their buttons show) and, for an Arabic
    activity, ours (the site's Arabic typeface)."""
    prefixes = [libraries_url(origin) + "/"]
    if direction(language) == "rtl":
        prefixes.append(static_url(origin, "quizzes/h5p/content.css"))
    return prefixes


def static_map(origin: str) -> list[str]:
    """[the player's static prefix on the H5P origin, the same files on the site] when
    STATIC_URL is relative: the lesson page then fetches them from its own origin (the
    same files, no CORS needed); empty when static files have an origin of their own."""
    if not settings.STATIC_URL.startswith("/"):
        return []
    return [static_prefix(origin), static_prefix("")]


def library_entries(package, origin: str) -> tuple[dict[str, str], dict[str, str]]:
    """({library.json URL: its text}, {folder URL: version token}) for the package."""
    base = libraries_url(origin)
    inline, versions = {}, {}
    for library in package.libraries.all():
        folder = f"{base}/{library.folder_name}"
        inline[f"{folder}/library.json"] = json.dumps(library.metadata, ensure_ascii=False)
        versions[folder + "/"] = library_files.version_token(library)
    return inline, versions


def static_url(origin: str, name: str) -> str:
    return absolute(origin, static(name))


def same_host(url: str, origin: str) -> bool:
    return urlsplit(url).netloc == urlsplit(origin).netloc
