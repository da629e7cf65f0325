"""Blocks of a lesson body (`LessonStreamBlock`). Each renders with its own template in
templates/courses/blocks/ and works without JavaScript."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from quizzes.blocks import H5PBlock, QuizBlock

from .documents.handouts import handout_choices
from .resource_kinds import COUNTRIES as RESOURCE_COUNTRIES
from .resource_kinds import KINDS as RESOURCE_KINDS
from .video_embeds import known_video, oembed_allowed

RICH = ["bold", "italic", "h3", "ol", "ul", "link"]


class PrefetchedImageChooserBlock(ImageChooserBlock):
    """Fetches every image of a stream and its renditions in two queries, whatever the
    number of image blocks (the `{% image %}` tag then reads the prefetched renditions)."""

    def bulk_to_python(self, values):
        objects = self.model_class.objects.prefetch_renditions().in_bulk(values)
        return [objects.get(value) for value in values]


class ImageBlock(blocks.StructBlock):
    """An illustration; the alternative text is required (screen readers, slow networks)."""

    image = PrefetchedImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("alternative text"), max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image_block.html"


class VideoLinkBlock(EmbedBlock):
    """An embed URL the server does not fetch (courses/video_embeds.py); a URL it cannot
    read without asking the video site is refused with the reason."""

    def clean(self, value):
        if value and not oembed_allowed() and known_video(value.url) is None:
            raise ValidationError(_(
                "Only YouTube and Vimeo links can be used: Basira does not contact other "
                "video sites. Upload the video file instead."))
        return super().clean(value)


class VideoBlock(blocks.StructBlock):
    """A self-hosted video file (preferred: no third-party request) or an embed, with
    captions and a transcript for learners who cannot play it."""

    title = blocks.CharBlock(label=_("title"))
    file = DocumentChooserBlock(label=_("video file"), required=False)
    embed = VideoLinkBlock(
        label=_("embed URL"), required=False,
        help_text=_("A YouTube or Vimeo link. The server does not contact the video site; "
                    "learners get a link and choose to open it there."))
    captions = DocumentChooserBlock(
        label=_("captions file (WebVTT)"), required=False
    )
    transcript = blocks.RichTextBlock(label=_("transcript"), features=RICH, required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video_block.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("file") and not value.get("embed"):
            raise blocks.StructBlockValidationError(
                block_errors={"file": ValidationError(_("Choose a video file or an embed URL."))}
            )
        return value


class AudioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    file = DocumentChooserBlock(label=_("audio file"))
    transcript = blocks.RichTextBlock(label=_("transcript"), features=RICH, required=False)

    class Meta:
        icon = "media"
        label = _("Audio")
        template = "courses/blocks/audio_block.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("example", _("Example"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("title"), required=False)
    body = blocks.RichTextBlock(label=_("text"), features=RICH)

    class Meta:
        icon = "help"
        label = _("Callout")
        template = "courses/blocks/callout_block.html"


class ChecklistBlock(blocks.StructBlock):
    """A list to check against, such as the red flags of a phishing message."""

    title = blocks.CharBlock(label=_("title"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("item")), label=_("items"))

    class Meta:
        icon = "list-ul"
        label = _("Checklist")
        template = "courses/blocks/checklist_block.html"


class CaseStudyBlock(blocks.StructBlock):
    """A claim examined like a fact-check: context, verdict, explanation, sources."""

    claim = blocks.CharBlock(label=_("claim"))
    context = blocks.RichTextBlock(label=_("context"), features=RICH)
    verdict = blocks.ChoiceBlock(
        label=_("verdict"),
        choices=[
            ("false", _("False")),
            ("misleading", _("Misleading")),
            ("true", _("True")),
            ("unverified", _("Unverified")),
        ],
    )
    explanation = blocks.RichTextBlock(label=_("explanation"), features=RICH)
    sources = blocks.ListBlock(blocks.CharBlock(label=_("source")), label=_("sources"))

    class Meta:
        icon = "doc-full"
        label = _("Case study")
        template = "courses/blocks/case_study_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    source = blocks.CharBlock(label=_("source"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "courses/blocks/quote_block.html"


class GlossaryTermBlock(blocks.StructBlock):
    term = SnippetChooserBlock("courses.GlossaryTerm", label=_("term"))

    class Meta:
        icon = "snippet"
        label = _("Glossary term")
        template = "courses/blocks/glossary_term_block.html"


class ResourceBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("title"))
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "download"
        label = _("Downloadable resource")
        template = "courses/blocks/resource_block.html"


class HandoutBlock(blocks.StructBlock):
    """A printable handout as a PDF (courses.documents.handouts), made from the handout's
    text in the reader's language (Arabic, English or French): tables stay tables right to
    left in Arabic, which a plain-text file's drawn grid did not."""

    handout = blocks.ChoiceBlock(choices=handout_choices, label=_("handout"))
    title = blocks.CharBlock(label=_("title"))
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Printable handout")
        template = "courses/blocks/handout_block.html"


class ContentWarningBlock(blocks.StructBlock):
    """Disturbing material stays folded (<details>) until the learner chooses to open it."""

    warning = blocks.CharBlock(label=_("warning"))
    body = blocks.RichTextBlock(label=_("content"), features=RICH)

    class Meta:
        icon = "warning"
        label = _("Content warning")
        template = "courses/blocks/content_warning_block.html"


class LocalResourcesBlock(blocks.StructBlock):
    """The dated "in your country" resources of the chosen kinds (and countries), each
    with the day an editor last checked it, so learners can judge how fresh it is."""

    title = blocks.CharBlock(label=_("title"), required=False)
    kinds = blocks.ListBlock(blocks.ChoiceBlock(choices=RESOURCE_KINDS, label=_("kind")),
                             label=_("kinds"))
    countries = blocks.ListBlock(
        blocks.ChoiceBlock(choices=RESOURCE_COUNTRIES, label=_("country")),
        label=_("countries"), required=False,
        help_text=_("Leave empty for every country."))

    class Meta:
        icon = "site"
        label = _("Resources in your country")
        template = "courses/blocks/local_resources_block.html"

    def get_context(self, value, parent_context=None):
        from .models import LocalResource  # late: the page models import these blocks

        context = super().get_context(value, parent_context)
        resources = LocalResource.objects.filter(kind__in=list(value["kinds"])).order_by(
            "kind", "country", "key")
        if value["countries"]:
            resources = resources.filter(country__in=list(value["countries"]))
        context["resources"] = resources
        return context


class LessonStreamBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), icon="title", template="courses/blocks/heading_block.html"
    )
    rich_text = blocks.RichTextBlock(
        label=_("Text"), features=RICH, template="courses/blocks/rich_text_block.html"
    )
    image = ImageBlock()
    video = VideoBlock()
    audio = AudioBlock()
    callout = CalloutBlock()
    checklist = ChecklistBlock()
    case_study = CaseStudyBlock()
    quote = QuoteBlock()
    glossary_term = GlossaryTermBlock()
    resource = ResourceBlock()
    handout = HandoutBlock()
    content_warning = ContentWarningBlock()
    local_resources = LocalResourcesBlock()
    quiz = QuizBlock()
    h5p = H5PBlock()


def outcome_block():
    """Learning outcomes of a course: a translatable list kept in a StreamField."""
    return blocks.StreamBlock(
        [("outcome", blocks.CharBlock(label=_("outcome"), icon="tick"))], required=False
    )
