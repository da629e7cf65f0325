"""Ordering: items written in the right order, shown shuffled; one point share per
item in its place."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks

from .base import Localised, QuestionType, item_ids, previous_value, shuffled
from .parts import AtLeastThree, BaseQuestionBlock
from .registry import register


class OrderingBlock(AtLeastThree, BaseQuestionBlock):
    """Items written in the right order; learners see them shuffled."""

    items = blocks.ListBlock(
        blocks.CharBlock(label=gettext_lazy("Item"), max_length=300),
        label=gettext_lazy("Items in the right order"), min_num=2, max_num=8,
    )
    shuffled_list = "items"
    too_few = gettext_lazy("An ordering question needs at least three items: with two, "
                           "the shuffled order would show the answer.")

    class Meta:
        label = gettext_lazy("Ordering")
        icon = "list-ol"


@register
class Ordering(QuestionType):
    name = "ordering"
    print_template = "quizzes/print/ordering.html"
    block = OrderingBlock

    def parse(self, question, form):
        ids = item_ids(question.value, "items")
        if not form.parts_only(ids):
            return None
        if set(form.fields) != set(ids):
            form.error(_("give every item a position."))
            return None
        positions = {}
        for item_id in ids:
            raw = form.one(form.get(item_id))
            if raw is None:
                return None
            try:
                position = int(raw)
            except ValueError:
                position = 0
            if not 1 <= position <= len(ids):
                form.error(_("a position is out of range."))
                return None
            positions[item_id] = position
        if len(set(positions.values())) != len(ids):
            form.error(_("give each item a different position."))
            return None
        return {"positions": positions}

    def grade(self, question, response):
        ids = item_ids(question.value, "items")
        placed = sum(1 for index, item_id in enumerate(ids, 1)
                     if response["positions"][item_id] == index)
        return placed / len(ids), []

    def seeded_orders(self, question, *, seed, shuffle_options):
        # Always shown in a drawn order, never the authored (right) one.
        return {"items": shuffled(item_ids(question.value, "items"), seed, question.id,
                                  avoid_identity=True)}

    def learner_fields(self, question, local, *, field, previous, seed, shuffle_options):
        texts = {iid: loc for iid, _c, loc in Localised.items(question.value, local, "items")}
        order = self.seeded_orders(question, seed=seed, shuffle_options=shuffle_options)
        return {
            "items": [{"id": iid, "text": texts[iid], "field": f"{field}.{iid}",
                       "selected": previous_value(previous, f"{field}.{iid}")}
                      for iid in order["items"]],
            "positions": [str(n) for n in range(1, len(texts) + 1)],
        }

    def sample_answer(self, question, *, right=True):
        """Right: the authored order; wrong: reversed."""
        ids = item_ids(question.value, "items")
        order = ids if right else list(reversed(ids))
        return {f"q.{question.id}.{iid}": [str(position)]
                for position, iid in enumerate(order, 1)}

    def demo_value(self, data, demo):
        return {"items": demo.items(data["items"], demo.t)}

    def review(self, question, local, response):
        items = Localised.items(question.value, local, "items")
        positions = response.get("positions", {})
        given = sorted((p, iid) for iid, p in positions.items())
        texts = {iid: loc for iid, _c, loc in items}
        return {"given": [texts[iid] for _p, iid in given if iid in texts],
                "right": [loc for _i, _c, loc in items], "ordered": True}
