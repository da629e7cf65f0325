"""A join storm against open dashboards, shared by the browser test and the bench: the
learners of ``cohort_live_setup.py``'s "storm_sessions" join one after the other through
the site's own form while three tabs of the facilitator's dashboard are open."""

import re
import time
from dataclasses import dataclass, field

TABS = 3


@dataclass
class Storm:
    joins: int
    seconds: float
    full_page_fetches: int
    sections_fetches: list[int]
    # A progress burst after the joins (``join_storm(..., progress=True)``): every joiner
    # completes a lesson; what each tab fetched meanwhile.
    progress_seconds: float = 0.0
    progress_full_page_fetches: int = 0
    progress_other_fetches: list[int] = field(default_factory=list)


def _join(request_context, base, code):
    html = request_context.get(f"{base}/ar/join/").text()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = request_context.post(f"{base}/ar/join/", form={
        "csrfmiddlewaretoken": token, "code": code}, max_redirects=0)
    assert response.status in (302, 303), response.status


def _complete(request_context, base, lesson_url, lesson_id):
    html = request_context.get(base + lesson_url).text()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = request_context.post(f"{base}/ar/learn/lessons/{lesson_id}/complete/",
                                    form={"csrfmiddlewaretoken": token}, max_redirects=0)
    assert response.status in (302, 303), response.status


def join_storm(browser, site, *, progress: bool = False) -> Storm:
    """Joins, then waits until every tab shows every member and their rows. With
    `progress`, every joiner then completes a lesson, and the storm waits until every tab
    shows each one's row totals without a reload."""
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
        storm = Storm(
            joins=len(site["storm_sessions"]), seconds=time.monotonic() - started,
            full_page_fetches=sum(1 for _tab, path in fetched if path == dashboard_path),
            sections_fetches=[sum(1 for tab, path in fetched
                                  if tab == n and path.endswith("/sections/"))
                              for n in range(TABS)])
        if progress:
            _progress_burst(browser, site, tabs, fetched, storm, dashboard_path)
        return storm
    finally:
        facilitator.close()


def _progress_burst(browser, site, tabs, fetched, storm, dashboard_path):
    from playwright.sync_api import expect

    base = site["url"]
    del fetched[:]
    started = time.monotonic()
    for session in site["storm_sessions"]:
        learner = browser.new_context()
        learner.add_cookies([{"name": "sessionid", "value": session, "url": base}])
        try:
            _complete(learner.request, base, site["lesson_url"], site["lesson"])
        finally:
            learner.close()
    for page in tabs:
        for uid in site["storm_ids"]:
            expect(page.locator(f'[data-progress="{uid}"]')).to_have_text(
                re.compile(r"^1/"), timeout=15000)
    storm.progress_seconds = time.monotonic() - started
    storm.progress_full_page_fetches = sum(1 for _tab, path in fetched
                                           if path == dashboard_path)
    # Anything a tab fetched from the site during the burst (sections, data.json…).
    storm.progress_other_fetches = [sum(1 for tab, path in fetched if tab == n
                                        and not path.startswith("/static/"))
                                    for n in range(TABS)]
