"""Demo cohort: an organisation, a facilitator, a coordinator and a cohort of learners at
different stages, following every demo course (so its dashboard shows each course's
gains). Idempotent: found again by name; never overwritten."""

import datetime as dt
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from quizzes.demo import seed_prepost_attempts

from .. import conf
from ..models import (
    BoosterAssignment,
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
)
from ..models.cohorts import (
    Announcement,
    Attendance,
    Cohort,
    ModuleRelease,
    Organisation,
)
from . import dashboard, membership

ORGANISATION = "شبكة الصحفيين المستقلين"
# Western digits, as the Arabic interface writes them (docs/design.md, "Formatting policy").
COHORT = "زمالة التحقق من الأخبار 2026"
# Names the demo cohort had before, so that seeding an older demo again finds it.
_COHORT_NAMES = (COHORT, "زمالة التحقق من الأخبار ٢٠٢٦")
JOIN_CODE = "FACT4YQU"
FACILITATOR = ("facilitator", "basira-demo-facilitator")
COORDINATOR = ("coordinator", "basira-demo-coordinator")
# (pseudonym, lessons done, days since joining, days since last activity)
LEARNERS = [
    ("layla", 99, 20, 0), ("karim", 6, 20, 1), ("noor", 4, 20, 2), ("sami", 3, 18, 9),
    ("huda", 2, 18, 3), ("yusuf", 1, 16, 12), ("rania", 0, 10, None), ("tariq", 0, 1, None),
]


def _user(username, password=None):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(username=username)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save()
    return user


@transaction.atomic
def seed() -> list[str]:
    if Cohort.objects.filter(name__in=_COHORT_NAMES).exists():
        return [f"demo cohort: kept as it is (join code {JOIN_CODE})"]
    courses = list(CoursePage.objects.live().order_by("path"))
    if not courses:
        return ["demo cohort: skipped (no published course)"]
    now = timezone.now()
    today = timezone.localdate()
    organisation, _ = Organisation.objects.get_or_create(name=ORGANISATION)
    facilitator = _user(*FACILITATOR)
    coordinator = _user(*COORDINATOR)
    group, _ = Group.objects.get_or_create(name=conf.FACILITATORS_GROUP)
    facilitator.groups.add(group)
    organisation.facilitators.add(facilitator)
    organisation.coordinators.add(coordinator)
    cohort = Cohort.objects.create(
        name=COHORT, organisation=organisation, starts_on=today - dt.timedelta(days=21),
        ends_on=today + dt.timedelta(days=21), join_code=JOIN_CODE, created_by=facilitator,
    )
    cohort.courses.add(*courses)
    membership.add_facilitator(cohort=cohort, user=facilitator)
    modules = dashboard.structure(cohort)
    for index, module in enumerate(modules):
        ModuleRelease.objects.create(
            cohort=cohort, module_id=module.id,
            opens_on=min(cohort.starts_on + dt.timedelta(days=7 * index), cohort.ends_on))
    # The lessons of every course in course order: a learner's "lessons done" are the
    # first ones (all but one learner are within the first course; 99 is everything).
    lessons = []
    for course in courses:
        lessons += [(lesson, course) for lesson in
                    LessonPage.objects.live().descendant_of(course).order_by("path")]
    for name, done, joined_days, idle_days in LEARNERS:
        learner = _user(f"demo-{name}")
        result = membership.add_learner(user=learner, cohort=cohort)
        joined = now - dt.timedelta(days=joined_days)
        type(result.membership).objects.filter(pk=result.membership.pk).update(joined_at=joined)
        rows = []
        for lesson, course in lessons[:done]:
            rows.append(LessonProgress(user=learner, lesson=lesson, course=course,
                                       source="manual"))
        LessonProgress.objects.bulk_create(rows, ignore_conflicts=True)
        if idle_days is not None:
            when = now - dt.timedelta(days=idle_days)
            LessonProgress.objects.filter(user=learner).update(completed_at=when)
            Enrollment.objects.filter(user=learner, course__in=courses).update(
                started_at=joined, last_activity_at=when)
        else:
            Enrollment.objects.filter(user=learner, course__in=courses).update(
                started_at=joined, last_activity_at=joined)
    Announcement.objects.create(
        cohort=cohort, author=facilitator,
        body="أهلًا بكم! جلستنا الحضورية القادمة يوم الخميس في الساعة السادسة مساءً.")
    first_session = cohort.starts_on + dt.timedelta(days=2)
    for learner in get_user_model().objects.filter(username__in=[
            f"demo-{n}" for n, *_rest in LEARNERS[:5]]):
        Attendance.objects.create(cohort=cohort, session_date=first_session, user=learner)
    return [
        f"demo cohort: {COHORT} (join code {cohort.display_code})",
        f"demo facilitator: {FACILITATOR[0]} / {FACILITATOR[1]}",
        f"demo coordinator: {COORDINATOR[0]} / {COORDINATOR[1]}",
    ]


# Pre/post tests of the demo cohort: which learners took them, and when (days ago). The
# two who joined last have not reached the post-test yet.
PREPOST_SERIES = "disinfo"
PREPOST_OTHER_SERIES = ("safety", "rights")
PREPOST = {"layla": (20, 2), "karim": (20, 3), "noor": (19, 4), "sami": (18, 9),
           "huda": (18, 5), "yusuf": (16, 12), "rania": (10, None), "tariq": (1, None)}


@transaction.atomic
def seed_gains() -> list[str]:
    """Pre- and post-test attempts of the demo cohort's learners on the disinformation
    courses' parallel forms, so that the dashboard and the report show learning gains,
    and the finisher's booster taken. Idempotent (learners who took a test of the series
    are left alone)."""
    cohort = Cohort.objects.filter(name__in=_COHORT_NAMES).first()
    if cohort is None:
        return []
    now = timezone.now()
    users = {u.username: u for u in get_user_model().objects.filter(
        username__in=[f"demo-{name}" for name in PREPOST],
        cohort_memberships__cohort=cohort)}
    learners = []
    for name, (pre_days, post_days) in PREPOST.items():
        user = users.get(f"demo-{name}")
        if user is not None:
            learners.append((user, now - dt.timedelta(days=pre_days, hours=1),
                             None if post_days is None else now - dt.timedelta(days=post_days)))
    made = seed_prepost_attempts(series=PREPOST_SERIES, learners=learners)
    # The safety and rights courses' forms too, so that their A/B statistics and gains
    # rest on data (tests/courses/test_demo_prepost_knowledge.py).
    for series in PREPOST_OTHER_SERIES:
        made += seed_prepost_attempts(series=series, learners=learners)
    boosters = _seed_boosters(cohort, users.get(f"demo-{BOOSTER_TAKEN_BY}"), now)
    if not made and not boosters:
        return []
    return [f"demo cohort: {made} pre/post-test attempts on the parallel forms, "
            f"{boosters} booster taken"]


# The learner who finished every course: their booster fell due three days ago and they
# took it two days ago (the facilitator's view of boosters, cohorts:boosters).
BOOSTER_TAKEN_BY = "layla"


def _seed_boosters(cohort, user, now) -> int:
    """The finisher's boosters of the cohort's courses that have one, taken; idempotent
    (a booster already there is left alone)."""
    from quizzes.demo import seed_attempt  # (as above)

    if user is None:
        return 0
    made = 0
    for course in cohort.courses.live().exclude(booster_quiz=None).select_related(
            "booster_quiz"):
        booster, created = BoosterAssignment.objects.get_or_create(
            user=user, course=course, defaults={"quiz": course.booster_quiz,
                                                "due_at": now - dt.timedelta(days=3)})
        if not created:
            continue
        # Graded as a learner's attempt: the booster is marked done by its receiver.
        seed_attempt(user=user, quiz=course.booster_quiz, level=0.8,
                     when=now - dt.timedelta(days=2),
                     rng=random.Random(f"booster:{user.username}"))  # noqa: S311 - demo data
        made += 1
    return made
