"""Who may see a lesson's activities (quizzes, H5P): the "basira_activity_access" hook."""

from datetime import date

from wagtail.models import Page

from .cohorts.pacing import closed_modules, cohorts_following
from .models import Enrollment, LessonPage
from .models.pages import Pacing
from .outline import can_see_course, course_rows

# Answers already known for this request, by page id: a lesson with several activities
# asks once, and a lesson page being served has answered already (see remember_access).
_MEMO = "_courses_activity_access"


def remember_access(request, page, answer: bool) -> None:
    memo = getattr(request, _MEMO, None)
    if memo is None:
        memo = {}
        setattr(request, _MEMO, memo)
    memo[(page.pk, page.live)] = answer


def activity_access(request, page):
    """False → 404 for the activity; None when the page is not a lesson (not ours)."""
    specific = getattr(page, "specific", page)
    if not isinstance(specific, LessonPage):
        return None
    memo = getattr(request, _MEMO, None) or {}
    if (specific.pk, specific.live) in memo:
        return memo[(specific.pk, specific.live)]
    answer = _activity_access(request, specific)
    remember_access(request, specific, answer)
    return answer


def _activity_access(request, specific) -> bool:
    """The course must be visible to this learner, every page from it down to the
    lesson live, and the lesson's module open to the learner's cohorts (pacing). The
    live course tree is cached (outline.course_rows): a self-paced course costs the
    learner's cohorts following it, a cohort-only one their enrolment too.

    Quiz start and submission (quizzes.access.can_take) and H5P tokens and results
    (quizzes.h5p.access.can_see_page) all ask here. Guarded by
    tests/courses/test_pacing.py::test_quiz_submission_posted_directly_is_refused_and_stores_nothing,
    ::test_quiz_start_is_refused, ::test_h5p_token_and_result_are_refused."""
    if not specific.live:
        return False
    rows = course_rows(specific)
    course = rows[0] if rows else None
    if course is None or course.depth != specific.depth - 2 or not course.pacing:
        return False  # no live course above the lesson
    live_paths = {row.path for row in rows}
    if specific.path[: -Page.steplen] not in live_paths or specific.path not in live_paths:
        return False
    user = request.user
    enrollment = None
    if course.pacing != Pacing.SELF_PACED and user.is_authenticated:
        enrollment = Enrollment.objects.filter(user_id=user.pk, course_id=course.pk).first()
    if not can_see_course(user, course, enrollment):
        return False
    return closed_until(user, specific, rows) is None


def closed_until(user, lesson, rows=None) -> date | None:
    """The date the lesson's module opens for this learner, while it is still closed to
    them; None when open (the rule is cohorts.pacing.closed_modules). `rows` is the live
    course tree (outline.course_rows), read from the cache when not given."""
    rows = rows if rows is not None else course_rows(lesson)
    if not rows or not user.is_authenticated:
        return None
    course, module_path = rows[0], lesson.path[: -Page.steplen]
    module = next((row for row in rows if row.path == module_path), None)
    cohort_ids = cohorts_following(user, course.pk)
    if module is None or not cohort_ids:
        return None
    return closed_modules(user, {course.path: cohort_ids}).get(module.pk)
