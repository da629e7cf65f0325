"""The site's URLs plus /media/, for browser tests that need the uploaded images (the
live test server serves static files only, and production leaves /media/ to the web
server)."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from literacy.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]
