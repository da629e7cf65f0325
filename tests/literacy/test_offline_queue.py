"""Forms a phone queued offline and replays (literacy/offline_queue.py): exactly once,
only for the account that queued them, and a refusal told in words and kept in the
learner's data export."""

import pytest
from django.urls import reverse

from courses import services
from courses.models import LessonProgress
from literacy.models import OfflineRejection
from literacy.offline import account_key
from quizzes.models import Attempt
from quizzes.signals import attempt_graded
from tests.courses.activities import make_quiz, place, quiz_block
from tests.courses.builders import lessons_of
from tests.quizzes.helpers import post_data

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def placed(course):
    lesson = lessons_of(course)[0]
    quiz = make_quiz("offline-queue", "graded")
    place(lesson, quiz_block(quiz))
    return quiz, lesson.specific


def _queued(client, user, url, data):
    return client.post(url, data, HTTP_X_BASIRA_QUEUED=account_key(user))


def test_a_queued_quiz_replayed_twice_makes_one_attempt_counted_once(client, learner, placed):
    quiz, lesson = placed
    graded = []

    def count(**kwargs):
        graded.append(kwargs["attempt"].pk)

    attempt_graded.connect(count, weak=False)
    try:
        client.force_login(learner)
        data = post_data(learner, quiz, lesson, right=True)
        url = reverse("quizzes:submit", args=[quiz.pk])
        first, second = _queued(client, learner, url, data), _queued(client, learner, url, data)
    finally:
        attempt_graded.disconnect(count)
    attempt = Attempt.objects.get(user=learner, quiz=quiz)
    for response in (first, second):
        assert response.status_code == 200
        body = response.json()
        assert body["outcome"] == "graded"
        assert body["url"] == reverse("quizzes:attempt", args=[attempt.pk])
        assert quiz.title in body["message"]
    assert graded == [attempt.pk]  # graded and counted once
    assert not OfflineRejection.objects.exists()


def test_a_queue_replayed_under_another_account_changes_nothing(client, course, learner,
                                                                 placed):
    """Account A's queue sent while B is signed in: 409, nothing graded, recorded or
    refused in B's name (the phone keeps it for A)."""
    quiz, lesson = placed
    other = UserFactory(username="huda")
    services.enroll(user=other, course=course)
    data = post_data(learner, quiz, lesson, right=True)
    client.force_login(other)
    quiz_reply = _queued(client, learner, reverse("quizzes:submit", args=[quiz.pk]), data)
    done_reply = _queued(client, learner, reverse("courses:complete", args=[lesson.pk]),
                         {"next": "1"})
    assert quiz_reply.status_code == done_reply.status_code == 409
    assert not Attempt.objects.exists()
    assert not LessonProgress.objects.filter(lesson=lesson).exists()
    assert not OfflineRejection.objects.exists()


def test_a_lesson_marked_complete_offline_is_recorded_once(client, learner, course):
    lesson = lessons_of(course)[1]
    client.force_login(learner)
    url = reverse("courses:complete", args=[lesson.pk])
    replies = [_queued(client, learner, url, {"next": "1"}) for _ in range(2)]
    assert [r.json()["outcome"] for r in replies] == ["recorded", "recorded"]
    assert lesson.title in replies[0].json()["message"]
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).count() == 1


@pytest.mark.parametrize("stale", ["token expired", "attempts used up"])
def test_a_stale_submission_is_told_in_words_and_kept_in_the_export(client, learner, placed,
                                                                    stale):
    quiz, lesson = placed
    client.force_login(learner)
    url = reverse("quizzes:submit", args=[quiz.pk])
    if stale == "attempts used up":
        quiz.attempts_allowed = 1
        quiz.save()
        assert client.post(url, post_data(learner, quiz, lesson)).status_code == 302
    data = post_data(learner, quiz, lesson, right=False)
    if stale == "token expired":
        data["token"] = data["token"][:-3] + "xyz"
    reply = _queued(client, learner, url, data)
    assert reply.status_code == 200
    body = reply.json()
    assert body["outcome"] == "rejected"
    assert quiz.title in body["message"] and body["url"] == reverse("accounts:personal_data")
    assert Attempt.objects.filter(user=learner).count() == (1 if stale == "attempts used up"
                                                             else 0)
    kept = OfflineRejection.objects.get(user=learner)
    assert "token" not in kept.answers and "csrfmiddlewaretoken" not in kept.answers
    assert kept.answers and kept.reasons

    export = client.get(reverse("accounts:personal_data_json")).json()
    records = export["sections"]["offline_rejections"]["records"]
    assert [r["title"] for r in records] == [quiz.title]
    assert kept.reasons[0] in records[0]["reasons"]
    page = client.get(reverse("accounts:personal_data")).content.decode()
    assert quiz.title in page


def test_the_queued_form_says_grading_waits_for_the_connection(client, learner, placed):
    quiz, lesson = placed
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    assert "data-offline-queued=" in html and "data-offline-queue" in html
    assert "data-waiting=" in html
