"""Taking a quiz through the views: the form, idempotent submission, the review policy."""

from datetime import timedelta

import pytest
from django.db import transaction
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from quizzes.blocks import QuizBlock
from quizzes.models import Answer, Attempt, Quiz
from quizzes.signals import attempt_graded

from .data import SECRETS
from .helpers import post_data


def render_block(quiz, page, user):
    request = RequestFactory().get(page.url or "/ar/")
    request.user = user
    block = QuizBlock()
    return block.render(block.to_python({"quiz": quiz.pk}), context={"request": request,
                                                                     "page": page})


def submit_url(quiz):
    return reverse("quizzes:submit", args=[quiz.pk])


@pytest.fixture
def placed(quiz, lesson):
    lesson.place(quiz)
    return quiz


def test_block_shows_every_question_and_no_answer(client, placed, lesson, learner):
    html = render_block(placed, lesson, learner)
    assert html.count('class="question question--') == 10
    assert "نور الأخبار" in html and "paypa1-support.example" in html
    for secret in SECRETS:
        assert secret not in html, secret
    # Mock-ups never link anywhere; Latin handles and addresses are isolated.
    assert "<a " not in html.split('class="quiz__form"')[1]
    assert '<bdi dir="ltr">@nour_news_24</bdi>' in html
    assert '<bdi dir="ltr">http://paypa1-support.example/login</bdi>' in html


def test_anonymous_visitor_is_asked_to_sign_in(placed, lesson):
    from django.contrib.auth.models import AnonymousUser

    html = render_block(placed, lesson, AnonymousUser())
    assert "question--" not in html
    assert "?next=" in html


def test_block_renders_nothing_on_a_page_that_does_not_place_the_quiz(quiz, home_page, learner):
    assert render_block(quiz, home_page, learner).strip() == ""


def test_passing_submission_is_graded_and_reported(client, placed, lesson, learner):
    # Practice: the key is shown at once (a graded quiz keeps it, test_review_policy.py).
    Quiz.objects.filter(pk=placed.pk).update(kind="practice", review_key_when="immediately")
    client.force_login(learner)
    received = []

    def receiver(sender, **kwargs):
        received.append({**kwargs, "atomic": transaction.get_connection().in_atomic_block})

    attempt_graded.connect(receiver)
    try:
        response = client.post(submit_url(placed), post_data(learner, placed, lesson))
    finally:
        attempt_graded.disconnect(receiver)
    attempt = Attempt.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("quizzes:attempt", args=[attempt.pk])
    assert attempt.passed and attempt.score == attempt.max_score == 10
    assert Answer.objects.filter(attempt=attempt).count() == 10
    assert received[0]["passed"] is True and received[0]["page_id"] == lesson.pk
    assert received[0]["user"] == learner and received[0]["atomic"]
    report = client.get(response.url).content.decode()
    assert "100" in report and "توقف أولاً." in report  # explanation shown after submitting


def test_failing_attempt_shows_feedback_and_allows_a_retake(client, placed, lesson, learner):
    Quiz.objects.filter(pk=placed.pk).update(kind="practice", review_key_when="immediately")
    client.force_login(learner)
    response = client.post(submit_url(placed), post_data(learner, placed, lesson, right=False))
    report = client.get(response.url).content.decode()
    assert "المشاركة تنشر الخطأ" in report  # feedback of the option chosen
    assert "نطاق مزيف" in report  # phishing signs
    assert "حاول مرة أخرى" in report or "Try again" in report
    html = render_block(placed, lesson, learner)
    assert "question--" in html  # the form again, for attempt 2
    client.post(submit_url(placed), post_data(learner, placed, lesson, right=True))
    assert list(Attempt.objects.order_by("number").values_list("number", "passed")) == [
        (1, False), (2, True)]


def test_the_same_form_posted_twice_makes_one_attempt(client, placed, lesson, learner):
    client.force_login(learner)
    data = post_data(learner, placed, lesson)
    first = client.post(submit_url(placed), data)
    second = client.post(submit_url(placed), data)
    assert first.url == second.url
    assert Attempt.objects.count() == 1 and Answer.objects.count() == 10


def test_two_tabs_never_make_two_attempts_nor_lose_the_first(client, placed, lesson, learner):
    client.force_login(learner)
    tab_one = post_data(learner, placed, lesson, right=True)
    tab_two = post_data(learner, placed, lesson, right=False)
    assert tab_one["token"] != tab_two["token"]
    first = client.post(submit_url(placed), tab_one)
    second = client.post(submit_url(placed), tab_two, follow=True)
    attempt = Attempt.objects.get()
    assert attempt.passed  # the first one is kept
    assert second.redirect_chain[-1][0] == first.url
    assert "another tab" in second.content.decode() or "نافذة" in second.content.decode()


def test_attempts_are_limited(client, placed, lesson, learner):
    placed.attempts_allowed = 1
    placed.save()
    client.force_login(learner)
    stale = post_data(learner, placed, lesson, right=False)
    client.post(submit_url(placed), stale)
    html = render_block(placed, lesson, learner)
    assert "question--" not in html
    from quizzes.attempts import FormToken

    forged = FormToken(placed.pk, lesson.pk, learner.pk, 2, "2" * 32, 1).sign()
    response = client.post(submit_url(placed), {**stale, "token": forged})
    assert response.status_code == 400
    assert Attempt.objects.count() == 1


def test_time_limit_is_enforced_on_the_server(client, placed, lesson, learner):
    placed.time_limit_minutes = 5
    placed.save()
    client.force_login(learner)
    html = render_block(placed, lesson, learner)
    assert "question--" not in html and reverse("quizzes:start", args=[placed.pk]) in html
    response = client.post(reverse("quizzes:start", args=[placed.pk]), {"page": lesson.pk})
    assert response.status_code == 302
    attempt = Attempt.objects.get()
    assert attempt.submitted_at is None and attempt.deadline
    Attempt.objects.filter(pk=attempt.pk).update(
        started_at=timezone.now() - timedelta(minutes=10),
        deadline=timezone.now() - timedelta(minutes=5))
    response = client.post(submit_url(placed), post_data(learner, placed, lesson))
    assert response.status_code == 400
    assert "الوقت" in response.content.decode() or "time" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and Answer.objects.count() == 0


def test_timed_attempt_within_the_limit_is_graded(client, placed, lesson, learner):
    placed.time_limit_minutes = 5
    placed.save()
    client.force_login(learner)
    client.post(reverse("quizzes:start", args=[placed.pk]), {"page": lesson.pk})
    client.post(reverse("quizzes:start", args=[placed.pk]), {"page": lesson.pk})
    assert Attempt.objects.count() == 1  # one open attempt per learner and quiz
    response = client.post(submit_url(placed), post_data(learner, placed, lesson))
    assert response.status_code == 302
    assert Attempt.objects.get().passed


@pytest.mark.parametrize(
    ("when", "attempts", "closes", "shows_feedback"),
    [
        ("immediately", 0, None, True),
        ("never", 0, None, False),
        ("after_last_attempt", 2, None, False),
        ("after_last_attempt", 1, None, True),
        ("after_close", 0, timedelta(days=1), False),
        ("after_close", 0, timedelta(days=-1), True),
    ],
)
def test_review_policy_decides_what_the_report_shows(
    client, placed, lesson, learner, when, attempts, closes, shows_feedback
):
    placed.review_when = when
    # Only the moment the review opens is looked at here: a practice quiz showing its
    # key with it (the key's own rule: test_review_policy.py).
    placed.kind, placed.review_key_when = "practice", "immediately"
    placed.attempts_allowed = attempts
    placed.save()
    client.force_login(learner)
    response = client.post(submit_url(placed), post_data(learner, placed, lesson, right=False))
    # The window closes after the attempt (none is accepted once it closed).
    Quiz.objects.filter(pk=placed.pk).update(
        closes_at=timezone.now() + closes if closes else None)
    report = client.get(response.url).content.decode()
    assert ("المشاركة تنشر الخطأ" in report) is shows_feedback
    assert ("توقف أولاً." in report) is shows_feedback


def test_review_can_hide_the_right_answers_but_show_the_score(client, placed, lesson, learner):
    Quiz.objects.filter(pk=placed.pk).update(review_answers=False, review_explanations=False)
    client.force_login(learner)
    response = client.post(submit_url(placed), post_data(learner, placed, lesson, right=False))
    report = client.get(response.url).content.decode()
    assert "review__verdict" in report  # correctness shown
    assert "الإجابة الصحيحة" not in report and "Right answer" not in report
    assert "توقف أولاً." not in report


def test_learner_cannot_open_another_learners_report(client, placed, lesson, learner):
    from ..factories import UserFactory

    client.force_login(learner)
    response = client.post(submit_url(placed), post_data(learner, placed, lesson))
    client.force_login(UserFactory())
    assert client.get(response.url).status_code == 404


def test_shuffle_is_reproducible_from_the_stored_seed(placed):
    from quizzes.presentation import learner_questions

    placed.shuffle_questions = True
    placed.shuffle_options = True
    first = [q["id"] for q in learner_questions(placed, seed=11)]
    assert first == [q["id"] for q in learner_questions(placed, seed=11)]
    assert first != [q["id"] for q in learner_questions(placed, seed=12)]
    options = learner_questions(placed, seed=11)[0].get("options")
    assert options == learner_questions(placed, seed=11)[0].get("options")


def test_ordering_items_are_never_shown_in_the_right_order(placed):
    from quizzes.grading import item_ids
    from quizzes.presentation import learner_questions

    question = next(q for q in placed.canonical_questions() if q.block_type == "ordering")
    right = item_ids(question.value, "items")
    for seed in range(1, 40):
        shown = next(q for q in learner_questions(placed, seed=seed) if q["type"] == "ordering")
        assert [i["id"] for i in shown["items"]] != right


def test_english_learner_sees_english_texts_graded_against_arabic(client, placed, lesson,
                                                                   learner):
    from django.utils import translation

    with translation.override("en"):
        html = render_block(placed, lesson, learner)
        assert "Photos never lie." in html and "Nour News" in html
        client.force_login(learner)
        response = client.post("/en" + submit_url(placed)[3:],
                               post_data(learner, placed, lesson))
    assert response.status_code == 302
    assert Attempt.objects.get().passed


def test_cohort_window_hook_decides_when_the_review_opens(client, placed, lesson, learner):
    from datetime import timedelta

    from wagtail import hooks

    placed.review_when = "after_close"
    placed.kind, placed.review_key_when = "practice", "immediately"  # only the window decides
    placed.save()
    client.force_login(learner)
    response = client.post(submit_url(placed), post_data(learner, placed, lesson, right=False))
    # The quiz's own window closes after the attempt.
    Quiz.objects.filter(pk=placed.pk).update(closes_at=timezone.now() - timedelta(days=1))
    later = timezone.now() + timedelta(days=2)
    with hooks.register_temporarily("basira_quiz_window_closes", lambda user, quiz: later):
        report = client.get(response.url).content.decode()
    assert "المشاركة تنشر الخطأ" not in report  # the cohort's window is still open


def test_preview_renders_the_same_secret_free_form(placed, lesson, learner):
    request = RequestFactory().get("/ar/")
    request.user = learner
    request.is_preview = True
    block = QuizBlock()
    html = block.render(block.to_python({"quiz": placed.pk}),
                        context={"request": request, "page": lesson})
    assert 'class="question question--' in html
    for secret in SECRETS:
        assert secret not in html, secret
