"""What the printed documents share: WeasyPrint with the certificates' font, and a cache
of rendered files per content generation, course, language and edition.

A document is the same for everyone allowed to download it, so it is rendered once per
state of the content (``literacy.content_cache.generation``, replaced on every save of a
page, snippet or quiz) and kept as a file among the prepared files; a file of an older
generation is never read again and is removed when its successor is written.
"""

from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from literacy.background import prepared_root
from literacy.content_cache import generation

from ..certificates import certificate_font_uri


def render(template: str, context: dict, language: str) -> bytes:
    # WeasyPrint loads Pango and its fonts on import: only when a PDF is made.
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher  # (as above)

    with translation.override(language):
        html = render_to_string(template, {
            **context, "font": certificate_font_uri(), "language": language,
            "bidi": translation.get_language_bidi()})
    return HTML(string=html, base_url=str(settings.BASE_DIR),
                # Only the site's own files: an image or link in an editor's text never
                # makes the server request a third party.
                url_fetcher=URLFetcher(allowed_protocols={"file", "data"})).write_pdf()


def _folder() -> Path:
    return prepared_root() / "documents"


def _path(name: str, course_id: int, language: str) -> Path:
    return _folder() / f"{name}-{course_id}-{language}-{generation()}.pdf"


def ready_pdf(name: str, course_id: int, language: str) -> bytes | None:
    """The PDF of this content generation if it was rendered, else None."""
    try:
        return _path(name, course_id, language).read_bytes()
    except FileNotFoundError:
        return None


def cached_pdf(name: str, course_id: int, language: str, build) -> bytes:
    """The PDF ``name`` (e.g. "workbook-learner") of a course in ``language``, rendered
    by ``build()`` only when this content generation has none yet."""
    stem = f"{name}-{course_id}-{language}"
    path = _path(name, course_id, language)
    ready = ready_pdf(name, course_id, language)
    if ready is not None:
        return ready
    pdf = build()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_bytes(pdf)
    partial.replace(path)  # whole or not at all
    for old in path.parent.glob(f"{stem}-*.pdf"):
        if old != path:
            old.unlink(missing_ok=True)
    return pdf


def document_language(requested: str | None) -> str:
    """A language the site offers, else the active one."""
    known = {code for code, _name in settings.LANGUAGES}
    return requested if requested in known else (translation.get_language() or "ar")
