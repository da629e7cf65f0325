"""The content generation: a token that changes whenever published content may change.

Caches of things derived from pages (routes, course structures, rendered lesson blocks)
put the token in their keys; every save or deletion of a page, a site, or a model a
plugin registers with `watch()` (snippets, images, documents) replaces it, so entries of
the old generation are never read again and simply expire.

With a shared cache (Redis, production) a change is seen by every process at once. With
a per-process cache (LocMemCache) another process sees it when its entries expire
(`ENTRY_SECONDS`): run several processes only with a shared cache.
"""

import uuid

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

GENERATION_KEY = "basira:content-generation"
ENTRY_SECONDS = 300


def generation() -> str:
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        token = cache.get(GENERATION_KEY) or "none"
    return token


def bump(**kwargs) -> None:
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def watch(*models) -> None:
    """Saving or deleting any of these models starts a new generation."""
    for model in models:
        uid = f"basira_content_{model._meta.label_lower}"
        post_save.connect(bump, sender=model, dispatch_uid=uid + "_save")
        post_delete.connect(bump, sender=model, dispatch_uid=uid + "_delete")


def watch_pages() -> None:
    from wagtail.models import Page, Site, get_page_models

    watch(Page, Site, *get_page_models())


def cached(key: str, build, seconds: int = ENTRY_SECONDS):
    """The cached value of `key`, built and stored on a miss (None is never cached)."""
    value = cache.get(key)
    if value is None:
        value = build()
        if value is not None:
            cache.set(key, value, seconds)
    return value
