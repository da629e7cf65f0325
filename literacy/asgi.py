"""ASGI entry point: HTTP through Django, websockets (/ws/…) through Channels."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "literacy.settings.dev")

# Django must be set up before the consumers (and their models) are imported.
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402

from basira.routing import websocket_urlpatterns  # noqa: E402
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
