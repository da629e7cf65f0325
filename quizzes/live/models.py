"""Live sessions, who joined them and what each learner answered.

The session row is the authority on which question is open: answers are accepted only
while ``state`` is "open", not paused, and the question is the current one; the unique
(session, user, question_id) constraint makes "one answer per learner per question" a
database rule rather than a browser one.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# No look-alikes (0/O, 1/I/L, 5/S, 2/Z, 8/B): codes are read aloud and typed on phones.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 6


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class LiveSession(models.Model):
    """One run of a quiz in a room.

    ``audience`` names who may join, as "<kind>:<id>" (e.g. "cohort:12"); the kind is
    resolved by a policy another app registers (see ``audience.py``); an unknown kind lets
    nobody in. ``question_ids`` are the quiz's playable questions in the order of the
    session. ``summary`` is written when the session ends: a list of
    ``{"id", "number", "prompt", "type", "answered", "correct", "share_correct",
    "common_wrong": {"label", "count"} | null}``, one per question asked.
    """

    class State(models.TextChoices):
        LOBBY = "lobby", _("Waiting to start")
        OPEN = "open", _("Question open")
        REVEALED = "revealed", _("Answer revealed")
        ENDED = "ended", _("Ended")

    code = models.CharField(_("code"), max_length=12, unique=True, default=new_code)
    quiz = models.ForeignKey("quizzes.Quiz", on_delete=models.CASCADE,
                             related_name="live_sessions", verbose_name=_("quiz"))
    host = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                             related_name="+", verbose_name=_("facilitator"))
    audience = models.CharField(_("audience"), max_length=60, blank=True, db_index=True)
    question_ids = models.JSONField(default=list)
    seed = models.PositiveIntegerField(default=1)
    state = models.CharField(_("state"), max_length=10, choices=State.choices,
                             default=State.LOBBY)
    paused = models.BooleanField(_("paused"), default=False)
    leaderboard = models.BooleanField(_("leaderboard shown"), default=False)
    current_index = models.SmallIntegerField(default=-1)
    question_opened_at = models.DateTimeField(null=True, blank=True)
    question_closed_at = models.DateTimeField(null=True, blank=True)
    # Bumped on every change of state: clients drop events older than what they show.
    version = models.PositiveIntegerField(default=0)
    language = models.CharField(max_length=10, blank=True)
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    summary = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("live session")
        verbose_name_plural = _("live sessions")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.code} · {self.quiz_id}"

    @property
    def current_question_id(self) -> str | None:
        if 0 <= self.current_index < len(self.question_ids):
            return self.question_ids[self.current_index]
        return None

    @property
    def group(self) -> str:
        return f"live.{self.pk}"

    @property
    def presenter_group(self) -> str:
        return f"live.{self.pk}.presenter"

    def joined_count(self) -> int:
        return LiveParticipant.objects.filter(session=self).count()

    def answered_count(self, question_id: str | None) -> int:
        if question_id is None:
            return 0
        return LiveAnswer.objects.filter(session=self, question_id=question_id).count()


class LiveParticipant(models.Model):
    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE,
                                related_name="participants")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="live_participations")
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("live participant")
        verbose_name_plural = _("live participants")
        constraints = [
            models.UniqueConstraint(fields=["session", "user"],
                                    name="quizzes_liveparticipant_unique"),
        ]

    def __str__(self):
        return f"{self.session_id} · {self.user_id}"


class LiveAnswer(models.Model):
    """One learner's locked answer to one question of a session (graded on arrival).

    ``response`` has the shape of ``Answer.response`` for the question type (a live
    rate-a-post answer carries only "reliability", a real-or-fake one only "choice").
    """

    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="answers")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="+")
    question_id = models.CharField(max_length=64)
    response = models.JSONField()
    correct = models.BooleanField()
    points = models.FloatField()
    max_points = models.FloatField()
    answered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("live answer")
        verbose_name_plural = _("live answers")
        constraints = [
            models.UniqueConstraint(fields=["session", "user", "question_id"],
                                    name="quizzes_liveanswer_one_per_question"),
        ]
        indexes = [models.Index(fields=["session", "question_id"])]

    def __str__(self):
        return f"{self.session_id} · {self.user_id} · {self.question_id}"
