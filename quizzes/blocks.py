"""The quiz and H5P blocks that lessons embed, and the quiz's question stream.

Every question is a StructBlock inside ``QuestionStreamBlock``, one per question type
(``quizzes.question_types``: each type's block and behaviour live in one module); its
StreamField block id is the stable question id that answers refer to. What a learner
may see before submitting is built from an explicit allow-list in the types'
``learner_fields``: never render these values wholesale.
"""

import copy

from django.template.loader import render_to_string
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from literacy.content_cache import cached, generation
from literacy.precompiled import get_many_by_pk, unread_translations

from . import form_fragments
from .h5p.embed import embed_context
from .presentation import quiz_block_context
from .question_types import QuestionStreamBlock
from .question_types.parts import CHANNELS, TECHNIQUES, TECHNIQUES_OR_NONE
from .viewsets import QuizChooser

__all__ = ["CHANNELS", "TECHNIQUES", "TECHNIQUES_OR_NONE", "H5PBlock", "QuestionStreamBlock",
           "QuizBlock", "QuizChooserBlock"]


class QuizChooserBlock(SnippetChooserBlock):
    """Chooses a quiz showing its label (kind and parallel form: ``Quiz.label``)."""

    @cached_property
    def widget(self):
        super().widget  # noqa: B018 (sets the icon from the snippet viewset)
        return QuizChooser(self.target_model, icon=self.meta.icon)

    def bulk_to_python(self, values):
        """Wagtail's (one query for a page's quizzes, a copy for a quiz placed twice),
        with the quizzes kept in this process under the content generation (saving a
        quiz starts a new one), their questions parsed in the active language only
        (``literacy.precompiled``): every view of a lesson with quizzes loads them. Each
        block gets its own copy; the parsed questions are shared, and only read.
        Guarded by tests/quizzes/test_form_fragments.py
        ::test_kept_quizzes_change_when_a_quiz_is_saved."""
        model, to_python = self.model_class, self.model_class._meta.pk.to_python
        wanted = sorted({to_python(pk) for pk in values if pk is not None})
        key = (f"quizzes:loaded:{generation()}:{get_language() or 'ar'}:"
               f"{','.join(map(str, wanted))}")
        loaded = cached(key, lambda: get_many_by_pk(model, wanted,
                                                     defer=unread_translations(model)),
                        shared=False)
        found = (loaded.get(to_python(pk)) if pk is not None else None for pk in values)
        return [copy.copy(quiz) if quiz is not None else None for quiz in found]

    def deconstruct(self):
        # Only the admin widget differs: migrations see a plain SnippetChooserBlock, as
        # Wagtail does for ChoiceBlock subclasses.
        return ("wagtail.snippets.blocks.SnippetChooserBlock", *super().deconstruct()[1:])


class QuizBlock(blocks.StructBlock):
    """A quiz placed in a lesson: the learner's form, or their result and a retake.

    The template receives only what ``quizzes.presentation`` allows; access goes through
    the "basira_activity_access" hooks.
    """

    quiz = QuizChooserBlock("quizzes.Quiz", label=_("Quiz"))
    # Read by quizzes.access and quizzes.presentation to find a page's quizzes: they
    # render this block, so they know it by this mark rather than import it.
    places_quiz = True

    class Meta:
        icon = "help"
        label = _("Quiz")
        template = "quizzes/blocks/quiz_block.html"

    def render(self, value, context=None):
        """A fresh form's block comes from its cached shell (form_fragments.fresh_block);
        any other (a result, an error page, a preview) is rendered for the learner."""
        block_context = self.get_context(
            value, parent_context=dict(context) if context is not None else None)
        html = form_fragments.fresh_block(self.meta.template, block_context)
        if html is None:
            html = render_to_string(self.meta.template, block_context)
        return mark_safe(html)  # noqa: S308 - a rendered template, as Block.render gives

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        parent_context = parent_context or {}
        context.update(
            quiz_block_context(
                request=parent_context.get("request"), page=parent_context.get("page"),
                quiz=value.get("quiz"),
            )
        )
        # Only the allow-listed context reaches the template, not the raw block value.
        context.pop("value", None)
        context.pop("self", None)
        return context


class H5PBlock(blocks.StructBlock):
    """An uploaded H5P activity, played in a sandboxed frame from the H5P origin."""

    package = SnippetChooserBlock("quizzes.H5PPackage", label=_("H5P activity"))
    completes_lesson = blocks.BooleanBlock(
        required=False, default=False,
        label=_("Completing this activity completes the lesson"),
        help_text=_(
            "The result is reported by the learner's browser and could be forged; reports "
            "label it as self-reported."
        ),
    )

    class Meta:
        icon = "code"
        label = _("H5P activity")
        template = "quizzes/blocks/h5p_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        parent_context = parent_context or {}
        context["h5p"] = embed_context(
            request=parent_context.get("request"),
            package=value.get("package"),
            page=parent_context.get("page"),
            completes_lesson=bool(value.get("completes_lesson")),
        )
        return context
