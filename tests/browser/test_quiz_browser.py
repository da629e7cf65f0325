"""A quiz in Chromium, in Arabic, on a 360 px screen: the form, the mock-ups, the review."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from quizzes.models import Attempt
from tests.quizzes.conftest import learner, lesson, quiz  # noqa: F401 - fixtures
from tests.quizzes.data import SECRETS
from tests.quizzes.helpers import answer_fields, post_data

pytestmark = pytest.mark.django_db(transaction=True)


def fill(page, fields):
    """Answer in the browser as a learner would: tick, choose, type."""
    for name, values in fields.items():
        target = page.locator(f'[name="{name}"]')
        kind = target.first.evaluate("e => e.tagName + ':' + (e.type || '')")
        for value in values:
            if kind.startswith("SELECT"):
                target.select_option(value)
            elif kind.endswith(("radio", "checkbox")):
                page.locator(f'[name="{name}"][value="{value}"]').check()
            else:
                target.fill(value)


def open_quiz_form(visit, live_server, quiz, lesson, learner):  # noqa: F811
    """The quiz form as the server renders it for this learner, in the browser.

    Until lessons can hold a quiz block on main, the form comes from the error page of
    an empty submission (the same include the block renders), written into a page of
    the live server so that its stylesheet, script, cookies and form action are real.
    """
    client = Client()
    client.force_login(learner)
    response = client.post(reverse("quizzes:submit", args=[quiz.pk]),
                           {"token": post_data(learner, quiz, lesson)["token"]})
    assert response.status_code == 400
    html = response.content.decode()
    visit.page.goto(f"{live_server.url}/ar/")
    visit.page.context.add_cookies([
        {"name": name, "value": morsel.value, "url": live_server.url}
        for name, morsel in client.cookies.items()
    ])
    visit.page.set_content(html)
    visit.page.wait_for_load_state("networkidle")
    return html


def test_arabic_graded_quiz_fail_read_feedback_retake_pass(
    visit, live_server, lesson, learner, quiz  # noqa: F811 - fixtures
):
    lesson.place(quiz)
    page = visit.page
    html = open_quiz_form(visit, live_server, quiz, lesson, learner)
    form_html = html.split('class="quiz__form"')[1]
    for secret in SECRETS:
        assert secret not in form_html, secret
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".question").count() == 10
    assert page.locator(".mock-post a, .mock-message a").count() == 0
    visit.screenshot("quiz-form-ar")

    fill(page, answer_fields(quiz, right=False))
    assert "10" in page.locator(".quiz__progress").inner_text()
    page.locator("[data-submit]").click()
    page.wait_for_url(re.compile(r"/ar/quizzes/attempts/\d+/"))
    assert "المشاركة تنشر الخطأ" in page.content()  # the chosen option's feedback
    assert page.locator(".review__item--wrong").count() >= 9
    visit.screenshot("quiz-review-failed-ar")
    assert visit.axe_violations() == []

    open_quiz_form(visit, live_server, quiz, lesson, learner)
    fill(page, answer_fields(quiz, right=True))
    page.locator("[data-submit]").click()
    page.wait_for_url(re.compile(r"/ar/quizzes/attempts/\d+/"))
    assert page.locator(".quiz__result--passed").count() == 1
    visit.screenshot("quiz-review-passed-ar")
    assert list(Attempt.objects.order_by("number").values_list("passed", flat=True)) == [
        False, True]
    assert visit.foreign_requests() == []


def test_quiz_form_has_no_accessibility_violations(
    visit, live_server, lesson, learner, quiz  # noqa: F811 - fixtures
):
    lesson.place(quiz)
    open_quiz_form(visit, live_server, quiz, lesson, learner)
    assert visit.axe_violations() == []
