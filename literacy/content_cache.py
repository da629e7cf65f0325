"""The content generation: a token that changes whenever published content may change.

Caches of things derived from pages (routes, course structures, rendered lesson blocks)
put the token in their keys; every save or deletion of a page, a site, a page view
restriction, or a model a plugin registers with `watch()` (snippets, images, documents)
replaces it, so entries of the old generation are never read again and simply expire.

With a shared cache (Redis, production) a change is seen by every process at once. With
a per-process cache (LocMemCache) another process sees it when its entries expire
(`ENTRY_SECONDS`): run several processes only with a shared cache.
"""

import copy
import threading
import uuid
from collections import OrderedDict

from asgiref.local import Local
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site, get_page_models

from .precompiled import get_by_pk, stream_field_names

GENERATION_KEY = "basira:content-generation"
ENTRY_SECONDS = 300
# Entries also kept in this process, least recently used dropped first (see `cached`).
LOCAL_ENTRIES = 512


# Within one request the generation is read from the cache once (a request sees one
# state of the content); outside requests (commands, consumers) it is read every time.
_request = Local()


def _request_started(**kwargs) -> None:
    _request.active, _request.token = True, None


def _request_finished(**kwargs) -> None:
    _request.active, _request.token = False, None


request_started.connect(_request_started, dispatch_uid="basira_content_generation_start")
request_finished.connect(_request_finished, dispatch_uid="basira_content_generation_end")


def generation() -> str:
    if getattr(_request, "active", False) and _request.token is not None:
        return _request.token
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        token = cache.get(GENERATION_KEY) or "none"
    if getattr(_request, "active", False):
        _request.token = token
    return token


def bump(**kwargs) -> None:
    token = uuid.uuid4().hex
    cache.set(GENERATION_KEY, token, None)
    if getattr(_request, "active", False):
        _request.token = token


def watch(*models, saves: bool = True) -> None:
    """Saving or deleting any of these models starts a new generation; with
    ``saves=False`` only deleting does (rows made while rendering, e.g. renditions)."""
    for model in models:
        uid = f"basira_content_{model._meta.label_lower}"
        if saves:
            post_save.connect(bump, sender=model, dispatch_uid=uid + "_save")
        post_delete.connect(bump, sender=model, dispatch_uid=uid + "_delete")


def watch_pages() -> None:
    # View restrictions too: literacy.view_restrictions caches that a page has none.
    watch(Page, Site, PageViewRestriction, *get_page_models())


def specific_page(page_id: int, *, without_streams: bool = False):
    """The specific page with this id, or None.

    `without_streams` leaves its StreamFields (bodies in every language) unread until
    used, for requests that only need the page's identity and state (a quiz submission):
    such a page holds nothing that varies between requests, so it is kept under the
    generation (any page save starts a new one) and each call gets its own copy (`kept`),
    at no query. With its streams it is read fresh: one query (its type is cached).
    """
    def content_type():
        found = Page.objects.filter(pk=page_id).values_list("content_type_id", flat=True)[:1]
        return found[0] if found else None

    def load():
        content_type_id = cached(f"basira:page-type:{generation()}:{page_id}", content_type)
        model = ContentType.objects.get_for_id(content_type_id).model_class() \
            if content_type_id else None
        if model is None:
            return None
        return get_by_pk(model, page_id,
                         defer=stream_field_names(model) if without_streams else ())

    if without_streams:
        return kept(f"basira:page-state:{generation()}:{page_id}", load)
    return load()


def kept(key: str, build):
    """`cached` for a model instance of the content (a page, a quiz), kept under a key
    that carries the generation: each caller gets its own shallow copy, so what a
    request loads into it (a deferred field) or sets on it stays that request's.
    Guarded by tests/courses/test_content_generation.py::
    test_a_kept_instance_is_a_copy_per_caller.
    """
    instance = cached(key, build)
    return copy.copy(instance) if instance is not None else None


_local: OrderedDict = OrderedDict()
_local_lock = threading.Lock()


def cached(key: str, build, seconds: int = ENTRY_SECONDS, *, shared: bool = True):
    """The cached value of `key`, built and stored on a miss (None is never cached).

    Keys name an exact state of the content (they carry the generation, or a digest of
    all they show), so a value never goes stale under its key: the last ones used are
    also kept in this process, and a repeat view costs neither a round trip to the
    shared cache nor unpickling. The values are shared: callers must not change them.
    ``shared=False`` keeps the value in this process only: for values whose pickling
    would cost more than building them again (model instances with parsed bodies).
    """
    with _local_lock:
        if key in _local:
            _local.move_to_end(key)
            return _local[key]
    value = cache.get(key) if shared else None
    if value is None:
        value = build()
        if value is not None and shared:
            cache.set(key, value, seconds)
    if value is not None:
        with _local_lock:
            _local[key] = value
            if len(_local) > LOCAL_ENTRIES:
                _local.popitem(last=False)
    return value


def forget_local() -> None:
    """Drop this process's copies (tests that reuse ids after clearing the cache)."""
    with _local_lock:
        _local.clear()
