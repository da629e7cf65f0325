"""Which language a translated field is shown in, so that Arabic shown on an English or
French page says so (``lang="ar" dir="rtl"``: the Arabic font, the right direction and
punctuation at the right end, and screen readers switch voice).

django-modeltranslation falls back to Arabic silently when a field has no translation in
the active language; this module asks the same question it does (the field's value in
each language of the resolution order) and answers with the language it found.
"""

from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from modeltranslation.utils import build_localized_fieldname, resolution_order


def _active() -> str:
    return (get_language() or "ar").split("-")[0]


def shown_language(instance, field: str) -> str:
    """The language ``instance.<field>`` is shown in for the active language.

    A field that is not translated, or a value that is not a model instance, is taken to
    be in the active language. A light stand-in for a model (a row built from
    ``values()``) says which language it holds in ``shown_languages`` ({field: code}).
    """
    active = _active()
    known = getattr(instance, "shown_languages", None)
    if known and field in known:
        return known[field]
    if instance is None or not hasattr(instance, build_localized_fieldname(field, active)):
        return active
    for language in resolution_order(active):
        if getattr(instance, build_localized_fieldname(field, language), None):
            return language
    return active


def lang_attributes(language: str) -> str:
    """' lang="ar" dir="rtl"' for a language other than the active one, else ""."""
    if not language or language == _active():
        return ""
    direction = "rtl" if get_language_info(language)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', language, direction)


def fallback_attributes(instance, field: str) -> str:
    """The lang/dir attributes of the element showing ``instance.<field>`` ("" when the
    field is in the active language)."""
    return lang_attributes(shown_language(instance, field))
