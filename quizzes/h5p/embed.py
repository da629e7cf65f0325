"""What a page needs to show one H5P activity: a sandboxed frame on the H5P origin."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils import translation

from ..conf import app_settings
from .access import can_see_page
from .imports import is_playable
from .player import relay_prefixes, static_map
from .tokens import Activity, play_token, result_token


def h5p_origin() -> str:
    return app_settings.H5P_ORIGIN.rstrip("/")


def h5p_host() -> str:
    origin = h5p_origin()
    return urlsplit(origin).netloc.lower() if origin else ""


def site_origin(request) -> str:
    return f"{request.scheme}://{request.get_host()}"


def embed_context(*, request, package, page=None, completes_lesson: bool = False) -> dict | None:
    """Frame URL and result token for this learner, or None when it cannot be shown.

    None when H5P has no separate origin configured, when the package has no content yet
    (quizzes/h5p/imports.py), when there is no request (the
    template is rendered outside a page view), or when the learner may not see the page.
    """
    origin = h5p_origin()
    if not origin or request is None or package is None or not getattr(package, "pk", None):
        return None
    if not is_playable(package):  # a first upload the worker has not imported yet
        return None
    parent = site_origin(request)
    if urlsplit(parent).netloc.lower() == h5p_host():
        return None  # never play on the site's own origin
    # An editor previewing a draft plays the activity bound to no page and no learner: the
    # draft need not be live, and nothing is recorded (the results view needs a page).
    previewing = bool(getattr(request, "is_preview", False))
    if previewing:
        page = None
    elif page is not None and not can_see_page(request, page):
        return None
    user = getattr(request, "user", None)
    signed_in = user is not None and user.is_authenticated
    user_id = user.pk if signed_in and not previewing else None
    activity = Activity(
        package_id=package.pk, page_id=page.pk if page is not None else None, user_id=user_id,
        completes_lesson=completes_lesson, parent_origin=parent,
        language=translation.get_language() or "ar",
    )
    token = play_token(activity)
    return {
        "package": package,
        "title": package.title,
        "origin": origin,
        "frame_url": origin + reverse("quizzes_h5p:frame", args=[token]),
        "results_url": reverse("quizzes_h5p:results"),
        "failure_url": reverse("quizzes_h5p:failure") if signed_in else "",
        "relay": relay_prefixes(origin),
        "static_map": static_map(origin),
        "result_token": result_token(activity),
        "csrf_token": get_token(request),
        "can_record": user_id is not None,
        "preview": previewing,
        "load_timeout": app_settings.H5P_LOAD_TIMEOUT_SECONDS,
    }
