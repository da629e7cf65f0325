# ruff: noqa: F403, F405 - fixtures come from cohort_fixtures
"""The live picker: course order, one line per quiz with a label that tells pre/post
and form A/B apart, and graded quizzes apart under a warning that must be confirmed."""

import re

import pytest
from django.utils import translation

from courses.cohorts import live_picker
from quizzes.live.models import LiveSession
from tests.courses.activities import make_quiz, place, quiz_block

from .builders import lessons_of
from .cohort_fixtures import *

pytestmark = pytest.mark.django_db


@pytest.fixture
def placed(course):
    """Pre-test (form A) in lesson 1, practice twice (lessons 2 and 4), a graded quiz in
    lesson 3, the post-test (form B, same title as the pre-test) in the last lesson."""
    lessons = lessons_of(course)
    quizzes = {
        "pre": make_quiz("pre", "pretest", series="s", form="A", title={"ar": "اختبار قبلي وبعدي", "en": "Check"}),
        "zz-practice": make_quiz("zz", "practice", title={"ar": "أ تمرين", "en": "A practice"}),
        "graded": make_quiz("graded", "graded"),
        "post": make_quiz("post", "posttest", series="s", form="B", title={"ar": "اختبار قبلي وبعدي", "en": "Check"}),
        "aa-bank": make_quiz("aa-bank", "practice", title={"ar": "ب بنك", "en": "B bank"}),
    }
    place(lessons[0], quiz_block(quizzes["pre"]))
    place(lessons[1], quiz_block(quizzes["zz-practice"]))
    place(lessons[2], quiz_block(quizzes["graded"]))
    place(lessons[3], quiz_block(quizzes["zz-practice"]))
    place(lessons[-1], quiz_block(quizzes["post"]))
    return quizzes


def test_quizzes_come_in_course_order_each_once(cohort, placed):
    groups = {g.key: [q.key for q in g.quizzes] for g in live_picker.quiz_groups(cohort)}
    assert groups["courses"] == ["pre", "zz", "post"]
    assert groups["bank"] == ["aa-bank"]
    assert groups["graded"] == ["graded"]


def test_the_picker_page_tells_look_alikes_apart(facilitator_client, cohort, placed):
    with translation.override("en"):
        page = facilitator_client.get(f"/en/facilitate/cohorts/{cohort.pk}/live/")
    html = page.content.decode()
    labels = re.findall(r'name="quiz" value="\d+"[^>]*> <bdi>([^<]+)</bdi>', html)
    assert len(labels) == len(set(labels)) == 5
    assert any("Pre-test" in label and "orm A" in label for label in labels)
    assert any("Post-test" in label and "orm B" in label for label in labels)
    assert "shows its right answers to everyone in the room" in html


def test_a_graded_quiz_needs_the_facilitators_confirmation(facilitator_client, cohort,
                                                           placed):
    url = f"/ar/facilitate/cohorts/{cohort.pk}/live/"
    refused = facilitator_client.post(url, {"quiz": placed["graded"].pk})
    assert refused.status_code == 400
    assert 'id="reveal-errors" role="alert"' in refused.content.decode()
    assert not LiveSession.objects.exists()

    started = facilitator_client.post(url, {"quiz": placed["graded"].pk,
                                            "reveal_graded": "on"})
    assert started.status_code == 302
    assert LiveSession.objects.get().quiz == placed["graded"]


def test_a_practice_quiz_starts_without_confirmation(facilitator_client, cohort, placed):
    response = facilitator_client.post(f"/ar/facilitate/cohorts/{cohort.pk}/live/",
                                       {"quiz": placed["pre"].pk})
    assert response.status_code == 302
