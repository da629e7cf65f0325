"""Matching: pairs whose right-hand sides are shown shuffled, picked by a token."""

from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks

from .base import Localised, QuestionType, item_ids, previous_value, shuffled
from .parts import AtLeastThree, BaseQuestionBlock
from .registry import register


class PairBlock(blocks.StructBlock):
    left = blocks.CharBlock(label=gettext_lazy("Left"), max_length=300)
    right = blocks.CharBlock(label=gettext_lazy("Matching right"), max_length=300)

    class Meta:
        icon = "link"
        label = gettext_lazy("Pair")


class MatchingBlock(AtLeastThree, BaseQuestionBlock):
    pairs = blocks.ListBlock(PairBlock(), label=gettext_lazy("Pairs"), min_num=2, max_num=8)
    shuffled_list = "pairs"
    too_few = gettext_lazy("A matching question needs at least three pairs: with two, the "
                           "shuffled column would show the answer.")

    class Meta:
        label = gettext_lazy("Matching")
        icon = "link"


def matching_token(question_id: str, pair_id: str) -> str:
    """The value a learner picks for the right-hand side of a pair.

    Not the pair id itself: that would give away which right goes with which left.
    """
    return salted_hmac("quizzes.matching", f"{question_id}:{pair_id}").hexdigest()[:12]


@register
class Matching(QuestionType):
    name = "matching"
    print_template = "quizzes/print/matching.html"
    block = MatchingBlock

    def parse(self, question, form):
        ids = item_ids(question.value, "pairs")
        if not form.parts_only(ids):
            return None
        if set(form.fields) != set(ids):
            form.error(_("match every item."))
            return None
        by_token = {matching_token(question.id, pair_id): pair_id for pair_id in ids}
        matches = {}
        for left_id in ids:
            raw = form.one(form.get(left_id))
            if raw is None:
                return None
            if raw not in by_token:
                form.not_an_option()
                return None
            matches[left_id] = by_token[raw]
        return {"matches": matches}

    def grade(self, question, response):
        matches = response["matches"]
        return sum(1 for left, right in matches.items() if left == right) / len(matches), []

    def seeded_orders(self, question, *, seed, shuffle_options):
        # Always shown in a drawn order, never the authored (right) one.
        qid = question.id
        return {"rights": shuffled([matching_token(qid, pid)
                                    for pid in item_ids(question.value, "pairs")],
                                   seed, f"{qid}:rights", avoid_identity=True)}

    def learner_fields(self, question, local, *, field, previous, seed, shuffle_options):
        qid = question.id
        pairs = Localised.items(question.value, local, "pairs")
        rights = {matching_token(qid, pid): loc["right"] for pid, _c, loc in pairs}
        order = self.seeded_orders(question, seed=seed, shuffle_options=shuffle_options)
        return {
            "lefts": [{"id": pid, "text": loc["left"], "field": f"{field}.{pid}",
                       "selected": previous_value(previous, f"{field}.{pid}")}
                      for pid, _c, loc in pairs],
            "rights": [{"token": token, "text": rights[token]} for token in order["rights"]],
        }

    def sample_answer(self, question, *, right=True):
        """Right: every pair matched; wrong: every left side given the next pair's right."""
        ids = item_ids(question.value, "pairs")
        targets = ids if right else ids[1:] + ids[:1]
        return {f"q.{question.id}.{left}": [matching_token(question.id, target)]
                for left, target in zip(ids, targets, strict=True)}

    def demo_value(self, data, demo):
        return {"pairs": demo.items(data["pairs"], lambda pair: {
            "left": demo.t(pair[0]), "right": demo.t(pair[1])})}

    def review(self, question, local, response):
        pairs = {pid: loc for pid, _c, loc in Localised.items(question.value, local, "pairs")}
        matches = response.get("matches", {})
        return {
            "given": [f"{pairs[left]['left']} ← {pairs[right]['right']}"
                      for left, right in matches.items() if left in pairs and right in pairs],
            "right": [f"{pair['left']} ← {pair['right']}" for pair in pairs.values()],
        }
