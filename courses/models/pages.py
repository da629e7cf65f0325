"""The learning structure: catalogue → course → module → lesson (Wagtail pages)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from literacy import offline
from literacy.view_restrictions import CachedViewRestrictions

from ..blocks import LessonStreamBlock, outcome_block
from ..page_forms import BasiraPageForm
from ..panels import TranslationStatusPanel


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CompletionRule(models.TextChoices):
    MANUAL = "manual", _("The learner marks it as complete")
    VIEW = "view", _("Complete when viewed")
    QUIZ = "quiz", _("Complete when the lesson's quiz is passed")


class Pacing(models.TextChoices):
    SELF_PACED = "self_paced", _("Self-paced: anyone may enrol")
    COHORT_ONLY = "cohort_only", _("Cohort only: learners join through a facilitator")


class CourseIndexPage(CachedViewRestrictions, Page):
    """The catalogue: every published course, filtered by topic and level."""

    intro = models.TextField(_("introduction"), blank=True)

    base_form_class = BasiraPageForm
    content_panels = Page.content_panels + [FieldPanel("intro"), TranslationStatusPanel()]

    # Under any page that accepts it: Basira's home page or a host site's own home page
    # (the course pages' subpage_types keep it out of courses).
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        # late: catalogue reads these models (a page serves itself, Wagtail's way).
        from ..catalogue import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context


class CoursePage(CachedViewRestrictions, Page):
    # Kept whole under the content generation by the router (literacy/routing.py): its
    # fields and outcomes are the same for every visitor.
    shared_between_requests = True

    summary = models.TextField(_("summary"), blank=True)
    outcomes = StreamField(
        outcome_block(), blank=True, verbose_name=_("learning outcomes")
    )
    duration_minutes = models.PositiveIntegerField(_("estimated duration (minutes)"), default=60)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices,
                             default=Level.BEGINNER)
    topics = ParentalManyToManyField("courses.Topic", blank=True, related_name="courses",
                                     verbose_name=_("topics"))
    cover_image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("cover image"),
    )
    cover_alt = models.CharField(
        _("cover image alternative text"), max_length=250, blank=True,
        help_text=_("Required when there is a cover image: what it shows."),
    )
    prerequisites = ParentalManyToManyField(
        "self", symmetrical=False, blank=True, related_name="required_by",
        verbose_name=_("prerequisites"),
    )
    pacing = models.CharField(_("pacing"), max_length=20, choices=Pacing.choices,
                              default=Pacing.SELF_PACED)
    # Scheduled for each learner some days after they complete the course (courses.boosters).
    booster_quiz = models.ForeignKey(
        "quizzes.Quiz", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("booster quiz"),
        help_text=_("A short practice quiz each learner is given some days after "
                    "completing the course."),
    )

    base_form_class = BasiraPageForm
    content_panels = Page.content_panels + [
        TranslationStatusPanel(),
        FieldPanel("summary"),
        FieldPanel("outcomes"),
        MultiFieldPanel(
            [FieldPanel("duration_minutes"), FieldPanel("level"), FieldPanel("pacing"),
             FieldPanel("topics"), FieldPanel("prerequisites"), FieldPanel("booster_quiz")],
            heading=_("About the course"),
        ),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_alt")],
                        heading=_("Cover")),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def clean(self):
        super().clean()
        if self.cover_image_id and not self.cover_alt:
            raise ValidationError({"cover_alt": _("Describe the cover image.")})

    @property
    def self_paced(self) -> bool:
        return self.pacing == Pacing.SELF_PACED

    def get_context(self, request, *args, **kwargs):
        # late: boosters and outline read these models.
        from ..boosters import shown
        from ..outline import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(self, request))
        if context.get("certificate"):  # completers only: one query more for them
            context["boosters"] = shown(request.user, course=self)
        return context

    def serve(self, request, *args, **kwargs):
        # The course page with its outline may be saved for offline reading.
        return offline.mark(request, super().serve(request, *args, **kwargs), "course")


class ModulePage(CachedViewRestrictions, Page):
    summary = models.TextField(_("summary"), blank=True)

    base_form_class = BasiraPageForm
    content_panels = Page.content_panels + [TranslationStatusPanel(), FieldPanel("summary")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve(self, request, *args, **kwargs):
        # A module is a heading of the course outline, not a page of its own.
        course = self.get_parent()
        return redirect(f"{course.get_url(request)}#module-{self.pk}")

    def get_preview_context(self, request, mode_name):
        """Editors still preview a module (courses/module_page.html): its title, summary
        and lessons, drafts included, as the course outline will show them."""
        context = super().get_preview_context(request, mode_name)
        context["course"] = self.get_parent()
        context["lessons"] = (
            LessonPage.objects.child_of(self).defer_streamfields() if self.pk else []
        )
        return context


class LessonPage(CachedViewRestrictions, Page):
    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(LessonStreamBlock(), blank=True, verbose_name=_("body"))
    completion_rule = models.CharField(
        _("completion rule"), max_length=10, choices=CompletionRule.choices,
        default=CompletionRule.MANUAL,
        help_text=_(
            "Only for a lesson with no activity that completes it. Otherwise the lesson's "
            "activities decide, in this order: passing a graded quiz, an H5P activity "
            "marked as completing the lesson, passing a practice quiz, answering a "
            "pre- or post-test. Learners are told the rule on the lesson."
        ),
    )
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=5)
    required = models.BooleanField(
        _("required for the certificate"), default=True,
    )

    base_form_class = BasiraPageForm
    content_panels = Page.content_panels + [
        TranslationStatusPanel(),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("completion_rule"), FieldPanel("estimated_minutes"),
             FieldPanel("required")],
            heading=_("Completion"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def serve(self, request, *args, **kwargs):
        # late: access and outline read these models.
        from ..access import remember_access
        from ..outline import lesson_context, record_visit

        context = lesson_context(self, request)
        if context is None:
            raise Http404
        if context["opens_on"] is not None:
            return self.serve_closed(request, context)
        if context["activities_visible"]:
            # The quiz and H5P blocks ask the same question: answered already.
            remember_access(request, self, True)
        record_visit(context, request)
        return self.serve_with_context(request, context)

    def serve_closed(self, request, context):
        """A lesson of a module not yet open to the learner's cohorts: when it opens, and
        nothing of its content (403; no visit recorded, no completion on view). Guarded
        by tests/courses/test_pacing.py::test_closed_lesson_shows_when_it_opens_not_its_content."""
        full = self.get_context(request)
        full.update(context)
        return TemplateResponse(request, "courses/lesson_closed.html", full, status=403)

    def get_preview_context(self, request, mode_name):
        """What serve() shows a learner, built for the draft (or the unsaved page of the
        add form) and for any editor, enrolled or not."""
        from ..outline import lesson_context  # late: outline reads these models

        context = super().get_preview_context(request, mode_name)
        context.update(lesson_context(self, request) or {})
        return context

    def _get_dummy_header_url(self, original_request=None):
        """Build a preview on the host the editor is using (Wagtail takes the site's): an
        H5P activity's frame accepts only that parent (frame-ancestors), so a preview on
        the site's host name played nothing when the admin is reached by another one
        (127.0.0.1 in the demo). Tested by test_journey_editor."""
        if original_request is not None:
            return original_request.build_absolute_uri(self.url or "/")
        return super()._get_dummy_header_url(original_request)

    def serve_with_context(self, request, extra):
        context = self.get_context(request)
        context.update(extra)
        response = TemplateResponse(request, self.get_template(request), context)
        # Rendered now, so that a quiz block showing a graded attempt can forbid the mark.
        response.render()
        return offline.mark(request, response, "lesson")
