"""A booster quiz scheduled for a learner some days after completing a course."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class BoosterAssignment(models.Model):
    """One learner's booster of one course: due at ``due_at``, done when taken.

    Created when the learner completes the course (courses.boosters, a receiver of
    courses.signals.course_completed), so facilitators can list who has one due and who
    did it; the quiz is the course's ``booster_quiz`` at that moment.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="boosters")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE,
                               related_name="boosters", verbose_name=_("course"))
    quiz = models.ForeignKey("quizzes.Quiz", on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("booster quiz"))
    due_at = models.DateTimeField(_("due"))
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="courses_booster_unique"),
        ]
        indexes = [models.Index(fields=["user", "due_at"], name="courses_booster_due")]
        verbose_name = _("booster")
        verbose_name_plural = _("boosters")

    def __str__(self):
        return f"{self.user_id}:{self.course_id}"
