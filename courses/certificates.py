"""Certificate PDFs: WeasyPrint, the site's own font, right-to-left Arabic.

The learner's certificate is in Arabic, and also in their interface language when that
is another one (two pages). Rendering takes about half a second, so it happens on
download, not at completion.
"""

import functools
import hashlib
import os
import re
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation

from literacy import formatting
from literacy.fallback import fallback_attributes

CODE_RE = re.compile(r"^[A-Z2-9]{10}$")


def font_path(name: str) -> str:
    path = finders.find(f"vendor/fonts/{name}")
    if not path:
        path = Path(settings.STATIC_ROOT) / "vendor" / "fonts" / name
    return str(Path(path).resolve())


@functools.lru_cache(maxsize=1)
def certificate_font_uri() -> str:
    """One font file holding the site's Arabic and Latin subsets.

    The web pages load the two subsets by unicode-range, but inside an Arabic run
    WeasyPrint shapes spaces and "؟" with the Arabic face, which has no space glyph
    (it belongs to the Latin subset): merged, every character has a glyph. Built once
    per process from the files `make assets` produced (~0.1 s).
    """
    from fontTools.merge import Merger  # late: ~0.4 s to import, once per process

    arabic, latin = (Path(font_path(name)) for name in ("basira-arabic.woff2",
                                                         "basira-latin.woff2"))
    stamp = hashlib.sha256(arabic.read_bytes() + latin.read_bytes()).hexdigest()[:12]
    target = Path(tempfile.gettempdir()) / f"basira-certificate-{stamp}.ttf"
    if not target.exists():
        font = Merger().merge([str(arabic), str(latin)])
        font.flavor = None
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        font.save(str(partial))
        partial.replace(target)
    return target.as_uri()


def _page(certificate, language: str) -> dict:
    with translation.override(language):
        course = certificate.course
        context = {
            "certificate": certificate,
            "course_title": getattr(course, f"title_{language}", None) or course.title_ar
            or course.title,
            # An English or French sheet of a course without that title shows it in Arabic.
            "course_title_lang": fallback_attributes(course, "title"),
            "date": formatting.date(certificate.issued_at),
            "language": language,
            "bidi": translation.get_language_bidi(),
        }
        return {**context, "html": render_to_string("courses/certificate_page.html", context)}


def certificate_languages(preferred: str | None) -> list[str]:
    languages = ["ar"]
    known = {code for code, _name in settings.LANGUAGES}
    if preferred and preferred != "ar" and preferred in known:
        languages.append(preferred)
    return languages


def render_pdf(certificate, preferred_language: str | None = None) -> bytes:
    from weasyprint import HTML  # late: it loads Pango and fonts (~4 s) on import

    pages = [_page(certificate, lang) for lang in certificate_languages(preferred_language)]
    html = render_to_string(
        "courses/certificate.html",
        {
            "pages": pages,
            "font": certificate_font_uri(),
        },
    )
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()
