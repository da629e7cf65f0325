"""The quick exit in Chromium: Escape pressed three times leaves for the neutral page,
replacing the page left in the history, and nothing asked for the neutral page before.
In the Wagtail admin, where Escape closes dialogs, only the link leaves."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_escape_three_times_leaves_and_back_does_not_return(visit, live_server, home_page):
    """Guards quick-exit.js's data-quick-exit-no-keys (the admin keeps the link only)."""
    page = visit.page
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(f"{live_server.url}/ar/")
    page.goto(f"{live_server.url}/ar/privacy/")
    page.wait_for_load_state("load")
    assert page.get_by_role("link", name="خروج سريع").is_visible()
    assert not [url for url in asked if "/weather/" in url]
    length = page.evaluate("history.length")
    for _press in range(3):
        page.keyboard.press("Escape")
    page.wait_for_url(f"{live_server.url}/weather/")
    assert page.evaluate("history.length") == length  # replaced, not added
    page.go_back()
    assert page.url == f"{live_server.url}/ar/"  # the privacy page is gone from history

    # An editor in the admin: Escape ×3 closes a dialog and stays; the link still leaves.
    from tests.factories import UserFactory

    visit.sign_in(live_server.url, UserFactory(username="editor_esc", is_staff=True,
                                               is_superuser=True), verified=True)
    page.goto(f"{live_server.url}/admin/")
    exit_link = page.locator("[data-quick-exit]")
    exit_link.wait_for()
    for _press in range(3):
        page.keyboard.press("Escape")
    page.wait_for_timeout(500)
    assert page.url == f"{live_server.url}/admin/"
    exit_link.click()
    page.wait_for_url(f"{live_server.url}/weather/")
