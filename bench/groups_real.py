"""The pages learners open, on the seeded demo that `make run` serves (issue 19, group `real`).

For each page: its query count, its median server time, that median as a ratio to the
minimal Wagtail page requested in turn in the same run (the machine's speed drifts several
fold between runs; the ratio does not), and its HTML's gzip size (what a phone downloads).

Pages, found in the demo by what they contain rather than by slug, so that the group keeps
measuring the same kind of page when the curriculum changes:
- `catalogue`: the course index, anonymous;
- `course_anon` / `course_enrolled`: the course with the most lessons;
- `lesson_h5p`: the first lesson with two or more H5P activities, enrolled;
- `lesson_quizzes`: the lesson with the most quizzes (three in the demo), enrolled;
- `dashboard`: the learner's own dashboard (their courses, progress and "Continue").
Every request is made warm (after 20 unmeasured ones): this measures the server's steady
work per view, with the caches a production server keeps.
"""

import contextlib
import gzip
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from courses import services
from courses.models import CourseIndexPage, CoursePage, LessonPage

from .groups_core import MINIMAL_HOST, MINIMAL_PATH, minimal_page
from .measure import metric, time_in_turn

LEARNER = "bench-real-learner"
ROUNDS = 100


def _count(lesson, block_type: str) -> int:
    return sum(1 for block in lesson.body if block.block_type == block_type)


def _pages():
    course = max(CoursePage.objects.live(),
                 key=lambda page: LessonPage.objects.live().descendant_of(page).count())
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    every = list(LessonPage.objects.live().order_by("path"))
    h5p = next(lesson for lesson in every if _count(lesson, "h5p") >= 2)
    quizzes = max(every, key=lambda lesson: _count(lesson, "quiz"))
    catalogue = CourseIndexPage.objects.live().first()
    return catalogue, course, lessons, h5p, quizzes


def _path(page) -> str:
    return urlsplit(page.get_url()).path


def run_real(ctx):
    minimal_page()
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    catalogue, course, lessons, h5p, quizzes = _pages()
    User = get_user_model()
    user = User.objects.filter(username=LEARNER).first() or User.objects.create_user(
        username=LEARNER, password=None)
    for owner in {course.pk, h5p.get_parent().get_parent().pk,
                  quizzes.get_parent().get_parent().pk}:
        services.enroll(user=user, course=CoursePage.objects.get(pk=owner))
    # Part way through the course, as a learner who comes back (lessons that complete
    # only with their quiz or activity stay open).
    for lesson in lessons[: len(lessons) // 3]:
        with contextlib.suppress(services.ProgressRefused):
            services.record_completion(user=user, lesson=lesson, source="manual",
                                       course=course)
    learner = Client()
    learner.force_login(user)
    anonymous = Client()
    pages = {
        "catalogue": (anonymous, _path(catalogue)),
        "course_anon": (anonymous, _path(course)),
        "course_enrolled": (learner, _path(course)),
        "lesson_h5p": (learner, _path(h5p)),
        "lesson_quizzes": (learner, _path(quizzes)),
        "dashboard": (learner, reverse("courses:dashboard")),
    }
    minimal = (Client(), MINIMAL_PATH, {"HTTP_HOST": MINIMAL_HOST})
    for name, (client, url) in pages.items():
        timing, floor = time_in_turn((client, url, {}), minimal, n=ROUNDS)
        html = client.get(url).content
        yield metric(f"real.{name}.queries", timing["queries"], "queries", url=url)
        yield metric(f"real.{name}.server_ms_p50", timing["p50"], "ms")
        yield metric(f"real.{name}.vs_wagtail_min_ratio", timing["p50"] / floor["p50"], "ratio",
                     wagtail_min_p50=round(floor["p50"], 3))
        yield metric(f"real.{name}.html_gzip_bytes", len(gzip.compress(html, 6)), "bytes",
                     html_bytes=len(html))


GROUPS = {"real": run_real}
