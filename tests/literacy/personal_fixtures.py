"""A learner with data in every app (progress, attempts, H5P, cohort, 2FA, sessions) inside
a cohort of learners with pre/post tests, for the export and deletion tests."""

import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from courses.cohorts import membership
from courses.models import (
    Attendance,
    AttendanceChange,
    Certificate,
    Cohort,
    Organisation,
)
from courses.services import record_completion
from literacy.accounts.services import set_language
from literacy.security.twofactor import regenerate_recovery_codes
from quizzes.demo import create_quiz
from quizzes.models import (
    Answer,
    Attempt,
    FormAssignment,
    H5PPackage,
    H5PResult,
    H5PUserData,
)
from tests.courses.activities import place, quiz_block
from tests.courses.builders import lessons_of, make_catalogue, make_course
from tests.courses.cohort_fixtures import make_facilitator
from tests.factories import UserFactory
from tests.quizzes.data import QUESTIONS, quiz_data

__all__ = ["world"]

PSEUDONYM = "amira-hidden-7"
EMAIL = "amira.secret@example.org"
TYPED = f"My name is {PSEUDONYM}, I work at the Tribune"


@dataclass
class World:
    learner: object
    others: list
    cohort: Cohort
    course: object
    certificate: Certificate
    facilitator: object


def _attempt(user, quiz, percent, *, typed=""):
    now = timezone.now()
    attempt = Attempt.objects.create(
        user=user, quiz=quiz, number=1, idempotency_key=uuid.uuid4(), order_seed=7,
        language="ar", started_at=now - dt.timedelta(minutes=5), submitted_at=now,
        score=percent / 10, max_score=10, passed=percent >= 70,
    )
    Answer.objects.create(attempt=attempt, question_id="q-text", question_type="short_text",
                          response={"text": typed or "lateral reading"}, correct=True,
                          points=1, max_points=1)
    Answer.objects.create(attempt=attempt, question_id="q-choice",
                          question_type="single_choice", response={"choice": "b"},
                          correct=False, points=0, max_points=1)
    return attempt


def build_world(home_page) -> World:
    from django_otp.plugins.otp_totp.models import TOTPDevice
    from wagtail.log_actions import log
    from wagtail.users.models import UserProfile

    catalogue = make_catalogue(home_page)
    course = make_course(catalogue, modules=1, lessons=2)
    org = Organisation.objects.create(name="Press network")
    facilitator = make_facilitator("mona-facilitator", org)
    learner = UserFactory(username=PSEUDONYM, email=EMAIL, first_name="Amira",
                          last_name="Secret")
    set_language(user=learner, language="fr")
    others = [UserFactory(username=f"peer-{i}") for i in range(5)]
    today = timezone.localdate()
    cohort = Cohort.objects.create(name="Spring fellowship", organisation=org,
                                   starts_on=today - dt.timedelta(days=14),
                                   ends_on=today + dt.timedelta(days=28))
    cohort.courses.set([course])
    membership.add_facilitator(cohort=cohort, user=facilitator)
    lesson_pages = lessons_of(course)
    for index, user in enumerate([learner, *others]):
        membership.add_learner(user=user, cohort=cohort)
        done = lesson_pages if index % 2 == 0 else lesson_pages[:1]
        for page in done:
            record_completion(user=user, lesson=page, source="manual")
        Attendance.objects.create(cohort=cohort, session_date=today, user=user)
        AttendanceChange.objects.create(cohort=cohort, session_date=today, learner=user,
                                        present=True, changed_by=facilitator)

    pre = create_quiz("privacy-pre-a", quiz_data(kind="pretest", form="A",
                                                  questions=QUESTIONS[:2]))
    post = create_quiz("privacy-post-b", quiz_data(kind="posttest", form="B",
                                                    questions=QUESTIONS[:2]))
    # Gains count the pre/post tests the cohort's courses place (courses.cohorts.placements).
    place(lesson_pages[0], quiz_block(pre))
    place(lesson_pages[-1], quiz_block(post))
    for index, user in enumerate([learner, *others]):
        _attempt(user, pre, 30 + 5 * index, typed=TYPED if user == learner else "")
        _attempt(user, post, 60 + 7 * index)
        FormAssignment.objects.create(user=user, series=pre.series, pre_form="A")

    package = H5PPackage.objects.create(title="Spot the fake", sha256="0" * 64,
                                        main_library="H5P.TrueFalse", max_score=1)
    H5PResult.objects.create(
        user=learner, package=package, score=1, max_score=1, success=True, completion=True,
        passed=True, statement={"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                                "result": {"score": {"raw": 1, "max": 1},
                                           "response": f"typed by {PSEUDONYM}"}},
    )
    H5PUserData.objects.create(user=learner, package=package, data_type="state",
                               data=f'{{"answer": "{PSEUDONYM}"}}')

    device = TOTPDevice.objects.create(user=learner, name="authenticator", confirmed=True)
    assert device.pk
    regenerate_recovery_codes(user=learner)
    UserProfile.get_for_user(learner)
    # Wagtail's audit log names an account by its username when it was logged.
    log(instance=learner, action="wagtail.create", user=facilitator)
    assert ContentType.objects.get_for_model(learner)

    certificate = Certificate.objects.get(user=learner)
    return World(learner=learner, others=others, cohort=cohort, course=course,
                 certificate=certificate, facilitator=facilitator)


@pytest.fixture
def world(home_page):
    return build_world(home_page)


def tables_containing(*needles: str) -> dict[str, list[str]]:
    """Every (table, column) of the database whose text holds one of ``needles``.

    Raw SQL over every table the database has (not only our models: Wagtail's, Django's,
    django-otp's too) and every column cast to text, case-insensitively, on SQLite and
    PostgreSQL alike. JSON columns may hold non-ASCII text as \\uXXXX escapes, so each
    needle is also searched in its JSON-escaped form.
    """
    import json

    from django.db import connection

    forms = set()
    for needle in needles:
        forms.add(needle.lower())
        forms.add(json.dumps(needle)[1:-1].lower())
    found: dict[str, list[str]] = {}
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            columns = [col.name for col in
                       connection.introspection.get_table_description(cursor, table)]
            for column in columns:
                for form in forms:
                    cursor.execute(
                        f"SELECT COUNT(*) FROM {quote(table)} "  # noqa: S608 - names from introspection
                        f"WHERE LOWER(CAST({quote(column)} AS TEXT)) LIKE %s",
                        [f"%{form}%"],
                    )
                    if cursor.fetchone()[0]:
                        found.setdefault(table, []).append(column)
    return found
