"""Multiple response: several right options, with partial credit."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks

from .families import OptionsType
from .parts import BaseQuestionBlock, OptionBlock
from .registry import register


class MultipleResponseBlock(BaseQuestionBlock):
    """Several right options; partial credit (right choices minus wrong ones)."""

    options = blocks.ListBlock(OptionBlock(), label=gettext_lazy("Options"), min_num=2)

    class Meta:
        label = gettext_lazy("Multiple response")
        icon = "tick"


@register
class MultipleResponse(OptionsType):
    name = "multiple_response"
    block = MultipleResponseBlock
    live_multiple = True

    def parse(self, question, form):
        if form.unexpected():
            return None
        main = form.main
        if not main:
            form.missing()
            return None
        if len(set(main)) != len(main):
            form.error(_("the same answer field was sent more than once."))
            return None
        if not set(main) <= set(self.option_ids(question)):
            form.not_an_option()
            return None
        return {"choices": sorted(main)}

    def chosen(self, response):
        return response["choices"]

    def fraction(self, chosen, right):
        if not right:
            return 0.0
        hits = len(right & set(chosen)) - len(set(chosen) - right)
        return max(0.0, hits / len(right))

    def live_parse(self, question, value):
        if not isinstance(value, list) or not value or \
                not all(isinstance(v, str) for v in value) or len(set(value)) != len(value):
            return None
        if not set(value) <= set(self.option_ids(question)):
            return None
        return {"choices": sorted(value)}
