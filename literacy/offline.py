"""Offline caching (docs/design.md, "Offline caching"): what the service worker may keep.

- ``mark(request, response, kind)``: a page type that may be read offline (a lesson, a
  course page with its outline) marks its response with ``X-Basira-Offline: <kind>``. The
  service worker (literacy/offline_src/sw.js) and the "save for offline" script store a
  page only if it carries the mark.
- ``forbid(request)``: something on the page must not stay on the phone (a quiz block
  showing the learner's graded attempt): the page is not marked, whatever its type.
- ``OfflineGuardMiddleware``: the last word. Staff and admin pages, exports and downloads,
  anything but a plain 200 GET to a signed-in learner never carry the mark.
- ``account_key(user)``: the per-account part of the cache name, so that another account
  on the same phone never reads this one's saved courses.
- ``service_worker``: the built worker at the site root, so its scope is the whole site.
- ``fallback_page``: what the worker shows offline instead of the browser's error page when
  a page was not saved: "you are offline", and (filled in by the worker from the phone's
  own records) the courses this account saved. The same for everyone: the worker keeps it
  at install, without cookies.
"""

import hashlib
import hmac
import json

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET, require_safe

HEADER = "X-Basira-Offline"
KINDS = frozenset({"lesson", "course", "outline", "glossary"})
_FORBIDDEN = "_basira_offline_forbidden"
WORKER_PATH = "vendor/sw/sw.js"


def forbid(request) -> None:
    if request is not None:
        setattr(request, _FORBIDDEN, True)


def _may_be_kept(request, response) -> bool:
    """A plain page to a signed-in learner. Guarded by tests/literacy/test_offline.py::
    test_staff_export_and_review_responses_are_never_marked."""
    user = getattr(request, "user", None)
    return (
        request.method == "GET"
        and response.status_code == 200
        and user is not None and user.is_authenticated
        and not user.is_staff
        and not getattr(request, "is_preview", False)
        and not getattr(request, _FORBIDDEN, False)
        and not response.has_header("Content-Disposition")
        and not request.path_info.startswith(_staff_prefixes())
    )


def _staff_prefixes() -> tuple[str, ...]:
    return ("/admin/", "/django-admin/", "/documents/", "/h5p/")


def mark(request, response, kind: str):
    if kind not in KINDS:
        raise ValueError(f"unknown offline page type {kind!r}")
    if _may_be_kept(request, response):
        response[HEADER] = kind
    return response


class OfflineGuardMiddleware:
    """Whatever a view did, a response that must not stay on a phone loses the mark.

    Guarded by tests/literacy/test_offline.py::test_the_guard_strips_a_mark_a_view_should_not_have_set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header(HEADER) and not _may_be_kept(request, response):
            del response[HEADER]
        return response


def account_key(user) -> str:
    """A keyed hash of the user id: the same account always gets the same cache; the id
    itself is not written on the phone."""
    if user is None or not user.is_authenticated:
        return ""
    digest = hmac.new(settings.SECRET_KEY.encode(), f"offline:{user.pk}".encode(),
                      hashlib.sha256)
    return digest.hexdigest()[:16]


def page_account(request) -> str:
    """The account key a page gives its offline scripts (saving, the queue, sign-out):
    none for visitors, nor for staff, who keep nothing on the phone."""
    user = getattr(request, "user", None)
    return "" if user is None or user.is_staff else account_key(user)


@require_GET
def service_worker(request):
    """The worker from the site's own origin and root (``Service-Worker-Allowed: /``),
    revalidated on every check so that a new build reaches phones at once."""
    path = finders.find(WORKER_PATH)
    if not path:
        raise Http404("service worker not built: make assets")
    with open(path, "rb") as source:
        body = _fallback_addresses() + source.read()
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


def _fallback_addresses() -> bytes:
    """The offline page of each language, for the worker to keep at install."""
    pages = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            pages[code] = reverse("offline_fallback")
    default = pages.get(settings.LANGUAGE_CODE, "")
    return (f"self.BASIRA_OFFLINE_PAGES={json.dumps(pages)};"
            f"self.BASIRA_OFFLINE_DEFAULT={json.dumps(default)};\n").encode()


@require_safe
def fallback_page(request):
    """Shows nothing of the visitor (the worker fetches it without cookies) and nothing of
    Basira's name (a learner may have chosen a neutral app identity)."""
    response = render(request, "literacy/offline_fallback.html")
    response["Cache-Control"] = "no-cache"
    return response
