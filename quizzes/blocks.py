"""Blocks that place quizzes' activities in lessons (courses adds them to its stream)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .h5p.embed import embed_context


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
