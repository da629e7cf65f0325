"""ASGI entry point: HTTP through Django, websockets (/ws/…) through Channels."""

import gc
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "literacy.settings.dev")

# Django must be set up before the consumers (and their models) are imported.
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402

from basira.routing import websocket_urlpatterns  # noqa: E402
from literacy import conf as literacy_conf  # noqa: E402
from literacy.security.body_limits import BodyLimitASGI  # noqa: E402
from literacy.security.socket_origins import SiteOriginValidator  # noqa: E402

application = ProtocolTypeRouter(
    {
        # Bodies counted while they arrive and cut at the URL's limit: Django's handler
        # reads a whole body before any middleware (literacy/security/body_limits.py).
        "http": BodyLimitASGI(django_asgi_app),
        # The site's own pages only: never the H5P origin, though it is an allowed host.
        "websocket": SiteOriginValidator(
            AuthMiddlewareStack(URLRouter(websocket_urlpatterns))
        ),
    }
)
# The collector's full passes held a socket server's loop 200-450 ms every few cohort
# events (each event allocates per socket: 300 dashboards, 300 tasks and messages), so
# the events around one reached their dashboards that much later (bench cohort_ws,
# bench/README.md). What is loaded so far (Django, Wagtail, the URL and template
# machinery) lives as long as the process: frozen, full passes stop walking it; and they
# come a hundred times less often (the third threshold: 10 -> 1000 middle passes). The
# young generations are collected as before, so short-lived cycles still go at once.
# LITERACY_SOCKET_SERVER_GC (on but in the test settings).
if literacy_conf.SOCKET_SERVER_GC:
    gc.freeze()
    gc.set_threshold(700, 10, 1000)
