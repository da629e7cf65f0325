"""Login throttling keyed on the username *and* the client.

Someone who knows a person's pseudonym can lock that pseudonym out only from their own
network, never from everywhere: after ``LITERACY_LOGIN_FAILURE_LIMIT`` failures for one
(username, client) pair, that pair is refused for ``LITERACY_LOGIN_LOCKOUT_SECONDS``, while the
same username from any other client still signs in.

Nothing about the client is stored: the cache key is an HMAC (keyed with SECRET_KEY) of the
normalised username and the client address, the value a counter that expires by itself.
There is no database row, no log line and no user agent.

Works with every login view that calls ``django.contrib.auth.authenticate`` with the request
(Django's, Wagtail's admin login, the accounts app's): ``LoginThrottleBackend`` comes first in
``AUTHENTICATION_BACKENDS`` and refuses locked pairs before any password is checked; the
``user_login_failed`` / ``user_logged_in`` signals count and reset; ``LoginLockoutMiddleware``
turns a refused attempt into a translated 429 page.
"""

import ipaddress
import unicodedata

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.shortcuts import render
from django.utils.crypto import salted_hmac

from . import conf

LOCKED_ATTRIBUTE = "_basira_login_locked"


def client_address(request) -> str:
    """The client's address as the last trusted proxy saw it; IPv6 by /64 (one subscriber
    usually holds a whole /64, so single addresses would give an attacker endless clients)."""
    address = request.META.get("REMOTE_ADDR", "")
    proxies = conf.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address[:64]
    if ip.version == 6 and ip.ipv4_mapped is None:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(getattr(ip, "ipv4_mapped", None) or ip)


def normalise_username(username: str) -> str:
    return unicodedata.normalize("NFKC", str(username or "")).casefold().strip()


def throttle_key(request, username: str) -> str:
    digest = salted_hmac(
        "literacy.security.throttle",
        f"{normalise_username(username)}\x00{client_address(request)}",
        algorithm="sha256",
    ).hexdigest()
    return f"basira:login-throttle:{digest}"


def _username_from(credentials: dict) -> str:
    field = get_user_model().USERNAME_FIELD
    return credentials.get(field) or credentials.get("username") or ""


def is_locked(request, username: str) -> bool:
    return (cache.get(throttle_key(request, username)) or 0) >= conf.LOGIN_FAILURE_LIMIT


def count_failure(key: str, timeout: int) -> int:
    """One more failure under ``key``; the count lasts ``timeout`` from the latest one."""
    cache.add(key, 0, timeout)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout)
        count = 1
    cache.touch(key, timeout)
    return count


def record_failure(request, username: str) -> int:
    return count_failure(throttle_key(request, username), conf.LOGIN_LOCKOUT_SECONDS)


def reset(request, username: str) -> None:
    cache.delete(throttle_key(request, username))


def lockout_minutes(seconds: int | None = None) -> int:
    """How long a lock-out lasts, in whole minutes as people are told it."""
    return max(1, round((conf.LOGIN_LOCKOUT_SECONDS if seconds is None else seconds) / 60))


class CodeThrottle:
    """Wrong codes typed by a signed-in person (a live quiz's code, a cohort's join code),
    counted like failed sign-ins: after ``limit()`` failures within ``seconds()`` of the
    latest one, that person is refused for that long.

    Keyed on the person, not the client: a whole class behind one connection must not
    lock each other out. As for sign-in, the cache key is a keyed hash (nothing in it
    names the person or their address) and the counter expires by itself.
    Guarded by tests/quizzes/test_live_code_throttle.py (live codes, typed or in a URL)
    and tests/courses/test_cohort_join.py::test_repeated_wrong_codes_are_rate_limited.
    """

    def __init__(self, scope: str, *, limit=None, seconds=None):
        self.scope = scope
        self.limit = limit or (lambda: conf.LOGIN_FAILURE_LIMIT)
        self.seconds = seconds or (lambda: conf.LOGIN_LOCKOUT_SECONDS)

    def _key(self, user) -> str:
        digest = salted_hmac(f"literacy.security.throttle.{self.scope}", str(user.pk),
                             algorithm="sha256").hexdigest()
        return f"basira:code-throttle:{digest}"

    def is_locked(self, user) -> bool:
        return (cache.get(self._key(user)) or 0) >= self.limit()

    def record_failure(self, user) -> int:
        return count_failure(self._key(user), self.seconds())

    def forget(self, user) -> None:
        cache.delete(self._key(user))

    def minutes(self) -> int:
        return lockout_minutes(self.seconds())


class LoginThrottleBackend:
    """Refuses a locked (username, client) pair before any other backend sees the password.

    Authenticates nobody itself; without a request (``Client.login`` in tests, scripts) it
    steps aside. Deliberately not a ``BaseBackend``: without ``get_user`` it is never chosen
    as the backend of a session (``force_login`` takes the first backend that has one).
    """

    def authenticate(self, request, username=None, **credentials):
        if request is None:
            return None
        username = username or _username_from(credentials)
        if username and is_locked(request, username):
            setattr(request, LOCKED_ATTRIBUTE, True)
            raise PermissionDenied
        return None


@receiver(user_login_failed, dispatch_uid="literacy.security.throttle.failed")
def _count_failure(sender, credentials, request=None, **kwargs):
    username = _username_from(credentials)
    if request is not None and username:
        record_failure(request, username)


@receiver(user_logged_in, dispatch_uid="literacy.security.throttle.succeeded")
def _reset_on_success(sender, request, user, **kwargs):
    if request is not None:
        reset(request, user.get_username())


class LoginLockoutMiddleware:
    """Shows the translated lockout page (429) instead of the login form's generic error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, LOCKED_ATTRIBUTE, False):
            response = render(
                request, "literacy/security/locked_out.html", {"minutes": lockout_minutes()},
                status=429
            )
            response["Retry-After"] = str(conf.LOGIN_LOCKOUT_SECONDS)
        return response
