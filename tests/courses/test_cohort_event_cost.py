# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""A learner's progress costs their request the same whatever the size of their cohort:
the request sends their own cells; the dashboard figures are computed where the
facilitators' sockets are, at most every FIGURES_SECONDS per cohort."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.cohorts import access, dashboard, events, membership, placements
from courses.completion import completion_for
from courses.services import enroll
from tests.factories import UserFactory

from .cohort_fixtures import *

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(monkeypatch):
    messages = []
    monkeypatch.setattr(events, "_send", lambda ids, message: messages.append((ids, message)))
    return messages


def _complete_counting(user, lesson, django_capture_on_commit_callbacks):
    with CaptureQueriesContext(connection) as queries, \
            django_capture_on_commit_callbacks(execute=True):
        complete(user, lesson)
    return len(queries)


def test_progress_costs_the_learner_the_same_in_a_small_or_a_large_cohort(
    cohort, learners, course, organisation, facilitator, sent, django_capture_on_commit_callbacks
):
    lessons = lessons_in(course)
    # Where the courses place quizzes is content, cached once per content generation
    # (courses.cohorts.placements): built here, it is not part of the learner's cost.
    placements.quiz_lessons([course.path])
    # So is each lesson's completion rule (courses.completion), and the courses' modules
    # (courses.cohorts.dashboard.structure).
    completion_for(lessons[0])
    dashboard.structure(cohort)
    small = _complete_counting(learners[0], lessons[0], django_capture_on_commit_callbacks)
    crowd = [UserFactory(username=f"crowd-{i}") for i in range(40)]
    big = make_cohort(name="كبيرة", organisation=organisation, facilitator=facilitator,
                      courses=[course], learners=crowd)
    for person in crowd[:10]:
        complete(person, lessons[0])
    large = _complete_counting(crowd[20], lessons[0], django_capture_on_commit_callbacks)
    assert small == large
    (ids, message), = [item for item in sent if item[1]["user"] == crowd[20].pk]
    assert ids == [big.pk]
    cells = message.pop("cells")
    assert message == {"type": "cohort.progress", "cohort": big.pk, "user": crowd[20].pk,
                       "kind": "lesson", "page": lessons[0].pk, "figures": None}
    assert [cell["done"] for cell in cells][:1] == [1]  # only this learner's row


def test_the_socket_side_adds_cells_and_debounced_figures(cohort, learners, course, sent,
                                                         django_capture_on_commit_callbacks):
    lessons = lessons_in(course)
    events.forget_figures(cohort.pk)
    with django_capture_on_commit_callbacks(execute=True):
        complete(learners[0], lessons[0])
    event = sent[-1][1]
    first = events.enrich_progress_many([event], now=1000.0)[0]
    assert first["cells"][0]["done"] == 1
    assert first["figures"]["members"] == 3
    # A new member within the debounce window: the figures are not recomputed yet…
    membership.add_learner(user=UserFactory(username="late"), cohort=cohort)
    assert events.enrich_progress_many([event], now=1000.5)[0]["figures"]["members"] == 3
    # …and are once the window has passed, or when the relay is told members changed.
    assert events.enrich_progress_many([event], now=1000.0 + events.FIGURES_SECONDS)[0][
        "figures"]["members"] == 4
    events.forget_figures(cohort.pk)
    assert events.enrich_progress_many([event], now=1000.0)[0]["figures"]["members"] == 4
    assert "learner-0" not in str(first)  # ids and numbers, no names


def test_an_event_for_a_deleted_cohort_is_dropped(cohort, learners, course):
    event = {"type": "cohort.progress", "cohort": cohort.pk, "user": learners[0].pk,
             "kind": "lesson", "page": None}
    cohort.delete()
    assert events.enrich_progress_many([event])[0] is None


def test_events_follow_a_learner_who_joins_moves_and_leaves(
    cohort, learners, course, organisation, facilitator, sent, django_capture_on_commit_callbacks
):
    """The learner's cohorts are cached between events (no query), and every change of
    membership is seen by the next event."""
    lessons = lessons_in(course)
    newcomer = UserFactory(username="newcomer")
    enroll(user=newcomer, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        complete(newcomer, lessons[0])  # in no cohort yet: cached as such
    assert sent == []
    with CaptureQueriesContext(connection) as queries:
        assert access.cohort_ids_of_learner(newcomer.pk) == []
    assert len(queries) == 0

    with django_capture_on_commit_callbacks(execute=True):
        membership.add_learner(user=newcomer, cohort=cohort)
        complete(newcomer, lessons[1])
    assert [ids for ids, message in sent if message["type"] == "cohort.progress"] == [
        [cohort.pk]]

    other = make_cohort(name="أخرى", organisation=organisation, facilitator=facilitator,
                        courses=[course])
    with django_capture_on_commit_callbacks(execute=True):
        membership.move_learner(source=cohort, target=other, user_id=newcomer.pk)
    assert access.cohort_ids_of_learner(newcomer.pk) == [other.pk]
    with django_capture_on_commit_callbacks(execute=True):
        membership.remove_learner(cohort=other, user_id=newcomer.pk)
    assert access.cohort_ids_of_learner(newcomer.pk) == []
    with django_capture_on_commit_callbacks(execute=True):
        membership.add_learner(user=newcomer, cohort=other)
    other.delete()
    assert access.cohort_ids_of_learner(newcomer.pk) == []


def test_the_modules_kept_for_events_follow_the_content(cohort, course):
    """The courses' modules are kept under the content generation and language (every
    event builds its cells on them): a lesson published or a module unpublished shows
    on the next event, titles come in the asked language, and releases are read fresh."""
    from django.utils import translation

    from courses.models import LessonPage, ModulePage
    from courses.models.cohorts import ModuleRelease

    from .builders import publish

    before = dashboard.structure(cohort)
    counts = [m.lesson_count for m in before]
    assert len(counts) >= 2 and all(counts)
    first = ModulePage.objects.child_of(course).order_by("path").first()
    publish(first, LessonPage(title="درس جديد", slug="new-lesson", completion_rule="manual"))
    assert [m.lesson_count for m in dashboard.structure(cohort)] == [counts[0] + 1,
                                                                       *counts[1:]]
    with translation.override("en"):
        assert [m.title for m in dashboard.structure(cohort)] == [
            f"Module {n}" for n in range(1, len(counts) + 1)]
    ModuleRelease.objects.create(cohort=cohort, module_id=first.pk, opens_on=cohort.starts_on)
    assert dashboard.structure(cohort)[0].opens_on == cohort.starts_on
    assert before[0].opens_on is None  # each caller has its own copies
    first.unpublish()
    assert [m.id for m in dashboard.structure(cohort)] == [m.id for m in before[1:]]
