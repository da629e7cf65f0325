"""The learner's data page and account deletion in Chromium, in Arabic (screenshots)."""

import pytest

from tests.factories import DEFAULT_PASSWORD
from tests.literacy.personal_fixtures import PSEUDONYM, build_world

pytestmark = pytest.mark.django_db(transaction=True)


def test_arabic_data_page_and_account_deletion(visit, live_server, home_page):
    world = build_world(home_page)
    visit.sign_in(live_server.url, world.learner, verified=True)
    page = visit.page
    errors = []
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)

    page.goto(f"{live_server.url}/ar/accounts/my-data/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "كل ما تحتفظ به بصيرة عنك"
    assert PSEUDONYM in page.locator("main").inner_text()
    visit.screenshot("personal-data-ar")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    visit.screenshot("personal-data-ar-print")
    page.emulate_media(media="screen")
    assert visit.axe_violations() == []

    page.goto(f"{live_server.url}/ar/accounts/delete/")
    page.get_by_label("كلمة المرور").fill("not my password")
    page.get_by_role("button", name="احذف حسابي نهائيًا").click()
    assert "لم يُحذف شيء" in page.locator("main").inner_text()
    visit.screenshot("account-delete-ar-wrong-password")
    assert visit.axe_violations() == []

    page.get_by_label("كلمة المرور").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="احذف حسابي نهائيًا").click()
    page.wait_for_url(f"{live_server.url}/ar/")
    assert "حُذف حسابك" in page.locator(".messages").inner_text()
    visit.screenshot("account-deleted-ar")

    page.goto(f"{live_server.url}/ar/learn/verify/{world.certificate.code}/")
    assert "سُحبت هذه الشهادة" in page.locator("main").inner_text()
    visit.screenshot("certificate-withdrawn-ar")
    assert visit.foreign_requests() == []
    assert not [e for e in errors if "Content Security Policy" in e], errors
