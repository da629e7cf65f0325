"""Offline reading (issue 17): what saving a course for offline use stores on a phone.

`offline`: Chromium at 360×740 in Arabic, signed in as an enrolled learner, against the
production settings (gunicorn, WhiteNoise, hashed static files) on localhost (a secure
context, so the service worker registers). The learner presses "Save this course for
offline use" on the demo disinformation course; the metric is the bytes the page reports
stored in the account's cache (course page, lessons, stylesheet, fonts, scripts, images at
phone size), read back from the saved record.
"""

from courses import services
from courses.models import CoursePage

from .groups_h5p_play import LEARNER, PASSWORD, _learner
from .measure import metric, production_server

COURSE_SLUG = "spotting-disinformation"
BUDGET = 1_500_000


def run(ctx):
    from django.core.management import call_command
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    call_command("seed_demo", stdout=open("/dev/null", "w"))
    course = CoursePage.objects.get(slug=COURSE_SLUG)
    services.enroll(user=_learner(), course=course)
    with production_server(ctx["database_url"]) as base_url:
        base_url = base_url.replace("127.0.0.1", "localhost")  # Secure cookies kept there
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                                 args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 360, "height": 740}, locale="ar")
            context.set_default_timeout(300_000)
            page = context.new_page()
            page.goto(base_url + "/ar/accounts/login/")
            page.fill("#id_username", LEARNER)
            page.fill("#id_password", PASSWORD)
            page.locator("main button[type=submit]").click()
            page.wait_for_load_state("load")
            page.goto(base_url + f"/ar/courses/{COURSE_SLUG}/")
            page.locator("[data-offline-start]").click()
            page.locator("[data-offline-saved]").wait_for(state="visible")
            saved = page.evaluate("""async () => {
                const names = (await caches.keys()).filter(n => /^basira-offline-[0-9a-f]+$/.test(n));
                const cache = await caches.open(names[0]);
                const record = await cache.match('/__basira/saved' + location.pathname);
                return {names, record: await record.json()};
            }""")
            browser.close()
    record = saved["record"]
    yield metric("offline.course_save_bytes", record["bytes"], "bytes", budget=BUDGET,
                 entries=len(record["urls"]), caches=saved["names"])


GROUPS = {"offline": run}
