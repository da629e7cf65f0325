"""Basira's websocket routes (live cohort dashboards), for a host site's ASGI application:

    SiteOriginValidator(AuthMiddlewareStack(URLRouter(basira.routing.websocket_urlpatterns)))

(``literacy.security.socket_origins.SiteOriginValidator``: the site's own origins only,
never the H5P origin, which channels' AllowedHostsOriginValidator would accept.)

Import it after ``get_asgi_application()`` (the consumers import models).
"""

from courses.routing import websocket_urlpatterns as courses_ws
from quizzes.routing import websocket_urlpatterns as quizzes_ws

websocket_urlpatterns = [*courses_ws, *quizzes_ws]
