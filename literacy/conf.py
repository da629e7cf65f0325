"""Settings of the core app (prefixed ``LITERACY_``), with their defaults, read lazily.

``conf.HOME_PAGE_CREATABLE`` reads ``settings.LITERACY_HOME_PAGE_CREATABLE`` or the default
(``literacy.app_settings.AppSettings``, the one helper every app's conf.py uses).
The security features' settings share the prefix; their defaults live in security/conf.py
and are listed here too (``ALL_DEFAULTS``) for the README's table.
"""

from .app_settings import AppSettings
from .security.conf import DEFAULTS as SECURITY_DEFAULTS

DEFAULTS = {
    # Whether editors may create Basira's own home page (literacy.HomePage). A host site has
    # its own home page, so Basira's is hidden from the page-type list unless this is True.
    "HOME_PAGE_CREATABLE": False,
    # Digits of the Arabic interface: "latn" (0-9) or "arab" (Arabic-Indic ٠-٩). Western
    # digits by default: the Maghreb and most Arabic news sites use them, and so do the
    # numbers learners meet in URLs, codes, posts and what they type (docs/design.md).
    "ARABIC_DIGITS": "latn",
    # Where a visitor starts and where a new learner lands after saving their recovery
    # codes: a URL or URL name (the site names the course catalogue; the core knows none).
    "CATALOGUE_URL": "/",
    # Live events (dashboards, live quizzes) leave a learner's request at once and are sent
    # by a thread of their own (literacy/channel_handoff.py): each send is given up after
    # this many seconds, and events beyond this many waiting are dropped (pages catch up).
    "EVENT_SEND_SECONDS": 2.0,
    "EVENT_QUEUE_SIZE": 1000,
    # Connections to Redis per process and event loop of the channel layer, and how long a
    # command waits for one when all are busy (literacy/channel_layer.py): a burst of sends
    # waits its turn instead of failing past redis-py's 100.
    "REDIS_MAX_CONNECTIONS": 20,
    "REDIS_POOL_WAIT_SECONDS": 5.0,
    # A socket server's collector (literacy/asgi.py): what is loaded at start frozen, and
    # full passes a hundred times rarer, whose pauses delayed cohort events by 200-450 ms.
    # The test settings turn it off: pytest's one process lives through thousands of tests.
    "SOCKET_SERVER_GC": True,
    # An append-only file, outside the database and its backups, where every erasure of an
    # account is also written (no personal data): `replay_erasures` reads it after a
    # restore (deploy/backup-restore.md). Empty: the database's own records only.
    "ERASURE_JOURNAL": "",
    # Days the record of who exported what (literacy/exports_audit.py) is kept;
    # `prune_export_audit` deletes older ones.
    "EXPORT_AUDIT_DAYS": 365,
    # Files a background task built for one person (a large export): where they wait for
    # their download (None: a folder "prepared-files" beside MEDIA_ROOT, never served by
    # the proxy) and how long they are kept (literacy/background.py).
    "PREPARED_FILES_ROOT": None,
    "PREPARED_FILES_HOURS": 24,
    # The one small-group rule (literacy/small_groups.py): no figure about learners
    # (cohort dashboards and reports, learning gains) describes fewer of them than this.
    "MIN_GROUP_SIZE": 5,
    # Where the quick exit (every page, or Escape three times) sends a learner on a watched
    # phone: a neutral address of the host's choosing. Empty: a plain page of this site
    # with nothing of Basira on it (literacy/quick_exit.py).
    "QUICK_EXIT_URL": "",
    # This site's .onion address (http://….onion): HTML responses then carry an
    # Onion-Location header, so Tor Browser offers the onion service (README, "Tor").
    "ONION_LOCATION": "",
    # Stylesheets served as one file (literacy/static_bundle.py), in cascade order; empty:
    # each page links its own.
    "STYLESHEET_BUNDLE": (),
    "CRITICAL_STYLESHEETS": (),
}

ALL_DEFAULTS = {**DEFAULTS, **SECURITY_DEFAULTS}

app_settings = AppSettings("LITERACY", DEFAULTS)
__getattr__ = app_settings.module_getattr
