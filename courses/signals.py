"""Signals the courses app sends."""

from django.dispatch import Signal

# A learner completed a course for the first time: sender CoursePage, with user, course
# and completed_at (sent once, by services.complete_course_if_done).
course_completed = Signal()
