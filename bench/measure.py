"""Shared measuring helpers: in-process timings and query counts, a real server, Chromium."""

import os
import socket
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.servers import free_port, wait_for_port

ROOT = Path(__file__).resolve().parent.parent


def metric(name: str, value, unit: str, **extra) -> dict:
    return {"name": name, "value": round(value, 3) if isinstance(value, float) else value,
            "unit": unit, **extra}


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def time_requests(client: Client, url: str, n: int = 200, warmup: int = 20, **headers):
    """Median and p95 server time in ms and the query count of one request."""
    return time_in_turn((client, url, headers), n=n, warmup=warmup)[0]


def time_in_turn(*pages: tuple, n: int = 200, warmup: int = 20) -> list[dict]:
    """`time_requests` for each (client, url, headers), the pages requested in turn.

    A ratio of two medians measured one after the other moves with whatever the machine
    does in between; requested in turn, both see the same machine.
    """
    for client, url, headers in pages:
        for _ in range(warmup):
            response = client.get(url, **headers)
            assert response.status_code == 200, (url, response.status_code)
    samples = [[] for _ in pages]
    for _ in range(n):
        for timings, (client, url, headers) in zip(samples, pages, strict=True):
            start = time.perf_counter()
            client.get(url, **headers)
            timings.append((time.perf_counter() - start) * 1000)
    reset_queries()
    results = []
    for (client, url, headers), timings in zip(pages, samples, strict=True):
        with CaptureQueriesContext(connection) as queries:
            client.get(url, **headers)
        results.append({"p50": statistics.median(timings), "p95": percentile(timings, 95),
                        "queries": len(queries)})
    return results


def production_env(database_url: str, extra_env: dict | None = None) -> dict:
    """The environment of the production settings on the bench's database (a helper
    process given the same one signs and reads what the server does)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "literacy.settings.production",
        "SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": database_url,
        # The bench is a throughput measure, not a learner: a few hundred bench learners
        # submit thousands of times in seconds, far past the per-person limits.
        "BASIRA_RATE_LIMITS": "submission=1000000/60,quiz_start=1000000/60",
        "LITERACY_ERASURE_JOURNAL": str(Path(os.environ.get("BENCH_DIR", "/tmp"))
                                        / "bench-erasures.jsonl"),
        **(extra_env or {}),
    }


@contextmanager
def production_server(database_url: str, workers: int = 2, extra_env: dict | None = None):
    """gunicorn with the production settings, static collected and compressed by WhiteNoise.

    "{port}" in an ``extra_env`` value becomes the server's port (an H5P origin on it)."""
    static_root = Path(os.environ.get("BENCH_DIR", "/tmp")) / "static"
    port = free_port()
    env = {**production_env(database_url, extra_env), "STATIC_ROOT": str(static_root)}
    env = {name: value.replace("{port}", str(port)) for name, value in env.items()}
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT, env=env, check=True,
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "literacy.wsgi:application",
         "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--log-level", "warning"],
        cwd=ROOT, env=env,
    )
    try:
        wait_for_port(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def transfer_bytes(base_url: str, path: str, setup=None) -> tuple[int, int]:
    """Bytes received by Chromium for a first and a repeat view of one page."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        context = browser.new_context(viewport={"width": 360, "height": 740}, locale="ar")
        page = context.new_page()
        if setup:
            setup(page, base_url)
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        received = {"bytes": 0}
        cdp.on("Network.loadingFinished",
               lambda event: received.__setitem__("bytes", received["bytes"] + event["encodedDataLength"]))

        def view() -> int:
            received["bytes"] = 0
            page.goto(base_url + path, wait_until="networkidle")
            page.evaluate("document.fonts.ready")
            page.wait_for_timeout(200)
            return received["bytes"]

        first = view()
        repeat = view()
        browser.close()
    return first, repeat


@contextmanager
def asgi_server(database_url: str, redis_url: str):
    """daphne serving the site (HTTP and websockets, channel layer on ``redis_url``) on
    the bench's database, plus the bench's websocket echo (bench/asgi.py); yields the port."""
    port = free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.socket_settings",
           "DATABASE_URL": database_url, "REDIS_URL": redis_url}
    # BENCH_DAPHNE_PROFILE=<file>: daphne's event loop under cProfile, written on exit
    # (what found the thread hop per socket and message; see bench/README.md).
    profile = os.environ.get("BENCH_DAPHNE_PROFILE")
    server = subprocess.Popen(
        # Handshakes wait up to 60 s (daphne's 5 s default refuses them, 403, on a loaded
        # machine while hundreds of sockets connect).
        [sys.executable, *(["-m", "cProfile", "-o", profile] if profile else []),
         "-m", "daphne", "-b", "127.0.0.1", "-p", str(port),
         "--websocket_connect_timeout", "60", "bench.asgi:application"], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # A loaded machine takes a while to start it (and to close 500 sockets).
        if not wait_for_port(port, timeout=120):
            raise RuntimeError("daphne did not start")
        yield port
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


async def open_echo_sockets(port: int, count: int, WebSocket, query: str = "") -> list:
    """``count`` sockets on the bench's echo (bench/asgi.py), held open beside the
    product's; ``query`` joins them to a fan group (``fan=g``) or makes a collector."""
    from .asgi import ECHO_PATH

    path = f"{ECHO_PATH}?{query}" if query else ECHO_PATH
    return [await WebSocket.connect("127.0.0.1", port, path,
                                    origin=f"http://127.0.0.1:{port}") for _ in range(count)]


def local_redis_url() -> str | None:
    """REDIS_URL, else the local Redis; None when no Redis answers there."""
    url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/9"
    host, port = url.split("//", 1)[1].split("/", 1)[0].split(":")
    try:
        socket.create_connection((host, int(port)), timeout=0.5).close()
    except OSError:
        return None
    return url


def production_redis_env() -> dict:
    """The production cache and sessions on Redis, as DESIGN.md deploys them, under a key
    prefix of this run's own (ids repeat from one throwaway database to the next); empty
    when no Redis answers (the server then runs on its per-process cache)."""
    url = local_redis_url()
    if url is None:
        return {}
    return {"REDIS_URL": url, "CACHE_KEY_PREFIX": f"bench-{os.getpid()}-{time.time_ns()}"}


def redis_channel_layer() -> str | None:
    """Point this process's channel layer at Redis (REDIS_URL, else the local one) and
    return its URL; None (layer unchanged) when no Redis answers."""
    from channels.layers import channel_layers
    from django.conf import settings

    url = local_redis_url()
    if url is None:
        return None
    settings.CHANNEL_LAYERS = {"default": {
        "BACKEND": "literacy.channel_layer.BoundedRedisChannelLayer",
        "CONFIG": {"hosts": [{"address": url, **settings.REDIS_CHANNEL_OPTIONS}],
                   # runs side by side on one Redis keep apart (bench/asgi.py too)
                   "prefix": os.environ.get("BENCH_CHANNEL_PREFIX", "asgi")}}}
    channel_layers.backends.clear()
    return url


def bench_database_url(ctx) -> str:
    """The database the bench process uses, for a server process to share."""
    from django.conf import settings

    db = settings.DATABASES["default"]
    return ctx["database_url"] if db["ENGINE"].endswith("postgresql") \
        else f"sqlite:///{db['NAME']}"
