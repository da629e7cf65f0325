import json

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_browser_gets_the_icons_and_the_manifest_it_asks_for(visit, live_server, home_page):
    """On an Arabic phone: everything the home page makes Chromium fetch (stylesheets, font,
    favicon, the web app manifest) answers 200."""
    page = visit.page
    responses = {}
    page.on("response", lambda response: responses.setdefault(response.url, response.status))
    page.goto(f"{live_server.url}/ar/")
    page.evaluate("document.fonts.ready")
    # Chromium reads the manifest (and its icons) when asked for the app's details.
    cdp = page.context.new_cdp_session(page)
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["errors"] == [], manifest["errors"]
    assert manifest["url"].endswith("/manifest.webmanifest")  # per learner: app_identity.py
    raw = json.loads(manifest["data"])
    assert (raw["name"], raw["dir"], raw["lang"]) == ("بصيرة", "rtl", "ar")
    understood = manifest.get("manifest", {})  # as Chromium read it (newer versions)
    if understood:
        assert understood["name"] == "بصيرة" and len(understood["icons"]) == 3
    page.wait_for_load_state("networkidle")
    visit.screenshot("home-ar-icons")

    failed = {url: status for url, status in responses.items() if status != 200}
    assert failed == {}
    fetched = {url.removeprefix(live_server.url) for url in responses}
    # Chromium picks the SVG favicon (so never asks for /favicon.ico); it fetches the
    # manifest's icons only to install the app. Both are test_site_assets.py's.
    assert {"/static/favicon.svg", "/manifest.webmanifest"} <= fetched, fetched
    assert visit.foreign_requests() == []
