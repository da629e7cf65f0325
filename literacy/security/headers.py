"""Response headers that keep the browser on the site's side: CSP and Permissions-Policy.

The other headers come from Django's SecurityMiddleware, configured in the site settings:
X-Content-Type-Options, Referrer-Policy: same-origin, Cross-Origin-Opener-Policy, HSTS.
"""

import re

from asgiref.sync import iscoroutinefunction
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.utils.decorators import sync_and_async_middleware
from wagtail import hooks

from ..static_bundle import critical_css_hash
from . import conf
from .uploads import is_uploaded_file_path, uploaded_file_headers

ADMIN_PATH = re.compile(r"^/admin/")


FRAME_SOURCES_HOOK = "basira_csp_frame_sources"


def frame_sources() -> list[str]:
    """Where pages may frame content from: the origins the apps' "basira_csp_frame_sources"
    hooks name (quizzes: its H5P origin), else only this site. Read per request (the
    environment may set an app's origin)."""
    sources = {source for fn in hooks.get_hooks(FRAME_SOURCES_HOOK) for source in fn()}
    return sorted(sources) or ["'self'"]


def _with_frame_sources(config: dict) -> dict:
    """frame-src and connect-src gain the origins the apps' hooks name (quizzes: the H5P
    origin): pages frame the player there and fetch the player's files from there for it
    (quizzes/h5p/player.py: a sandboxed frame gets no HTTP cache of its own). Never
    script-src: the site runs none of that code, and never 'unsafe-eval' (guarded by
    tests/quizzes/test_h5p_player.py::test_only_the_player_frame_allows_eval, which
    covers a lesson page framing the player, and
    tests/literacy/test_security_headers.py::test_site_pages_have_a_strict_content_security_policy)."""
    sources = [source for source in frame_sources() if source != "'self'"]
    config["frame-src"] = sorted({*config.get("frame-src", ["'self'"]), *sources})
    config["connect-src"] = sorted({*config.get("connect-src", ["'self'"]), *sources})
    return config


def _with_critical_css(config: dict) -> dict:
    """style-src gains the hash of the inline critical CSS (literacy/static_bundle.py): that
    exact text and no other inline style (guarded by tests/literacy/test_compression.py::
    test_critical_css_is_inline_and_allowed_by_its_hash)."""
    source = critical_css_hash()
    if source:
        config["style-src"] = [*config.get("style-src", ["'self'"]), source]
    return config


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the two things a static settings dict cannot say.

    - ``frame-src`` is what the apps' hooks name (``frame_sources``: quizzes adds its H5P
      origin), read at request time;
    - the Wagtail admin gets ``ADMIN_CONTENT_SECURITY_POLICY`` (it needs inline scripts and
      styles; see the site settings), every other page the strict site policy.

    Per-view decorators of django-csp (``csp_update``, ``csp_replace``, ``csp_exempt``) still
    apply on top. Uploaded files (documents, media) get a sandboxing policy instead: see
    literacy/security/uploads.py.
    """

    def process_response(self, request, response):
        if is_uploaded_file_path(request.path_info):
            return uploaded_file_headers(response)
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if parts.config is None:
            if ADMIN_PATH.match(request.path_info):
                # Previews and "view draft" are admin pages that play H5P activities.
                parts.config = _with_frame_sources(
                    dict(settings.ADMIN_CONTENT_SECURITY_POLICY))
            else:
                parts.config = dict(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])
                parts.config["frame-src"] = frame_sources()
                parts.config = _with_frame_sources(parts.config)
                parts.config = _with_critical_css(parts.config)
        return parts


def _add_permissions_policy(response):
    policy = conf.PERMISSIONS_POLICY
    if policy and "Permissions-Policy" not in response:
        response["Permissions-Policy"] = policy
    return response


@sync_and_async_middleware
def PermissionsPolicyMiddleware(get_response):  # noqa: N802 - a middleware factory
    """Switches off browser features (camera, microphone, geolocation, …) on every page.

    Works natively under WSGI and ASGI (no thread hand-off under daphne)."""
    if iscoroutinefunction(get_response):

        async def middleware(request):
            return _add_permissions_policy(await get_response(request))

    else:

        def middleware(request):
            return _add_permissions_policy(get_response(request))

    return middleware
