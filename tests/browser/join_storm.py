"""A join storm against open dashboards, shared by the browser test and the bench: the
learners of ``cohort_live_setup.py``'s "storm_sessions" join one after the other through
the site's own form while three tabs of the facilitator's dashboard are open."""

import re
import time
from dataclasses import dataclass

TABS = 3


@dataclass
class Storm:
    joins: int
    seconds: float
    full_page_fetches: int
    sections_fetches: list[int]


def _join(request_context, base, code):
    html = request_context.get(f"{base}/ar/join/").text()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = request_context.post(f"{base}/ar/join/", form={
        "csrfmiddlewaretoken": token, "code": code}, max_redirects=0)
    assert response.status in (302, 303), response.status


def join_storm(browser, site) -> Storm:
    """Joins, then waits until every tab shows every member and their rows."""
    from playwright.sync_api import expect

    base = site["url"]
    dashboard_path = f"/ar/facilitate/cohorts/{site['cohort']}/"
    facilitator = browser.new_context(viewport={"width": 360, "height": 740}, locale="ar")
    facilitator.add_cookies([{"name": "sessionid", "value": site["facilitator_session"],
                              "url": base}])
    fetched = []  # (tab, path) of every request after each tab's first load
    try:
        tabs = []
        for n in range(TABS):
            page = facilitator.new_page()
            page.goto(base + dashboard_path)
            page.wait_for_selector('#cohort-dashboard[data-live="live"]', timeout=10000)
            members = int(page.locator('[data-figure="members"]').inner_text())
            page.on("request", lambda request, n=n: fetched.append(
                (n, request.url.removeprefix(base).split("?")[0])))
            tabs.append(page)
        started = time.monotonic()
        for session in site["storm_sessions"]:
            joiner = browser.new_context()
            joiner.add_cookies([{"name": "sessionid", "value": session, "url": base}])
            try:
                _join(joiner.request, base, site["code"])
            finally:
                joiner.close()
        total = members + len(site["storm_sessions"])
        for page in tabs:
            expect(page.locator('[data-figure="members"]')).to_have_text(str(total),
                                                                          timeout=15000)
            assert page.locator("tr:has([data-cell])").count() == total
        return Storm(
            joins=len(site["storm_sessions"]), seconds=time.monotonic() - started,
            full_page_fetches=sum(1 for _tab, path in fetched if path == dashboard_path),
            sections_fetches=[sum(1 for tab, path in fetched
                                  if tab == n and path.endswith("/sections/"))
                              for n in range(TABS)])
    finally:
        facilitator.close()
