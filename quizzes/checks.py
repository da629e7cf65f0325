"""System checks of the quizzes app, registered by its AppConfig.ready with the core's
``BASIRA`` tag (so the admin's dashboard lists them beside the core's).

    basira.W003  no H5P origin      basira.E007  H5P origin = site origin
    basira.E008  H5P origin malformed
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks

from literacy.checks import BASIRA

from . import conf


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else ""


@checks.register(checks.Tags.security, BASIRA)
def check_h5p_origin(app_configs=None, **kwargs):
    configured = conf.H5P_ORIGIN or ""
    if not configured:
        return [
            checks.Warning(
                "QUIZZES_H5P_ORIGIN is not set: H5P activities are not played (lessons show "
                "a notice instead); Basira never runs H5P packages on the site's own origin.",
                hint="Set QUIZZES_H5P_ORIGIN to a second origin that reaches this server "
                "(for example 'https://h5p.example.org'), never the site's own.",
                id="basira.W003",
            )
        ]
    origin = _origin(configured)
    if not origin or origin != configured.rstrip("/").lower():
        return [
            checks.Error(
                f"QUIZZES_H5P_ORIGIN is {configured!r}, which is not an origin.",
                hint="Give scheme and host only, for example 'https://h5p.example.org'.",
                id="basira.E008",
            )
        ]
    site = _origin(getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "")
    if origin == site:
        return [
            checks.Error(
                f"QUIZZES_H5P_ORIGIN ({configured}) is the site's own origin: H5P packages "
                "(anyone's JavaScript) would run next to learners' sessions.",
                hint="Serve H5P from another host name (e.g. h5p.<your domain>) pointing to "
                "the same server, and set QUIZZES_H5P_ORIGIN to it.",
                id="basira.E007",
            )
        ]
    return []
