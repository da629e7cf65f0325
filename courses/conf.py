"""Settings of the courses app, with their defaults in one place; read lazily.

A project overrides any of them with the same name prefixed by ``COURSES_`` in its settings.
Read them as ``conf.INACTIVE_DAYS`` (``from courses import conf``; literacy.app_settings).
"""

from literacy.app_settings import AppSettings

DEFAULTS = {
    # Days after completing a course when its booster quiz becomes due (courses.boosters).
    "BOOSTER_DELAY_DAYS": 7,
    # Cohorts: a learner with no activity for this many days is listed as needing attention…
    "INACTIVE_DAYS": 7,
    # …and one who joined this many days ago and has not started.
    "NOT_STARTED_DAYS": 3,
    # …and one behind the schedule: days allowed past a module's window (which starts at
    # the later of its release and the day the learner joined) before it counts.
    "SCHEDULE_GRACE_DAYS": 0,
    # Cases shown on the dashboard (the whole worklist has its own page), and per page there.
    "ATTENTION_ON_DASHBOARD": 5,
    "ATTENTION_PAGE_SIZE": 50,
    # Wrong join codes allowed per learner before a pause, and the pause in seconds.
    "JOIN_MAX_FAILURES": 5,
    "JOIN_LOCKOUT_SECONDS": 15 * 60,
    # Learners per page of the dashboard matrix.
    "DASHBOARD_PAGE_SIZE": 50,
    # Video embeds: YouTube and Vimeo links are read from their shape and the server never
    # contacts the video site. True lets other sites' links through Wagtail's oEmbed finder,
    # which asks the video site when an editor saves (courses/video_embeds.py).
    "VIDEO_OEMBED": False,
    # Score bands of the matrix cells: a best score below the first is low, below the
    # second middling, else high (percent; docs/design.md, "Facilitating at scale").
    "SCORE_BANDS": (50, 80),
    # Seconds a cohort card's needs-attention count is kept before it is counted again.
    "ATTENTION_CARD_SECONDS": 300,
    # Learners per page of the attendance sheet, and minutes a self check-in code stays open.
    "ATTENDANCE_PAGE_SIZE": 50,
    "CHECK_IN_MINUTES": 15,
    # The group whose members may create cohorts (and be invited to co-facilitate).
    "FACILITATORS_GROUP": "Facilitators",
    # Days an invitation to co-facilitate a cohort stays open.
    "INVITATION_DAYS": 14,
    # Exports over more learners than this are built by the background worker while the
    # facilitator sees a page that waits for them (when the site has a worker: the
    # immediate task backend builds every export in the request).
    "EXPORT_WORKER_ROWS": 2000,
}


app_settings = AppSettings("COURSES", DEFAULTS)
__getattr__ = app_settings.module_getattr
