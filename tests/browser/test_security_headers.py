"""In Chromium, with the site's real Content-Security-Policy in force: no violation is
reported on the console and no request leaves the site."""

import pytest

from tests.factories import DEFAULT_PASSWORD, UserFactory

from .steps import confirm_two_factor_setup

pytestmark = pytest.mark.django_db(transaction=True)


class Console:
    """Every console message and page error of a browser page."""

    def __init__(self, page):
        self.messages: list[str] = []
        page.on("console", lambda message: self.messages.append(message.text))
        page.on("pageerror", lambda error: self.messages.append(f"pageerror: {error}"))

    def csp_violations(self) -> list[str]:
        return [m for m in self.messages
                if "Content Security Policy" in m or "Content-Security-Policy" in m]


@pytest.fixture
def strict_visit(visit):
    """The shared `visit` page (the context does not bypass CSP) plus its console."""
    visit.console = Console(visit.page)
    return visit


def _load(visit, url):
    response = visit.page.goto(url)
    visit.page.wait_for_load_state("networkidle")
    return response


def test_home_page_has_no_csp_violation_and_no_foreign_request(strict_visit, live_server,
                                                               home_page):
    response = _load(strict_visit, f"{live_server.url}/ar/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert strict_visit.console.csp_violations() == []
    assert strict_visit.foreign_requests() == []
    # Fonts and the stylesheet did load under the policy.
    assert strict_visit.page.evaluate(
        "getComputedStyle(document.body).fontFamily"
    ).startswith('"Basira Sans"')


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_privacy_page_under_the_policy(strict_visit, live_server, language):
    _load(strict_visit, f"{live_server.url}/{language}/privacy/")
    assert strict_visit.page.locator("h1").count() == 1
    assert strict_visit.console.csp_violations() == []
    assert strict_visit.foreign_requests() == []


def test_admin_login_and_2fa_setup_have_no_csp_violation(strict_visit, live_server):
    UserFactory(username="editor-browser", is_staff=True, is_superuser=True)
    page = strict_visit.page
    _load(strict_visit, f"{live_server.url}/admin/login/")
    assert strict_visit.console.csp_violations() == []
    page.fill("input[name=username]", "editor-browser")
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url("**/security/two-factor/setup/**")
    page.wait_for_load_state("networkidle")
    qr = page.locator("svg.qr-code")
    assert qr.is_visible()
    assert qr.bounding_box()["width"] > 100
    strict_visit.screenshot("two-factor-setup-ar")
    assert strict_visit.console.csp_violations() == []
    assert strict_visit.foreign_requests() == []
    assert strict_visit.axe_violations() == []


def test_admin_works_under_its_policy_after_2fa(strict_visit, live_server, home_page):
    """The looser /admin/ policy is enough for the dashboard and the page editor."""
    editor = UserFactory(username="editor-admin", is_staff=True, is_superuser=True)
    page = strict_visit.page
    _load(strict_visit, f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", editor.username)
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url("**/security/two-factor/setup/**")
    confirm_two_factor_setup(page, editor)
    page.wait_for_url(f"{live_server.url}/admin/")
    page.wait_for_load_state("networkidle")
    _load(strict_visit, f"{live_server.url}/admin/pages/{home_page.pk}/edit/")
    assert page.locator("form#page-edit-form").count() == 1
    assert strict_visit.console.csp_violations() == []
    assert strict_visit.foreign_requests() == []
