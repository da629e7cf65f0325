"""Cached HTML fragments of lesson pages: the parts that are the same for every learner.

A lesson page renders the same body blocks and, for learners at the same point, the same
outline. Rendering them is most of a lesson's cost, so they are cached:

- body blocks, except the ones that depend on the learner (quiz, H5P: tokens, attempts,
  CSRF), keyed by the page, its revision and publication time, the language and the
  *content generation* (below);
- the outline, keyed by a digest of exactly what it shows (titles, URLs, the learner's
  marks, release dates): two learners at the same point share it, and a mark changing
  changes the key, so it can never show another learner's progress.

The content generation is a token in the cache that every save or deletion of a page, a
snippet shown in lessons, an image, a rendition or a document replaces: body fragments of
the old generation are never read again. With a per-process cache (no Redis) another
process sees a change when its own cache entries expire (FRAGMENT_SECONDS).
"""

import hashlib
import uuid

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language

GENERATION_KEY = "courses:content-generation"
FRAGMENT_SECONDS = 300
# Blocks whose rendering depends on the learner or the request: always rendered live.
LIVE_BLOCK_TYPES = frozenset({"quiz", "h5p"})


def generation() -> str:
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        token = cache.get(GENERATION_KEY) or "none"
    return token


def bump_generation(**kwargs) -> None:
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def _content_models():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Site, get_page_models

    from .models import GlossaryTerm, Topic

    image = get_image_model()
    return [*get_page_models(), Page, Site, GlossaryTerm, Topic, image,
            image.get_rendition_model(), get_document_model()]


def connect() -> None:
    for model in _content_models():
        uid = f"courses_fragments_{model._meta.label_lower}"
        post_save.connect(bump_generation, sender=model, dispatch_uid=uid + "_save")
        post_delete.connect(bump_generation, sender=model, dispatch_uid=uid + "_delete")


def body_key(page) -> str:
    published = page.last_published_at.timestamp() if page.last_published_at else 0
    return (f"courses:lesson-body:{generation()}:{page.pk}:{page.latest_revision_id}:"
            f"{published}:{get_language() or 'ar'}")


def outline_key(modules, releases) -> str:
    """A digest of everything the outline shows (see includes/outline.html)."""
    digest = hashlib.sha1(usedforsecurity=False)
    digest.update((get_language() or "ar").encode())
    for module in modules:
        digest.update(f"\x1em{module.page.pk}\x1f{module.page.title}\x1f"
                      f"{releases.get(module.page.pk, '') if releases else ''}".encode())
        for lesson in module.lessons:
            digest.update(f"\x1el{lesson.page.pk}\x1f{lesson.page.title}\x1f{lesson.url}\x1f"
                          f"{lesson.done:d}{lesson.current:d}\x1f{lesson.minutes}".encode())
    return f"courses:outline:{digest.hexdigest()}"


def cached(key: str, build):
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, FRAGMENT_SECONDS)
    return value
