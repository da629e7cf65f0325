"""Playwright driving Debian's Chromium (the setup installs it; no browser download)."""

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
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


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"CI needs Chromium at {CHROMIUM}: apt-get install chromium")
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium); browser tests skipped")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in the test thread; the ORM calls
    # the tests make there (fixtures, assertions) are still plain synchronous calls. Set
    # only when a browser test runs: a subprocess started by another test (the production
    # `check --deploy`) must not inherit it.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


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
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, device_scale_factor=1, locale="ar"
    )
    page = context.new_page()
    yield Visit(page)
    context.close()
