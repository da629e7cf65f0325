"""Certificate PDFs: WeasyPrint, the site's own font, right-to-left Arabic.

The learner's certificate is in Arabic, and also in their interface language when that
is another one (two pages). Rendering takes about half a second, so it happens on
download, not at completion.
"""

import re
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.formats import date_format

CODE_RE = re.compile(r"^[A-Z2-9]{10}$")


def font_uri(name: str) -> str:
    path = finders.find(f"vendor/fonts/{name}")
    if not path:
        path = Path(settings.STATIC_ROOT) / "vendor" / "fonts" / name
    return Path(path).resolve().as_uri()


def _page(certificate, language: str) -> dict:
    with translation.override(language):
        course = certificate.course
        return {
            "language": language,
            "bidi": translation.get_language_bidi(),
            "course_title": getattr(course, f"title_{language}", None) or course.title_ar
            or course.title,
            "date": date_format(certificate.issued_at, "DATE_FORMAT"),
            "html": render_to_string(
                "courses/certificate_page.html",
                {
                    "certificate": certificate,
                    "course_title": getattr(course, f"title_{language}", None)
                    or course.title_ar or course.title,
                    "date": date_format(certificate.issued_at, "DATE_FORMAT"),
                    "language": language,
                    "bidi": translation.get_language_bidi(),
                },
            ),
        }


def certificate_languages(preferred: str | None) -> list[str]:
    languages = ["ar"]
    known = {code for code, _name in settings.LANGUAGES}
    if preferred and preferred != "ar" and preferred in known:
        languages.append(preferred)
    return languages


def render_pdf(certificate, preferred_language: str | None = None) -> bytes:
    from weasyprint import HTML

    pages = [_page(certificate, lang) for lang in certificate_languages(preferred_language)]
    html = render_to_string(
        "courses/certificate.html",
        {
            "pages": pages,
            "arabic_font": font_uri("basira-arabic.woff2"),
            "latin_font": font_uri("basira-latin.woff2"),
        },
    )
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()
