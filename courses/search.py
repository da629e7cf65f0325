"""Search of published courses and lessons that forgives Arabic spelling variants.

The same `literacy.text.search_key` folds the indexed text and the query (hamza and alef
forms, ى/ي, ة/ه, tashkeel, tatweel, digits). Wagtail's database backend stores text as
written and has no hook to fold it, so we keep `SearchText` (one row per page and
language, rewritten when the page is published, removed when unpublished) and require
every query word to appear in it. Only text blocks are indexed: quiz and H5P blocks
never are, so results can never show an answer.

A result shows where it belongs (course, module) and a snippet of its text with the
words found marked; `highlight` folds each character the way the index does, so that
«كلمه» marks «كلمة». One page of results costs the same few queries however many match.
"""

from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.paginator import Page as ResultsPage
from django.core.paginator import Paginator
from django.utils import translation
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page

from literacy.text import normalize_arabic, search_key

from .models import CoursePage, LessonPage, ModulePage, SearchText

INDEXED_TYPES = (CoursePage, LessonPage)
SKIPPED_BLOCKS = {"quiz", "h5p"}
MAX_WORDS = 8
MAX_RESULTS = 300
PER_PAGE = 10
SNIPPET_CHARS = 220


def _page_text(page) -> str:
    parts = [getattr(page, "summary", "")]
    if isinstance(page, LessonPage):
        for block in page.body:
            if block.block_type in SKIPPED_BLOCKS:
                continue
            parts.extend(str(s) for s in block.block.get_searchable_content(block.value))
    if isinstance(page, CoursePage):
        parts.extend(str(block.value) for block in page.outcomes)
    return " ".join(strip_tags(" ".join(p for p in parts if p)).split())


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
                defaults={"title": page.title, "body": text,
                          "text": search_key(f"{page.title} {text}")},
            )


def unindex(page) -> None:
    SearchText.objects.filter(page_id=page.pk).delete()


def query_words(query: str) -> list[str]:
    return search_key(query).split()[:MAX_WORDS]


# --- marking the words found --------------------------------------------------------------


@lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    return normalize_arabic(char).casefold()


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` folded like the index, and for each folded character the index of the
    character of `text` it came from (tashkeel and tatweel fold to nothing)."""
    chars, origin = [], []
    for i, char in enumerate(text):
        for folded in _fold(char):
            chars.append(folded)
            origin.append(i)
    return "".join(chars), origin


def _word_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a match to whole words: marking half an Arabic word breaks its joined letters."""
    while start > 0 and (text[start - 1].isalnum() or _fold(text[start - 1]) == ""):
        start -= 1
    while end < len(text) and (text[end].isalnum() or _fold(text[end]) == ""):
        end += 1
    return start, end


def _matches(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Merged (start, end) spans of `text` holding a query word, widened to whole words."""
    folded, origin = _folded(text)
    spans = []
    for word in words:
        at = folded.find(word)
        while at != -1:
            spans.append(_word_edges(text, origin[at], origin[at + len(word) - 1] + 1))
            at = folded.find(word, at + len(word))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, words: list[str]) -> SafeString:
    """`text` escaped, with the words found inside <mark> (the only markup added):
    test_highlight_escapes_everything_it_does_not_mark,
    test_script_in_content_and_query_is_shown_as_text."""
    out, done = [], 0
    for start, end in _matches(text, words):
        out.append(escape(text[done:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        done = end
    out.append(escape(text[done:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece of text is escaped above


def snippet(text: str, words: list[str], size: int = SNIPPET_CHARS) -> SafeString:
    """About `size` characters of `text` around the first word found, marked."""
    spans = _matches(text, words)
    first = spans[0][0] if spans else 0
    start = max(0, first - size // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + size)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    body = highlight(text[start:end], words)
    return mark_safe(("… " if start else "") + body + (" …" if end < len(text) else ""))  # noqa: S308


# --- searching ------------------------------------------------------------------------------


@dataclass
class Hit:
    page: Page
    title: SafeString
    snippet: SafeString
    kind: str
    course: str = ""
    module: str = ""


def matching_ids(query: str, language: str) -> list[int]:
    """Ids of the live pages holding every query word: title matches first, then in the
    order of the catalogue's tree."""
    words = query_words(query)
    if not words:
        return []
    rows = SearchText.objects.filter(language=language, page__live=True)
    for word in words:
        rows = rows.filter(text__contains=word)
    found = list(rows.order_by("page__path").values_list("page_id", "title")[:MAX_RESULTS])
    found.sort(key=lambda row: not all(w in search_key(row[1]) for w in words))
    return [page_id for page_id, _title in found]


def _ancestor_titles(pages) -> dict[str, Page]:
    steplen = Page.steplen
    paths = {p.path[:n] for p in pages for n in range(steplen, len(p.path), steplen)}
    return {a.path: a for a in Page.objects.filter(path__in=paths)}


def hits(ids: list[int], query: str, language: str) -> list[Hit]:
    """The results of one page, in the order of `ids`, each with course, module, snippet."""
    words = query_words(query)
    texts = {t.page_id: t for t in SearchText.objects.filter(page_id__in=ids,
                                                              language=language)}
    pages = {p.pk: p for p in Page.objects.live().filter(pk__in=ids)}
    stale = [p for pid, p in pages.items() if pid in texts and not texts[pid].body]
    for page in stale:  # indexed before snippets were kept: fill them once
        reindex(page)
        texts[page.pk].refresh_from_db()
    ancestors = _ancestor_titles(pages.values())
    results = []
    for page_id in ids:
        page, text = pages.get(page_id), texts.get(page_id)
        if page is None or text is None:
            continue
        hit = Hit(page=page, title=highlight(text.title, words),
                  snippet=snippet(text.body, words),
                  kind=page.specific_class._meta.verbose_name)
        for n in range(Page.steplen, len(page.path), Page.steplen):
            ancestor = ancestors.get(page.path[:n])
            kind = ancestor.specific_class if ancestor else None
            if kind is CoursePage:
                hit.course = ancestor.title
            elif kind is ModulePage:
                hit.module = ancestor.title
        results.append(hit)
    return results


def search_page(query: str, language: str, number=1) -> tuple[ResultsPage, list[Hit]]:
    """One page of results (`PER_PAGE`) and the paginator's page for the links."""
    paginator = Paginator(matching_ids(query, language), PER_PAGE)
    page = paginator.get_page(number)
    return page, hits(list(page.object_list), query, language)

