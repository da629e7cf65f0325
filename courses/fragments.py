"""Cached HTML fragments of lesson pages: the parts that are the same for every learner.

A lesson page renders the same body blocks and, for learners at the same point, the same
outline. Rendering them is most of a lesson's cost, so they are cached:

- body blocks, except the ones that depend on the learner (quiz, H5P: tokens, attempts,
  CSRF), keyed by the page, its revision and publication time, the language and the
  *content generation* (below);
- the outline, keyed by a digest of exactly what it shows (titles, URLs, the learner's
  marks, release dates): two learners at the same point share it, and a mark changing
  changes the key, so it can never show another learner's progress.

Keys carry the content generation (literacy/content_cache.py): saving a page, a glossary
term, an image or a document starts a new one.
"""

import hashlib

from django.apps import apps
from django.utils.translation import get_language

from literacy import formatting
from literacy.content_cache import cached, generation, watch

from .models import GlossaryTerm, LocalResource, Topic

# Blocks whose rendering depends on the learner or the request: always rendered live.
LIVE_BLOCK_TYPES = frozenset({"quiz", "h5p"})

__all__ = ["LIVE_BLOCK_TYPES", "body_key", "cached", "connect", "generation", "outline_key"]


def connect() -> None:
    """What lesson blocks show besides pages: snippets, images, renditions, documents."""
    watch(GlossaryTerm, Topic, LocalResource)  # lesson blocks list resources
    if apps.is_installed("quizzes"):
        from quizzes.models import Quiz  # late: only when installed

        watch(Quiz)  # a quiz's kind decides lesson completion (courses/completion.py)
    # Only when installed (a test may run with a reduced INSTALLED_APPS).
    if apps.is_installed("wagtail.images"):
        from wagtail.images import get_image_model  # late: only when installed

        image = get_image_model()
        watch(image)
        # A rendition is made on the first view that needs it: that is no change of
        # content, and renewing every cached body site-wide for it cost each first view
        # (tests/courses/test_content_generation.py). A deleted one is: its file is gone.
        watch(image.get_rendition_model(), saves=False)
    if apps.is_installed("wagtail.documents"):
        from wagtail.documents import get_document_model  # late: only when installed

        watch(get_document_model())


def body_key(page) -> str:
    """The page's state (Wagtail's `Page.cache_key` components: id, publication time;
    plus the revision), the language, the digit style and the content generation (the
    glossary terms, images, documents and snippets the blocks show). Wagtail's own key
    knows none of the last three: docs/design.md, "Lesson body key"."""
    published = page.last_published_at.timestamp() if page.last_published_at else 0
    digits = "arab" if formatting.uses_arabic_digits() else "latn"
    return (f"courses:lesson-body:{generation()}:{page.pk}:{page.latest_revision_id}:"
            f"{published}:{get_language() or 'ar'}:{digits}")


def outline_key(modules, releases) -> str:
    """A digest of everything the outline shows (see includes/outline.html)."""
    digest = hashlib.sha1(usedforsecurity=False)
    digest.update((get_language() or "ar").encode())
    digest.update(b"arab" if formatting.uses_arabic_digits() else b"latn")
    for module in modules:
        digest.update(f"\x1em{module.page.pk}\x1f{module.page.title}\x1f"
                      f"{releases.get(module.page.pk, '') if releases else ''}".encode())
        for lesson in module.lessons:
            digest.update(f"\x1el{lesson.page.pk}\x1f{lesson.page.title}\x1f{lesson.url}\x1f"
                          f"{lesson.done:d}{lesson.current:d}\x1f{lesson.minutes}".encode())
    return f"courses:outline:{digest.hexdigest()}"
