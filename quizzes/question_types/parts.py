"""The block parts question types share: what every question has, options, posts and
messages, and the "at least three" rule of shuffled lists.

Each type's own StructBlock lives in that type's module (``single_choice.py``...).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

TECHNIQUES = [
    ("impersonation", _("Impersonation")),
    ("emotional_language", _("Emotional language")),
    ("polarisation", _("Polarisation")),
    ("conspiracy", _("Conspiracy")),
    ("discrediting", _("Discrediting")),
    ("trolling", _("Trolling")),
]
TECHNIQUES_OR_NONE = [*TECHNIQUES, ("none", _("No manipulation"))]
MIN_SHUFFLED_ENTRIES = 3  # see AtLeastThree
CHANNELS = [("email", _("Email")), ("sms", _("SMS")), ("chat", _("Chat message"))]


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"), required=False,
        help_text=_("Shown after submitting to a learner who chose this option."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Option")


class BaseQuestionBlock(blocks.StructBlock):
    """Fields every question has: what is asked, why the answer is what it is, its weight."""

    prompt = blocks.TextBlock(label=_("Question"))
    explanation = blocks.TextBlock(
        label=_("Explanation"), required=False,
        help_text=_("Why the answer is right, naming the technique or the clue."),
    )
    explanation_safe = blocks.BooleanBlock(
        label=_("Safe to show before the right answers"), required=False, default=False,
        help_text=_("Tick only if this explanation teaches the idea without giving the "
                    "answer away: it is then shown after every attempt, also while a graded "
                    "quiz still hides its right answers. Otherwise it is shown with them."),
    )
    points = blocks.DecimalBlock(label=_("Points"), default=1, min_value=0, max_digits=5,
                                 decimal_places=2)

    class Meta:
        icon = "help"


class AtLeastThree:
    """A question answered by the order of a list that learners see shuffled (ordering
    items, the right column of matching pairs) needs three entries: with two, the only
    order other than the right one is the reverse, so the shuffle would show the answer.
    Guarded by tests/quizzes/test_shuffle.py::test_two_item_questions_cannot_be_saved.
    """

    shuffled_list = ""
    too_few = ""

    def clean(self, value):
        value = super().clean(value)
        if len(value[self.shuffled_list]) < MIN_SHUFFLED_ENTRIES:
            raise StructBlockValidationError(block_errors={
                self.shuffled_list: ListBlockValidationError(
                    non_block_errors=[ValidationError(self.too_few, code="too_few")]),
            })
        return value


class PostBlock(blocks.StructBlock):
    """A fictitious social-media post, shown as a card (never a live link)."""

    display_name = blocks.CharBlock(label=_("Display name"), max_length=100)
    handle = blocks.CharBlock(label=_("Handle"), max_length=60)
    verified = blocks.BooleanBlock(label=_("Verified badge"), required=False)
    text = blocks.TextBlock(label=_("Text"))
    image = ImageChooserBlock(label=_("Image"), required=False)
    image_alt = blocks.CharBlock(
        label=_("Image description"), max_length=250, required=False,
        help_text=_("What the picture shows, for those who cannot see it (in each language)."))
    date = blocks.DateBlock(label=_("Date"), required=False)
    likes = blocks.IntegerBlock(label=_("Likes"), min_value=0, default=0)
    shares = blocks.IntegerBlock(label=_("Shares"), min_value=0, default=0)
    comments = blocks.IntegerBlock(label=_("Comments"), min_value=0, default=0)

    class Meta:
        icon = "user"
        label = _("Post")


class MessageBlock(blocks.StructBlock):
    """A fictitious email or message; links are shown as text, never as links."""

    channel = blocks.ChoiceBlock(choices=CHANNELS, default="email", label=_("Channel"))
    sender = blocks.CharBlock(label=_("Sender address or number"), max_length=200)
    sender_name = blocks.CharBlock(label=_("Sender name"), max_length=100, required=False)
    subject = blocks.CharBlock(label=_("Subject"), max_length=200, required=False)
    body = blocks.TextBlock(label=_("Body"))
    links = blocks.ListBlock(blocks.CharBlock(max_length=300, label=_("Link (shown as text)")),
                             label=_("Links"), required=False)

    class Meta:
        icon = "mail"
        label = _("Message")


