"""Basira's websocket routes (live cohort dashboards), for a host site's ASGI application:

    URLRouter(basira.routing.websocket_urlpatterns)   # inside AuthMiddlewareStack

Import it after ``get_asgi_application()`` (the consumers import models).
"""

from courses.routing import websocket_urlpatterns as courses_ws
from quizzes.routing import websocket_urlpatterns as quizzes_ws

websocket_urlpatterns = [*courses_ws, *quizzes_ws]
