"""The Quiz snippet.

A snippet rather than a page: a quiz has no URL of its own, it is placed in lessons
through ``QuizBlock`` and the same quiz may be reused in several lessons or courses
(a pre-test and the identical post-test elsewhere, a booster quiz a week later); grading
and attempts hang off the quiz, and the lesson the learner took it in travels as page_id.
"""

from django.conf import settings
from django.db import models
from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from ..question_types import QuestionStreamBlock

# (quiz pk, updated_at) → parsed canonical questions, per process.
_PARSED: dict[tuple, list] = {}


class Quiz(index.Indexed, models.Model):
    """A set of questions with its settings.

    ``questions`` is translated per language (modeltranslation); the default language's
    stream (Arabic) is canonical for structure and correctness; other languages overlay
    their texts on it by block id (see ``quizzes.presentation``).
    """

    class Kind(models.TextChoices):
        PRACTICE = "practice", _("Practice")
        GRADED = "graded", _("Graded")
        PRETEST = "pretest", _("Pre-test")
        POSTTEST = "posttest", _("Post-test")

    class Form(models.TextChoices):
        NONE = "", _("None")
        A = "A", _("Form A")
        B = "B", _("Form B")

    class ReviewWhen(models.TextChoices):
        IMMEDIATELY = "immediately", _("Immediately after each attempt")
        AFTER_LAST_ATTEMPT = "after_last_attempt", _("After the last allowed attempt")
        AFTER_CLOSE = "after_close", _("After the quiz window closes")
        NEVER = "never", _("Never")

    key = models.SlugField(
        _("key"), max_length=80, unique=True, null=True, blank=True,
        help_text=_("Stable identifier used by imports and the demo content."),
    )
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True)
    questions = StreamField(QuestionStreamBlock(), blank=True, verbose_name=_("questions"))

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices,
                            default=Kind.PRACTICE)
    series = models.SlugField(
        _("pre/post series"), max_length=80, blank=True,
        help_text=_("Pre- and post-tests with the same series are parallel forms of one "
                    "assessment: a learner who gets form A before gets form B after."),
    )
    form = models.CharField(_("parallel form"), max_length=1, choices=Form.choices, blank=True)
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"), default=70)
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=0, help_text=_("0 means unlimited."))
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_options = models.BooleanField(_("shuffle options"), default=False)
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), null=True, blank=True,
        help_text=_("Enforced on the server; leave empty for no limit."))

    # What the review shows and when: quizzes.review.ReviewPolicy decides.
    review_score = models.BooleanField(_("show the score"), default=True)
    review_correctness = models.BooleanField(
        _("show which answers were right"), default=True,
        help_text=_("Which questions the learner got wrong, without the right answers."))
    review_answers = models.BooleanField(
        _("show the right answers"), default=True,
        help_text=_("Shown from the moment chosen under “show the answer key”."))
    review_explanations = models.BooleanField(
        _("show feedback and explanations"), default=True,
        help_text=_("Explanations marked “Safe to show before the right answers” are shown "
                    "with the review; the others, and the feedback of each option, with the "
                    "answer key."))
    review_when = models.CharField(
        _("show the review"), max_length=20, choices=ReviewWhen.choices,
        default=ReviewWhen.IMMEDIATELY,
        help_text=_("When the learner sees their score, which answers were right and the "
                    "safe explanations."))
    review_key_when = models.CharField(
        _("show the answer key"), max_length=20, choices=ReviewWhen.choices,
        default=ReviewWhen.AFTER_LAST_ATTEMPT,
        help_text=_("When the right answers, the feedback and every explanation are shown. "
                    "Except in practice quizzes they never show while the learner has "
                    "attempts left and the quiz window is open, whatever is chosen here: "
                    "a retake would otherwise copy the key. Choose “after the quiz window "
                    "closes” so that a second account cannot collect the key either."))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    closes_at = models.DateTimeField(
        _("quiz window closes"), null=True, blank=True,
        help_text=_("For “after the quiz window closes”, unless a cohort sets its own. "
                    "No attempt is accepted after it."))

    panels = [
        FieldPanel("title"),
        FieldPanel("intro"),
        FieldPanel("questions"),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("kind"), FieldPanel("pass_mark"),
                           FieldPanel("attempts_allowed")]),
            FieldRowPanel([FieldPanel("series"), FieldPanel("form")]),
            FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_options"),
                           FieldPanel("time_limit_minutes")]),
            FieldPanel("key"),
        ], heading=_("Settings")),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("review_score"), FieldPanel("review_correctness")]),
            FieldRowPanel([FieldPanel("review_answers"), FieldPanel("review_explanations")]),
            FieldRowPanel([FieldPanel("review_when"), FieldPanel("review_key_when"),
                           FieldPanel("closes_at")]),
        ], heading=_("Review")),
    ]

    # Only what a learner may see before answering is indexed: never the questions,
    # whose blocks hold correctness, feedback and explanations.
    search_fields = [index.SearchField("title"), index.SearchField("intro"),
                     index.FilterField("kind")]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def __str__(self):
        return self.title

    @property
    def label(self) -> str:
        """The title with what tells look-alike quizzes apart in a picker: the kind and
        the parallel form ("Check yourself · Pre-test · Form A"). Pre- and post-tests of
        one series often share their title."""
        parts = [self.title, str(self.get_kind_display())]
        if self.form:
            parts.append(str(self.get_form_display()))
        return " · ".join(parts)

    def canonical_questions(self) -> list:
        """The default language's questions (bound blocks): ids, correctness and points.

        Parsed once per process and quiz version: grading a submission then costs no
        block parsing (the StreamField is read-only here).
        """
        key = (self.pk, self.updated_at)
        if self.pk is not None and key in _PARSED:
            return _PARSED[key]
        lang = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        stream = getattr(self, f"questions_{lang}", None)
        questions = list(stream if stream is not None else self.questions)
        if self.pk is not None:
            if len(_PARSED) >= 256:
                _PARSED.clear()
            _PARSED[key] = questions
        return questions

    @property
    def max_score(self):
        return sum(float(q.value["points"]) for q in self.canonical_questions())


# The order a course meets them in: pre-test first, post-test last.
KIND_ORDER = (Quiz.Kind.PRETEST, Quiz.Kind.PRACTICE, Quiz.Kind.GRADED, Quiz.Kind.POSTTEST)


def in_course_order(quizzes: QuerySet) -> QuerySet:
    """Quizzes ordered for pickers as a course meets them: pre-tests, practice, graded,
    post-tests; within a kind by series (parallel forms together, A before B), then in
    the order they were written (the demo and most editors write them in course order)."""
    kind_rank = Case(
        *(When(kind=kind, then=Value(rank)) for rank, kind in enumerate(KIND_ORDER)),
        default=Value(len(KIND_ORDER)), output_field=IntegerField(),
    )
    return quizzes.annotate(kind_rank=kind_rank).order_by("kind_rank", "series", "form",
                                                         "pk")
