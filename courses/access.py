"""Who may see a lesson's activities (quizzes, H5P): the "basira_activity_access" hook."""

from .models import CoursePage, Enrollment, LessonPage
from .outline import can_see_course

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
    if not specific.live:
        return False
    course = CoursePage.objects.ancestor_of(specific).first()
    if course is None:
        return False
    user = request.user
    enrollment = None
    if user.is_authenticated:
        enrollment = Enrollment.objects.filter(user=user, course=course).first()
    if not can_see_course(user, course, enrollment):
        return False
    # Every ancestor between the course and the lesson must be live too.
    return not course.get_descendants().ancestor_of(specific).filter(live=False).exists()
