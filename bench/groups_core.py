"""Core measures: the floor of a Django response, a minimal Wagtail page, the home page."""

from django.core.management import call_command
from django.test import Client
from wagtail.models import Page, Site

from literacy.models import HomePage

from .measure import metric, production_server, time_requests, transfer_bytes

MINIMAL_HOST = "minimal.bench"
MINIMAL_PATH = "/ar/minimal-bench/"


def minimal_page() -> None:
    """A Wagtail page with one rich-text block, one level below the root of its own site
    (MINIMAL_PATH), as every content page is below its site's root. The root itself is
    no floor: it comes whole from the site cache (literacy/sites.py), where no lesson,
    module or catalogue does, so a ratio to it would measure that cache, not the page."""
    if Site.objects.filter(hostname=MINIMAL_HOST).exists():
        return
    root = HomePage(title="Minimal root", slug="minimal-bench-root", live=True,
                    body=[{"type": "paragraph", "value": "<p>Root.</p>"}])
    Page.get_first_root_node().add_child(instance=root)
    Site.objects.create(hostname=MINIMAL_HOST, port=80, root_page=root)
    root.add_child(instance=HomePage(
        title="Minimal", slug=MINIMAL_PATH.strip("/").split("/")[-1], live=True,
        body=[{"type": "paragraph", "value": "<p>One paragraph.</p>"}]))


def run_floor(ctx):
    timing = time_requests(Client(), "/bench/floor")
    yield metric("floor.server_ms_p50", timing["p50"], "ms")
    ctx["floor_p50"] = timing["p50"]


def run_wagtail_min(ctx):
    minimal_page()
    timing = time_requests(Client(), MINIMAL_PATH, HTTP_HOST=MINIMAL_HOST)
    yield metric("wagtail_min.server_ms_p50", timing["p50"], "ms", queries=timing["queries"])
    ctx["wagtail_min_p50"] = timing["p50"]


def run_home(ctx):
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    timing = time_requests(Client(), "/ar/")
    yield metric("home.server_ms_p50", timing["p50"], "ms")
    yield metric("home.server_ms_p95", timing["p95"], "ms")
    yield metric("home.queries", timing["queries"], "queries")
    with production_server(ctx["database_url"]) as base_url:
        first, repeat = transfer_bytes(base_url, "/ar/")
    yield metric("home.first_view_bytes", first, "bytes")
    yield metric("home.repeat_view_bytes", repeat, "bytes")


GROUPS = {"floor": run_floor, "wagtail_min": run_wagtail_min, "home": run_home}
