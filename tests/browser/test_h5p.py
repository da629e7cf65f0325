"""H5P in Chromium: the activity plays in a sandboxed frame from the other origin."""

import io
import json

import pytest
from django.test import Client

from quizzes.h5p.ingest import ingest_package
from quizzes.models import H5PResult
from tests.factories import UserFactory
from tests.quizzes.h5p_packages import fixture_bytes, own_package

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.urls("tests.quizzes.h5p_urls")]


@pytest.fixture
def h5p_site(settings, live_server, home_page, tmp_path):
    port = live_server.url.rsplit(":", 1)[1]
    settings.QUIZZES_H5P_ORIGIN = f"http://localhost:{port}"
    settings.QUIZZES_H5P_FILES_ROOT = tmp_path / "h5p-files"
    return live_server.url


def log_in(visit, base_url, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    visit.page.context.add_cookies(
        [{"name": "sessionid", "value": cookie.value, "url": base_url}]
    )


def test_learner_answers_the_true_false_activity_and_the_result_is_stored(
    visit, h5p_site, home_page
):
    package = ingest_package(upload=io.BytesIO(fixture_bytes()), title="صح أم خطأ")
    learner = UserFactory()
    log_in(visit, h5p_site, learner)
    page = visit.page
    messages = []
    page.on("console", lambda m: messages.append("console: " + m.text))
    page.on("response", lambda r: messages.append(f"{r.status} {r.url[:150]}"))
    page.on("requestfailed", lambda r: messages.append(f"FAILED {r.url[:150]} {r.failure}"))
    page.goto(f"{h5p_site}/test-h5p/{package.pk}/{home_page.pk}/")
    frame_el = page.locator("iframe.h5p-activity__frame")
    assert frame_el.get_attribute("sandbox") == "allow-scripts"
    assert frame_el.get_attribute("src").startswith(f"{h5p_site.replace('127.0.0.1', 'localhost')}/h5p/p/")
    player = page.frame_locator("iframe.h5p-activity__frame")
    try:
        player.get_by_text("False", exact=True).click(timeout=15000)
    finally:
        visit.screenshot("h5p-true-false-ar")
        print("\n".join(messages))
        for f in page.frames:
            try:
                print("FRAME", f.url[:80], f.evaluate("() => [document.origin, typeof H5P, typeof H5PIntegration, document.documentElement.outerHTML.slice(0, 3000)]"))
            except Exception as e:
                print("FRAME ERR", f.url[:80], e)
    player.get_by_role("button", name="Check").click()
    try:
        page.wait_for_function(
            "document.querySelector('.h5p-activity__status').textContent.length > 0",
            timeout=10000,
        )
    finally:
        print("AFTER", "\n".join(m for m in messages if "resize" not in m))
    result = H5PResult.objects.get()
    assert result.user == learner and result.package == package
    assert result.page_id == home_page.pk
    assert result.score == 1 and result.max_score == 1 and result.success is True
    assert result.is_client_reported and result.completes_lesson
    assert "actor" not in json.dumps(result.statement)
    visit.screenshot("h5p-true-false-answered")
    assert visit.foreign_requests("localhost") == []
