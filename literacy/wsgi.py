"""WSGI entry point for plain HTTP in production (gunicorn); websockets go to asgi.py."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "literacy.settings.production")

application = get_wsgi_application()
