"""Sends users who owe a second factor to set it up or to enter a code.

Two rules, checked on every request after django-otp's ``OTPMiddleware``:

1. A signed-in user who has an authenticator but has not entered a code in this session is
   only half signed in: every page except the verify page, sign-out and assets sends them to
   the verify page (this is how optional 2FA protects a learner who turned it on).
2. On protected paths (``LITERACY_TWO_FACTOR_PROTECTED_PATHS``: the Wagtail admin and the
   facilitator area) a user in a staff role without an authenticator is sent to set one up.
"""

import re
from functools import lru_cache

from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode

from . import conf
from .twofactor import has_two_factor, is_verified, requires_two_factor


@lru_cache(maxsize=8)
def _compiled(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)")


def _matches(setting: str, path: str) -> bool:
    return bool(_compiled(tuple(getattr(conf, setting))).search(path))


def is_protected_path(path: str) -> bool:
    return _matches("TWO_FACTOR_PROTECTED_PATHS", path)


def redirect_to(view_name: str, request) -> HttpResponseRedirect:
    url = reverse(f"security:{view_name}")
    return HttpResponseRedirect(f"{url}?{urlencode({'next': request.get_full_path()})}")


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self._intercept(request)
        return response or self.get_response(request)

    def _intercept(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or is_verified(user):
            return None
        path = request.path_info
        # Cheapest question first: most signed-in users owe nothing, and resolving the
        # path to find an exempt view costs more than the rest of this check.
        if has_two_factor(user):
            destination = "verify"
        elif is_protected_path(path) and requires_two_factor(user):
            destination = "setup"
        else:
            return None
        if _matches("TWO_FACTOR_EXEMPT_PATHS", path) or self._exempt_view(path):
            return None
        return redirect_to(destination, request)

    @staticmethod
    def _exempt_view(path: str) -> bool:
        try:
            match = resolve(path)
        except Resolver404:
            return False
        if match.namespace == "security" and match.url_name in ("verify", "setup"):
            # setup refuses users who already have an authenticator (see the view).
            return True
        return match.url_name in conf.TWO_FACTOR_EXEMPT_URL_NAMES
