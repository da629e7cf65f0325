"""Spot the technique: which manipulation technique a mock post uses, if any."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .families import BinaryType, ShowsPost
from .parts import TECHNIQUES_OR_NONE, BaseQuestionBlock, PostBlock
from .registry import register


class SpotTechniqueBlock(BaseQuestionBlock):
    post = PostBlock()
    technique = blocks.ChoiceBlock(choices=TECHNIQUES_OR_NONE, label=_("Technique used"))

    class Meta:
        label = _("Spot the technique")
        icon = "view"


@register
class SpotTheTechnique(ShowsPost, BinaryType):
    name = "spot_the_technique"
    block = SpotTechniqueBlock

    def labels(self):
        return {key: str(label) for key, label in TECHNIQUES_OR_NONE}

    def keys(self):
        return tuple(key for key, _label in TECHNIQUES_OR_NONE)

    def truth(self, value):
        return value["technique"]

    def demo_value(self, data, demo):
        return {"post": demo.post(data["post"]), "technique": data.get("technique") or "none"}
