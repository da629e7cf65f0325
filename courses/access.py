"""Who may see a lesson's activities (quizzes, H5P): the "basira_activity_access" hook."""

from wagtail.models import Page

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
    """The course must be visible to this learner and every page from it down to the
    lesson live. The live course tree is cached (outline.course_rows): a self-paced
    course costs no query, a cohort-only one the learner's enrolment."""
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
    return can_see_course(user, course, enrollment)
