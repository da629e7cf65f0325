"""``{% fallback_lang page "title" %}``: lang/dir attributes for the element that shows a
translated field, when the field fell back to another language (literacy.fallback).

    <h1{% fallback_lang page "title" %}>{{ page.title }}</h1>
"""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info

from ..fallback import fallback_attributes, lang_attributes

register = template.Library()


@register.simple_tag
def fallback_lang(instance, field):
    return fallback_attributes(instance, field)


@register.simple_tag
def lang_of(language):
    """The same attributes for a language already known (e.g. computed by a service)."""
    return lang_attributes(language)


@register.simple_tag
def active_lang():
    """lang/dir of the page's language, for interface inside content that may be marked
    as another language (a quiz inside an Arabic lesson body on an English page)."""
    language = (get_language() or "ar").split("-")[0]
    return format_html(' lang="{}" dir="{}"', language,
                       "rtl" if get_language_info(language)["bidi"] else "ltr")
