"""Settings of the security features, with their defaults, read lazily (``conf.NAME``).

Every name is ``LITERACY_<NAME>`` in the Django settings.
"""

import re

from ..app_settings import AppSettings

KB = 1024
MB = 1024 * KB

DEFAULTS = {
    # Store IP addresses and user agents (nowhere, by default). Nothing in Basira writes
    # them to the database; the login throttle keys the cache on a keyed hash of the client.
    "STORE_CLIENT_DATA": False,
    # Members of these groups (and staff, superusers, anyone who may open the Wagtail admin)
    # must use two-factor authentication.
    "TWO_FACTOR_REQUIRED_GROUPS": ("Editors", "Moderators", "Facilitators", "Coordinators"),
    # Paths (regular expressions matched against the path) where those users must have
    # verified a second factor in this session: the Wagtail admin and the facilitator area.
    "TWO_FACTOR_PROTECTED_PATHS": (r"^/admin/", r"^/[a-z]{2}(?:-[a-z]+)?/facilitate/"),
    # Paths that never need a second factor (signing in and out of the admin, assets).
    "TWO_FACTOR_EXEMPT_PATHS": (
        r"^/admin/login/", r"^/admin/logout/", r"^/static/", r"^/media/", r"^/healthz$",
    ),
    # URL names a half-signed-in user may still reach (to sign out, or read the policy).
    "TWO_FACTOR_EXEMPT_URL_NAMES": ("logout", "account_logout", "wagtailadmin_logout", "privacy"),
    # Login throttle: this many failures for one username from one client locks that pair.
    "LOGIN_FAILURE_LIMIT": 5,
    "LOGIN_LOCKOUT_SECONDS": 15 * 60,
    # Codes typed by signed-in people (a live quiz's code): this many wrong ones pause that
    # person for this long (literacy.security.throttle.CodeThrottle). Milder than sign-in:
    # a learner who mistypes in a workshop must not miss the quiz.
    "CODE_FAILURE_LIMIT": 10,
    "CODE_LOCKOUT_SECONDS": 5 * 60,
    # Rate limits (literacy/security/rate_limits.py): scope -> (requests, seconds) per
    # person, or per client for anonymous forms; None switches a scope off. A setting
    # names only the scopes it changes. Chosen so a real learner never meets them and a
    # flood is cut short:
    "RATE_LIMITS": {
        # Per client: a workshop of 40 behind one NAT signs up within minutes, so an hour
        # must hold them all (and latecomers); a script that signed up 30 in 21 s (a
        # password hash each, ~5,000 an hour) gets 60.
        "signup": (60, 60 * 60),
        # Recovery (codes and reset by e-mail): per client, as sign-up (a class that
        # forgot its passwords), and per pseudonym or e-mail typed from that client, so
        # that nobody can lock a person out from everywhere (as for sign-in), nor fill
        # their inbox with reset links.
        "recovery": (60, 60 * 60),
        "recovery_name": (10, 60 * 60),
        # Per person: a human takes minutes over a quiz; even one-question checks answered
        # and retaken in a hurry stay far below one every 10 s.
        "quiz_start": (30, 5 * 60),
        "submission": (30, 5 * 60),
        # H5P reports a result per check or retry of an activity.
        "h5p_result": (60, 5 * 60),
        # H5P saves where the learner was every 30 s and at some interactions (the frame's
        # state endpoint, keyed by the learner its token names): a few a minute per
        # activity open; 300 in 5 minutes leaves room for several tabs.
        "h5p_state": (300, 5 * 60),
        # An activity that cannot start is reported once per view of the lesson.
        "h5p_failure": (30, 5 * 60),
        # A live question lasts seconds; changing one's mind a few times is fine.
        "live_answer": (60, 60),
        # Facilitators' exports and donor reports (cohort and organisation, HTML and
        # XLSX): each reads every attempt of the cohorts, a person reads a few at a time.
        "export": (20, 10 * 60),
        "report": (20, 10 * 60),
    },
    # Reverse proxies in front of Django that append to X-Forwarded-For (0: use REMOTE_ADDR).
    "TRUSTED_PROXY_COUNT": 0,
    # Permissions-Policy: browser features no Basira page uses, switched off.
    "PERMISSIONS_POLICY": (
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
        "encrypted-media=(), geolocation=(), gyroscope=(), magnetometer=(), "
        "microphone=(), midi=(), payment=(), publickey-credentials-get=(), "
        "screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()"
    ),
    # How long the operator keeps server logs (stated on the privacy page; rotate to match).
    "LOG_RETENTION_DAYS": 14,
    # Recovery codes made for a learner at a time.
    "RECOVERY_CODE_COUNT": 10,
    # A sign-in on a shared device ends when the browser closes, and on the server after
    # this long without a request (literacy/security/shared_devices.py).
    "SHARED_DEVICE_IDLE_SECONDS": 30 * 60,
    # Origins whose pages may open Basira's websockets (host names, or scheme://host[:port]
    # patterns as in channels' OriginValidator). None: ALLOWED_HOSTS less the H5P origin's
    # host, which is always refused (literacy/security/socket_origins.py).
    "WEBSOCKET_ORIGINS": None,
    # Largest request body (bytes) on any URL not given more below, refused from its
    # Content-Length before anything reads it (literacy/security/body_limits.py). The
    # largest honest learner body is an H5P state: 64 KB of JSON (QUIZZES_H5P_STATE_MAX_BYTES)
    # form-encoded to at most three times that; quiz forms stop at 64 KB in their view.
    # Guarded by tests/literacy/test_body_limits.py::test_every_url_refuses_a_body_over_its_limit.
    "REQUEST_BODY_LIMIT": 512 * KB,
    # More for some URLs: {URL name pattern (fnmatch, "namespace:name"): bytes}. Wagtail's
    # upload and editor URLs get theirs from the upload settings, plugins theirs from the
    # ``basira_request_body_limits`` hook; entries here are added to (and win over) both.
    "REQUEST_BODY_LIMITS": {},
    # Bytes of images, documents and plugins' uploads (H5P packages) one editor may have
    # uploaded in all; None for no quota. Superusers are exempt.
    "STORAGE_QUOTA_BYTES": 500 * MB,
}


def parse_rate_limits(text: str) -> dict[str, tuple[int, int]]:
    """``"submission=100000/60,export=40/600"`` as ``RATE_LIMITS`` overrides (the form
    production settings read from ``BASIRA_RATE_LIMITS``). Strict: an unknown scope, a
    missing part or a count or period that is not a positive whole number is a
    ValueError naming it, so a typo stops the start instead of leaving a limit off."""
    limits = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        match = re.fullmatch(r"([a-z_]+)\s*=\s*([0-9]+)\s*/\s*([0-9]+)", item, re.ASCII)
        if not match or not int(match[2]) or not int(match[3]):
            raise ValueError(f"rate limit {item!r} is not scope=count/seconds")
        if match[1] not in DEFAULTS["RATE_LIMITS"]:
            raise ValueError(f"unknown rate limit scope {match[1]!r}")
        limits[match[1]] = (int(match[2]), int(match[3]))
    return limits


app_settings = AppSettings("LITERACY", DEFAULTS)
__getattr__ = app_settings.module_getattr
