"""Which pages may open Basira's websockets: the site's own, never an untrusted origin.

Channels' ``AllowedHostsOriginValidator`` accepts every host of ``ALLOWED_HOSTS``, and an
app's untrusted origin may be one of them (quizzes' H5P origin: the same server under
another name, where strangers' H5P JavaScript runs in a sandboxed frame). The apps name
such origins with the "basira_untrusted_origins" hook; a socket opened from one is
refused whatever the host list says. The list is read at each connection, so settings
changed at run time (tests) apply.
"""

from urllib.parse import urlsplit

from channels.security.websocket import OriginValidator
from django.conf import settings
from wagtail import hooks

from . import conf

DEBUG_HOSTS = ["localhost", "127.0.0.1", "[::1]"]


UNTRUSTED_ORIGINS_HOOK = "basira_untrusted_origins"


def untrusted_hosts() -> set[str]:
    """The host names of the origins the apps' "basira_untrusted_origins" hooks name."""
    origins = (origin for fn in hooks.get_hooks(UNTRUSTED_ORIGINS_HOOK) for origin in fn())
    return {host for host in (urlsplit(origin.strip()).hostname for origin in origins)
            if host}


def allowed_origins() -> list[str]:
    """``LITERACY_WEBSOCKET_ORIGINS``, else ``ALLOWED_HOSTS`` less the untrusted hosts."""
    if conf.WEBSOCKET_ORIGINS is not None:
        return list(conf.WEBSOCKET_ORIGINS)
    hosts = list(settings.ALLOWED_HOSTS)
    if settings.DEBUG and not hosts:
        hosts = list(DEBUG_HOSTS)
    refused = untrusted_hosts()
    return [host for host in hosts if host.lower() not in refused]


class SiteOriginValidator(OriginValidator):
    """Refuses a websocket whose Origin is not one of ``allowed_origins()``, and always
    one from an untrusted origin's host (the H5P origin's) (even under a wildcard such as ``*`` or
    ``.basira.example``). Guards tested by tests/literacy/test_socket_origins.py:
    test_a_socket_from_the_h5p_origin_is_refused (the default list) and
    test_the_h5p_origin_is_refused_under_a_wildcard_host (the H5P host refused)."""

    def __init__(self, application):
        super().__init__(application, allowed_origins=[])

    def valid_origin(self, parsed_origin):
        if parsed_origin is None or parsed_origin.hostname is None:
            return False
        if parsed_origin.hostname in untrusted_hosts():
            return False
        return any(pattern == "*" or self.match_allowed_origin(parsed_origin, pattern)
                   for pattern in allowed_origins())
