"""Cohort settings (prefixed COURSES_), with their defaults, read lazily."""

from django.conf import settings

DEFAULTS = {
    # A learner with no activity for this many days is listed as needing attention.
    "COURSES_INACTIVE_DAYS": 7,
    # …and one who joined this many days ago and has not started.
    "COURSES_NOT_STARTED_DAYS": 3,
    # Wrong join codes allowed per learner before a pause, and the pause in seconds.
    "COURSES_JOIN_MAX_FAILURES": 5,
    "COURSES_JOIN_LOCKOUT_SECONDS": 15 * 60,
    # Aggregates over fewer learners than this are not shown in reports.
    "COURSES_REPORT_MIN_LEARNERS": 5,
    # Learners per page of the dashboard matrix.
    "COURSES_DASHBOARD_PAGE_SIZE": 50,
    # The group whose members may create cohorts.
    "COURSES_FACILITATORS_GROUP": "Facilitators",
}


def setting(name: str):
    return getattr(settings, name, DEFAULTS[name])
