"""Tor Browser users: a site that also runs as an onion service says so in an
``Onion-Location`` header on its pages, and Tor Browser offers to switch to the .onion
address (README, "Tor and onion services"). Set ``LITERACY_ONION_LOCATION`` to
``http://<address>.onion``; the header then names the same path there."""

from .. import conf


class OnionLocationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        onion = (conf.ONION_LOCATION or "").rstrip("/")
        if onion and response.get("Content-Type", "").startswith("text/html"):
            response["Onion-Location"] = onion + request.get_full_path()
        return response
