"""Attempts, answers and the pre/post form assignment."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Attempt(models.Model):
    """One learner's attempt at one quiz.

    An attempt row exists either from the moment a timed quiz is started (open:
    ``submitted_at`` is null, ``deadline`` set) or from its submission. ``number`` is
    the learner's n-th attempt at the quiz; the unique (user, quiz, number) constraint is
    what makes submission idempotent: a resubmitted form, a double click or a second tab
    carry the same number and can never make a second graded attempt.
    """

    class Mode(models.TextChoices):
        FORM = "form", _("Quiz form")
        LIVE = "live", _("Live session")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="quiz_attempts")
    quiz = models.ForeignKey("quizzes.Quiz", on_delete=models.CASCADE, related_name="attempts")
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+")
    number = models.PositiveSmallIntegerField()
    idempotency_key = models.UUIDField(unique=True)
    order_seed = models.PositiveIntegerField()
    language = models.CharField(max_length=10, blank=True)
    started_at = models.DateTimeField()
    deadline = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    score = models.FloatField(null=True, blank=True)
    max_score = models.FloatField(null=True, blank=True)
    passed = models.BooleanField(null=True)
    # "live": the answers were given in a live workshop session, one question at a time.
    mode = models.CharField(_("mode"), max_length=8, choices=Mode.choices, default=Mode.FORM)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz", "number"],
                                    name="quizzes_attempt_unique_number"),
            models.UniqueConstraint(fields=["user", "quiz"], condition=Q(submitted_at=None),
                                    name="quizzes_attempt_one_open"),
        ]
        indexes = [models.Index(fields=["quiz", "submitted_at"])]

    def __str__(self):
        return f"{self.user} · {self.quiz} · {self.number}"

    @property
    def percent(self) -> float | None:
        if self.score is None or not self.max_score:
            return None
        return round(100 * self.score / self.max_score, 1)


class Answer(models.Model):
    """The raw response to one question and its grade.

    ``response`` shapes by question type: single_choice, true_false, real_or_fake,
    spot_the_technique, phishing_or_legitimate: {"choice": str} (plus "confidence": 1-7 for
    real_or_fake); multiple_response: {"choices": [option id]}; ordering: {"positions":
    {item id: 1..n}}; matching: {"matches": {left pair id: right pair id}}; short_text:
    {"text": str}; rate_a_post: {"reliability": 1-7, "confidence": 1-7, "share": bool}.
    """

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question_id = models.CharField(max_length=64)
    question_type = models.CharField(max_length=40)
    response = models.JSONField()
    correct = models.BooleanField(null=True)
    points = models.FloatField()
    max_points = models.FloatField()

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question_id"],
                                    name="quizzes_answer_unique_question"),
        ]

    def __str__(self):
        return f"{self.attempt_id} · {self.question_id}"


class FormAssignment(models.Model):
    """Which parallel form a learner got for the pre-test of a series (post gets the other)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="+")
    series = models.SlugField(max_length=80)
    pre_form = models.CharField(max_length=1)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("parallel form assignment")
        verbose_name_plural = _("parallel form assignments")
        constraints = [
            models.UniqueConstraint(fields=["user", "series"],
                                    name="quizzes_formassignment_unique"),
        ]

    def __str__(self):
        return f"{self.user} · {self.series} · {self.pre_form}"
