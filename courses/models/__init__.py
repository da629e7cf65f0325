"""Courses models, re-exported so that `courses.models.X` works for every model."""

from .pages import CourseIndexPage, CoursePage, LessonPage, ModulePage
from .progress import Certificate, Enrollment, LessonProgress, SearchText
from .snippets import GlossaryTerm, Topic

__all__ = [
    "Certificate",
    "CourseIndexPage",
    "CoursePage",
    "Enrollment",
    "GlossaryTerm",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "SearchText",
    "Topic",
]
