"""First text on a bad link (issue 17): how soon a lesson's text shows on a slow phone link.

`first_text`: Chromium at 360×740 in Arabic, every load on a cold cache (a new browser
context, signed in, its cache cleared: only the session cookie is kept), throttled by CDP
``Network.emulateNetworkConditions`` to 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip
(Lighthouse's "slow 4G"), against the production settings (gunicorn, WhiteNoise, gzip).
First contentful paint is the browser's own ``first-contentful-paint`` entry. The same is
measured for a static 1 KB HTML page on the same server in the same run (written into
STATIC_ROOT, served by WhiteNoise), so the ratio says what the lesson costs beyond the link
itself, whatever the machine.

The floor swings (on a loaded machine a static page's paint moves 4x between loads), so:
WARMUP loads of each page first (the server's workers and Chromium's own start-up, not its
cache: every measured load is cold), then ROUNDS rounds, each loading the lesson and the
static page in turn (the order flipped every round, so neither always follows the other),
medians of both, their p25/p75 reported, and the median of the per-round ratios beside the
ratio of medians (a round's two loads see the same machine). Two runs of the same commit
should agree within 20 %.
"""

import os
import statistics
from pathlib import Path
from urllib.parse import urlsplit

from courses import services
from courses.models import CoursePage, LessonPage

from .groups_h5p_play import LEARNER, PASSWORD, _learner
from .measure import metric, percentile, production_server

ROUNDS = 11
WARMUP = 2
STATIC_NAME = "bench-first-text.html"
THROTTLE = {"offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8,
            "uploadThroughput": 750_000 / 8}


def _quartiles(samples: list[float]) -> list[int]:
    """p25, p50, p75."""
    return [round(percentile(samples, p)) for p in (25, 50, 75)]


def _static_page() -> str:
    """A page of about 1 KB, Arabic text and no subresources."""
    text = "نص عربي قصير لقياس زمن أول رسم على رابط بطيء. " * 12
    html = ('<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="icon" href="data:,"><title>صفحة</title></head><body><p>{text}</p>'
            '</body></html>')
    return html


def _demo_lesson():
    from django.core.management import call_command

    call_command("seed_demo", stdout=open(os.devnull, "w"))
    lesson = LessonPage.objects.live().order_by("path").first()
    course = lesson.get_ancestors().type(CoursePage).first().specific
    return lesson, course


def _fcp(browser, base_url: str, path: str) -> float:
    """One cold, throttled load: first contentful paint in ms."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="ar")
    context.set_default_timeout(120_000)  # a loaded machine; the measure is the paint time
    page = context.new_page()
    page.goto(base_url + "/ar/accounts/login/")
    page.fill("#id_username", LEARNER)
    page.fill("#id_password", PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state("load")
    page.goto("about:blank")
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.clearBrowserCache")
    cdp.send("Network.emulateNetworkConditions", THROTTLE)
    page.goto(base_url + path, wait_until="load")
    fcp = page.evaluate("""() => new Promise(resolve => {
        const seen = performance.getEntriesByName('first-contentful-paint');
        if (seen.length) return resolve(seen[0].startTime);
        new PerformanceObserver(list => resolve(list.getEntries()[0].startTime))
            .observe({type: 'paint', buffered: true});
    })""")
    context.close()
    return float(fcp)


def run(ctx):
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    lesson, course = _demo_lesson()
    services.enroll(user=_learner(), course=course)
    lesson_path = urlsplit(lesson.get_url()).path
    static_root = Path(os.environ.get("BENCH_DIR", "/tmp")) / "static"
    static_root.mkdir(parents=True, exist_ok=True)
    (static_root / STATIC_NAME).write_text(_static_page(), encoding="utf-8")
    static_bytes = len(_static_page().encode())
    samples = {"lesson": [], "static": []}
    with production_server(ctx["database_url"]) as base_url:
        base_url = base_url.replace("127.0.0.1", "localhost")  # Secure cookies kept there
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                                 args=CHROMIUM_ARGS)
            # Warm the server (its workers' imports, its caches) and Chromium, not the
            # browser cache: every measured load below has a cold one.
            pages = {"lesson": lesson_path, "static": f"/static/{STATIC_NAME}"}
            for _warm in range(WARMUP):
                for path in pages.values():
                    _fcp(browser, base_url, path)
            for round_ in range(ROUNDS):
                order = list(pages) if round_ % 2 == 0 else list(reversed(pages))
                for name in order:
                    samples[name].append(_fcp(browser, base_url, pages[name]))
            browser.close()
    lesson_ms = statistics.median(samples["lesson"])
    static_ms = statistics.median(samples["static"])
    paired = statistics.median(a / b for a, b in zip(samples["lesson"], samples["static"],
                                                     strict=True))
    yield metric("first_text.lesson_ms_ratio", lesson_ms / static_ms, "ratio", budget=2.5,
                 lesson_fcp_ms=round(lesson_ms), static_fcp_ms=round(static_ms),
                 paired_ratio=round(paired, 3), lesson_quartiles_ms=_quartiles(samples["lesson"]),
                 static_quartiles_ms=_quartiles(samples["static"]),
                 lesson_samples_ms=[round(s) for s in samples["lesson"]],
                 static_samples_ms=[round(s) for s in samples["static"]],
                 static_page_bytes=static_bytes, lesson=lesson_path, throttle=THROTTLE)
    yield metric("first_text.lesson_fcp_ms", lesson_ms, "ms", budget=1000)
    yield metric("first_text.static_fcp_ms", static_ms, "ms")


GROUPS = {"first_text": run}
