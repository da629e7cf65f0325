"""Phishing or legitimate: a mock email or message, with its tell-tale signs."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks

from .base import Localised
from .families import BinaryType, ShowsMessage
from .parts import BaseQuestionBlock, MessageBlock
from .registry import register


class PhishingBlock(BaseQuestionBlock):
    message = MessageBlock()
    phishing = blocks.BooleanBlock(label=gettext_lazy("The message is phishing"),
                                   required=False)
    signs = blocks.ListBlock(blocks.CharBlock(max_length=300, label=gettext_lazy("Sign")),
                             label=gettext_lazy("Tell-tale signs (or why it is legitimate)"),
                             required=False)

    class Meta:
        label = gettext_lazy("Phishing or legitimate")
        icon = "mail"


@register
class PhishingOrLegitimate(ShowsMessage, BinaryType):
    name = "phishing_or_legitimate"
    block = PhishingBlock

    def labels(self):
        return {"phishing": _("Phishing"), "legitimate": _("Legitimate")}

    def keys(self):
        return ("phishing", "legitimate")

    def truth(self, value):
        return "phishing" if value["phishing"] else "legitimate"

    def demo_value(self, data, demo):
        m = data["message"]
        return {
            "message": {"channel": m.get("channel", "email"), "sender": m["sender"],
                        "sender_name": demo.t(m.get("sender_name")),
                        "subject": demo.t(m.get("subject")), "body": demo.t(m["body"]),
                        "links": demo.items(m.get("links", []), lambda s: s, ids="links")},
            "phishing": bool(data["phishing"]),
            "signs": demo.items(data.get("signs", []), demo.t, ids="signs"),
        }

    def review(self, question, local, response):
        row = super().review(question, local, response)
        row["signs"] = [loc for _i, _c, loc in Localised.items(question.value, local, "signs")]
        return row
