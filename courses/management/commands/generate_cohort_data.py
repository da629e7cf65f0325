"""A realistic large cohort for benchmarks: learners, weeks of progress and attempts.

    manage.py generate_cohort_data --learners 2000 --seed 1

Bulk inserts (a few seconds for 2,000 learners × 30 lessons); prints the cohort id.
"""

import datetime as dt
import random
import uuid
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from courses.cohorts import membership, quizdata
from courses.models import (
    CohortMembership,
    CourseIndexPage,
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
    ModulePage,
)
from courses.models.cohorts import Attendance, Cohort, ModuleRelease, Organisation
from literacy.demo import seed_home


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def bench_course(modules: int, lessons: int) -> CoursePage:
    slug = f"bench-course-{modules}x{lessons}"
    course = CoursePage.objects.filter(slug=slug).first()
    if course:
        return course
    index = CourseIndexPage.objects.live().first()
    if index is None:
        home, _ = seed_home()
        index = _publish(home, CourseIndexPage(title="الدورات", slug="courses"))
    course = _publish(index, CoursePage(title="دورة القياس", slug=slug, pacing="cohort_only"))
    for m in range(modules):
        module = _publish(course, ModulePage(title=f"الوحدة {m + 1}", slug=f"m{m + 1}"))
        for n in range(lessons // modules):
            _publish(module, LessonPage(title=f"الدرس {m + 1}.{n + 1}",
                                        slug=f"l{m + 1}-{n + 1}"))
    return course


def _quizzes(modules):
    """One graded quiz per module."""
    Attempt = quizdata.attempt_model()
    Quiz = Attempt._meta.get_field("quiz").related_model
    quizzes = {}
    for module in modules:
        quiz, _ = Quiz.objects.get_or_create(
            key=f"bench-quiz-{module.pk}", defaults={"title": f"Quiz {module.pk}",
                                                     "kind": "graded"})
        quizzes[module.pk] = quiz
    return Attempt, quizzes


PREPOST_SERIES = "bench-prepost"


def _prepost_quizzes(Quiz):
    """A pre-test (form A) and a post-test (form B) of one series, shared by every
    generated cohort: the site-wide attempts a cohort's gains must not read."""
    return [Quiz.objects.get_or_create(
        key=f"bench-{kind}", defaults={"title": f"Bench {kind}", "kind": kind,
                                       "series": PREPOST_SERIES, "form": form})[0]
        for kind, form in (("pretest", "A"), ("posttest", "B"))]


def _prepost_attempts(Attempt, rng, users, lessons, joined, now):
    """A pre-test in the first lesson and a post-test in the last for each of `users`."""
    pre, post = _prepost_quizzes(Attempt._meta.get_field("quiz").related_model)
    attempts = []
    for uid in users:
        before = rng.randint(10, 70)
        for quiz, lesson, score, when in (
                (pre, lessons[0], before, joined[uid]),
                (post, lessons[-1], min(100, before + rng.randint(-10, 40)), now)):
            attempts.append(Attempt(
                user_id=uid, quiz=quiz, page=lesson, number=1, idempotency_key=_uuid(rng),
                order_seed=rng.randint(0, 10**6), started_at=when, submitted_at=when,
                score=score, max_score=100, passed=True))
    return attempts


class Command(BaseCommand):
    help = "Generate a large cohort with progress and attempts (benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, default=2000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--modules", type=int, default=6)
        parser.add_argument("--lessons", type=int, default=30)
        parser.add_argument("--name", default=None)
        parser.add_argument("--prepost", type=int, default=0,
                            help="learners who took the pre-test and the post-test")

    def handle(self, *args, learners, seed, modules, lessons, name, prepost, **options):
        cohort = generate(learners=learners, seed=seed, modules=modules, lessons=lessons,
                          name=name, prepost=prepost)
        self.stdout.write(str(cohort.pk))


@transaction.atomic
def generate(*, learners: int, seed: int, modules: int = 6, lessons: int = 30,
             name: str | None = None, prepost: int = 0) -> Cohort:
    rng = random.Random(seed)  # noqa: S311 - reproducible fake data, not secrets
    name = name or f"Bench cohort {learners} (seed {seed})"
    existing = Cohort.objects.filter(name=name).first()
    if existing:
        return existing
    course = bench_course(modules, lessons)
    module_pages = list(ModulePage.objects.child_of(course).order_by("path"))
    lesson_pages = list(LessonPage.objects.descendant_of(course).order_by("path"))
    module_of = {lesson.pk: module for module in module_pages for lesson in lesson_pages
                 if lesson.path.startswith(module.path)}
    now = timezone.now()
    today = timezone.localdate()
    organisation, _ = Organisation.objects.get_or_create(name="Bench NGO")
    User = get_user_model()
    facilitator, _ = User.objects.get_or_create(username="bench-facilitator")
    cohort = Cohort.objects.create(name=name, organisation=organisation,
                                   starts_on=today - dt.timedelta(days=42),
                                   ends_on=today + dt.timedelta(days=14))
    cohort.courses.add(course)
    membership.add_facilitator(cohort=cohort, user=facilitator)
    for i, module in enumerate(module_pages):
        ModuleRelease.objects.create(cohort=cohort, module=module,
                                     opens_on=cohort.starts_on + dt.timedelta(days=7 * i))
    prefix = f"b{seed}-{cohort.pk}-"
    User.objects.bulk_create(
        [User(username=f"{prefix}{i:05d}", password="!")  # noqa: S106 - unusable
         for i in range(learners)],
        batch_size=1000)
    users = list(User.objects.filter(username__startswith=prefix).values_list("pk", flat=True))
    joined = {uid: now - dt.timedelta(days=rng.randint(1, 42)) for uid in users}
    CohortMembership.objects.bulk_create(
        [CohortMembership(cohort=cohort, user_id=uid, role="learner", joined_at=joined[uid])
         for uid in users], batch_size=2000)
    last_seen = {uid: min(now, joined[uid] + dt.timedelta(days=rng.randint(0, 30)))
                 for uid in users}
    with explicit_times(Enrollment, "started_at", "last_activity_at"):
        Enrollment.objects.bulk_create(
            [Enrollment(user_id=uid, course=course, started_at=joined[uid],
                        last_activity_at=last_seen[uid]) for uid in users], batch_size=2000)
    Attempt, quizzes = _quizzes(module_pages)
    progress, attempts = [], []
    for uid in users:
        stage = rng.choices([0, rng.randint(1, len(lesson_pages) - 1), len(lesson_pages)],
                            weights=[1, 6, 2])[0]
        start = joined[uid]
        for n, lesson in enumerate(lesson_pages[:stage]):
            when = min(now, start + dt.timedelta(hours=rng.randint(1, 20) * (n + 1)))
            progress.append(LessonProgress(user_id=uid, lesson=lesson, course=course,
                                           source="manual", completed_at=when))
            if Attempt is not None and n % (len(lesson_pages) // len(module_pages)) == 0:
                module = module_of[lesson.pk]
                score = rng.randint(2, 10)
                attempts.append(Attempt(
                    user_id=uid, quiz=quizzes[module.pk], page=lesson, number=1,
                    idempotency_key=_uuid(rng), order_seed=rng.randint(0, 10**6),
                    started_at=when, submitted_at=when, score=score, max_score=10,
                    passed=score >= 7))
        if len(progress) > 20000:
            _flush(progress, attempts, Attempt)
    if Attempt is not None and prepost:
        attempts += _prepost_attempts(Attempt, rng, rng.sample(users, prepost), lesson_pages,
                                     joined, now)
    _flush(progress, attempts, Attempt)
    sessions = [cohort.starts_on + dt.timedelta(days=7 * i + 2) for i in range(4)]
    Attendance.objects.bulk_create(
        [Attendance(cohort=cohort, session_date=day, user_id=uid)
         for day in sessions for uid in users if rng.random() < 0.6], batch_size=5000)
    return cohort


def _uuid(rng):
    return uuid.UUID(int=rng.getrandbits(128), version=4)


@contextmanager
def explicit_times(model, *names):
    """bulk_create overwrites auto_now_add fields with now(): keep the generated times."""
    fields = [model._meta.get_field(name) for name in names]
    saved = [field.auto_now_add for field in fields]
    for field in fields:
        field.auto_now_add = False
    try:
        yield
    finally:
        for field, value in zip(fields, saved, strict=True):
            field.auto_now_add = value


def _flush(progress, attempts, Attempt):
    with explicit_times(LessonProgress, "completed_at"):
        LessonProgress.objects.bulk_create(progress, batch_size=5000, ignore_conflicts=True)
    if Attempt is not None and attempts:
        Attempt.objects.bulk_create(attempts, batch_size=5000, ignore_conflicts=True)
    progress.clear()
    attempts.clear()
