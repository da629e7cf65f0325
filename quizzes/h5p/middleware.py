"""Keep the H5P origin for package files only, and H5P's 404s as 404s.

The same server answers both origins in development; on the H5P host nothing of the site
(pages, admin, results endpoint) is served, so a package's script has nothing to reach
there and no session cookie is ever set for that host.

LocaleMiddleware answers a 404 outside the language prefix with a redirect to
``/<language>/…`` (every path is "valid" under Wagtail's catch-all); for /h5p/ URLs,
which have no language, that redirect is turned back into the 404 it was.

Library files are the same for every visitor: the ``Vary: Cookie`` and ``Vary:
Accept-Language`` that the session and locale middlewares add (a lazy user or session was
touched, the language was resolved) would make every browser and proxy keep one copy per
cookie, and the private-pages ``no-store`` (meant for a signed-in learner's pages) would
keep none; those responses get back the Cache-Control and Vary they set
(``library_files.mark_public``, tests/quizzes/test_h5p_player.py::
test_library_files_are_cached_once_for_everyone).
"""

from django.conf import settings
from django.http import HttpResponseNotFound

from .embed import h5p_host
from .library_files import PUBLIC

# /h5p/forget/: "forget this device" clearing this origin (views.forget).
ALLOWED_PREFIXES = ("/h5p/p/", "/h5p/lib/", "/h5p/forget/")


def _not_found():
    return HttpResponseNotFound("not found\n", content_type="text/plain")


class H5POriginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = h5p_host()
        on_h5p_host = bool(host) and request.get_host().lower() == host
        path = request.path
        if on_h5p_host and not (
            path.startswith(ALLOWED_PREFIXES) or path.startswith(settings.STATIC_URL)
        ):
            return _not_found()
        response = self.get_response(request)
        public = getattr(response, PUBLIC, None)
        if public is not None:
            del response["Expires"]
            for header, value in public.items():
                del response[header]
                if value:
                    response[header] = value
        if path.startswith("/h5p/") and response.status_code in (301, 302, 307, 308):
            location = response.get("Location", "")
            if on_h5p_host or location.endswith(path) and location != path:
                return _not_found()
        return response
