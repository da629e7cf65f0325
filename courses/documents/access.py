"""Who may download which printed document of a course.

The facilitators' documents (workbook with its answer appendix, facilitator pack) hold
model answers: only the course's editors and facilitators get them. The learners'
workbook has no answers: those enrolled in the course get it too. Anyone else is
answered 404 by the views (the document's existence is not revealed).
"""

from .. import conf
from ..cohorts import access as cohort_access
from ..models import Enrollment
from .facilitator_pack import pack_for


def is_course_editor(user, course) -> bool:
    return (user.is_authenticated and user.is_active
            and course.permissions_for_user(user).can_edit())


def facilitates_course(user, course) -> bool:
    """In the facilitators' group, or facilitating a cohort that follows this course."""
    if not user.is_authenticated or not user.is_active:
        return False
    return (user.groups.filter(name=conf.FACILITATORS_GROUP).exists()
            or cohort_access.cohorts_for_facilitator(user).filter(courses=course).exists())


def may_download_answers(user, course) -> bool:
    """The facilitators' edition of the workbook and the facilitator pack.
    Guarded by tests/courses/test_course_documents.py::
    test_learners_and_anonymous_never_get_the_facilitators_documents"""
    return is_course_editor(user, course) or facilitates_course(user, course)


def may_download_workbook(user, course) -> bool:
    """The learners' edition: enrolled learners, and whoever may have the answers."""
    if not user.is_authenticated or not user.is_active:
        return False
    return (Enrollment.objects.filter(user=user, course=course).exists()
            or may_download_answers(user, course))


def document_links(user, course, *, enrolled: bool) -> dict:
    """Which download links the course page shows (display only: the views decide).
    Uses the cached cohort roles, so an ordinary course page costs no query."""
    if not user.is_authenticated or course.pk is None:
        return {}

    # Staff stand in for editors here: asking for Wagtail permissions would cost every
    # learner's course page two queries (tests/courses/test_performance.py).
    answers = (cohort_access.cohort_roles(user)["facilitator"]
               or user.is_staff or user.is_superuser)
    return {"workbook": enrolled or answers, "answers": answers,
            "pack": answers and pack_for(course) is not None}
