"""Journey d: a learner with JavaScript off, in Arabic, on a 360×740 phone, on the demo.

Home → sign up → recovery codes (shown once) → catalogue → a course, enrol, read the
first lesson, answer its quiz and see the result → sign out ("you are signed out") →
"Forgot your password?" with one recovery code → the dashboard, signed in with the new
password. Everything is plain links and forms. Screenshots in
artifacts/journeys/learner-nojs/.
"""

import re

import pytest

from quizzes.models import Quiz
from tests.quizzes.helpers import answer_fields

from .steps import fill_account_recovery, sign_out

pytestmark = pytest.mark.django_db(transaction=True)

COURSE = "/ar/courses/spotting-disinformation/"
PSEUDONYM = "layla_bila_js"
PASSWORD = "a-long-pass-phrase-42"  # noqa: S105 - a test account
NEW_PASSWORD = "another-long-pass-phrase-77"  # noqa: S105
CODE = re.compile(r"^[a-z2-9]{5}-[a-z2-9]{5}$")


def _submit(page, form):
    form.locator("button[type=submit]").last.click()
    page.wait_for_load_state()


def _answer_first_quiz(page) -> None:
    """Answer the lesson's first quiz as a learner would: choices ticked, then submit."""
    form = page.locator("form[action*='/quizzes/'][action$='/submit/']").first
    quiz_id = int(re.search(r"/quizzes/(\d+)/submit/", form.get_attribute("action")).group(1))
    for name, values in answer_fields(Quiz.objects.get(pk=quiz_id), right=True).items():
        fields = form.locator(f"[name='{name}']")
        kind = fields.first.evaluate("e => e.tagName.toLowerCase() + ':' + (e.type || '')")
        if kind.startswith("select"):
            fields.first.select_option(values[0])
        elif kind in ("input:radio", "input:checkbox"):
            for value in values:
                form.locator(f"[name='{name}'][value='{value}']").check(force=True)
        else:
            fields.first.fill(values[0])
    _submit(page, form)


def test_a_learner_without_javascript_signs_up_learns_and_recovers_the_account(
    journey, live_server, demo_site
):
    base = live_server.url
    learner = journey("learner-nojs", javascript=False)
    page = learner.page

    # The home page's first call to action: sign up.
    page.goto(f"{base}/ar/")
    learner.shot("home")
    page.locator(".hero__actions a.button").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/ar/accounts/signup/")
    assert "رموز استرداد" in page.locator("main").inner_text()  # says what comes next
    page.fill("#id_username", PSEUDONYM)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    learner.shot("signup")
    _submit(page, page.locator("main form"))

    # The recovery codes, shown once, with how to keep them.
    assert page.url.endswith("/ar/accounts/recovery-codes/")
    codes = [c.strip() for c in page.locator(".recovery-codes code").all_inner_texts()]
    assert len(codes) == 10 and all(CODE.match(c) for c in codes)
    assert page.get_by_role("heading", name="احفظ رموز الاسترداد").is_visible()
    learner.shot("recovery-codes")
    page.get_by_role("button", name="حفظتها، تابع").click()
    page.wait_for_load_state()

    # The catalogue, a course, enrolling, the first lesson.
    assert page.url.endswith("/ar/courses/")
    learner.shot("catalogue")
    page.locator(f"main a[href='{COURSE}']").first.click()
    page.wait_for_load_state()
    learner.shot("course")
    page.get_by_role("button", name="سجّل وابدأ").click()
    page.wait_for_load_state()
    assert page.locator("h1.lesson__title").is_visible()
    learner.shot("lesson")

    # The lesson's quiz, answered without JavaScript: the result page.
    _answer_first_quiz(page)
    assert "/quizzes/" in page.url
    learner.shot("quiz-result")

    # Signing out says so.
    sign_out(learner)

    # Forgot the password: the login page leads to recovery with a code (typed as it is
    # read off paper), or by e-mail for an account that has one.
    fill_account_recovery(learner, base, PSEUDONYM, codes[0].upper(), NEW_PASSWORD)
    assert page.get_by_role("link", name="أرسلوا إليّ رابطًا بالبريد الإلكتروني").is_visible()
    learner.shot("recover")
    _submit(page, page.locator("main form"))

    # Signed in with the new password, on the dashboard, told how many codes are left.
    assert page.url.endswith("/ar/learn/dashboard/")
    assert page.get_by_text("بقي لديك 9 رموز استرداد.").is_visible()
    learner.shot("dashboard-after-recovery")
    assert demo_site.user(PSEUDONYM).check_password(NEW_PASSWORD)
    assert learner.foreign_requests() == []
