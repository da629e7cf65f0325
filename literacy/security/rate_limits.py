"""Rate limits on what costs the server or reaches someone else: signing up (a password
hash), recovering an account (a hash, an e-mail), starting and submitting quizzes, H5P
results, live answers, facilitators' exports and donor reports.

    @rate_limited("signup", key=by_client)              # counts POSTs
    @rate_limited("export", methods=None)               # counts every request

Each scope allows ``count`` requests per ``seconds`` (``LITERACY_RATE_LIMITS``, defaults in
``conf.py``) per person when someone is signed in, per client otherwise. The window is
fixed (counted from the clock, so ``Retry-After`` is exact) and the counter expires with
it. As for the sign-in throttle (``throttle.py``), nothing is stored about anyone: the
cache key is an HMAC (SECRET_KEY) of the scope and the identity (user id, client address,
pseudonym typed), its value a number. A refused request reaches no view: nothing is
created, attempted or sent; it gets a translated 429 page (or ``{"error": ...}`` for JSON
endpoints) with ``Retry-After``.

With the cache unreachable the counters do not count (``literacy/redis_cache.py``): limits are
off rather than refusing everyone.

Guarded by one test per decorated view (removing any decorator fails it):
tests/literacy/test_rate_limits.py (sign-up, recovery by code and by e-mail;
::test_keys_name_nobody for the keys, ::test_showing_the_signup_form_does_not_count for
GETs, ::test_recovery_past_the_limit_changes_nothing for the (name, client) key),
tests/quizzes/test_rate_limits.py (start, submission, H5P results, live answers by POST
and by socket, which counts with ``RateLimit.count(of_user(user))`` as the H5P state saves
do, keyed by their token's learner) and
tests/courses/test_cohort_rate_limits.py (exports, cohort and organisation reports).
"""

import math
import time
from functools import wraps

from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import conf
from .throttle import client_address, normalise_username


def by_client(request) -> str:
    """The client (address, IPv6 by /64, as the sign-in throttle sees it)."""
    return f"client\x00{client_address(request)}"


def of_user(user) -> str:
    """A person's identity for the counters (where there is no request: a websocket)."""
    return f"user\x00{user.pk}"


def by_user(request) -> str:
    """The signed-in person; a visitor who is not signed in counts by client."""
    if request.user.is_authenticated:
        return of_user(request.user)
    return by_client(request)


def by_name_typed(field: str):
    """The name typed in ``field`` (pseudonym, e-mail) from this client: as for sign-in,
    someone who knows a person's name can hold that name back only on their own network."""
    def key(request) -> str:
        return f"name\x00{normalise_username(request.POST.get(field, ''))}\x00{by_client(request)}"
    return key


class RateLimit:
    """The counter of one scope. ``hit`` counts a request and says whether it may go on."""

    def __init__(self, scope: str):
        if scope not in conf.DEFAULTS["RATE_LIMITS"]:
            raise ValueError(f"unknown rate limit scope {scope!r}")
        self.scope = scope

    def limit(self) -> tuple[int, int] | None:
        """(count, seconds), or None when switched off. Settings name only what they change."""
        return {**conf.DEFAULTS["RATE_LIMITS"], **conf.RATE_LIMITS}[self.scope]

    def _key(self, identity: str, window: int) -> str:
        digest = salted_hmac(f"literacy.security.rate_limits.{self.scope}", identity,
                             algorithm="sha256").hexdigest()
        return f"basira:rate:{self.scope}:{window}:{digest}"

    def hit(self, request, key=by_user) -> int | None:
        """Count this request: None if it may go on, else the seconds until it may."""
        return self.count(key(request))

    def count(self, identity: str) -> int | None:
        """``hit`` for an identity made already (``of_user`` on a websocket)."""
        limit = self.limit()
        if limit is None:
            return None
        count, seconds = limit
        now = time.time()
        window = int(now // seconds)
        cache_key = self._key(identity, window)
        try:
            used = _count(cache_key, seconds + 1)
        except ValueError:  # expired between add and incr, or the cache is unreachable
            cache.set(cache_key, 1, seconds + 1)
            used = 1
        if used <= count:
            return None
        return max(1, math.ceil((window + 1) * seconds - now))


def _count(cache_key: str, timeout: int) -> int:
    """The window's counter after this request: one round trip on Redis
    (``TolerantRedisCache.incr_in_window``), ``add`` then ``incr`` on other caches."""
    counter = getattr(cache, "incr_in_window", None)
    if counter is not None:
        return counter(cache_key, timeout)
    cache.add(cache_key, 0, timeout)
    return cache.incr(cache_key)


def refusal_message(retry_after: int) -> str:
    """When to try again, in the active language."""
    minutes = max(1, math.ceil(retry_after / 60))
    return ngettext(
        "Too many requests in a short time. Please wait %(minutes)d minute and try again.",
        "Too many requests in a short time. Please wait %(minutes)d minutes and try again.",
        minutes) % {"minutes": minutes}


def refusal(request, retry_after: int, *, as_json: bool = False):
    """The 429 answer, in the request's language."""
    message = refusal_message(retry_after)
    if as_json:
        response = JsonResponse({"error": message}, status=429)
    else:
        response = render(request, "literacy/security/rate_limited.html", {
            "title": _("Too many requests"), "message": message}, status=429)
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


def rate_limited(scope: str, *, key=by_user, methods=("POST",), as_json: bool = False):
    """Count the requests of ``methods`` (None: every request) under ``scope``; past the
    limit, answer 429 before the view runs. Put it below the decorators that sign in."""
    limit = RateLimit(scope)

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if methods is None or request.method in methods:
                retry_after = limit.hit(request, key)
                if retry_after is not None:
                    return refusal(request, retry_after, as_json=as_json)
            return view(request, *args, **kwargs)
        return wrapper

    return decorate
