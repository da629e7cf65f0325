import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_arabic_home_page_in_chromium(visit, live_server, home_page):
    page = visit.page
    page.goto(f"{live_server.url}/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    page.evaluate("document.fonts.ready")
    loaded = page.evaluate(
        """() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)"""
    )
    assert any("Basira Sans" in family for family in loaded), loaded
    assert page.evaluate("""document.fonts.check('16px "Basira Sans"', 'بصيرة')""")
    visit.screenshot("home-ar")
    assert visit.foreign_requests() == []
    assert visit.axe_violations() == []


def test_language_switcher_keeps_the_page(visit, live_server, home_page):
    page = visit.page
    page.goto(f"{live_server.url}/ar/")
    page.get_by_role("link", name="English").click()
    page.wait_for_url(f"{live_server.url}/en/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("h1").inner_text() == "Basira"
    visit.screenshot("home-en")
