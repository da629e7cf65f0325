"""Blocks of the home page and other core pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HeadingBlock(blocks.CharBlock):
    """A section heading (h2) inside a page body."""

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "literacy/blocks/heading_block.html"


class ThemeBlock(blocks.StructBlock):
    """One of the things Basira teaches, shown as a card on the home page."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"))
    page = blocks.PageChooserBlock(
        label=_("Links to"), required=False,
        help_text=_("The course about this theme. Empty: the card opens the catalogue."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Theme")
        template = "literacy/blocks/theme_block.html"


class ThemesBlock(blocks.StructBlock):
    """A row of theme cards."""

    heading = blocks.CharBlock(label=_("Heading"), required=False)
    themes = blocks.ListBlock(ThemeBlock(), label=_("Themes"))

    class Meta:
        icon = "list-ul"
        label = _("Themes")
        template = "literacy/blocks/themes_block.html"


class HomeStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=["bold", "italic", "link", "ol", "ul"]
    )
    themes = ThemesBlock()
