"""Single choice: one right option among several."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .families import OptionsType
from .parts import BaseQuestionBlock, OptionBlock
from .registry import register


class SingleChoiceBlock(BaseQuestionBlock):
    """One right option among several."""

    options = blocks.ListBlock(OptionBlock(), label=_("Options"), min_num=2)

    class Meta:
        label = _("Single choice")
        icon = "radio-full"


@register
class SingleChoice(OptionsType):
    name = "single_choice"
    block = SingleChoiceBlock

    def parse(self, question, form):
        if form.unexpected():
            return None
        choice = form.one_main()
        if choice is None:
            return None
        if choice not in self.option_ids(question):
            form.not_an_option()
            return None
        return {"choice": choice}

    def chosen(self, response):
        return [response["choice"]]

    def fraction(self, chosen, right):
        return 1.0 if chosen[0] in right else 0.0

    def demo_answer(self, question, right, rng):
        """The key, or one of the distractors picked at random."""
        keys = set(self.live_right(question))
        pool = [oid for oid in self.option_ids(question) if (oid in keys) == right]
        return {f"q.{question.id}": [rng.choice(pool)]}

    def live_parse(self, question, value):
        if not isinstance(value, str) or value not in self.option_ids(question):
            return None
        return {"choice": value}
