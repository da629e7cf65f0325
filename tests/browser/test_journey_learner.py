"""Journey a: a new learner on the seeded demo, in Arabic, on a 360×740 phone.

Sign up → recovery codes → catalogue → enrol → the pre-test
lesson → a practice quiz failed, its feedback, retaken and passed → the lesson completes
→ the H5P activity answered → sign out → the account recovered with a code → the
dashboard's "Continue" lands on the first unfinished lesson → every lesson to the end → the certificate. Screenshots in
artifacts/journeys/learner/.
"""

import re

import pytest

from courses.models import LessonProgress
from quizzes.models import Quiz
from tests.quizzes.helpers import answer_fields

from .steps import fill_account_recovery, sign_out

pytestmark = pytest.mark.django_db(transaction=True)

COURSE = "/ar/courses/spotting-disinformation/"
PASSWORD = "a-long-pass-phrase-42"  # noqa: S105 - a test account
NEW_PASSWORD = "another-long-phrase-77"  # noqa: S105 - a test account


def _quiz_forms(page) -> list[int]:
    actions = page.locator("form[action*='/quizzes/'][action$='/submit/']")
    return [int(re.search(r"/quizzes/(\d+)/submit/", actions.nth(i).get_attribute("action"))
                .group(1)) for i in range(actions.count())]


def _answer(page, quiz_id: int, *, right: bool) -> None:
    """Fill the quiz form as a learner would (clicks and choices), then submit it."""
    form = page.locator(f"form[action$='/quizzes/{quiz_id}/submit/']")
    for name, values in answer_fields(Quiz.objects.get(pk=quiz_id), right=right).items():
        fields = form.locator(f"[name='{name}']")
        kind = fields.first.evaluate("e => e.tagName.toLowerCase() + ':' + (e.type || '')")
        if kind.startswith("select"):
            fields.first.select_option(values[0])
        elif kind in ("input:radio", "input:checkbox"):
            for value in values:
                form.locator(f"[name='{name}'][value='{value}']").check(force=True)
        else:
            fields.first.fill(values[0])
    form.locator("button[type=submit]").last.click()
    page.wait_for_load_state()


def _back_to_lesson(page):
    page.locator("main a.button").last.click()
    page.wait_for_load_state()


def _lesson_slug(page) -> str:
    return page.url.split("#")[0].rstrip("/").rsplit("/", 1)[-1]


def test_a_new_learner_follows_a_course_to_the_certificate(
    h5p_origin, journey, live_server, demo_site, tmp_path
):
    base = live_server.url
    learner = journey("learner")
    page = learner.page

    # Sign up with a pseudonym.
    page.goto(f"{base}/ar/accounts/signup/")
    page.fill("#id_username", "salma_journey")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    learner.shot("signup")
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()
    # The recovery codes, shown once; the learner keeps one for later.
    assert page.url.endswith("/ar/accounts/recovery-codes/")
    codes = [c.strip() for c in page.locator(".recovery-codes code").all_inner_texts()]
    assert len(codes) == 10
    learner.shot("recovery-codes")
    page.get_by_role("button", name="حفظتها، تابع").click()
    page.wait_for_load_state()

    # The catalogue, the course, enrolling.
    assert page.url.endswith("/ar/courses/")
    learner.shot("catalogue")
    page.locator(f"main a[href='{COURSE}']").first.click()
    page.wait_for_load_state()
    learner.shot("course")
    page.get_by_role("button", name="سجّل وابدأ").click()
    page.wait_for_selector("h1.lesson__title")

    # The first lesson holds the pre-test: opening it does not complete it; answering does.
    assert _lesson_slug(page) == "emotion-and-speed"
    assert page.locator(".lesson__rule").inner_text() == (
        "يكتمل هذا الدرس عندما تجيب عن اختباره، أيًّا كانت نتيجتك.")
    assert page.locator(".lesson-complete__done").count() == 0
    learner.shot("first-lesson-pretest")
    _answer(page, _quiz_forms(page)[0], right=False)
    learner.shot("pretest-answered")
    _back_to_lesson(page)
    assert page.locator(".lesson-complete__done").is_visible()

    # "Continue" at the lesson's end: the practice quiz, failed, read, retaken, passed.
    page.locator(".lesson-complete__continue a.button").click()
    page.wait_for_load_state()
    assert _lesson_slug(page) == "algorithms-and-coordinated-accounts"
    assert "اختبار التدريب" in page.locator(".lesson__rule").inner_text()
    practice = _quiz_forms(page)[0]
    _answer(page, practice, right=False)
    assert page.get_by_text("حاول مرة أخرى").count() or page.locator("main a.button").count()
    learner.shot("practice-failed-feedback")
    _back_to_lesson(page)
    assert page.locator(".lesson-complete__done").count() == 0
    _answer(page, practice, right=True)
    learner.shot("practice-passed")
    _back_to_lesson(page)
    assert page.locator(".lesson-complete__done").is_visible()
    learner.shot("lesson-complete")

    # Skip ahead to the H5P lesson through the outline, and answer the activity.
    page.locator(".lesson-outline a[href$='/reverse-image-search/']").click()
    page.wait_for_load_state()
    # Frames load when they come near the screen.
    page.locator("iframe.h5p-activity__frame").last.scroll_into_view_if_needed()
    player = page.frame_locator("iframe.h5p-activity__frame").last
    player.get_by_role("button", name="خطأ").click(timeout=30000)  # Basira's own card
    page.locator(".h5p-activity__status").last.filter(has_text="حُفظت").wait_for(timeout=15000)
    learner.shot("h5p-answered")

    # Sign out; the password is forgotten: recover the account with a code, which lands
    # on the dashboard, whose "Continue" opens the first unfinished lesson (the third),
    # not the one after the last opened.
    sign_out(learner)
    fill_account_recovery(learner, base, "salma_journey", codes[3], NEW_PASSWORD)
    learner.shot("recover-with-a-code")
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state()
    assert page.url.endswith("/ar/learn/dashboard/")
    learner.shot("dashboard")
    page.locator(".dashboard a.button", has_text="متابعة").click()
    page.wait_for_load_state()
    assert _lesson_slug(page) == "impersonation-and-emotional-language"
    learner.shot("continue-lands-on-first-unfinished")

    # Every remaining lesson, the way its rule says, until the course is complete.
    for _ in range(20):
        if page.url.endswith(COURSE):
            break
        if page.locator(".lesson-complete__done").count():
            page.locator(".lesson-complete__continue a.button").click()
        elif page.locator(".lesson-complete button[type=submit]").count():
            page.locator(".lesson-complete button[type=submit]").click()
        else:
            lesson_url = page.url.split("#")[0]
            for quiz_id in _quiz_forms(page):
                _answer(page, quiz_id, right=True)
                page.goto(lesson_url)
            assert page.locator(".lesson-complete__done").count(), lesson_url
        page.wait_for_load_state()
    user = demo_site.user("salma_journey")
    assert LessonProgress.objects.filter(user=user).count() == 11

    page.goto(f"{base}{COURSE}")
    learner.shot("course-complete-certificate")
    with page.expect_download() as download:
        page.get_by_role("link", name="نزّل شهادتك (PDF)").click()
    assert download.value.suggested_filename.startswith("basira-certificate-")
    assert learner.foreign_requests("localhost") == []


def test_a_returning_learner_continues_where_work_remains_without_javascript(
    journey, live_server, demo_site
):
    """rawiya (seeded with the first three lessons done) signs in with JavaScript off:
    "Continue" opens the fourth lesson, whose rule is told, and marking it complete
    leads on to the fifth; the outline and the bar agree on the way."""
    base = live_server.url
    learner = journey("learner-no-js", javascript=False)
    page = learner.page
    page.goto(f"{base}/ar/accounts/login/")
    page.fill("#id_username", "rawiya")
    page.fill("#id_password", "basira-demo-learner")
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(f"{base}/ar/learn/dashboard/")
    learner.shot("dashboard")
    page.locator(".dashboard a.button", has_text="متابعة").first.click()
    page.wait_for_load_state()
    assert _lesson_slug(page) == "polarisation-and-conspiracy"
    assert page.locator(".lesson__rule").inner_text() == (
        "عندما تنتهي من قراءة هذا الدرس، حدّده كمكتمل.")
    learner.shot("continue-fourth-lesson")
    page.locator(".lesson-complete button[type=submit]").click()
    page.wait_for_load_state()
    assert _lesson_slug(page) == "discrediting-and-trolling"
    assert page.locator(".lesson-outline .outline__lesson.is-done").count() == 4
    # An Arabic percentage starts with LEFT-TO-RIGHT MARK (docs/design.md, formatting).
    assert "(\u200e36%)" in page.locator(".lesson-complete .progress__label").inner_text()
    learner.shot("marked-complete-next-lesson")
