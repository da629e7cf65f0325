"""Search of published courses and lessons that forgives Arabic spelling variants.

The same `literacy.text.search_key` folds the indexed text and the query (hamza and alef
forms, ى/ي, ة/ه, tashkeel, tatweel, digits). Wagtail's database backend stores text as
written and has no hook to fold it, so we keep `SearchText` (one row per page and
language, rewritten when the page is published, removed when unpublished) and require
every query word to appear in it. Only text blocks are indexed: quiz and H5P blocks
never are, so results can never show an answer.
"""

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.models import Page

from literacy.text import search_key

from .models import CoursePage, LessonPage, SearchText

INDEXED_TYPES = (CoursePage, LessonPage)
SKIPPED_BLOCKS = {"quiz", "h5p"}
MAX_WORDS = 8


def _page_text(page) -> str:
    parts = [page.title, getattr(page, "summary", "")]
    if isinstance(page, LessonPage):
        for block in page.body:
            if block.block_type in SKIPPED_BLOCKS:
                continue
            parts.extend(str(s) for s in block.block.get_searchable_content(block.value))
    if isinstance(page, CoursePage):
        parts.extend(str(block.value) for block in page.outcomes)
    return strip_tags(" ".join(p for p in parts if p))


def reindex(page) -> None:
    page = page.specific
    if not isinstance(page, INDEXED_TYPES):
        return
    if not page.live:
        SearchText.objects.filter(page=page).delete()
        return
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            text = _page_text(page)
            SearchText.objects.update_or_create(
                page_id=page.pk, language=code,
                defaults={"title": page.title, "text": search_key(f"{page.title} {text}")},
            )


def unindex(page) -> None:
    SearchText.objects.filter(page_id=page.pk).delete()


def search(query: str, language: str, limit: int = 30) -> list[Page]:
    words = search_key(query).split()[:MAX_WORDS]
    if not words:
        return []
    rows = SearchText.objects.filter(language=language, page__live=True)
    for word in words:
        rows = rows.filter(text__contains=word)
    ids = list(rows.values_list("page_id", flat=True)[:limit])
    pages = Page.objects.live().filter(pk__in=ids).specific().order_by("path")
    return [p for p in pages if isinstance(p, INDEXED_TYPES)]
