"""Request bodies are bounded before anything reads them.

Django parses a body the first time something asks for ``request.POST``; the CSRF
middleware does, on every URL, before any view could decide it wants no body, and files
above FILE_UPLOAD_MAX_MEMORY_SIZE are spooled to disk. So ``BodyLimitMiddleware`` comes
first in MIDDLEWARE and answers 413 (a small translated page, or JSON for scripts) when the
declared Content-Length is above the URL's limit, without reading a byte. Nothing after it
runs (no session, no view), so a refused request changes nothing.

The limit is ``LITERACY_REQUEST_BODY_LIMIT`` everywhere, more only where a URL needs it:
Wagtail's image and document uploads (their file limit plus ``FORM_OVERHEAD``), the page
and snippet editors (DATA_UPLOAD_MAX_MEMORY_SIZE, Django's own cap on their fields),
plugins' uploads (``basira_request_body_limits`` hook functions return
``{URL name pattern: bytes}``) and the site's ``LITERACY_REQUEST_BODY_LIMITS``. The URL is
resolved only for a body above the default, so ordinary requests pay nothing.

A body without a length (chunked): under WSGI Django reads none of it (its stream stops at
the Content-Length, 0). Django's ASGI handler reads every body to its end before any
middleware, so ``BodyLimitASGI`` (literacy/asgi.py) counts it while it arrives and stops
at the limit; anything that still reads past the limit from the request (a host site's
ASGI application without the wrapper) trips ``BoundedStream`` and gets the same 413.

The proxy refuses first (nginx ``client_max_body_size``, README "Deployment"); daphne
buffers a whole body before its application sees it, so the proxy keeps /ws/ tiny.
Guarded by tests/literacy/test_body_limits.py.
"""

import asyncio
import fnmatch

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.translation import gettext
from wagtail import hooks

from literacy import formatting

from . import conf
from .conf import MB

HOOK_NAME = "basira_request_body_limits"
# The form fields that travel with a file: title, tags, collection, token, part headers.
FORM_OVERHEAD = 1 * MB
# Where the ASGI wrapper tells the middleware that it cut a body short.
ASGI_CUT_KEY = "basira.body_too_large"
TRIPPED_ATTRIBUTE = "_basira_body_too_large"
BODYLESS_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

IMAGE_UPLOAD_URLS = ("wagtailimages:add", "wagtailimages:edit", "wagtailimages:add_multiple",
                     "wagtailimages_chooser:create",
                     "wagtailadmin_account")  # the editor's avatar
DOCUMENT_UPLOAD_URLS = ("wagtaildocs:add", "wagtaildocs:edit", "wagtaildocs:add_multiple",
                        "wagtaildocs_chooser:create")
# Long lessons in three languages: their fields are capped by Django, not here.
EDITOR_URLS = ("wagtailadmin_pages:*", "wagtailsnippets_*:*",
               "wagtailsnippetchoosers_*:create", "wagtailsettings:*")


def editor_limit() -> int:
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE or int(2.5 * MB)


def wagtail_limits() -> dict[str, int]:
    """Wagtail's upload and editor URLs, from the settings that bound their files."""
    images = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * MB) or editor_limit()
    documents = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None) or images
    return {
        **dict.fromkeys(EDITOR_URLS, editor_limit()),
        **dict.fromkeys(IMAGE_UPLOAD_URLS, images + FORM_OVERHEAD),
        **dict.fromkeys(DOCUMENT_UPLOAD_URLS, documents + FORM_OVERHEAD),
    }


def url_limits() -> dict[str, int]:
    """Every URL name pattern that accepts more than the default, with its limit."""
    limits = wagtail_limits()
    for hook in hooks.get_hooks(HOOK_NAME):
        for pattern, size in hook().items():
            limits[pattern] = max(size, limits.get(pattern, 0))
    limits.update(conf.REQUEST_BODY_LIMITS)
    return limits


def limit_for(path: str) -> int:
    """The largest body this path accepts (the default unless a pattern gives more).

    Guarded by tests/literacy/test_body_limits.py::test_limits_follow_the_url_in_every_language.
    """
    default = conf.REQUEST_BODY_LIMIT
    # Before LocaleMiddleware: the path's own language prefix must resolve (i18n_patterns
    # match the active language's prefix only).
    language = translation.get_language_from_path(path) or translation.get_language()
    try:
        with translation.override(language):
            name = resolve(path).view_name
    except Resolver404:
        return default
    return max([default, *(size for pattern, size in url_limits().items()
                           if fnmatch.fnmatchcase(name, pattern))])


def declared_length(value) -> int | None:
    try:
        return int(value) if value not in (None, "", b"") else None
    except (TypeError, ValueError):
        return None


def too_large(request, limit: int) -> HttpResponse:
    """413 in the visitor's language (from the path, cookie or browser: no session yet)."""
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        message = gettext(
            "This request is larger than this page accepts (at most %(limit)s). "
            "Nothing was saved."
        ) % {"limit": formatting.file_size(limit)}
        accept = request.META.get("HTTP_ACCEPT", "")
        if "json" in request.content_type or ("json" in accept and "html" not in accept):
            response = JsonResponse({"error": message}, status=413)
        else:
            response = HttpResponse(render_to_string(
                "literacy/security/too_large.html", {"message": message}), status=413)
    response["Content-Language"] = language
    # The header middlewares come after this one: the page carries its own.
    response["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    return response


class BoundedStream:
    """``request._stream`` for a body without a length: reading past ``limit`` marks the
    request (the middleware then answers 413) and raises, so no parser goes on."""

    def __init__(self, stream, limit: int, request):
        self.stream, self.limit, self.request = stream, limit, request
        self.position = 0

    def _take(self, read, size):
        room = self.limit + 1 - self.position  # one byte more than allowed proves too much
        data = read(room if size is None or size < 0 else min(size, room))
        self.position += len(data)
        if self.position > self.limit:
            setattr(self.request, TRIPPED_ATTRIBUTE, True)
            raise RequestDataTooBig("Request body exceeded the limit of this URL.")
        return data

    def read(self, size=-1, /):
        return self._take(self.stream.read, size)

    def readline(self, size=-1, /):
        return self._take(self.stream.readline, size)


class BodyLimitMiddleware:
    """First in MIDDLEWARE: refuses an oversized body from its declared length (413).

    Guarded by tests/literacy/test_body_limits.py::test_every_url_refuses_a_body_over_its_limit
    and ::test_chunked_body_is_cut_at_the_limit.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        refused = self._refusal(request)
        if refused is not None:
            return refused
        response = self.get_response(request)
        if getattr(request, TRIPPED_ATTRIBUTE, False):
            return too_large(request, limit_for(request.path_info))
        return response

    def _refusal(self, request):
        if getattr(request, "scope", {}).get(ASGI_CUT_KEY):
            return too_large(request, limit_for(request.path_info))
        declared = declared_length(request.META.get("CONTENT_LENGTH"))
        if declared is not None:
            if declared > conf.REQUEST_BODY_LIMIT:
                limit = limit_for(request.path_info)
                if declared > limit:
                    return too_large(request, limit)
        elif request.method not in BODYLESS_METHODS:
            request._stream = BoundedStream(request._stream, limit_for(request.path_info),
                                            request)
        return None


class BodyLimitASGI:
    """Wraps Django's ASGI application: an HTTP body is counted while it arrives and cut at
    the URL's limit (Django's handler would otherwise read all of it, spooling to disk, before
    any middleware runs); the middleware then answers 413.

    Guarded by tests/literacy/test_body_limits.py::test_asgi_stops_reading_at_the_limit.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        scope = dict(scope)
        headers = dict(scope.get("headers") or [])
        declared = declared_length(headers.get(b"content-length"))
        limit = conf.REQUEST_BODY_LIMIT
        if declared is None or declared > limit:
            root = scope.get("root_path") or ""
            limit = limit_for(scope["path"].removeprefix(root) or "/")
        return await self.app(scope, _bounded(receive, scope, limit, declared), send)


def _bounded(receive, scope, limit: int, declared: int | None):
    received = 0
    end = {"type": "http.request", "body": b"", "more_body": False}

    async def bounded_receive():
        nonlocal received
        if scope.get(ASGI_CUT_KEY):
            # The rest of the body is never read: wait to be cancelled once the 413 is sent.
            await asyncio.Event().wait()
        if declared is not None and declared > limit:
            scope[ASGI_CUT_KEY] = True
            return end
        message = await receive()
        if message["type"] != "http.request":
            return message
        received += len(message.get("body", b""))
        if received > limit:
            scope[ASGI_CUT_KEY] = True
            return end
        return message

    return bounded_receive
