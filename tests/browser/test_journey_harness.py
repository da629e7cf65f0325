"""The journey harness the role journeys share (tests/browser/conftest.py)."""

import pytest

from .conftest import JOURNEYS

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_journey_numbers_its_screenshots_in_order(journey, live_server, home_page, user):
    walk = journey("harness-check")
    walk.page.goto(f"{live_server.url}/ar/")
    assert walk.page.locator("html").get_attribute("dir") == "rtl"
    assert walk.page.viewport_size == {"width": 360, "height": 740}
    walk.shot("home")
    walk.sign_in(live_server.url, user)
    walk.page.goto(f"{live_server.url}/ar/")
    walk.shot("Home, signed in")
    assert sorted(p.name for p in (JOURNEYS / "harness-check").iterdir()) == [
        "01-home.png", "02-home-signed-in.png"]
    assert walk.foreign_requests() == []


def test_a_journey_without_javascript(journey, live_server, home_page):
    walk = journey("harness-check-no-js", javascript=False)
    walk.page.set_content("<title>before</title><script>document.title = 'ran'</script>")
    assert walk.page.title() == "before"
    walk.page.goto(f"{live_server.url}/ar/")
    walk.shot("home")
    assert (JOURNEYS / "harness-check-no-js" / "01-home.png").exists()


def test_a_journey_name_is_used_once(journey):
    journey("harness-once")
    with pytest.raises(ValueError, match="already walked"):
        journey("harness-once")
