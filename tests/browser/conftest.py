"""Playwright driving Debian's Chromium (the setup installs it; no browser download)."""

import inspect
import os
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
JOURNEYS = ROOT / "artifacts" / "journeys"
PHONE = {"width": 360, "height": 740}
NO_CHROMIUM = "no Chromium at"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Chromium's own background traffic (updates, sync) is off: the machine has no network.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.browser)
            if inspect.iscoroutinefunction(getattr(item, "obj", None)):
                raise pytest.UsageError(
                    f"{item.nodeid}: an async test cannot share a module with Playwright's "
                    "sync API (its event loop runs there); move it out of tests/browser")


def pytest_terminal_summary(terminalreporter):
    """Say once, at the end, why the browser tests did not run (not only "N skipped")."""
    skipped = [report for report in terminalreporter.stats.get("skipped", [])
               if NO_CHROMIUM in str(report.longrepr)]
    if skipped:
        terminalreporter.write_line(
            f"{len(skipped)} browser tests skipped: {NO_CHROMIUM} {CHROMIUM} (apt-get install "
            "chromium, or point CHROMIUM at one)", yellow=True)


@pytest.fixture
def h5p_origin(settings, live_server, tmp_path):
    """H5P played from a second origin (localhost vs 127.0.0.1), with files of the test's
    own; request it before anything seeds or uploads a package."""
    port = live_server.url.rsplit(":", 1)[1]
    settings.QUIZZES_H5P_ORIGIN = f"http://localhost:{port}"
    settings.QUIZZES_H5P_FILES_ROOT = tmp_path / "h5p-files"
    return settings.QUIZZES_H5P_ORIGIN


@pytest.fixture(scope="module")
def browser():
    """Chromium for the tests of one module.

    Playwright's sync API runs its event loop in the test thread (parked in a greenlet),
    so while it is open every asyncio test in the process fails with "Runner.run() cannot
    be called from a running event loop". It is therefore opened per module and closed
    when the module ends, which ends the loop too: the async tests that run after a
    browser module get a thread without a running loop
    (test_event_loop_isolation.py::test_async_tests_run_after_a_browser_module) and
    Django's async-safety check back on (tests/literacy/test_async_safety.py). One
    Chromium per module, not per test, to keep the start-up cost small.
    """
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"CI needs Chromium at {CHROMIUM}: apt-get install chromium")
        pytest.skip(f"{NO_CHROMIUM} {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # While the loop runs, the ORM calls the tests make in this thread (fixtures,
    # assertions) are still plain synchronous calls. Set only for as long as the loop
    # runs: neither a subprocess started by another test (the production
    # `check --deploy`) nor the async tests' own checks may inherit it.
    unsafe = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            yield browser
            browser.close()
    finally:
        if unsafe is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = unsafe


class Visit:
    """A browser page that remembers every request it made."""

    def __init__(self, page):
        self.page = page
        self.requests: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))

    def foreign_requests(self, *allowed_hosts: str) -> list[str]:
        allowed = set(allowed_hosts) | {"127.0.0.1"}
        return [
            url for url in self.requests
            if urlsplit(url).scheme not in ("data", "blob", "about")
            and urlsplit(url).hostname not in allowed
        ]

    def sign_in(self, base_url: str, user, *, verified: bool = False) -> None:
        """This browser signed in as ``user`` (with a verified second factor if asked)."""
        from django.conf import settings
        from django.test import Client

        from literacy.security.testing import login_verified

        client = Client()
        if verified:
            login_verified(client, user)
        else:
            client.force_login(user)
        name = settings.SESSION_COOKIE_NAME
        self.page.context.add_cookies(
            [{"name": name, "value": client.cookies[name].value, "url": base_url}])

    def screenshot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def axe_violations(self, impacts=("serious", "critical")) -> list[dict]:
        """axe-core's violations, with Arabic text included in the contrast check.

        axe's icon-ligature heuristic mistakes joined Arabic letters for icon glyphs and
        skips them; its font cache is told there are no ligatures (see STACK-NOTES).
        """
        # Evaluated through the DevTools protocol, not injected as an inline <script>: the
        # site's Content-Security-Policy (no inline scripts) stays in force during the check.
        self.page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")
        return self.page.evaluate(
            """async (impacts) => {
                const get = axe._cache.get;
                axe._cache.get = function (key, creator) {
                    if (key === 'fonts') {
                        return new Proxy({}, {get: () => ({occurrences: 99, numLigatures: 0})});
                    }
                    return get.call(this, key, creator);
                };
                const result = await axe.run(document);
                return result.violations
                    .filter(v => impacts.includes(v.impact))
                    .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
            }""",
            list(impacts),
        )


@pytest.fixture
def visit(browser):
    """A fresh browser context on a 360 px phone screen, in Arabic."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, locale="ar")
    page = context.new_page()
    yield Visit(page)
    context.close()


class Journey(Visit):
    """One person's walk through the site, photographed step by step as they see it.

    A fresh browser context of its own (cookies, storage), in Arabic, on a 360×740 phone,
    with JavaScript on or off. ``shot("step")`` saves a full-page screenshot as
    ``artifacts/journeys/<name>/<NN>-step.png``, numbered in the order taken, so one
    journey's folder reads as a story; the folder is emptied when the journey starts, so a
    shorter run leaves no stale steps. Everything a ``Visit`` does works too (``page``,
    ``sign_in``, ``foreign_requests``, ``axe_violations``).
    """

    def __init__(self, browser, name: str, *, javascript: bool = True):
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", name):
            raise ValueError(f"journey name {name!r}: lower-case letters, digits, - and _")
        self.name = name
        self.folder = JOURNEYS / name
        self.steps = 0
        shutil.rmtree(self.folder, ignore_errors=True)
        self.context = browser.new_context(
            viewport=PHONE, device_scale_factor=1, locale="ar", java_script_enabled=javascript
        )
        super().__init__(self.context.new_page())

    def shot(self, name: str) -> Path:
        """The whole page as it is now, saved as the journey's next numbered step."""
        self.steps += 1
        self.folder.mkdir(parents=True, exist_ok=True)
        slug = re.sub(r"[^a-z0-9_-]+", "-", name.lower()).strip("-") or "step"
        path = self.folder / f"{self.steps:02d}-{slug}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def journey(browser):
    """Opens journeys for this test: ``journey("learner")``, or with JavaScript off,
    ``journey("learner-no-js", javascript=False)``; each is a ``Journey``, closed after
    the test. Several may be open at once (a facilitator and a learner side by side).

    A name may be used once per test run: a second journey of the same name would empty
    the first one's folder (parametrised tests put the parameter in the name).

        pytestmark = pytest.mark.django_db(transaction=True)

        def test_a_learner_finds_a_course(journey, live_server, demo_site):
            learner = journey("learner")
            learner.page.goto(f"{live_server.url}/ar/courses/")
            learner.shot("catalogue")            # 01-catalogue.png
            learner.sign_in(live_server.url, demo_site.user("rawiya"))
            ...
    """
    opened: list[Journey] = []

    def open_journey(name: str, *, javascript: bool = True) -> Journey:
        if name in _JOURNEY_NAMES:
            raise ValueError(f"journey {name!r} was already walked in this run")
        _JOURNEY_NAMES.add(name)
        opened.append(Journey(browser, name, javascript=javascript))
        return opened[-1]

    yield open_journey
    for one in opened:
        one.close()


_JOURNEY_NAMES: set[str] = set()


class DemoSite:
    """The demo that ``make run`` serves (``seed_demo``), seeded into the test database."""

    def __init__(self, lines: list[str]):
        self.lines = lines  # what seed_demo printed (accounts, the cohort's join code)

    def user(self, username: str):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.get(username=username)


@pytest.fixture
def demo_site(transactional_db):
    """The seeded demo content (three Arabic courses, the demo cohort, the demo accounts),
    for journeys walked on what learners and facilitators really get."""
    import io

    from django.core.management import call_command
    from wagtail.models import Collection, Locale, Page

    # Transactional tests flush what Wagtail's data migrations created.
    Locale.objects.get_or_create(language_code="ar")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", live=True))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return DemoSite(out.getvalue().splitlines())

