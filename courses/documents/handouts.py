"""The printable handouts a lesson links (issue 21): one PDF per handout and language
(right to left in Arabic, left to right in English and French), laid out from
``courses/demo_content/facilitator/handouts.py`` (the same parts the facilitator pack
prints), so tables are real tables in Arabic too.

A handout holds no answers: anyone who can open the lesson may download it. It is
rendered once per content generation (``pdf.cached_pdf``).
"""

from django.utils import translation

from ..demo_content.facilitator.handouts import HANDOUTS
from .pdf import cached_pdf, render

# The languages the handouts are written in (every text has all three, a test checks it);
# another language gets the Arabic edition (the site's fallback), laid out right to left
# rather than Arabic in a left-to-right page.
LANGUAGES = ("ar", "en", "fr")


def handout_choices() -> list[tuple[str, str]]:
    """The handouts an editor may place in a lesson (the block's choices), by name."""
    return [(name, handout[0]["text"]["en"]) for name, handout in HANDOUTS.items()]


def exists(name: str) -> bool:
    return name in HANDOUTS


def handout_language(language: str) -> str:
    return language if language in LANGUAGES else "ar"


def _text(value: dict, lang: str) -> str:
    return value.get(lang) or value.get("ar", "")


def parts(name: str, lang: str) -> list[dict]:
    """The handout's parts in ``lang``, as ``print/handout.html`` lays them out."""
    laid_out = []
    for part in HANDOUTS[name]:
        if part["kind"] == "table":
            laid_out.append({"kind": "table",
                             "header": [_text(cell, lang) for cell in part["header"]],
                             "rows": [[_text(cell, lang) for cell in row]
                                      for row in part["rows"]]})
        elif "text" in part:
            laid_out.append({"kind": part["kind"], "text": _text(part["text"], lang)})
        else:
            laid_out.append({"kind": part["kind"]})
    return laid_out


def render_handout(name: str, language: str) -> bytes:
    language = handout_language(language)
    with translation.override(language):
        context = {"parts": parts(name, language)}
    return render("courses/print/handout_document.html", context, language)


def handout_pdf(name: str, language: str) -> bytes:
    language = handout_language(language)
    # Not a course's document: 0 stands for "no course" in the cached file's name.
    return cached_pdf(f"handout-{name}", 0, language, lambda: render_handout(name, language))
