"""One stylesheet for learner pages: on a 1.6 Mbit/s link every stylesheet blocks the first
paint, and three or four of them compete with the font for the same bandwidth.

``LITERACY_STYLESHEET_BUNDLE`` lists static paths (the layout's, the core's and the plugins'
stylesheets, in cascade order); ``BundleFinder`` (in ``STATICFILES_FINDERS``) offers their
concatenation as ``BUNDLE_PATH``, so collectstatic hashes and compresses it like any file
and the development server serves it from the sources. ``{% stylesheet path %}``
(basira_tags) links a stylesheet unless it is in the bundle, which basira/base.html links
once. The bundle sits in literacy/css/ so that basira.css's relative font URLs still work.
An empty setting (the default, for a host site) keeps one link per stylesheet.
"""

import hashlib
import os
import tempfile
from pathlib import Path

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

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
