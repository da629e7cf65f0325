"""Behaviour shared by families of question types: options to tick, one labelled
choice among a few (true/false, real/fake...), and the mock-ups some types show."""

from .base import (
    Localised,
    QuestionType,
    item_ids,
    previous_value,
    previous_values,
    shuffled,
)


class OptionsType(QuestionType):
    """Authored options, some of them correct; each may carry feedback."""

    live = True
    print_template = "quizzes/print/options.html"

    def chosen(self, response: dict) -> list[str]:
        raise NotImplementedError

    def fraction(self, chosen: list[str], right: set[str]) -> float:
        raise NotImplementedError

    def grade(self, question, response):
        options = {child.id: child.value for child in question.value["options"].bound_blocks}
        chosen = self.chosen(response)
        feedback = [options[c]["feedback"] for c in chosen if options[c]["feedback"]]
        right = {oid for oid, option in options.items() if option["correct"]}
        return self.fraction(chosen, right), feedback

    def learner_fields(self, question, local, *, field, previous, seed, shuffle_options):
        chosen = set(previous_values(previous, field))
        options = {oid: {"id": oid, "text": loc["text"], "checked": oid in chosen}
                   for oid, _c, loc in Localised.items(question.value, local, "options")}
        order = self.seeded_orders(question, seed=seed, shuffle_options=shuffle_options)
        return {"options": [options[oid] for oid in order["options"]]}

    def seeded_orders(self, question, *, seed, shuffle_options):
        ids = self.option_ids(question)
        return {"options": shuffled(ids, seed, question.id) if shuffle_options else ids}

    def review(self, question, local, response):
        options = Localised.items(question.value, local, "options")
        chosen = set(response.get("choices") or [response.get("choice")])
        return {
            "given": [loc["text"] for oid, _c, loc in options if oid in chosen],
            "right": [loc["text"] for _i, canon, loc in options if canon["correct"]],
            "feedback": [loc["feedback"] for oid, _c, loc in options
                         if oid in chosen and loc["feedback"]],
        }

    def demo_value(self, data, demo):
        return {"options": demo.items(data["options"], lambda o: {
            "text": demo.t(o["text"]), "correct": bool(o.get("correct")),
            "feedback": demo.t(o.get("feedback"))})}

    def live_buttons(self, row):
        return [{"value": o["id"], "label": o["text"]} for o in row["options"]]

    def live_right(self, question):
        return [c.id for c in question.value["options"].bound_blocks if c.value["correct"]]

    @staticmethod
    def option_ids(question) -> list[str]:
        return item_ids(question.value, "options")

    def sample_live_value(self, question, *, right=True):
        """Right: every correct option (the first for one choice); wrong: the first
        incorrect one."""
        keys = set(self.live_right(question))
        picked = [oid for oid in self.option_ids(question) if (oid in keys) == right]
        return picked if self.live_multiple and right else \
            (picked[:1] if self.live_multiple else picked[0])

    def sample_answer(self, question, *, right=True):
        value = self.sample_live_value(question, right=right)
        return {f"q.{question.id}": value if isinstance(value, list) else [value]}


class BinaryType(QuestionType):
    """One labelled choice among a few, exactly one of them right (``truth``).

    ``extra_parts``: the form parts besides the choice (e.g. a confidence rating).
    """

    live = True
    extra_parts: tuple[str, ...] = ()
    print_template = "quizzes/print/choices.html"

    def labels(self) -> dict[str, str]:
        """The choices and their labels in the active language, in the form's order."""
        raise NotImplementedError

    def keys(self) -> tuple[str, ...]:
        return tuple(self.labels())

    def truth(self, value) -> str:
        raise NotImplementedError

    def parse(self, question, form):
        if form.unexpected(self.extra_parts):
            return None
        choice = form.one_main()
        if choice is None:
            return None
        if choice not in self.keys():
            form.not_an_option()
            return None
        return self.parse_extra(question, form, {"choice": choice})

    def parse_extra(self, question, form, response: dict) -> dict | None:
        return response

    def grade(self, question, response):
        return float(response["choice"] == self.truth(question.value)), []

    def learner_fields(self, question, local, *, field, previous, seed, shuffle_options):
        current = previous_value(previous, field)
        return {"choices": [{"value": key, "label": label, "checked": key == current}
                            for key, label in self.labels().items()]}

    def review(self, question, local, response):
        labels, choice = self.labels(), response.get("choice")
        return {"given": [labels[choice]] if choice else [],
                "right": [labels[self.truth(question.value)]]}

    def live_buttons(self, row):
        return [{"value": c["value"], "label": c["label"]} for c in row["choices"]]

    def live_parse(self, question, value):
        if not isinstance(value, str) or value not in self.keys():
            return None
        return {"choice": value}

    def live_right(self, question):
        return [self.truth(question.value)]

    def sample_live_value(self, question, *, right=True):
        """The truth, or the first other choice."""
        truth = self.truth(question.value)
        return truth if right else next(key for key in self.keys() if key != truth)

    def sample_answer(self, question, *, right=True):
        return {f"q.{question.id}": [self.sample_live_value(question, right=right)]}


# --- mock-ups ------------------------------------------------------------------------


def post_view(canonical, local) -> dict:
    post_c = canonical["post"]
    post_l = local["post"] if local is not None else None

    def text(name):
        return Localised.text(post_c, post_l, name)

    return {
        "display_name": text("display_name"), "handle": post_c["handle"],
        "verified": bool(post_c["verified"]), "text": text("text"), "image": post_c["image"],
        # Stored posts older than the field have none: the image's own description then.
        "image_alt": text("image_alt") if post_c.get("image_alt") else "",
        "date": post_c["date"], "likes": post_c["likes"], "shares": post_c["shares"],
        "comments": post_c["comments"],
    }


class ShowsPost:
    """A type showing a mock social-media post (``parts.PostBlock``)."""

    def mockup(self, value, local):
        return {"post": post_view(value, local)}

    def live_mockup(self, row):
        post = row["post"]
        fields = {name: post[name] for name in ("display_name", "handle", "verified", "text")}
        fields["date"] = post["date"].isoformat() if post.get("date") else ""
        return {"post": fields}


class ShowsMessage:
    """A type showing a mock email or message (``parts.MessageBlock``)."""

    def mockup(self, value, local):
        msg_c = value["message"]
        msg_l = local["message"] if local is not None else None
        return {"message": {
            "channel": msg_c["channel"], "sender": msg_c["sender"],
            "sender_name": Localised.text(msg_c, msg_l, "sender_name"),
            "subject": Localised.text(msg_c, msg_l, "subject"),
            "body": Localised.text(msg_c, msg_l, "body"),
            "links": list(msg_c["links"]),
        }}

    def live_mockup(self, row):
        return {"message": dict(row["message"])}


class ShowsHeadline:
    """A type showing a news headline and its outlet."""

    def mockup(self, value, local):
        return {"headline": Localised.text(value, local, "headline"),
                "outlet": Localised.text(value, local, "outlet")}

    def live_mockup(self, row):
        return {"headline": row["headline"], "outlet": row["outlet"]}
