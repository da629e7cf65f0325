"""Question blocks of a quiz, and the quiz block that lessons embed.

Every question is a StructBlock inside ``QuestionStreamBlock``; its StreamField block id
is the stable question id that answers refer to. Options, ordering items and matching
pairs are ListBlock items whose ids are stable too. What a learner may see before
submitting is built from an explicit allow-list in ``quizzes.presentation``: never render
these values wholesale.
"""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

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


class SingleChoiceBlock(BaseQuestionBlock):
    """One right option among several."""

    options = blocks.ListBlock(OptionBlock(), label=_("Options"), min_num=2)

    class Meta:
        label = _("Single choice")
        icon = "radio-full"


class MultipleResponseBlock(BaseQuestionBlock):
    """Several right options; partial credit (right choices minus wrong ones)."""

    options = blocks.ListBlock(OptionBlock(), label=_("Options"), min_num=2)

    class Meta:
        label = _("Multiple response")
        icon = "tick"


class TrueFalseBlock(BaseQuestionBlock):
    answer = blocks.BooleanBlock(label=_("The statement is true"), required=False)
    feedback_true = blocks.TextBlock(label=_("Feedback for “true”"), required=False)
    feedback_false = blocks.TextBlock(label=_("Feedback for “false”"), required=False)

    class Meta:
        label = _("True or false")
        icon = "tick-inverse"


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


class OrderingBlock(AtLeastThree, BaseQuestionBlock):
    """Items written in the right order; learners see them shuffled."""

    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Item"), max_length=300), label=_("Items in the right order"),
        min_num=2, max_num=8,
    )
    shuffled_list = "items"
    too_few = _("An ordering question needs at least three items: with two, the shuffled "
                "order would show the answer.")

    class Meta:
        label = _("Ordering")
        icon = "list-ol"


class PairBlock(blocks.StructBlock):
    left = blocks.CharBlock(label=_("Left"), max_length=300)
    right = blocks.CharBlock(label=_("Matching right"), max_length=300)

    class Meta:
        icon = "link"
        label = _("Pair")


class MatchingBlock(AtLeastThree, BaseQuestionBlock):
    pairs = blocks.ListBlock(PairBlock(), label=_("Pairs"), min_num=2, max_num=8)
    shuffled_list = "pairs"
    too_few = _("A matching question needs at least three pairs: with two, the shuffled "
                "column would show the answer.")

    class Meta:
        label = _("Matching")
        icon = "link"


class ShortTextBlock(BaseQuestionBlock):
    """A typed answer compared after Arabic-aware normalisation (literacy.text)."""

    answers = blocks.ListBlock(
        blocks.CharBlock(label=_("Accepted answer"), max_length=200), label=_("Accepted answers"),
        min_num=1,
    )
    ignore_hamza = blocks.BooleanBlock(label=_("Ignore hamza and alef forms"), required=False,
                                       default=True)
    ignore_alef_maqsura = blocks.BooleanBlock(label=_("Treat ى and ي alike"), required=False,
                                              default=True)
    ignore_teh_marbuta = blocks.BooleanBlock(label=_("Treat ة and ه alike"), required=False,
                                             default=True)
    ignore_tashkeel = blocks.BooleanBlock(label=_("Ignore tashkeel"), required=False,
                                          default=True)
    ignore_tatweel = blocks.BooleanBlock(label=_("Ignore tatweel"), required=False,
                                         default=True)
    fold_digits = blocks.BooleanBlock(label=_("Accept Eastern and Western Arabic digits"),
                                      required=False, default=True)

    class Meta:
        label = _("Short text")
        icon = "pilcrow"


class PostBlock(blocks.StructBlock):
    """A fictitious social-media post, shown as a card (never a live link)."""

    display_name = blocks.CharBlock(label=_("Display name"), max_length=100)
    handle = blocks.CharBlock(label=_("Handle"), max_length=60)
    verified = blocks.BooleanBlock(label=_("Verified badge"), required=False)
    text = blocks.TextBlock(label=_("Text"))
    image = ImageChooserBlock(label=_("Image"), required=False)
    date = blocks.DateBlock(label=_("Date"), required=False)
    likes = blocks.IntegerBlock(label=_("Likes"), min_value=0, default=0)
    shares = blocks.IntegerBlock(label=_("Shares"), min_value=0, default=0)
    comments = blocks.IntegerBlock(label=_("Comments"), min_value=0, default=0)

    class Meta:
        icon = "user"
        label = _("Post")


class RatePostBlock(BaseQuestionBlock):
    """Rate a post's reliability (1-7), one's confidence (1-7) and whether one would share."""

    post = PostBlock()
    reliable = blocks.BooleanBlock(label=_("The post is reliable"), required=False)
    technique = blocks.ChoiceBlock(choices=TECHNIQUES, required=False,
                                   label=_("Technique (if manipulative)"))

    class Meta:
        label = _("Rate a post")
        icon = "user"


class RealOrFakeBlock(BaseQuestionBlock):
    headline = blocks.CharBlock(label=_("Headline"), max_length=300)
    outlet = blocks.CharBlock(label=_("Outlet"), max_length=100, required=False)
    real = blocks.BooleanBlock(label=_("The headline is real"), required=False)

    class Meta:
        label = _("Real or fake")
        icon = "doc-full"


class SpotTechniqueBlock(BaseQuestionBlock):
    post = PostBlock()
    technique = blocks.ChoiceBlock(choices=TECHNIQUES_OR_NONE, label=_("Technique used"))

    class Meta:
        label = _("Spot the technique")
        icon = "view"


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


class PhishingBlock(BaseQuestionBlock):
    message = MessageBlock()
    phishing = blocks.BooleanBlock(label=_("The message is phishing"), required=False)
    signs = blocks.ListBlock(blocks.CharBlock(max_length=300, label=_("Sign")),
                             label=_("Tell-tale signs (or why it is legitimate)"), required=False)

    class Meta:
        label = _("Phishing or legitimate")
        icon = "mail"


class QuestionStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceBlock()
    multiple_response = MultipleResponseBlock()
    true_false = TrueFalseBlock()
    ordering = OrderingBlock()
    matching = MatchingBlock()
    short_text = ShortTextBlock()
    rate_a_post = RatePostBlock()
    real_or_fake = RealOrFakeBlock()
    spot_the_technique = SpotTechniqueBlock()
    phishing_or_legitimate = PhishingBlock()


class QuizChooserBlock(SnippetChooserBlock):
    """Chooses a quiz showing its label (kind and parallel form: ``Quiz.label``)."""

    @cached_property
    def widget(self):
        from .viewsets import QuizChooser

        super().widget  # noqa: B018 (sets the icon from the snippet viewset)
        return QuizChooser(self.target_model, icon=self.meta.icon)

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

    class Meta:
        icon = "help"
        label = _("Quiz")
        template = "quizzes/blocks/quiz_block.html"

    def get_context(self, value, parent_context=None):
        from .presentation import quiz_block_context

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
        from .h5p.embed import embed_context

        context = super().get_context(value, parent_context=parent_context)
        parent_context = parent_context or {}
        context["h5p"] = embed_context(
            request=parent_context.get("request"),
            package=value.get("package"),
            page=parent_context.get("page"),
            completes_lesson=bool(value.get("completes_lesson")),
        )
        return context
