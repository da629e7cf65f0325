"""Courses models, re-exported so that `courses.models.X` works for every model."""

from .boosters import BoosterAssignment
from .cohorts import (
    Announcement,
    Attendance,
    AttendanceChange,
    AttendanceSession,
    Cohort,
    CohortGroup,
    CohortMembership,
    FacilitatorInvitation,
    FollowUp,
    ModuleRelease,
    Organisation,
)
from .pages import CourseIndexPage, CoursePage, LessonPage, ModulePage
from .progress import Certificate, Enrollment, LessonProgress, SearchText
from .resources import LocalResource
from .snippets import GlossaryTerm, Topic

__all__ = [
    "Announcement",
    "BoosterAssignment",
    "Attendance",
    "AttendanceChange",
    "AttendanceSession",
    "Cohort",
    "CohortGroup",
    "CohortMembership",
    "FacilitatorInvitation",
    "FollowUp",
    "ModuleRelease",
    "Organisation",
    "Certificate",
    "CourseIndexPage",
    "CoursePage",
    "Enrollment",
    "GlossaryTerm",
    "LessonPage",
    "LessonProgress",
    "LocalResource",
    "ModulePage",
    "SearchText",
    "Topic",
]
