# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""Pacing is enforced, not only shown: a module not yet open to a learner's cohorts gives
neither its lessons nor their quizzes or H5P activities, whatever URL is posted to.
Facilitators and editors see everything; learners in no cohort of the course are not
paced; the outline announces exactly what the lock enforces (courses/cohorts/pacing.py)."""

import datetime as dt
import io
import json
import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from courses import services
from courses.cohorts import membership
from courses.models import Enrollment, LessonProgress, ModuleRelease
from courses.permissions import ensure_groups
from literacy import formatting
from quizzes.models import Attempt, H5PResult
from tests.factories import UserFactory
from tests.html import without_styles
from tests.quizzes.helpers import post_data

from .activities import h5p_block, make_quiz, place, quiz_block
from .builders import make_course
from .cohort_fixtures import *

pytestmark = pytest.mark.django_db

LESSON_TEXT = "نصّ الدرس عن التحقق من الأخبار"  # in every lesson body (builders.sample_body)


@pytest.fixture(autouse=True)
def h5p_files(settings, tmp_path):
    settings.QUIZZES_H5P_ORIGIN = "http://localhost"
    settings.QUIZZES_H5P_FILES_ROOT = tmp_path / "h5p-files"


def today():
    return timezone.localdate()


def release(cohort, module, days):
    """Module opens for the cohort in `days` days (0: today, already open)."""
    ModuleRelease.objects.update_or_create(
        cohort=cohort, module_id=module.pk, defaults={"opens_on": today() + dt.timedelta(days)})


def module_of(lesson):
    return lesson.get_parent()


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def closed(cohort, course):
    """The second module opens in five days for the cohort; the first has no date."""
    lessons = lessons_in(course)
    release(cohort, module_of(lessons[2]), 5)
    return lessons[2]


@pytest.fixture
def quiz_on_closed(closed):
    quiz = make_quiz("paced-final", "graded")
    return quiz, place(closed, quiz_block(quiz))


def test_closed_lesson_shows_when_it_opens_not_its_content(cohort, learners, course, closed):
    client = signed_in(learners[0])
    with translation.override("ar"):
        day = formatting.date(today() + dt.timedelta(5))
    response = client.get(closed.url)
    assert response.status_code == 403
    html = response.content.decode()
    assert LESSON_TEXT not in html
    assert f"تُفتح هذه الوحدة لمجموعتك في {day}." in html
    assert 'class="quiz"' not in html and "<iframe" not in html
    # Nothing recorded: no visit, no completion.
    assert Enrollment.objects.get(user=learners[0], course=course).last_lesson_id is None
    assert client.get(lessons_in(course)[0].url).status_code == 200  # no date: open


def test_closed_lesson_is_translated(cohort, learners, closed):
    client = signed_in(learners[0])
    for language, text in (("en", "This module opens for your cohort on {}."),
                           ("fr", "Ce module s’ouvre pour votre groupe le {}.")):
        with translation.override(language):
            day = formatting.date(today() + dt.timedelta(5))
        response = client.get(re.sub(r"^/[a-z]{2}/", f"/{language}/", closed.url))
        assert response.status_code == 403
        assert text.format(day) in response.content.decode(), language


def test_a_closed_lesson_viewed_completes_nothing(cohort, learners, course, catalogue):
    on_view = make_course(catalogue, slug="on-view", modules=2, lessons=1, rule="view")
    cohort.courses.add(on_view)
    membership.enrol_in_cohort_courses(user=learners[0], cohort=cohort)
    lesson = lessons_in(on_view)[1]
    release(cohort, module_of(lesson), 3)
    assert signed_in(learners[0]).get(lesson.url).status_code == 403
    assert not LessonProgress.objects.filter(user=learners[0], lesson=lesson).exists()


def test_a_cohort_only_course_is_paced_too(cohort, learners, catalogue):
    taught = make_course(catalogue, slug="taught", modules=2, lessons=1, pacing="cohort_only")
    cohort.courses.add(taught)
    membership.add_learner(user=learners[0], cohort=cohort)  # enrols in the new course
    first, second = lessons_in(taught)
    release(cohort, module_of(second), 2)
    client = signed_in(learners[0])
    assert client.get(first.url).status_code == 200
    assert client.get(second.url).status_code == 403


def test_a_module_opens_on_its_date(cohort, learners, closed):
    client = signed_in(learners[0])
    release(cohort, module_of(closed), 1)
    assert client.get(closed.url).status_code == 403
    release(cohort, module_of(closed), 0)
    response = client.get(closed.url)
    assert response.status_code == 200
    assert LESSON_TEXT in response.content.decode()


def test_cached_body_is_never_served_to_a_blocked_learner(cohort, learners, course, closed):
    """The body fragments are cached per content: a learner who may see the lesson fills
    the cache, and the blocked learner still gets the closed page."""
    free = UserFactory(username="free")
    services.enroll(user=free, course=course)
    assert LESSON_TEXT in signed_in(free).get(closed.url).content.decode()
    html = signed_in(learners[0]).get(closed.url).content.decode()
    assert LESSON_TEXT not in html


def test_outline_and_lock_agree(cohort, learners, course, closed):
    client = signed_in(learners[0])
    with translation.override("ar"):
        day = formatting.date(today() + dt.timedelta(5))
    announced = f"تُفتح لمجموعتك في {day}"
    for url in (course.url, lessons_in(course)[0].url, closed.url):
        html = client.get(url).content.decode()
        assert html.count(announced) == 1, url
    # Opened: the outline stops announcing it and the lesson opens.
    release(cohort, module_of(closed), 0)
    assert "outline__opens" not in without_styles(client.get(course.url).content)
    assert client.get(closed.url).status_code == 200


def test_learner_in_two_cohorts_follows_the_faster_one(
    cohort, learners, course, closed, organisation, facilitator
):
    """A module is open once any of the learner's cohorts of the course opened it; a
    cohort with no date for it has it open from the start."""
    second = make_cohort(name="الثانية", organisation=organisation, facilitator=facilitator,
                         courses=[course], learners=[learners[0]])
    client = signed_in(learners[0])
    assert client.get(closed.url).status_code == 200  # the second cohort set no date
    release(second, module_of(closed), 9)
    assert client.get(closed.url).status_code == 403
    with translation.override("ar"):
        day = formatting.date(today() + dt.timedelta(5))  # the earlier of the two
    assert f"تُفتح لمجموعتك في {day}" in client.get(course.url).content.decode()
    release(second, module_of(closed), 0)
    assert client.get(closed.url).status_code == 200
    # A cohort of another course holds nothing back here.
    assert signed_in(learners[1]).get(closed.url).status_code == 403


def test_quiz_submission_posted_directly_is_refused_and_stores_nothing(
    cohort, learners, course, quiz_on_closed
):
    quiz, lesson = quiz_on_closed
    learner = learners[0]
    client = signed_in(learner)
    url = reverse("quizzes:submit", args=[quiz.pk])
    response = client.post(url, post_data(learner, quiz, lesson, right=True))
    assert response.status_code == 404
    assert not Attempt.objects.filter(user=learner).exists()
    assert not LessonProgress.objects.filter(user=learner).exists()
    release(cohort, module_of(lesson), 0)
    assert client.post(url, post_data(learner, quiz, lesson, right=True)).status_code == 302
    assert Attempt.objects.filter(user=learner, quiz=quiz).count() == 1


def test_joining_a_paced_cohort_closes_its_modules_at_once(cohort, course, quiz_on_closed):
    """A learner's cohorts are cached (courses.cohorts.access.cohort_ids_of_learner):
    one who was in none, and submitted while so, is paced from the moment they join."""
    quiz, lesson = quiz_on_closed
    newcomer = UserFactory(username="newcomer")
    services.enroll(user=newcomer, course=course)
    client = signed_in(newcomer)
    url = reverse("quizzes:submit", args=[quiz.pk])
    assert client.post(url, post_data(newcomer, quiz, lesson, right=False)).status_code == 302
    membership.add_learner(user=newcomer, cohort=cohort)
    response = client.post(url, post_data(newcomer, quiz, lesson, right=True))
    assert response.status_code == 404
    assert Attempt.objects.filter(user=newcomer, quiz=quiz).count() == 1


def test_offline_answers_and_progress_for_a_closed_lesson_are_refused_and_kept(
    cohort, learners, quiz_on_closed
):
    """Sent from a phone's offline queue (literacy/offline_queue.py): refused in words,
    nothing stored, the refusal kept for the learner's data export."""
    from literacy.models import OfflineRejection
    from literacy.offline import account_key

    quiz, lesson = quiz_on_closed
    learner = learners[0]
    client = signed_in(learner)
    queued = {"HTTP_X_BASIRA_QUEUED": account_key(learner)}
    replies = [client.post(reverse("quizzes:submit", args=[quiz.pk]),
                           post_data(learner, quiz, lesson, right=True), **queued),
               client.post(reverse("courses:complete", args=[lesson.pk]), {"next": "1"},
                           **queued)]
    assert [reply.json()["outcome"] for reply in replies] == ["rejected", "rejected"]
    assert not Attempt.objects.filter(user=learner).exists()
    assert not LessonProgress.objects.filter(user=learner).exists()
    assert sorted(OfflineRejection.objects.filter(user=learner)
                  .values_list("kind", flat=True)) == ["lesson", "quiz"]


def test_quiz_start_is_refused(cohort, learners, quiz_on_closed):
    quiz, lesson = quiz_on_closed
    client = signed_in(learners[0])
    url = reverse("quizzes:start", args=[quiz.pk])
    assert client.post(url, {"page": lesson.pk}).status_code == 404
    assert not Attempt.objects.exists()
    release(cohort, module_of(lesson), 0)
    assert client.post(url, {"page": lesson.pk}).status_code == 302
    assert Attempt.objects.filter(user=learners[0], quiz=quiz).count() == 1


@pytest.fixture
def package(db):
    from quizzes.h5p.ingest import ingest_package
    from tests.quizzes.h5p_packages import fixture_bytes

    return ingest_package(upload=io.BytesIO(fixture_bytes()), title="صح أم خطأ")


def _embed(user, package, lesson):
    from quizzes.h5p.embed import embed_context

    request = RequestFactory().get(lesson.url)
    request.user = user
    return embed_context(request=request, package=package, page=lesson, completes_lesson=True)


def _result(client, token, package):
    from tests.quizzes.test_h5p_results import statement

    return client.post(reverse("quizzes_h5p:results"),
                       data=json.dumps({"activity": token, "statement": statement(package)}),
                       content_type="application/json")


def test_h5p_token_and_result_are_refused(cohort, learners, closed, package):
    from quizzes.h5p.tokens import Activity, result_token

    lesson = place(closed, h5p_block(package.pk, completes_lesson=True))
    learner = learners[0]
    assert _embed(learner, package, lesson) is None  # no frame, no token
    # A token obtained another way (before a date was moved back, or forged for this
    # page by someone who saw the lesson) records nothing either.
    token = result_token(Activity(package_id=package.pk, page_id=lesson.pk,
                                  user_id=learner.pk, completes_lesson=True,
                                  parent_origin="http://testserver"))
    client = signed_in(learner)
    assert _result(client, token, package).status_code == 404
    assert not H5PResult.objects.exists()
    assert not LessonProgress.objects.filter(user=learner).exists()
    release(cohort, module_of(lesson), 0)
    assert _embed(learner, package, lesson) is not None
    assert _result(client, token, package).status_code == 200
    assert H5PResult.objects.filter(user=learner).count() == 1


def test_a_frame_token_stops_working_once_the_module_closes(cohort, learners, course, package):
    """A frame opened while the module was open stops loading (frame, content, saved
    state) once its date moves back, rather than until the token expires."""
    from quizzes.models import H5PUserData

    lesson = place(lessons_in(course)[2], h5p_block(package.pk, completes_lesson=True))
    release(cohort, module_of(lesson), 0)
    learner = learners[0]
    frame = _embed(learner, package, lesson)["frame_url"]
    path = frame.removeprefix("http://localhost")
    state = path + "state/state/0"
    frames = Client(HTTP_HOST="localhost")
    assert frames.get(path).status_code == 200
    assert frames.post(state, {"data": "before"}).status_code == 200
    assert frames.get(path + "c/h5p.json").status_code == 200

    release(cohort, module_of(lesson), 5)
    assert frames.get(path).status_code == 404
    assert frames.get(path + "c/h5p.json").status_code == 404
    assert frames.post(state, {"data": "after"}).status_code == 404
    assert H5PUserData.objects.get(user=learner).data == "before"
    learner.is_active = False  # and a deactivated account's token is dead too
    learner.save()
    release(cohort, module_of(lesson), 0)
    assert frames.get(path).status_code == 404


def test_closed_lesson_cannot_be_marked_complete(cohort, learners, closed):
    client = signed_in(learners[0])
    response = client.post(reverse("courses:complete", args=[closed.pk]))
    assert response.status_code == 302
    assert not LessonProgress.objects.filter(user=learners[0]).exists()
    release(cohort, module_of(closed), 0)
    client.post(reverse("courses:complete", args=[closed.pk]))
    assert LessonProgress.objects.filter(user=learners[0], lesson=closed).exists()


def _editor():
    ensure_groups()
    editor = UserFactory(username="editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    return editor


def test_facilitators_editors_and_self_paced_learners_are_not_paced(
    cohort, learners, course, quiz_on_closed, facilitator, other_cohort
):
    quiz, lesson = quiz_on_closed
    self_paced = UserFactory(username="alone")
    services.enroll(user=self_paced, course=course)
    editor = _editor()  # not enrolled
    for user in (facilitator, editor, self_paced):
        response = signed_in(user).get(lesson.url)
        assert response.status_code == 200, user
        assert LESSON_TEXT in response.content.decode()
    assert "outline__opens" not in without_styles(signed_in(self_paced).get(course.url).content)
    # Where they are learners of a paced cohort too, they still see everything: the
    # facilitator of `cohort` and an editor both learning in `other_cohort`.
    release(other_cohort, module_of(lesson), 5)
    for user in (facilitator, editor):
        membership.add_learner(user=user, cohort=other_cohort)
        client = signed_in(user)
        assert client.get(lesson.url).status_code == 200, user
        assert "outline__opens" not in without_styles(client.get(course.url).content)
        submitted = client.post(reverse("quizzes:submit", args=[quiz.pk]),
                                post_data(user, quiz, lesson, right=True))
        assert submitted.status_code == 302, user
    assert Attempt.objects.filter(user__in=[facilitator, editor]).count() == 2


def _lesson_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured)


def test_pacing_costs_a_lesson_page_two_queries_whatever_the_cohorts(
    cohort, learners, course, closed, organisation, facilitator
):
    """A learner in no cohort pays nothing for pacing (the cohorts come with the
    enrolment's query); a cohort learner two queries (the dates, and whether they see
    every module anyway), however many cohorts and dates."""
    open_lesson = lessons_in(course)[0]
    alone = UserFactory(username="alone")
    services.enroll(user=alone, course=course)
    baseline = _lesson_queries(signed_in(alone), open_lesson.url)
    paced = _lesson_queries(signed_in(learners[0]), open_lesson.url)
    assert paced <= baseline + 2
    for n in range(3):
        extra = make_cohort(name=f"extra-{n}", organisation=organisation,
                            facilitator=facilitator, courses=[course], learners=[learners[0]])
        release(extra, module_of(closed), 3 + n)
    assert _lesson_queries(signed_in(learners[0]), open_lesson.url) == paced


def test_continue_skips_modules_closed_by_pacing(cohort, learners, course, closed):
    """With the first module done and the second still closed, "Continue" skips to the
    first open lesson after it: on the course page, the dashboard and after marking done."""
    learner = learners[0]
    lessons = lessons_in(course)
    closed_module = module_of(closed).pk
    before = [item for item in lessons if item.path < closed.path
              and module_of(item).pk != closed_module]
    after = next(item for item in lessons if item.path > closed.path
                 and module_of(item).pk != closed_module)
    for lesson in before[:-1]:
        services.record_completion(user=learner, lesson=lesson, source="manual")
    client = signed_in(learner)
    response = client.post(reverse("courses:complete", args=[before[-1].pk]), {"next": "1"})
    assert response["Location"] == after.url
    assert client.get(course.url).context["continue_lesson"].url == after.url
    html = client.get(reverse("courses:dashboard")).content.decode()
    assert f'button--secondary" href="{after.url}"' in html
    # Once it opens, "Continue" leads there.
    release(cohort, module_of(closed), 0)
    assert client.get(course.url).context["continue_lesson"].url == closed.url
    html = client.get(reverse("courses:dashboard")).content.decode()
    assert f'button--secondary" href="{closed.url}"' in html
