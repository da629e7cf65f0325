"""What learners did: enrolments, lesson progress, certificates; and the search text.

All rows are keyed by (user, page) with unique constraints, so recording twice is a no-op.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# Unambiguous characters only (no 0/O, 1/I/L): codes are read aloud and typed on phones.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10


def new_certificate_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class Enrollment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="enrollments"
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    last_lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    last_activity_at = models.DateTimeField(_("last activity"), auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="courses_enrollment_unique")
        ]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")

    def __str__(self):
        return f"{self.user} → {self.course_id}"


class LessonProgress(models.Model):
    """One row per learner and lesson: the lesson is complete. `course` is denormalised
    so that a course's progress is one indexed query."""

    class Source(models.TextChoices):
        MANUAL = "manual", _("marked as complete")
        VIEW = "view", _("viewed")
        QUIZ = "quiz", _("quiz passed")
        H5P = "h5p", _("activity passed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="progress"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="lesson_progress"
    )
    completed_at = models.DateTimeField(_("completed"), auto_now_add=True)
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="courses_progress_unique")
        ]
        indexes = [models.Index(fields=["user", "course"], name="courses_progress_user_course")]
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")

    def __str__(self):
        return f"{self.user} ✓ {self.lesson_id}"


class Certificate(models.Model):
    """A completed course, checkable by anyone with the code.

    When the learner deletes their account the row stays, withdrawn: a verifier with the
    code learns that it was withdrawn, and nothing about who held it.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="certificates"
    )
    code = models.CharField(_("code"), max_length=16, unique=True, default=new_certificate_code)
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="courses_certificate_unique")
        ]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self):
        return self.code


class SearchText(models.Model):
    """Normalised text of one live course or lesson in one language.

    Wagtail's database backend indexes text as the editor wrote it, and offers no hook to
    normalise it (hamza, alef maqsura, teh marbuta, tashkeel, tatweel, digits) the way we
    normalise queries. So we keep our own small table, rewritten on publish and removed on
    unpublish, and match normalised query words against it (see courses/search.py). The
    catalogue holds hundreds of pages, not millions: a scan filtered by language is cheap.
    `body` keeps the same text as written (no markup), for the snippets of the results.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    title = models.TextField()
    text = models.TextField()
    body = models.TextField(blank=True, default="")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="courses_searchtext_unique")
        ]
        indexes = [models.Index(fields=["language"], name="courses_searchtext_lang")]

    def __str__(self):
        return f"{self.page_id}/{self.language}"
