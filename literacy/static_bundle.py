"""One stylesheet for learner pages: on a 1.6 Mbit/s link every stylesheet blocks the first
paint, and three or four of them compete with the font for the same bandwidth.

``LITERACY_STYLESHEET_BUNDLE`` lists static paths (the layout's, the core's and the plugins'
stylesheets, in cascade order); ``BundleFinder`` (in ``STATICFILES_FINDERS``) offers their
concatenation as ``BUNDLE_PATH``, so collectstatic hashes and compresses it like any file
and the development server serves it from the sources. ``{% stylesheet path %}``
(basira_tags) links a stylesheet unless it is in the bundle, which basira/base.html links
once. The bundle sits in literacy/css/ so that basira.css's relative font URLs still work.
An empty setting (the default, for a host site) keeps one link per stylesheet.

Critical CSS: ``LITERACY_CRITICAL_STYLESHEETS`` (a prefix of the bundle: the layout, the
typography, the lesson's own styles) is inlined in a ``<style>`` element, allowed by the
SHA-256 hash the CSP adds to ``style-src`` (``critical_css_hash``; literacy/security/
headers.py), never 'unsafe-inline'. The whole bundle then loads without blocking the first
paint (``media="print"``, switched to ``all`` by literacy/js/stylesheet.js once loaded, a
``<noscript>`` link without JavaScript). Relative ``url()``s are rewritten to their static
URLs, as the page's address is not the stylesheet's. Guarded by
tests/literacy/test_compression.py::test_critical_css_is_inline_and_allowed_by_its_hash.
"""

import base64
import functools
import hashlib
import os
import posixpath
import re
import tempfile
from pathlib import Path

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage
from django.templatetags.static import static

from . import conf

BUNDLE_PATH = "literacy/css/bundle.css"


def bundled_paths() -> tuple[str, ...]:
    return tuple(conf.STYLESHEET_BUNDLE or ())


def bundle_text() -> str:
    """The bundled stylesheets, in order, each under a comment naming its source."""
    parts = []
    for path in bundled_paths():
        source = finders.find(path)
        if not source:
            raise FileNotFoundError(f"LITERACY_STYLESHEET_BUNDLE names {path}, not found")
        parts.append(f"/* {path} */\n" + Path(source).read_text(encoding="utf-8"))
    return "\n".join(parts)


def _bundle_root() -> Path:
    text = bundle_text()
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    root = Path(tempfile.gettempdir()) / f"basira-css-{digest}"
    target = root / BUNDLE_PATH
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.part")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, target)  # whole or absent, whichever process wrote it
    return root


class BundleFinder(BaseFinder):
    def find(self, path, find_all=False, **kwargs):
        if path != BUNDLE_PATH or not bundled_paths():
            return [] if find_all else None
        found = str(_bundle_root() / BUNDLE_PATH)
        return [found] if find_all else found

    def list(self, ignore_patterns):
        if bundled_paths():
            yield BUNDLE_PATH, FileSystemStorage(location=str(_bundle_root()))


CSS_URL = re.compile(r"""url\(\s*(["']?)(?!data:|/|https?:)([^"')]+)\1\s*\)""")


def critical_paths() -> tuple[str, ...]:
    return tuple(conf.CRITICAL_STYLESHEETS or ())


def _absolute_urls(path: str, css: str) -> str:
    def absolute(match):
        target = posixpath.normpath(posixpath.join(posixpath.dirname(path), match.group(2)))
        return f'url("{static(target)}")'

    return CSS_URL.sub(absolute, css)


@functools.lru_cache(maxsize=1)
def _critical(paths: tuple[str, ...]) -> tuple[str, str]:
    parts = []
    for path in paths:
        source = finders.find(path)
        if not source:
            raise FileNotFoundError(f"LITERACY_CRITICAL_STYLESHEETS names {path}, not found")
        parts.append(_absolute_urls(path, Path(source).read_text(encoding="utf-8")))
    text = "\n".join(parts)
    if "</" in text:  # it is inlined unescaped: it must not be able to close its element
        raise ValueError("critical CSS must not contain '</'")
    digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
    return text, f"'sha256-{digest}'"


def critical_css() -> str:
    """The inline stylesheet's text ("" when none is configured)."""
    return _critical(critical_paths())[0] if critical_paths() else ""


def critical_css_hash() -> str | None:
    """The CSP source that allows exactly that text."""
    return _critical(critical_paths())[1] if critical_paths() else None
