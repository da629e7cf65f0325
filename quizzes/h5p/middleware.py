"""Keep the H5P origin for package files only.

The same server answers both origins in development; on the H5P host nothing of the site
(pages, admin, results endpoint) is served, so a package's script has nothing to reach
there and no session cookie is ever set for that host.
"""

from django.conf import settings
from django.http import HttpResponseNotFound

from .embed import h5p_host

ALLOWED_PREFIXES = ("/h5p/p/", "/h5p/lib/")


class H5POriginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = h5p_host()
        if host and request.get_host().lower() == host:
            path = request.path
            if not (path.startswith(ALLOWED_PREFIXES) or path.startswith(settings.STATIC_URL)):
                return HttpResponseNotFound("not found\n", content_type="text/plain")
        return self.get_response(request)
