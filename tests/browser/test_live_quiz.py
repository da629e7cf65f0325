"""A live workshop quiz in Arabic, end to end: a facilitator starts it from the cohort
and paces three questions on the projector; three learners answer on phones (one of them
over the polling fallback, with websockets unavailable; one reloads mid-question).

The site runs in its own process (daphne's runserver: HTTP and websockets) on a
throwaway SQLite file, since the websockets need a real ASGI server."""

import re

import pytest

from tests.servers import site_process

PHONE = {"width": 390, "height": 844}
PROJECTOR = {"width": 1280, "height": 800}


@pytest.fixture
def site(tmp_path):
    with site_process(tmp_path, "tests/browser/live_quiz_setup.py") as data:
        yield data


def _context(browser, base_url, session, viewport, websockets=True):
    context = browser.new_context(viewport=viewport, locale="ar")
    context.add_cookies([{"name": "sessionid", "value": session, "url": base_url}])
    if not websockets:  # as on a network that blocks them
        context.add_init_script("delete window.WebSocket;")
    return context


def test_a_three_question_live_quiz_in_arabic(browser, site):  # noqa: PLR0915
    from playwright.sync_api import expect

    from .conftest import Visit

    base = site["url"]
    contexts = [_context(browser, base, site["facilitator_session"], PROJECTOR)]
    contexts += [_context(browser, base, session, PHONE, websockets=n != 2)
                 for n, session in enumerate(site["learner_sessions"])]
    try:
        presenter = Visit(contexts[0].new_page())
        screen = presenter.page
        screen.goto(f"{base}/ar/facilitate/cohorts/{site['cohort']}/")
        screen.locator(f'a[href$="/facilitate/cohorts/{site["cohort"]}/live/"].button').click()
        screen.check(f'input[name=quiz][value="{site["quiz"]}"]')
        screen.locator("form.stack-form button[type=submit]").click()
        screen.wait_for_selector('#live[data-live="live"]', timeout=10000)
        code = screen.locator("[data-code]").inner_text()
        assert screen.locator("html").get_attribute("dir") == "rtl"

        phones = [Visit(context.new_page()) for context in contexts[1:]]
        # one types the code, one follows the link on their dashboard, one scans the QR
        phones[0].page.goto(f"{base}/ar/quizzes/live/")
        phones[0].page.fill("input[name=code]", code.lower())
        phones[0].page.locator(".live-enter__form button").click()
        phones[1].page.goto(f"{base}/ar/learn/dashboard/")
        phones[1].page.get_by_role("button", name="انضم إلى الاختبار المباشر").click()
        phones[2].page.goto(f"{base}/ar/quizzes/live/{code}/")  # the QR code: confirm first
        phones[2].page.locator(".live-enter__form button").click()
        for phone in phones:
            expect(phone.page.locator('[data-screen="lobby"]')).to_be_visible()
        expect(phones[2].page.locator("#live")).to_have_attribute("data-live", "polling")
        expect(screen.locator("[data-joined]")).to_have_text("3", timeout=10000)

        def next_question(number, prompt):
            screen.locator('[data-action="next"]').click()
            expect(screen.locator("[data-prompt]")).to_have_text(prompt)
            for phone in phones:
                expect(phone.page.locator("[data-progress]")).to_contain_text(
                    f"السؤال {number} من 3", timeout=10000)
                expect(phone.page.locator("[data-prompt]")).to_have_text(prompt)

        def tap(phone, selector):
            phone.page.locator(selector).click()
            expect(phone.page.locator("[data-locked]")).to_be_visible(timeout=10000)

        # 1: single choice; the second learner reloads after answering, the third before
        next_question(1, "ما أول خطوة؟")
        assert "أحسنت" not in phones[0].page.content()  # no feedback before reveal
        assert phones[0].axe_violations() == []
        tap(phones[0], '.live-answer:has-text("توقف")')
        tap(phones[1], '.live-answer:has-text("شارك")')
        phones[1].page.reload()
        expect(phones[1].page.locator('.live-answer[aria-pressed="true"]')).to_have_text("شارك")
        expect(phones[1].page.locator("[data-locked]")).to_be_visible()
        phones[2].page.reload()
        tap(phones[2], '.live-answer:has-text("توقف")')
        expect(screen.locator("[data-answered]")).to_have_text("3", timeout=10000)
        phones[0].screenshot("live-quiz-learner-locked-ar")
        screen.locator('[data-action="reveal"]').click()
        expect(phones[0].page.locator("[data-verdict-text]")).to_have_text("إجابة صحيحة",
                                                                          timeout=10000)
        expect(phones[1].page.locator("[data-verdict-text]")).to_have_text("ليس تماماً",
                                                                          timeout=10000)
        expect(phones[1].page.locator("[data-explanation]")).to_have_text("توقف أولاً.")
        bars = screen.locator(".live-bar__count")
        expect(bars).to_have_text(["2", "1", "0"])
        phones[1].screenshot("live-quiz-learner-verdict-ar")

        # 2: true / false, with the pseudonym leaderboard switched on
        next_question(2, "الصور لا تكذب.")
        for phone, value in zip(phones, ["false", "false", "true"], strict=True):
            tap(phone, f'.live-answer[data-value="{value}"]')
        expect(screen.locator("[data-answered]")).to_have_text("3", timeout=10000)
        screen.locator('[data-action="leaderboard"]').click()
        screen.locator('[data-action="reveal"]').click()
        expect(screen.locator("[data-leaders] li")).to_have_count(3)
        expect(screen.locator("[data-leaders] li").first).to_contain_text("سلمى")

        # 3: rate a post on a 1-7 scale
        next_question(3, "قيّم هذا المنشور")
        expect(phones[0].page.locator(".live-post__text")).to_have_text("عاجل!!! شارك قبل الحذف")
        for phone, value in zip(phones, ["1", "2", "6"], strict=True):
            tap(phone, f'.live-answer[data-value="{value}"]')
        phones[2].screenshot("live-quiz-learner-scale-ar")
        expect(screen.locator("[data-answered]")).to_have_text("3", timeout=10000)
        screen.locator('[data-action="reveal"]').click()
        expect(screen.locator(".live-chart figcaption")).to_have_text("منشور مضلِّل")
        expect(screen.locator(".live-bar__count")).to_have_text(
            ["1", "1", "0", "0", "0", "1", "0"])
        presenter.screenshot("live-quiz-presenter-ar")
        assert presenter.axe_violations() == []

        screen.locator('[data-action="end"]').click()
        expect(screen.locator("[data-summary] tr")).to_have_count(3)
        expect(screen.locator("[data-summary] tr").first).to_contain_text("67%")
        for phone, score in zip(phones, ["3", "2", "1"], strict=True):
            expect(phone.page.locator("[data-score]")).to_have_text(
                f"الإجابات الصحيحة: {score} من 3", timeout=10000)
        phones[0].screenshot("live-quiz-learner-end-ar")
        presenter.screenshot("live-quiz-summary-ar")

        screen.locator(".live-screen a").click()
        expect(screen.locator("table.matrix tbody tr")).to_have_count(3)
        assert re.search(r"67\s*%", screen.locator("table.matrix").inner_text())
        presenter.screenshot("live-quiz-cohort-records-ar")
        for visit in [presenter, *phones]:
            assert visit.foreign_requests() == []
    finally:
        for context in contexts:
            context.close()
