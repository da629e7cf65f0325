"""Journey c: a facilitator runs a workshop, in Arabic, on the seeded demo.

Signed in, setting up the second factor the site asks for, the facilitator opens the cohort and its progress matrix
(on a phone), then starts a live quiz on the projector (1280×720); two phones join: a
member from their dashboard, and a learner not yet in the cohort who types the quiz code
and then the cohort's join code at the live quiz's door. At every step of the presenter
view nothing hides under the control bar. The results stay in the cohort's records, the
"live" indicators go out, and the CSV/XLSX exports download. Every screenshot lands in
artifacts/journeys/facilitator/, numbered in order.

The site is Django's live server (no websockets): the live pages fall back to polling
their JSON state, as on a network that blocks websockets.
"""

import re

import pytest

from courses.cohorts.demo import FACILITATOR

from .steps import sign_in_with_two_factor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PROJECTOR = {"width": 1280, "height": 720}
QUIZ = "تدريب الوحدة الأولى"  # the first practice quiz of the disinformation course

# Every visible element of the presenter view ends above the control bar, inside the
# screen, and the stage holds its content without scrolling.
HIDDEN_UNDER_BAR = """() => {
  const root = document.querySelector('#live');
  const bar = root.querySelector('.live-controls');
  const barTop = bar.offsetParent === null ? innerHeight : bar.getBoundingClientRect().top;
  const hidden = [];
  if (bar.offsetParent !== null && bar.getBoundingClientRect().bottom > innerHeight + 1) {
    hidden.push('the control bar itself');
  }
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('.live-controls') || el.closest('[hidden]') || el.tagName === 'SCRIPT') continue;
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height || getComputedStyle(el).visibility === 'hidden') continue;
    if (box.bottom > barTop + 1 || box.top < -1) {
      hidden.push((el.className || el.tagName) + ' ' + Math.round(box.top) + '–' +
                  Math.round(box.bottom) + ' (bar at ' + Math.round(barTop) + ')');
    }
  }
  for (const stage of root.querySelectorAll('.live-screen:not([hidden]), .live-leaderboard:not([hidden])')) {
    if (stage.scrollHeight > stage.clientHeight + 1) hidden.push('scrolled: ' + stage.className);
  }
  return hidden;
}"""


def test_facilitator_journey(journey, live_server, demo_site):  # noqa: PLR0915
    from playwright.sync_api import expect

    from courses.models.cohorts import Cohort

    base = live_server.url
    cohort = Cohort.objects.get()
    facilitator = journey("facilitator")

    def shot(page, name):
        """A step of this journey, from whichever screen it happened on."""
        facilitator.steps += 1
        facilitator.folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(facilitator.folder / f"{facilitator.steps:02d}-{name}.png"),
                        full_page=True)

    def fits(step):
        presenter.wait_for_timeout(300)  # the bars' width transition
        assert presenter.evaluate(HIDDEN_UNDER_BAR) == [], step
        shot(presenter, f"presenter-{step}")

    # --- the cohort and its matrix, on the facilitator's phone -------------------------
    phone = facilitator.page
    sign_in_with_two_factor(facilitator, f"{base}/ar/accounts/login/?next=/ar/facilitate/",
                            demo_site.user("facilitator"), FACILITATOR[1])
    phone.goto(f"{base}/ar/facilitate/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    facilitator.shot("cohorts")
    phone.locator(f'a[href$="/facilitate/cohorts/{cohort.pk}/"]').first.click()
    expect(phone.locator("[data-section=matrix]")).to_be_visible()
    # The seeded pre/post tests show as best scores in the matrix, as its legend says.
    assert phone.locator(".cell__score").filter(has_text=re.compile(r"\S")).count() > 0
    expect(phone.locator("[data-before-joining]")).to_be_visible()
    facilitator.shot("cohort-and-matrix")
    phone.locator("[data-section=matrix] tbody th a").first.click()
    assert "/learners/" in phone.url
    facilitator.shot("a-learner")

    # --- the projector: pick a quiz in course order and start it -------------------------
    projector = journey("facilitator-projector")
    projector.page.set_viewport_size(PROJECTOR)
    projector.sign_in(base, demo_site.user("facilitator"), verified=True)
    presenter = projector.page
    presenter.goto(f"{base}/ar/facilitate/cohorts/{cohort.pk}/live/")
    expect(presenter.locator(".live-picker__group--graded .warning")).to_be_visible()
    shot(presenter, "live-picker")
    presenter.locator(".live-picker__group--courses label").filter(has_text=QUIZ).click()
    presenter.locator("form.live-picker button[type=submit]").click()
    code = presenter.locator("[data-code]").inner_text().strip()
    fits("lobby")

    # --- two phones join: a member, and a learner not yet in the cohort -------------------
    member = journey("facilitator-member-phone")
    member.sign_in(base, demo_site.user("demo-layla"))
    member.page.goto(f"{base}/ar/learn/dashboard/")
    member.page.locator(f'form[action$="/quizzes/live/{code}/"] button').click()
    newcomer = journey("facilitator-newcomer-phone")
    newcomer.sign_in(base, demo_site.user("rawiya"))
    newcomer.page.goto(f"{base}/ar/quizzes/live/")
    newcomer.page.fill("input[name=code]", code.lower())
    newcomer.page.locator(".live-enter__form button").click()
    expect(newcomer.page.locator("input[name=group_code]")).to_be_visible()
    shot(newcomer.page, "newcomer-at-the-door")
    newcomer.page.fill("input[name=group_code]", cohort.display_code.lower())
    newcomer.page.locator(".live-enter__form button").click()
    expect(newcomer.page.locator(".live-play")).to_be_visible()
    shot(newcomer.page, "newcomer-in-the-quiz")
    expect(presenter.locator("[data-joined]")).to_have_text(re.compile("[2٢]"), timeout=10000)

    # --- the steps of a question on the projector ---------------------------------------
    presenter.locator("[data-action=next]").click()
    expect(presenter.locator("[data-screen=question]")).to_be_visible()
    fits("question")
    for learner in (member, newcomer):
        learner.page.locator(".live-answer").first.click(timeout=10000)
    expect(presenter.locator("[data-answered]")).to_have_text(re.compile("[2٢]"), timeout=10000)
    fits("counts")
    presenter.locator("[data-action=reveal]").click()
    expect(presenter.locator("[data-explanation]")).not_to_be_empty()
    fits("reveal-and-explanation")
    shot(member.page, "member-sees-the-answer")
    presenter.locator("[data-action=leaderboard]").click()
    expect(presenter.locator("[data-leaderboard]")).to_be_visible()
    fits("leaderboard")
    presenter.locator("[data-action=end]").click()
    expect(presenter.locator("[data-screen=ended]")).to_be_visible()
    expect(presenter.locator("[data-live-status]")).not_to_have_text("مباشر")
    fits("end")

    # --- results and exports -------------------------------------------------------------
    phone.goto(f"{base}/ar/facilitate/cohorts/{cohort.pk}/live/")
    expect(phone.locator(".live-record table").first).to_be_visible()
    facilitator.shot("results-in-the-records")
    phone.goto(f"{base}/ar/facilitate/cohorts/{cohort.pk}/")
    assert phone.locator("[data-live-now]").count() == 0
    assert cohort.memberships.filter(user__username="rawiya", role="learner").exists()
    for kind in ("matrix", "attempts"):
        for fmt in ("csv", "xlsx"):
            link = phone.locator(f'a[href*="/exports/{kind}.{fmt}?cohort="]')
            with phone.expect_download() as download:
                link.click()
            saved = download.value
            assert saved.failure() is None
            assert saved.suggested_filename.endswith(f".{fmt}")
    facilitator.shot("exports")
    for walker in (facilitator, projector, member, newcomer):
        assert walker.foreign_requests() == []
