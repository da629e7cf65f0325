"""Rate a post: how reliable a mock post is (1-7), how sure one is, and whether one
would share it. Counted by signal detection (a manipulative post is the signal); a
live reveal shows the ratings of a reliable and a manipulative post side by side."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks

from .base import QuestionType, previous_value, scale
from .families import ShowsPost
from .parts import TECHNIQUES, TECHNIQUES_OR_NONE, BaseQuestionBlock, PostBlock
from .registry import register

RATINGS = [str(n) for n in range(1, 8)]
TECHNIQUE_LABELS = dict(TECHNIQUES_OR_NONE)
PARTS = ("reliability", "confidence", "share")


class RatePostBlock(BaseQuestionBlock):
    """Rate a post's reliability (1-7), one's confidence (1-7) and whether one would share."""

    post = PostBlock()
    reliable = blocks.BooleanBlock(label=gettext_lazy("The post is reliable"), required=False)
    technique = blocks.ChoiceBlock(choices=TECHNIQUES, required=False,
                                   label=gettext_lazy("Technique (if manipulative)"))

    class Meta:
        label = gettext_lazy("Rate a post")
        icon = "user"


def judged_manipulative(reliability: int) -> bool:
    """A rating counts as "manipulative" at 3 or below (4 is undecided)."""
    return reliability <= 3


def rating_is_right(reliability: int, *, reliable: bool) -> bool:
    """A reliable post is rated 5 or more, a manipulative one 3 or less."""
    return reliability >= 5 if reliable else judged_manipulative(reliability)


def right_ratings(reliable: bool) -> list[str]:
    return [n for n in RATINGS if rating_is_right(int(n), reliable=reliable)]


@register
class RateAPost(ShowsPost, QuestionType):
    name = "rate_a_post"
    print_template = "quizzes/print/rate_a_post.html"
    block = RatePostBlock
    live = True
    live_scale = True
    detects_signals = True

    def parse(self, question, form):
        if not form.parts_only(PARTS):
            return None
        if not all(form.get(part) for part in PARTS):
            form.missing()
            return None
        reliability = form.rating(form.get("reliability"), _("Reliability"))
        confidence = form.rating(form.get("confidence"), _("Confidence"))
        share = form.one(form.get("share"))
        if share is not None and share not in ("yes", "no"):
            form.not_an_option()
            return None
        if reliability is None or confidence is None or share is None:
            return None
        return {"reliability": reliability, "confidence": confidence, "share": share == "yes"}

    def grade(self, question, response):
        return float(rating_is_right(response["reliability"],
                                     reliable=bool(question.value["reliable"]))), []

    def learner_fields(self, question, local, *, field, previous, seed, shuffle_options):
        return {"reliability": scale(previous, f"{field}.reliability"),
                "confidence": scale(previous, f"{field}.confidence"),
                "share": previous_value(previous, f"{field}.share")}

    def review(self, question, local, response):
        row = {"given": []}
        if response:
            # A live workshop quiz asks for the rating only.
            row["given"] = [_("Reliability: %(n)s of 7") % {"n": response["reliability"]}]
            if "confidence" in response:
                row["given"].append(_("Confidence: %(n)s of 7") % {"n": response["confidence"]})
            if "share" in response:
                row["given"].append(_("Would share: yes") if response["share"]
                                    else _("Would share: no"))
        value = question.value
        if value["reliable"]:
            row["right"] = [_("Reliable")]
        else:
            technique = TECHNIQUE_LABELS.get(value["technique"] or "", "")
            row["right"] = [_("Manipulative") + (f" ({technique})" if technique else "")]
        return row

    def demo_value(self, data, demo):
        return {"post": demo.post(data["post"]), "reliable": bool(data["reliable"]),
                "technique": data.get("technique") or ""}

    def sample_live_value(self, question, *, right=True):
        """Right: 6 for a reliable post, 2 for another; wrong: the other way round."""
        return "6" if bool(question.value["reliable"]) == right else "2"

    def sample_answer(self, question, *, right=True):
        field = f"q.{question.id}"
        return {f"{field}.reliability": [self.sample_live_value(question, right=right)],
                f"{field}.confidence": ["5"], f"{field}.share": ["no"]}

    def demo_answer(self, question, right, rng):
        field, value = f"q.{question.id}", question.value
        trust = value["reliable"] == right  # rated reliable (5-7) or not (1-3, or undecided 4)
        reliability = rng.randint(5, 7) if trust else rng.choice([1, 2, 3, 3, 4] if not right
                                                                   else [1, 2, 3])
        return {f"{field}.reliability": [str(reliability)],
                f"{field}.confidence": [str(rng.randint(3, 7))],
                f"{field}.share": ["yes" if trust and rng.random() < 0.5 else "no"]}

    def live_buttons(self, row):
        return [{"value": n, "label": n} for n in RATINGS]

    def live_parse(self, question, value):
        if str(value) not in RATINGS or isinstance(value, bool):
            return None
        return {"reliability": int(value)}

    def live_value(self, response):
        return str(response["reliability"])

    def live_right(self, question):
        return right_ratings(bool(question.value["reliable"]))

    def live_answer_label(self, buttons, values):
        return _("Rated %(n)s of 7") % {"n": "|".join(values)}

    def live_series(self, question, counts, earlier):
        """The spread of reliability ratings of this post, and beside it the spread of
        the last post of the other kind (reliable / manipulative) already asked."""
        this_reliable = bool(question.value["reliable"])
        series = {this_reliable: (question.id, counts)}
        for other, counts_of in earlier:
            if bool(other.value["reliable"]) != this_reliable:
                series[not this_reliable] = (other.id, counts_of())
                break
        rows = []
        for reliable in (False, True):
            if reliable not in series:
                continue
            qid, found = series[reliable]
            right = right_ratings(reliable)
            rows.append({
                "label": _("Reliable post") if reliable else _("Manipulative post"),
                "reliable": reliable, "current": qid == question.id,
                "bars": [{"value": n, "label": n, "count": found.get(n, 0),
                          "right": n in right} for n in RATINGS],
            })
        return rows

    def signal(self, value, response):
        return not value["reliable"], judged_manipulative(response["reliability"])
