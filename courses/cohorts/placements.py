"""Where the cohort's courses place each quiz: the one answer to "which attempts count".

An attempt counts for a cohort's courses when it was taken in one of their lessons, or,
taken outside a lesson (a live session, a pre/post form assigned by the series), when its
quiz is placed in them or is a parallel form of a placed pre/post-test. It belongs to the
module of its lesson, else of the quiz's first placement. The matrix, the learner page,
the exports and the donor report all ask ``quizdata``, which asks this module.
"""

from django.conf import settings
from django.db.models import Q

from literacy.content_cache import cached, generation
from quizzes.models import Quiz

from ..models import LessonPage


def _lesson_quizzes(course_paths: list[str]) -> list[tuple[str, int]]:
    """(lesson path, quiz id) in course order (module → lesson → position)."""
    within = Q()
    for path in course_paths:
        within |= Q(path__startswith=path)
    # The default language's body holds the structure; translations overlay texts only.
    body = f"body_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}"
    found = []
    for path, stream in LessonPage.objects.live().filter(within).order_by("path") \
            .values_list("path", body):
        for item in getattr(stream, "raw_data", stream) or ():
            value = item.get("value") if isinstance(item, dict) else None
            if item.get("type") == "quiz" and isinstance(value, dict) and \
                    str(value.get("quiz", "")).isdigit():
                found.append((path, int(value["quiz"])))
    return found


def _build(course_paths: list[str]) -> dict[int, str]:
    placed: dict[int, str] = {}
    for path, quiz_id in _lesson_quizzes(course_paths):
        placed.setdefault(quiz_id, path)

    # Parallel forms the series hands out instead of the placed one (form B for form A).
    tests = Quiz.objects.filter(pk__in=placed, kind__in=["pretest", "posttest"]) \
        .exclude(series="").values_list("pk", "series", "kind")
    where = {(series, kind): placed[pk] for pk, series, kind in tests}
    if where:
        siblings = Q()
        for series, kind in where:
            siblings |= Q(series=series, kind=kind)
        for pk, series, kind in Quiz.objects.filter(siblings).values_list("pk", "series",
                                                                          "kind"):
            placed.setdefault(pk, where[(series, kind)])
    return placed


def quiz_lessons(course_paths) -> dict[int, str]:
    """{quiz id: path of the lesson that places it (first placement)}, in course order;
    parallel forms of a placed pre/post-test map to that lesson too. Cached until the
    content changes."""
    paths = sorted(set(course_paths))
    if not paths:
        return {}
    key = f"courses:quiz-lessons:{generation()}:{','.join(paths)}"
    return cached(key, lambda: _build(paths))
