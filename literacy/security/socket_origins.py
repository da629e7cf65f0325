"""Which pages may open Basira's websockets: the site's own, never the H5P origin.

Channels' ``AllowedHostsOriginValidator`` accepts every host of ``ALLOWED_HOSTS``, and the
H5P origin is one of them (the same server under another name). Strangers' H5P
JavaScript runs there in a sandboxed frame, so a socket opened from that origin must be
refused whatever the host list says. The list is read at each connection, so settings
changed at run time (tests) apply.
"""

from urllib.parse import urlsplit

from channels.security.websocket import OriginValidator
from django.conf import settings

from . import conf

DEBUG_HOSTS = ["localhost", "127.0.0.1", "[::1]"]


def h5p_host() -> str | None:
    origin = (getattr(settings, "QUIZZES_H5P_ORIGIN", "") or "").strip()
    return (urlsplit(origin).hostname or None) if origin else None


def allowed_origins() -> list[str]:
    """``LITERACY_WEBSOCKET_ORIGINS``, else ``ALLOWED_HOSTS`` less the H5P host."""
    if conf.WEBSOCKET_ORIGINS is not None:
        return list(conf.WEBSOCKET_ORIGINS)
    hosts = list(settings.ALLOWED_HOSTS)
    if settings.DEBUG and not hosts:
        hosts = list(DEBUG_HOSTS)
    refused = h5p_host()
    return [host for host in hosts if host.lower() != refused]


class SiteOriginValidator(OriginValidator):
    """Refuses a websocket whose Origin is not one of ``allowed_origins()``, and always
    one from the H5P origin's host (even under a wildcard such as ``*`` or
    ``.basira.example``). Guards tested by tests/literacy/test_socket_origins.py:
    test_a_socket_from_the_h5p_origin_is_refused (the default list) and
    test_the_h5p_origin_is_refused_under_a_wildcard_host (the H5P host refused)."""

    def __init__(self, application):
        super().__init__(application, allowed_origins=[])

    def valid_origin(self, parsed_origin):
        if parsed_origin is None or parsed_origin.hostname is None:
            return False
        if parsed_origin.hostname == h5p_host():
            return False
        return any(pattern == "*" or self.match_allowed_origin(parsed_origin, pattern)
                   for pattern in allowed_origins())
