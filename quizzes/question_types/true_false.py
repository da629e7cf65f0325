"""True or false: a statement, with feedback for each answer."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks

from .base import Localised
from .families import BinaryType
from .parts import BaseQuestionBlock
from .registry import register


class TrueFalseBlock(BaseQuestionBlock):
    answer = blocks.BooleanBlock(label=gettext_lazy("The statement is true"), required=False)
    feedback_true = blocks.TextBlock(label=gettext_lazy("Feedback for “true”"),
                                     required=False)
    feedback_false = blocks.TextBlock(label=gettext_lazy("Feedback for “false”"),
                                      required=False)

    class Meta:
        label = gettext_lazy("True or false")
        icon = "tick-inverse"


@register
class TrueFalse(BinaryType):
    name = "true_false"
    block = TrueFalseBlock

    def labels(self):
        return {"true": _("True"), "false": _("False")}

    def keys(self):
        return ("true", "false")

    def truth(self, value):
        return "true" if value["answer"] else "false"

    def grade(self, question, response):
        fraction, _feedback = super().grade(question, response)
        value = question.value
        text = value["feedback_true"] if response["choice"] == "true" else value["feedback_false"]
        return fraction, [text] if text else []

    def demo_value(self, data, demo):
        return {"answer": bool(data["answer"]), "feedback_true": demo.t(data.get("feedback_true")),
                "feedback_false": demo.t(data.get("feedback_false"))}

    def review(self, question, local, response):
        row = super().review(question, local, response)
        choice = response.get("choice")
        if choice:
            text = Localised.text(question.value, local, f"feedback_{choice}")
            row["feedback"] = [text] if text else []
        return row
