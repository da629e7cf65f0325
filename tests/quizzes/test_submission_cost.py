"""What one quiz submission costs in database round trips, through a course's lesson
(courses/activity_progress.py): the submission is the request learners make most.

Counts, never times. The first submission that passes enrols the learner in the
self-paced course and completes the lesson; a later one finds the lesson complete and
writes nothing but its attempt. Either is a fixed number of statements whatever the size
of the course."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import Enrollment, LessonProgress
from quizzes.models import Attempt
from tests.courses.builders import lessons_of, make_catalogue, make_course

from .helpers import post_data

# The session's user, then the lesson's progress: the learner's state (one query), the
# enrolment upserted, the progress inserted (the required lessons left come from the
# course's cached structure, courses.activity_progress). Besides: the
# attempt with its answers (quizzes.submitted: one statement on PostgreSQL, two on
# SQLite) and the transaction's BEGIN and COMMIT. The quiz and its page are kept under
# the content generation (literacy.content_cache.kept), and so is the set of booster
# quizzes (courses.boosters.booster_quiz_ids: no booster statement for this quiz); the
# learner's cohorts (pacing, the progress events) come from the cache: none for a
# learner in no cohort (courses.cohorts.pacing.cohorts_following).
FIRST_PASS = 4
# As above without the two writes of a new completion.
LATER = 2
CONTROL = ("SAVEPOINT", "RELEASE SAVEPOINT", "BEGIN", "COMMIT")
ATTEMPT = ('"quizzes_attempt"', '"quizzes_answer"')


@pytest.fixture
def quiz_lesson(home_page, quiz):
    course = make_course(make_catalogue(home_page), rule="quiz", modules=3, lessons=3)
    lesson = lessons_of(course)[0]
    lesson.body = [*lesson.body.raw_data, {"type": "quiz", "value": {"quiz": quiz.pk}}]
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def _submit(client, learner, quiz, lesson, *, right=True) -> list:
    data = post_data(learner, quiz, lesson, right=right)
    with CaptureQueriesContext(connection) as queries:
        response = client.post(reverse("quizzes:submit", args=[quiz.pk]), data)
    assert response.status_code == 302
    return [q["sql"] for q in queries]


def test_a_submission_costs_a_fixed_number_of_queries(client, quiz_lesson, quiz, learner):
    client.force_login(learner)
    _submit(client, learner, quiz, quiz_lesson, right=False)  # caches warm, nothing done
    first = _submit(client, learner, quiz, quiz_lesson)
    assert LessonProgress.objects.filter(user=learner, lesson=quiz_lesson).exists()
    assert Enrollment.objects.get(user=learner).last_lesson_id == quiz_lesson.pk
    later = _submit(client, learner, quiz, quiz_lesson)

    def counted(sqls):
        return [sql for sql in sqls if not sql.startswith(CONTROL)
                and not (sql.startswith(("INSERT", "WITH")) and any(t in sql for t in ATTEMPT))]

    assert (len(counted(first)), len(counted(later))) == (FIRST_PASS, LATER), \
        "\n".join(counted(first) + ["--"] + counted(later))
    # One transaction (a savepoint inside the test's), none inside it: nothing in the
    # lesson's progress can fail on a race.
    for sqls in (first, later):
        assert sum(sql.startswith(("SAVEPOINT", "BEGIN")) for sql in sqls) == 1


def test_what_a_submission_keeps_follows_the_content(client, quiz_lesson, quiz, learner):
    """The quiz and its page are kept under the content generation between submissions:
    a changed quiz (here its attempts) and an unpublished lesson apply to the very next
    one, as a saved quiz or page starts a new generation (literacy/content_cache.py)."""
    client.force_login(learner)
    _submit(client, learner, quiz, quiz_lesson, right=False)  # both kept now
    quiz.attempts_allowed = 1
    quiz.save()
    data = post_data(learner, quiz, quiz_lesson)
    response = client.post(reverse("quizzes:submit", args=[quiz.pk]), data)
    assert response.status_code == 400 and Attempt.objects.count() == 1
    quiz.attempts_allowed = 0
    quiz.save()
    _submit(client, learner, quiz, quiz_lesson, right=False)
    quiz_lesson.unpublish()
    data = post_data(learner, quiz, quiz_lesson)
    assert client.post(reverse("quizzes:submit", args=[quiz.pk]), data).status_code == 404
    assert Attempt.objects.count() == 2
