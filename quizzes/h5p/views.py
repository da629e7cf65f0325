"""Serving H5P: the player frame and package files on the H5P origin, results on the site.

Package responses carry a Content-Security-Policy that lets the page load and connect
only to the H5P origin, a CSP sandbox (so even a file opened directly runs in an opaque
origin), and CORS ``*`` without credentials: the frame is sandboxed without
``allow-same-origin``, so its requests come from an opaque origin and carry no cookie.
"""

from __future__ import annotations

import hashlib
import json
import logging
import mimetypes
import re
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseNotAllowed,
    JsonResponse,
)
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import override
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)
from pyh5p._util import is_safe_relative_path

from literacy.security.characters import checks_own_characters
from literacy.security.rate_limits import RateLimit, of_user, rate_limited, refusal

from ..conf import app_settings
from ..models import H5PLibrary, H5PPackage, H5PUserData
from ..params import NUL_REFUSED, has_nul, object_id
from . import l10n, library_files, player, safe_json
from .access import can_see_page, page_for_activity
from .embed import h5p_host, h5p_origin
from .results import StatementRefused, record_result
from .storage import h5p_storage
from .tokens import read_play_token, read_result_token

CONTENT_TYPES = {
    "js": "text/javascript; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "svg": "image/svg+xml",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "eot": "application/vnd.ms-fontobject",
    "vtt": "text/vtt; charset=utf-8",
    "webvtt": "text/vtt; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
    "md": "text/plain; charset=utf-8",
    "textile": "text/plain; charset=utf-8",
    "xml": "text/plain; charset=utf-8",  # never rendered as a document
    "csv": "text/plain; charset=utf-8",
}
logger = logging.getLogger("basira.h5p")
SAFE_DETAIL = re.compile(r"[^A-Za-z0-9._/:\- ]")
FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'none'"


def _static_origin(origin: str) -> str:
    """Where the player's own files come from (the H5P origin unless STATIC_URL is absolute)."""
    url = static("vendor/h5p/main.bundle.js")
    return "" if url.startswith("/") else f"{urlsplit(url).scheme}://{urlsplit(url).netloc}"


def frame_csp(origin: str, parent_origin: str) -> str:
    """The player frame's policy: only the H5P origin, and ``blob:`` for the files the
    lesson page relays (player.py). ``'unsafe-eval'`` is allowed here and nowhere else:
    see "H5P eval" in docs/design.md (the frame is sandboxed in an opaque origin, on
    another host, without cookies, storage or a way to reach the lesson page but
    postMessage). Guarded by
    tests/quizzes/test_h5p_player.py::test_only_the_player_frame_allows_eval."""
    sources = " ".join(filter(None, [origin, _static_origin(origin)]))
    return "; ".join([
        "default-src 'none'",
        f"script-src {sources} blob: 'unsafe-eval'",
        f"style-src {sources} blob: 'unsafe-inline'",
        f"img-src {sources} data: blob:",
        f"media-src {sources} data: blob:",
        f"font-src {sources} data: blob:",
        f"connect-src {origin}",
        "frame-src 'self' blob: data:",
        "worker-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        f"frame-ancestors {parent_origin or chr(39) + 'none' + chr(39)}",
        "sandbox allow-scripts",
    ])


def _on_h5p_origin(request) -> None:
    host = h5p_host()
    if not host or request.get_host().lower() != host:
        raise Http404


def _package_headers(response: HttpResponse, *, csp: str, cache: str) -> HttpResponse:
    response["Content-Security-Policy"] = csp
    response["Access-Control-Allow-Origin"] = "*"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = cache
    response["X-Content-Type-Options"] = "nosniff"
    return response


class _TokenRequest:
    """What the access hooks read of a request (``user``), for the learner a play token
    names: the frame's requests come from an opaque origin and carry no session."""

    def __init__(self, user):
        self.user = user


def _token_user(activity):
    """The learner the token was issued to (still active), an anonymous visitor for a
    token issued to nobody, or None: an account deactivated or erased since."""
    if not activity.user_id:
        return AnonymousUser()
    return get_user_model().objects.filter(pk=activity.user_id, is_active=True).first()


def _live_activity(token: str):
    """The token's activity and package, while the learner it names may still see the
    page: access is asked again (the page unpublished, the module closed again by a moved
    date, the learner removed from the course) rather than trusted until the token
    expires. Guarded by tests/courses/test_pacing.py::
    test_a_frame_token_stops_working_once_the_module_closes."""
    activity = read_play_token(token)
    if activity is None:
        raise Http404
    package = H5PPackage.objects.filter(pk=activity.package_id).first()
    if package is None:
        raise Http404
    if activity.page_id:
        page = page_for_activity(activity.page_id)
        user = _token_user(activity)
        if page is None or user is None or not can_see_page(_TokenRequest(user), page):
            raise Http404
    return activity, package


def _read(path: str) -> bytes:
    storage = h5p_storage()
    try:
        with storage.open(path, "rb") as handle:
            return handle.read()
    except (FileNotFoundError, OSError) as exc:
        raise Http404 from exc


def _content_type(path: str) -> str:
    extension = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    return CONTENT_TYPES.get(extension) or mimetypes.guess_type(path)[0] or "application/octet-stream"


@require_safe
@xframe_options_exempt
@never_cache
def frame(request, token):
    """The player page, shown inside the sandboxed iframe of a lesson."""
    _on_h5p_origin(request)
    activity, package = _live_activity(token)
    origin = h5p_origin()
    base = origin + reverse("quizzes_h5p:frame", args=[token])
    # The activity's own language, not the lesson's: an English activity in an Arabic
    # lesson reads left to right, with H5P's texts in English.
    language = package.content_language(activity.language)
    options = {
        "id": str(package.pk),
        "h5pJsonPath": base + "c",
        "librariesPath": player.libraries_url(origin),
        "frameJs": player.static_url(origin, "vendor/h5p/frame.bundle.js"),
        "frameCss": player.static_url(origin, "vendor/h5p/styles/h5p.css"),
        "customCss": [player.static_url(origin, "quizzes/h5p/content.css")],
        # The frame is already an isolated document: H5P renders straight into it.
        "embedType": "div",
        "xAPIObjectIRI": package.activity_iri,
        # Compound content (Interactive Book, …) shows its Submit screen and reports the
        # whole activity's result only when the host says it records results.
        "reportingIsEnabled": bool(activity.user_id),
        "frame": False,
        "copyright": False,
        "export": False,
        "icon": False,
        "fullScreen": False,
    }
    if activity.user_id:
        # A pseudonymous actor: H5P needs one to save state; the server never reads it.
        options["user"] = {"name": "learner", "mail": "learner@basira.invalid"}
        options["saveFreq"] = app_settings.H5P_SAVE_FREQ
        options["ajax"] = {
            "contentUserDataUrl": base + "state/:dataType/:subContentId",
        }
        # H5P core reads the saved state synchronously when the content starts (an AJAX
        # answer would come too late): hand it over with the page, as H5P's own hosts do.
        saved: dict[str, dict[str, str]] = {}
        for row in H5PUserData.objects.filter(user_id=activity.user_id, package=package):
            saved.setdefault(row.sub_content_id, {})[row.data_type] = row.data
        if saved:
            options["contentUserData"] = saved
    inline, versions = player.library_entries(package, origin)
    inline[f"{base}c/h5p.json"] = json.dumps(package.metadata, ensure_ascii=False)
    content = _maybe_read(f"{package.content_path}/content/content.json")
    if content is not None:  # else the player asks for it, is refused and says so
        if language != "en":
            content = _localized_content(content, package, language)
        inline[f"{base}c/content/content.json"] = content.decode("utf-8", "replace")
    direction = player.direction(language)
    with override(language):
        html = render_to_string("quizzes/h5p/frame.html", {
            "config": {
                "options": options,
                "parentOrigin": activity.parent_origin,
                "dir": direction,
                "lang": language,
                "inline": inline,
                "versions": versions,
                "relay": player.relay_prefixes(origin),
                "eagerFonts": player.eager_fonts(origin, language),
                "mainJs": player.static_url(origin, "vendor/h5p/main.bundle.js"),
            },
            "title": package.title,
            "frame_js": player.static_url(origin, "quizzes/h5p/frame.js"),
            "lang": language,
            "dir": direction,
        })
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    return _package_headers(
        response, csp=frame_csp(origin, activity.parent_origin), cache="private, no-store"
    )


@require_safe
def content_file(request, token, path):
    """h5p.json and the content folder of one package, only through a live token."""
    _on_h5p_origin(request)
    activity, package = _live_activity(token)
    if not is_safe_relative_path(path) or not (path == "h5p.json" or path.startswith("content/")):
        raise Http404
    data = _read(f"{package.content_path}/{path}")
    if path == "content/content.json" and activity.language != "en":
        data = _localized_content(data, package, activity.language)
    response = HttpResponse(data, content_type=_content_type(path))
    return _package_headers(response, csp=FILE_CSP, cache="private, max-age=600")


def _library_texts(library: H5PLibrary, language: str):
    semantics = l10n.load_json(_maybe_read(f"{library.storage_path}/semantics.json"))
    translation = None
    if language in (library.languages or []):
        translation = l10n.load_json(
            _maybe_read(f"{library.storage_path}/language/{language}.json")
        )
    if not isinstance(semantics, list) or not isinstance(translation, dict):
        return None
    return semantics, translation.get("semantics") or []


def _maybe_read(path: str) -> bytes | None:
    try:
        return _read(path)
    except Http404:
        return None


def _localized_content(data: bytes, package: H5PPackage, language: str) -> bytes:
    content = l10n.load_json(data)
    libraries = {
        (lib.machine_name, lib.major_version, lib.minor_version): lib
        for lib in package.libraries.all()
    }

    def load(library_string: str):
        parsed = l10n.parse_library_string(library_string)
        library = libraries.get(parsed) if parsed else None
        return _library_texts(library, language) if library else None

    main = next(
        (lib for key, lib in libraries.items() if key[0] == package.main_library), None
    )
    texts = _library_texts(main, language) if main else None
    if not isinstance(content, dict) or texts is None:
        return data
    localized = l10n.localize(content, texts[0], texts[1], load)
    return json.dumps(localized, ensure_ascii=False).encode("utf-8")


@checks_own_characters
@require_http_methods(["GET", "HEAD", "OPTIONS"])
def library_file(request, folder, path):
    """A shared library's file. Libraries are code, not lesson content: no token needed.

    OPTIONS answers the CORS preflight some libraries cause (SoundJS loads sounds with
    XHR and a header that needs one). The body is the stored precompressed copy when the
    browser takes one, cached for a year under a current ``?v=`` (library_files.py).

    Guards: only on the H5P origin (the site's host answers 404, preflight included) and
    only GET/HEAD/OPTIONS, without credentials
    (tests/quizzes/test_h5p_player.py::test_library_files_answer_the_cors_preflight); one
    public cached copy for everyone, no ``Vary: Cookie``
    (tests/quizzes/test_h5p_player.py::test_library_files_are_cached_once_for_everyone);
    precompressed copies stored and sent as they are
    (tests/quizzes/test_h5p_player.py::test_library_files_are_compressed_once_and_stored_beside).
    """
    _on_h5p_origin(request)
    if request.method == "OPTIONS":
        response = HttpResponse(status=204)
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response["Access-Control-Allow-Headers"] = "Content-Type, Range, X-Requested-With"
        response["Access-Control-Max-Age"] = "86400"
        _package_headers(response, csp=FILE_CSP, cache="")
        return library_files.mark_public(response, cache="public, max-age=86400")
    name, _sep, version = folder.rpartition("-")
    major, _dot, minor = version.partition(".")
    major, minor = object_id(major), object_id(minor)
    if not name or major is None or minor is None or has_nul(name) \
            or not is_safe_relative_path(path):
        raise Http404
    library = get_object_or_404(
        H5PLibrary, machine_name=name, major_version=major, minor_version=minor
    )
    stored = f"{library.storage_path}/{path}"
    data = _read(stored)
    extension = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    body, encoding = library_files.encode(
        stored, data, extension, request.headers.get("Accept-Encoding", ""))
    response = HttpResponse(body, content_type=_content_type(path))
    if encoding:
        response["Content-Encoding"] = encoding
    current = request.GET.get("v") == library_files.version_token(library)
    etag = hashlib.sha256(f"{stored}|{encoding}".encode()).hexdigest()[:32]
    response["ETag"] = f'"{etag}"'
    _package_headers(response, csp=FILE_CSP, cache="")
    return library_files.mark_public(
        response, vary="Accept-Encoding",
        cache=library_files.LONG_CACHE if current else library_files.SHORT_CACHE,
    )


def _state_saves_left(activity) -> int | None:
    """Count a state save against ``h5p_state`` for the learner the token names (the
    frame sends no cookie, so the session cannot say); the seconds to wait, or None.
    Guarded by tests/quizzes/test_rate_limits.py::
    test_h5p_state_saves_past_the_limit_are_a_json_429."""
    return RateLimit("h5p_state").count(of_user(SimpleNamespace(pk=activity.user_id)))


@checks_own_characters
@csrf_exempt  # authenticated by the signed token in the URL, not by a cookie
@never_cache
def state(request, token, data_type, sub_content_id):
    """H5P's contentUserData endpoint: where the learner was (GET to restore, POST to save)."""
    _on_h5p_origin(request)
    activity, package = _live_activity(token)
    if not activity.user_id or len(data_type) > 64 or len(sub_content_id) > 64 \
            or has_nul(data_type, sub_content_id):
        raise Http404
    key = {"user_id": activity.user_id, "package": package, "data_type": data_type,
           "sub_content_id": sub_content_id}
    if request.method == "OPTIONS":  # CORS preflight from the opaque-origin frame
        response = HttpResponse(status=204)
        response["Access-Control-Allow-Methods"] = "GET, POST"
        response["Access-Control-Allow-Headers"] = "Content-Type, X-Requested-With"
        response["Access-Control-Max-Age"] = "600"
    elif request.method in ("GET", "HEAD"):
        saved = H5PUserData.objects.filter(**key).values_list("data", flat=True).first()
        response = JsonResponse({"success": True, "data": saved if saved is not None else False})
    elif request.method == "POST" and (retry_after := _state_saves_left(activity)):
        response = refusal(request, retry_after, as_json=True)
    elif request.method == "POST":
        data = request.POST.get("data", "")
        if len(data.encode("utf-8")) > app_settings.H5P_STATE_MAX_BYTES:
            response = JsonResponse({"success": False, "message": "too large"}, status=413)
        elif has_nul(data):
            response = JsonResponse({"success": False, "message": str(NUL_REFUSED)},
                                    status=400)
        elif data in ("", "0"):  # H5P's way of deleting the state
            H5PUserData.objects.filter(**key).delete()
            response = JsonResponse({"success": True})
        else:
            H5PUserData.objects.update_or_create(**key, defaults={"data": data})
            response = JsonResponse({"success": True})
    else:
        return HttpResponseNotAllowed(["GET", "POST", "OPTIONS"])
    return _package_headers(response, csp=FILE_CSP, cache="private, no-store")


@checks_own_characters
@require_POST
@never_cache
@rate_limited("h5p_result", as_json=True)  # the session's user (else the client)
def results(request):
    """A result reported by the player, relayed by the lesson page (CSRF-protected).

    The user comes from the session, the activity from the signed token the page was
    given; the statement only contributes its score (capped), success and completion.
    """
    if h5p_host() and request.get_host().lower() == h5p_host():
        raise Http404
    if not request.user.is_authenticated:
        return JsonResponse({"recorded": False, "error": "login required"}, status=403)
    if len(request.body) > app_settings.H5P_STATEMENT_MAX_BYTES:
        return JsonResponse({"recorded": False, "error": "too large"}, status=400)
    try:
        # Bounded depth, no NaN or lone surrogate: the statement is partly stored (jsonb).
        # Guarded by tests/quizzes/test_h5p_fuzz.py::test_hostile_statement_bodies_are_refused.
        payload = safe_json.loads(request.body)
    except safe_json.UnsafeJSON:
        return JsonResponse({"recorded": False, "error": "invalid JSON"}, status=400)
    if not isinstance(payload, dict) or not isinstance(payload.get("activity"), str):
        return JsonResponse({"recorded": False, "error": "invalid request"}, status=400)
    if has_nul(payload):
        return JsonResponse({"recorded": False, "error": str(NUL_REFUSED)}, status=400)
    activity = read_result_token(payload["activity"])
    if activity is None:
        return JsonResponse({"recorded": False, "error": "invalid activity"}, status=400)
    if activity.user_id != request.user.pk:
        return JsonResponse({"recorded": False, "error": "not your activity"}, status=403)
    package = get_object_or_404(H5PPackage, pk=activity.package_id)
    page = page_for_activity(activity.page_id)
    if page is None or not can_see_page(request, page):
        raise Http404
    try:
        result = record_result(
            user=request.user, package=package, statement=payload.get("statement"),
            page_id=page.pk, completes_lesson=activity.completes_lesson,
        )
    except StatementRefused:
        return JsonResponse({"recorded": False, "error": "statement refused"}, status=400)
    if result is None:
        return JsonResponse({"recorded": False})
    return JsonResponse({"recorded": True, "score": result.score, "max_score": result.max_score,
                         "passed": result.passed})




FAILURE_REASONS = {"script", "exception", "blocked", "timeout", "error"}


@require_POST
@never_cache
@rate_limited("h5p_failure", as_json=True)
def failure(request):
    """The lesson page reports that an activity could not start; logged for editors.

    The log line names the activity (package and page) and what failed, never the learner:
    the reason is one word of ``FAILURE_REASONS`` and the detail at most 120 characters of
    a file name or an error's text, kept to letters, digits and ``._/:- ``. Rate limit
    ``h5p_failure`` (a page cannot flood the log), guarded by
    tests/quizzes/test_h5p_player.py::test_failure_reports_past_the_limit_are_a_json_429.
    """
    if h5p_host() and request.get_host().lower() == h5p_host():
        raise Http404
    if not request.user.is_authenticated:
        return JsonResponse({"logged": False, "error": "login required"}, status=403)
    try:
        payload = safe_json.loads(request.body[:4096])
    except safe_json.UnsafeJSON:
        return JsonResponse({"logged": False, "error": "invalid JSON"}, status=400)
    if not isinstance(payload, dict) or not isinstance(payload.get("activity"), str):
        return JsonResponse({"logged": False, "error": "invalid request"}, status=400)
    activity = read_result_token(payload["activity"])
    if activity is None or activity.user_id not in (None, request.user.pk):
        return JsonResponse({"logged": False, "error": "invalid activity"}, status=400)
    reason = payload.get("reason")
    reason = reason if reason in FAILURE_REASONS else "error"
    detail = payload.get("detail") if isinstance(payload.get("detail"), str) else ""
    detail = SAFE_DETAIL.sub("", detail)[:120]
    logger.warning("H5P activity %s on page %s could not start: %s %s",
                   activity.package_id, activity.page_id or "-", reason, detail)
    return JsonResponse({"logged": True})


# Asked for by "forget this device" (literacy/accounts/views.py, device_forgotten), in a
# frame of the site's page: the same Clear-Site-Data the site's origin sends, for this one.
# In a frame, the browser clears what this origin keeps under the site that frames it,
# which is where the player's files and storage were kept. Harmless from any other site:
# it can only clear what this origin keeps under that site; hence any frame ancestor.
@xframe_options_exempt
@require_safe
def forget(request):
    """Guarded by tests/literacy/test_forget_device.py::test_the_h5p_origin_is_forgotten_too."""
    _on_h5p_origin(request)
    response = HttpResponse(b"", content_type="text/plain")
    response["Clear-Site-Data"] = '"cache", "cookies", "storage"'
    response["Cache-Control"] = "no-store"
    response["Content-Security-Policy"] = "default-src 'none'; frame-ancestors *"
    response["Referrer-Policy"] = "no-referrer"
    return response
