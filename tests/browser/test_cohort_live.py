"""Two browser contexts: a facilitator's dashboard is open; a learner joins with the code
and completes a lesson in the other; the facilitator's cell changes without a reload.

The site runs in its own process (daphne's runserver: HTTP and websockets) on a
throwaway SQLite file, since the websocket needs a real ASGI server."""

import re

import pytest

from tests.servers import site_process

from .join_storm import join_storm


@pytest.fixture
def site(tmp_path):
    with site_process(tmp_path, "tests/browser/cohort_live_setup.py") as data:
        yield data


def _context(browser, base_url, session):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="ar")
    context.add_cookies([{"name": "sessionid", "value": session, "url": base_url}])
    return context


def test_facilitator_sees_a_learner_complete_a_lesson_live(browser, site):
    from playwright.sync_api import expect

    from .conftest import Visit

    base = site["url"]
    facilitator = _context(browser, base, site["facilitator_session"])
    learner = _context(browser, base, site["learner_session"])
    try:
        dashboard = Visit(facilitator.new_page())
        page = dashboard.page
        page.goto(f"{base}/ar/facilitate/cohorts/{site['cohort']}/")
        page.wait_for_selector('#cohort-dashboard[data-live="live"]', timeout=10000)
        assert page.locator('[data-figure="members"]').inner_text() == "1"
        dashboard.screenshot("cohort-dashboard-ar")
        # a learner ticked for a bulk action stays ticked when the matrix is swapped
        page.locator('input[name="ids"]').first.check()
        expect(page.locator("[data-select-page]")).to_be_checked()

        joining = learner.new_page()
        joining.goto(f"{base}/ar/join/")
        code = site["code"].lower()
        joining.fill("input[name=code]", f"{code[:4]}-{code[4:]}")
        joining.locator("form.stack-form button[type=submit]").click()
        joining.wait_for_load_state()
        expect(page.locator('[data-figure="members"]')).to_have_text("2", timeout=10000)
        # the new learner's row appears without a reload
        page.wait_for_selector(f'[data-cell^="{site["learner"]}-"]', timeout=10000)
        assert page.locator('input[name="ids"]:checked').count() == 1
        assert page.locator('input[name="ids"]').count() == 2

        joining.goto(base + site["lesson_url"])
        joining.locator(f'form[action$="/lessons/{site["lesson"]}/complete/"] button').click()
        joining.wait_for_load_state()

        cell = page.locator(f'[data-cell^="{site["learner"]}-"]').first
        expect(cell.locator('[data-part="done"]')).to_have_text(re.compile(r"^1/"),
                                                              timeout=10000)
        expect(cell).to_have_class(re.compile("cell--flash"))
        # the learner's row totals and last activity change with it, without a fetch
        row_progress = page.locator(f'[data-progress="{site["learner"]}"]')
        expect(row_progress).to_have_text(re.compile(r"^1/"), timeout=10000)
        today = page.locator("[data-section=matrix]").get_attribute("data-today")
        expect(page.locator(f'[data-last-active="{site["learner"]}"] time')).to_have_text(
            today)
        # ...and the activity feed names who did what, at once.
        expect(page.locator("[data-activity] li").first).to_contain_text("newcomer")
        expect(page.locator("[data-activity] li").first).to_contain_text("أكمل درسًا")
        assert page.evaluate("performance.getEntriesByType('navigation').length") == 1
        dashboard.screenshot("cohort-dashboard-live-ar")
        assert dashboard.foreign_requests() == []
        assert dashboard.axe_violations() == []
        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto(f"{base}/ar/facilitate/cohorts/{site['cohort']}/?status=in_progress"
                  "&sort=progress&dir=desc")
        assert page.locator('input[name="ids"]').count() == 1
        assert "status=in_progress" in page.locator("#cohort-dashboard").get_attribute(
            "data-sections-url")
        dashboard.screenshot("cohort-dashboard-find-ar-1280")
        page.goto(f"{base}/ar/facilitate/cohorts/{site['cohort']}/attention/")
        dashboard.screenshot("cohort-worklist-ar-1280")
        assert dashboard.axe_violations() == []
        page.set_viewport_size({"width": 360, "height": 740})
        dashboard.screenshot("cohort-worklist-ar")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        cohort_url = f"{base}/ar/facilitate/cohorts/{site['cohort']}"
        page.goto(f"{cohort_url}/groups/")
        dashboard.screenshot("cohort-groups-ar")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        assert dashboard.axe_violations() == []
        page.goto(f"{cohort_url}/groups/{site['group']}/delete/")
        dashboard.screenshot("cohort-group-delete-ar")
        page.locator("form button.button--danger").click()
        page.wait_for_load_state()
        expect(page.locator("body")).to_contain_text("حُذفت المجموعة")
        dashboard.screenshot("cohort-group-deleted-ar")
    finally:
        facilitator.close()
        learner.close()



def test_a_join_storm_fetches_no_whole_page(browser, site):
    """20 learners join one after the other while three dashboard tabs are open: no tab
    fetches the whole page again, and each fetches its changing sections at most about
    once a second; every tab ends with the 21 members and their rows
    (bench: join_storm.full_page_fetches). Then the 20 complete a lesson each: every tab
    updates their rows' totals live, fetching at most about once a second."""
    storm = join_storm(browser, site, progress=True)
    assert storm.full_page_fetches == 0, storm
    for fetches in storm.sections_fetches:
        assert 1 <= fetches <= storm.seconds + 2, storm
    # Then each of the 20 completes a lesson: every tab shows each one's row totals from
    # the events alone; no tab reloads, and whatever it fetches meanwhile (the sections,
    # coalesced) stays under one a second.
    assert storm.progress_full_page_fetches == 0, storm
    for fetches in storm.progress_other_fetches:
        assert fetches <= storm.progress_seconds + 1, storm
