"""The simulated feed: a short feed of 4-8 mock posts; for each one the learner chooses
to share it, not to share it, report it or check its source.

Why: sharing intent, not only accuracy, is what prebunking games move. "Find the Fake",
a WhatsApp game trialled in Jordan, raised discernment by about 0.29 SD; Bad News and
Go Viral! (Cambridge Social Decision-Making Lab) showed the same with a simulated feed,
but none of them has an Arabic version. Each post is authored as real or manipulated
(with one of the techniques spot-the-technique uses) and may carry its own explanation.

Grading (one point per question, split evenly over its posts):
- a judgement earns the whole share: sharing a real post, not sharing or reporting a
  manipulated one; the opposite earns nothing (reporting a real post is a false alarm);
- checking the source is never wrong, but it is not yet a judgement: half the share on
  any post (otherwise "check everything" would be a perfect score).
Discernment: the share rate of the real posts minus that of the manipulated ones
(-1 to +1), shown with the key in the review.

Signal detection (``quizzes.gains``), the rate-a-post convention: the manipulated post is
the signal and "yes" is not spreading it. So a hit is not sharing a manipulated post
(don't share, report or check the source), a false alarm is not sharing a real one;
d' is then discernment in sharing and c > 0 an inclination to share.

Live workshops ask one thing per phone: which posts one would share (several buttons,
or "none of them"); the projector shows how many would share each post.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext
from wagtail import blocks

from literacy.formatting import number

from .base import Localised, QuestionType, item_ids, previous_value
from .families import post_view
from .parts import TECHNIQUES, BaseQuestionBlock, PostBlock
from .registry import register

MIN_POSTS, MAX_POSTS = 4, 8
SHARE, DONT_SHARE, REPORT, CHECK = "share", "dont_share", "report", "check"
DECISIONS = (SHARE, DONT_SHARE, REPORT, CHECK)
NONE = "none"  # the live button "I would share none of them"
TECHNIQUE_LABELS = dict(TECHNIQUES)


def decision_labels() -> dict[str, str]:
    # A context: "Report" alone is already "a report" (the noun) elsewhere.
    return {SHARE: pgettext("feed decision", "Share"),
            DONT_SHARE: pgettext("feed decision", "Don't share"),
            REPORT: pgettext("feed decision", "Report"),
            CHECK: pgettext("feed decision", "Check the source")}


def credit(decision: str, *, real: bool) -> float:
    """The share of a post's point one decision earns (see the module docstring)."""
    if decision == CHECK:
        return 0.5
    if real:
        return float(decision == SHARE)
    return float(decision in (DONT_SHARE, REPORT))


def discernment(posts, decisions: dict) -> float | None:
    """Share rate of the real posts minus that of the manipulated ones; None when the
    feed lacks one kind or a post was not answered."""
    rates = {}
    for real in (True, False):
        ids = [pid for pid, value in posts if bool(value["real"]) == real]
        if not ids or any(pid not in decisions for pid in ids):
            return None
        rates[real] = sum(decisions[pid] == SHARE for pid in ids) / len(ids)
    return rates[True] - rates[False]


class FeedPostBlock(blocks.StructBlock):
    """One post of the feed and its verdict (never shown before submitting)."""

    post = PostBlock()
    hours_ago = blocks.IntegerBlock(label=gettext_lazy("Posted (hours ago)"), min_value=0,
                                    max_value=720, default=1)
    real = blocks.BooleanBlock(label=gettext_lazy("The post is real"), required=False)
    technique = blocks.ChoiceBlock(choices=TECHNIQUES, required=False,
                                   label=gettext_lazy("Technique (if manipulated)"))
    explanation = blocks.TextBlock(
        label=gettext_lazy("Explanation of this post"), required=False,
        help_text=gettext_lazy("Shown with the answer key, beside the learner's choice."))

    class Meta:
        icon = "user"
        label = gettext_lazy("Feed post")


class SimulatedFeedBlock(BaseQuestionBlock):
    posts = blocks.ListBlock(FeedPostBlock(), label=gettext_lazy("Posts"),
                             min_num=MIN_POSTS, max_num=MAX_POSTS)

    class Meta:
        label = gettext_lazy("Simulated feed")
        icon = "list-ul"


def time_label(hours: int) -> str:
    if not hours:
        return _("just now")
    return ngettext("%(n)s hour ago", "%(n)s hours ago", hours) % {"n": number(hours)}


@register
class SimulatedFeed(QuestionType):
    name = "simulated_feed"
    block = SimulatedFeedBlock
    live = True
    live_multiple = True
    detects_signals = True

    # --- the feed -------------------------------------------------------------------

    @staticmethod
    def posts(question) -> list[tuple[str, dict]]:
        """(post id, canonical value) in authored order."""
        return [(child.id, child.value) for child in question.value["posts"].bound_blocks]

    @staticmethod
    def feed(value, local) -> list[dict]:
        """The posts as shown: never whether they are real, their technique or
        explanation (allow-listed: the post card fields, a number, a time).
        Guarded by tests/quizzes/test_fresh_form.py (the same form whichever post is
        real) and test_simulated_feed.py::test_a_live_session_asks_which_posts_one_would_share."""
        rows = []
        for number_, (pid, canon, loc) in enumerate(Localised.items(value, local, "posts"), 1):
            post = post_view(canon, loc)
            post["time_label"] = time_label(canon["hours_ago"] or 0)
            rows.append({"id": pid, "number": number_, "post": post})
        return rows

    def mockup(self, value, local):
        return {"feed": self.feed(value, local)}

    # --- answering ------------------------------------------------------------------

    def parse(self, question, form):
        ids = item_ids(question.value, "posts")
        if not form.parts_only(ids):
            return None
        decisions, missing = {}, []
        for n, pid in enumerate(ids, 1):
            values = form.get(pid)
            if not values:
                missing.append(number(n))
                continue
            decision = form.one(values)
            if decision is None:
                return None
            if decision not in DECISIONS:
                form.not_an_option()
                return None
            decisions[pid] = decision
        if missing:
            form.error(ngettext("choose what you would do with post %(posts)s.",
                                "choose what you would do with posts %(posts)s.",
                                len(missing)) % {"posts": "، ".join(missing)})
            return None
        return {"decisions": decisions}

    def grade(self, question, response):
        posts = self.posts(question)
        decisions = response["decisions"]
        earned = sum(credit(decisions.get(pid, ""), real=bool(value["real"]))
                     for pid, value in posts)
        return (earned / len(posts) if posts else 0.0), []

    def learner_fields(self, question, local, *, field, previous, seed, shuffle_options):
        labels = decision_labels()
        feed = self.feed(question.value, local)
        for row in feed:
            row["field"] = f"{field}.{row['id']}"
            current = previous_value(previous, row["field"])
            row["choices"] = [{"value": key, "label": labels[key], "checked": key == current}
                              for key in DECISIONS]
        return {"feed": feed}

    def review(self, question, local, response):
        """The learner's choice under each post (theirs: always shown); the verdicts,
        the discernment and each post's explanation are the key (``right`` and
        ``feedback``, which the review policy removes until it may be shown).
        Guarded by tests/quizzes/test_simulated_feed.py::
        test_the_key_and_post_explanations_wait_for_the_review_policy and
        tests/quizzes/test_review_policy.py (KEY_MARKERS["simulated_feed"])."""
        labels, decisions = decision_labels(), (response or {}).get("decisions") or {}
        feed = self.feed(question.value, local)
        canon = dict(self.posts(question))
        localised = {pid: loc for pid, _c, loc in Localised.items(question.value, local, "posts")}
        given, right, feedback = [], [], []
        for row in feed:
            pid, n = row["id"], number(row["number"])
            row["decision"] = labels.get(decisions.get(pid), "")
            if row["decision"]:
                given.append(_("Post %(n)s: %(text)s") % {"n": n, "text": row["decision"]})
            value = canon[pid]
            if value["real"]:
                verdict = _("real: share it")
            else:
                technique = TECHNIQUE_LABELS.get(value["technique"] or "", "")
                verdict = (_("manipulated (%(technique)s): don't share it, report it")
                           % {"technique": technique} if technique
                           else _("manipulated: don't share it, report it"))
            right.append(_("Post %(n)s: %(text)s") % {"n": n, "text": verdict})
            why = localised[pid].get("explanation") or value.get("explanation")
            if why:
                feedback.append(_("Post %(n)s: %(text)s") % {"n": n, "text": why})
        score = discernment(self.posts(question), decisions)
        if score is not None:
            feedback.insert(0, _("Your discernment: %(d)s (the share of real posts you shared "
                                 "minus the share of manipulated posts you shared; the best "
                                 "is +1).") % {"d": ("+" if score > 0 else "") + number(score, 2)})
        return {"feed": feed, "given": given, "right": right, "feedback": feedback}

    # --- live sessions ----------------------------------------------------------------

    def live_buttons(self, row):
        buttons = [{"value": post["id"], "label": _("Share post %(n)s")
                    % {"n": number(post["number"])}} for post in row["feed"]]
        return [*buttons, {"value": NONE, "label": _("Share none of them")}]

    def live_mockup(self, row):
        return {"feed": [{
            "number": number(post["number"]),
            **{name: post["post"][name] for name in ("display_name", "handle", "verified",
                                                     "text", "time_label")},
        } for post in row["feed"]]}

    def live_parse(self, question, value):
        if not isinstance(value, list) or not value or \
                not all(isinstance(v, str) for v in value) or len(set(value)) != len(value):
            return None
        ids = item_ids(question.value, "posts")
        if value != [NONE] and not set(value) <= set(ids):
            return None
        shared = set(value) - {NONE}
        return {"choices": sorted(value),
                "decisions": {pid: SHARE if pid in shared else DONT_SHARE for pid in ids}}

    def live_right(self, question):
        return [pid for pid, value in self.posts(question) if value["real"]] or [NONE]

    # --- demo content -----------------------------------------------------------------

    def demo_value(self, data, demo):
        return {"posts": demo.items(data["posts"], lambda p: {
            "post": demo.post(p["post"]), "hours_ago": p.get("hours_ago", 1),
            "real": bool(p["real"]), "technique": p.get("technique") or "",
            "explanation": demo.t(p.get("explanation"))})}

    def sample_answer(self, question, *, right=True):
        """Right: share the real posts, report the others; wrong: the other way round."""
        return {f"q.{question.id}.{pid}": [SHARE if bool(value["real"]) == right else REPORT]
                for pid, value in self.posts(question)}

    def demo_answer(self, question, right, rng):
        """Right: every post judged right; wrong: about half the posts judged wrongly."""
        fields = {}
        for pid, value in self.posts(question):
            good = right or rng.random() < 0.5
            if value["real"]:
                decision = SHARE if good else rng.choice([DONT_SHARE, REPORT])
            else:
                decision = rng.choice([DONT_SHARE, REPORT]) if good else SHARE
            fields[f"q.{question.id}.{pid}"] = [decision]
        return fields

    # --- learning gains ---------------------------------------------------------------

    def signals(self, value, response):
        """One (signal, said yes) pair per answered post: a manipulated post is the
        signal, not sharing it (whatever else was chosen) is the "yes"."""
        decisions = response.get("decisions") or {}
        return [(not post.value["real"], decisions[post.id] != SHARE)
                for post in value["posts"].bound_blocks if post.id in decisions]
