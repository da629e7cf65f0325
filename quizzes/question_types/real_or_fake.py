"""Real or fake: a headline judged real or fake, with how sure the learner is.
Counted by signal detection (a fake headline is the signal)."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks

from .base import scale
from .families import BinaryType, ShowsHeadline
from .parts import BaseQuestionBlock
from .registry import register


class RealOrFakeBlock(BaseQuestionBlock):
    headline = blocks.CharBlock(label=gettext_lazy("Headline"), max_length=300)
    outlet = blocks.CharBlock(label=gettext_lazy("Outlet"), max_length=100, required=False)
    real = blocks.BooleanBlock(label=gettext_lazy("The headline is real"), required=False)

    class Meta:
        label = gettext_lazy("Real or fake")
        icon = "doc-full"


@register
class RealOrFake(ShowsHeadline, BinaryType):
    name = "real_or_fake"
    block = RealOrFakeBlock
    extra_parts = ("confidence",)
    detects_signals = True

    def labels(self):
        return {"real": _("Real"), "fake": _("Fake")}

    def keys(self):
        return ("real", "fake")

    def truth(self, value):
        return "real" if value["real"] else "fake"

    def parse_extra(self, question, form, response):
        confidence = form.rating(form.get("confidence"), _("Confidence"))
        if confidence is None:
            if not form.get("confidence"):
                form.error(_("please say how sure you are."))
            return None
        return {**response, "confidence": confidence}

    def learner_fields(self, question, local, *, field, previous, seed, shuffle_options):
        return {**super().learner_fields(question, local, field=field, previous=previous,
                                         seed=seed, shuffle_options=shuffle_options),
                "confidence": scale(previous, f"{field}.confidence")}

    def review(self, question, local, response):
        row = super().review(question, local, response)
        if response.get("confidence"):
            row["given"].append(_("Confidence: %(n)s of 7") % {"n": response["confidence"]})
        return row

    def demo_value(self, data, demo):
        return {"headline": demo.t(data["headline"]), "outlet": demo.t(data.get("outlet")),
                "real": bool(data["real"])}

    def sample_answer(self, question, *, right=True):
        return {**super().sample_answer(question, right=right),
                f"q.{question.id}.confidence": ["4"]}

    def demo_answer(self, question, right, rng):
        field, truth = f"q.{question.id}", self.truth(question.value)
        choice = truth if right else ("fake" if truth == "real" else "real")
        confidence = rng.randint(4, 7) if right else rng.randint(2, 6)
        return {field: [choice], f"{field}.confidence": [str(confidence)]}

    def signal(self, value, response):
        return not value["real"], response["choice"] == "fake"
