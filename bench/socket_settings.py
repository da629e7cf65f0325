"""The bench's socket server (daphne, bench/asgi.py): the test settings, but with the
collector tuned as a site's socket server runs it (literacy/asgi.py). The test settings
turn it off for pytest's one long process; the bench's daphne measures the site's
server, whose full collections were the events' p95 before the tuning (bench/README.md)."""

from literacy.settings.test import *  # noqa: F403

LITERACY_SOCKET_SERVER_GC = True
