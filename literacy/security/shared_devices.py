"""A phone passed around a family or a classroom: what it keeps once the learner is gone.

- ``PrivatePagesMiddleware``: every response to a signed-in user (except static files,
  media and documents, which are the same for everyone) is ``Cache-Control: no-store,
  private``, so the next person cannot bring back a learner's dashboard, lesson or live
  quiz with the back button or from the browser's cache.
- ``CLEAR_SITE_DATA``: sent with sign-out, it asks the browser to drop this site's cache,
  cookies and storage, the offline copies a learner saved included (docs/design.md,
  "Offline caching"), which is what a shared phone needs.
- A "shared device" sign-in (``mark_shared``): the session cookie ends with the browser
  and the session ends on the server after ``LITERACY_SHARED_DEVICE_IDLE_SECONDS``
  without a request (``SharedDeviceMiddleware``, a sliding expiry).
"""

import time
from functools import wraps

from django.conf import settings
from django.contrib.auth import logout
from django.utils.cache import add_never_cache_headers

from . import conf
from .uploads import is_uploaded_file_path

CLEAR_SITE_DATA = '"cache", "cookies", "storage"'
SHARED_KEY = "basira_shared_device"
SEEN_KEY = "basira_last_seen"
# The last-seen time is rewritten at most this often: a session write on every page
# would cost a database write per request for a few seconds of precision.
SEEN_RESOLUTION_SECONDS = 60


def clears_site_data(view):
    """Sign-out views: the response asks the browser to forget the site. Guarded by
    tests/literacy/test_shared_devices.py::test_sign_out_clears_the_site_data (both)."""
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method == "POST" and response.status_code < 400:
            response["Clear-Site-Data"] = CLEAR_SITE_DATA
        return response
    return wrapper


def _is_file_path(path: str) -> bool:
    return (path.startswith((settings.STATIC_URL or "/static/", settings.MEDIA_URL or "/media/"))
            or is_uploaded_file_path(path))


class PrivatePagesMiddleware:
    """No page shown to a signed-in user is kept by the browser or a shared proxy.

    Guarded by tests/literacy/test_shared_devices.py::test_signed_in_pages_are_not_stored."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not _is_file_path(request.path_info):
            add_never_cache_headers(response)  # no-cache, no-store, must-revalidate, private
        return response


def mark_shared(request) -> None:
    """After sign-in on a shared device: the cookie ends with the browser, idle ends it
    on the server. Guarded by
    tests/literacy/test_shared_devices.py::test_a_shared_device_session_ends_with_the_browser."""
    request.session.set_expiry(0)
    request.session[SHARED_KEY] = True
    request.session[SEEN_KEY] = int(time.time())


class SharedDeviceMiddleware:
    """Signs out a shared-device session left idle longer than the setting allows.

    Guarded by tests/literacy/test_shared_devices.py::test_an_idle_shared_session_is_signed_out
    and ::test_activity_keeps_a_shared_session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        user = getattr(request, "user", None)
        if session is not None and user is not None and user.is_authenticated \
                and session.get(SHARED_KEY):
            now = int(time.time())
            seen = session.get(SEEN_KEY) or 0
            if now - seen > conf.SHARED_DEVICE_IDLE_SECONDS:
                logout(request)  # flushes the session, sends sessions_changed; now anonymous
            elif now - seen >= SEEN_RESOLUTION_SECONDS:
                session[SEEN_KEY] = now
        return self.get_response(request)
