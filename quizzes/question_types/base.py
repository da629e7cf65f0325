"""What every question type shares: the type object's interface and its helpers.

A ``QuestionType`` is the one place that knows one kind of question: how its answer
fields are read (``parse``), graded (``grade``), shown before submitting
(``learner_fields``) and after (``review``), played in a live session (``live_*``) and
counted by signal detection (``signal``). Grading, presentation, live sessions and
gains ask the registry (``quizzes.question_types``) for the type of a question and
never compare its name.
"""

import random

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _

RATING_RANGE = range(1, 8)


def item_ids(value, name: str) -> list[str]:
    """Ids of the ListBlock items ``name`` of a question value, in authored order."""
    return [child.id for child in value[name].bound_blocks]


class AnswerFields:
    """The form fields sent for one question, and the errors found reading them.

    ``main``: the values of ``q.<id>``; ``parts``: the values of ``q.<id>.<part>``.
    Every error names the question's display number.
    """

    def __init__(self, fields: dict, number: int, errors: list[str]):
        self.fields, self.number, self.errors = fields, number, errors
        self.main = fields.get(None, [])
        self.extra_parts = set(fields) - {None}

    def get(self, part) -> list[str]:
        return self.fields.get(part, [])

    def error(self, message: str) -> None:
        self.errors.append(_("Question %(number)s: %(message)s")
                           % {"number": self.number, "message": message})

    def missing(self) -> None:
        self.error(_("please answer this question."))

    def not_an_option(self) -> None:
        self.error(_("this answer is not one of its options."))

    def unexpected_field(self) -> None:
        self.error(_("the form sent an answer this question does not have."))

    def unexpected(self, allowed=()) -> bool:
        """True (and an error) when a part other than ``allowed`` was sent."""
        if self.extra_parts - set(allowed):
            self.unexpected_field()
            return True
        return False

    def parts_only(self, allowed) -> bool:
        """False (and an error) when a main answer or a part other than ``allowed`` was
        sent: for types answered by parts only (positions, matches, ratings)."""
        if self.main:
            self.unexpected_field()
            return False
        return not self.unexpected(allowed)

    def one(self, values: list[str]) -> str | None:
        if len(values) > 1:
            self.error(_("the same answer field was sent more than once."))
            return None
        return values[0] if values else None

    def one_main(self) -> str | None:
        """The single main answer; "please answer" when none was sent."""
        value = self.one(self.main)
        if value is None and not self.main:
            self.missing()
        return value

    def rating(self, values, label) -> int | None:
        raw = self.one(values)
        if raw is None:
            return None
        try:
            rating = int(raw)
        except ValueError:
            rating = 0
        if rating not in RATING_RANGE:
            self.error(_("%(label)s must be between 1 and 7.") % {"label": label})
            return None
        return rating


class Localised:
    """Texts of the active language laid over the canonical (Arabic) question stream."""

    def __init__(self, quiz):
        self.by_id = {}
        lang = get_language() or settings.LANGUAGE_CODE
        if lang != settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            stream = getattr(quiz, f"questions_{lang}", None)
            if stream:
                self.by_id = {block.id: block for block in stream}

    def value(self, question):
        local = self.by_id.get(question.id)
        if local is not None and local.block_type == question.block_type:
            return local.value
        return None

    @staticmethod
    def text(canonical, local, name):
        if local is not None and local.get(name):
            return local[name]
        return canonical[name]

    @staticmethod
    def items(canonical, local, name):
        """(id, canonical item value, localised item value) for a ListBlock."""
        canon = list(canonical[name].bound_blocks)
        local_items = list(local[name].bound_blocks) if local is not None else []
        local_by_id = {child.id: child.value for child in local_items}
        rows = []
        for index, child in enumerate(canon):
            value = local_by_id.get(child.id)
            if value is None and len(local_items) == len(canon):
                value = local_items[index].value
            rows.append((child.id, child.value, value if value else child.value))
        return rows


def shuffled(rows, seed, salt, avoid_identity=False):
    """``rows`` in an order reproducible from the attempt's seed.

    avoid_identity: ordering items and matching rights never appear in the authored
    (correct) order, which would give the answer away, and every other order is equally
    likely: a draw in the authored order is redrawn, not fixed up (moving it to one
    chosen order made that order twice as likely). Two rows have one other order only,
    which would be the answer itself, so they are shuffled over both orders (authors
    can no longer save them: ``parts.AtLeastThree``).
    Guarded by tests/quizzes/test_shuffle.py::test_shuffle_is_uniform_over_the_wrong_orders.
    """
    original, rows = list(rows), list(rows)
    rng = random.Random(f"{seed}:{salt}")  # noqa: S311 - display order
    rng.shuffle(rows)
    while avoid_identity and len(rows) > 2 and rows == original:
        rng.shuffle(rows)
    return rows


def previous_value(data, name):
    """One field of the learner's previous answers (an error page), or None."""
    value = data.get(name) if hasattr(data, "get") else None
    return str(value) if value is not None else None


def previous_values(data, name):
    if hasattr(data, "getlist"):
        return data.getlist(name)
    value = data.get(name)
    return value if isinstance(value, list) else ([value] if value else [])


def scale(data, name):
    """A 1-7 scale, ticked only where the learner's previous answer says."""
    current = previous_value(data, name)
    return {"name": name, "points": [{"value": str(n), "checked": str(n) == current}
                                     for n in RATING_RANGE]}


class QuestionType:
    """One kind of question. Subclasses set ``name`` and ``block`` and override what
    their kind does; the defaults describe a question that is not played live and does
    not count in signal detection.

    name: the StreamField block name, stored as ``Answer.question_type`` and used for
    the template ``quizzes/questions/<name>.html``.
    """

    name: str = ""
    block: type = None  # the StructBlock class editors fill in
    live = False  # answered with buttons on a phone in a live session
    live_multiple = False  # several buttons may be chosen
    live_scale = False  # the buttons are a 1-7 scale (a rating)
    detects_signals = False  # counted by quizzes.gains.signal_counts
    # The response key holding text the learner wrote, blanked when the account is
    # erased (quizzes.personal_data); None: the response is only choices.
    free_text_key: str | None = None
    # How the printed workbook shows the learner row (``quizzes.printable``); None: the
    # type cannot be answered on paper and the workbook says to answer it online.
    print_template: str | None = None

    # --- answering ------------------------------------------------------------------

    def parse(self, question, form: AnswerFields) -> dict | None:
        """The response to store, or None after adding errors to ``form``."""
        form.error(_("this question type cannot be answered here."))
        return None

    def grade(self, question, response: dict) -> tuple[float, list[str]]:
        """(fraction of the points earned, the feedback matching this response)."""
        return 0.0, []

    # --- showing --------------------------------------------------------------------

    def mockup(self, value, local) -> dict:
        """The material the question shows (post, message, headline): never its verdict."""
        return {}

    def learner_fields(self, question, local, *, field: str, previous, seed: int,
                       shuffle_options: bool) -> dict:
        """The fields of a fresh form (or the learner's own on an error page): only
        what may be seen before submitting."""
        return {}

    def seeded_orders(self, question, *, seed: int, shuffle_options: bool) -> dict:
        """The lists of the form that may be shown in an order drawn from the attempt's
        seed: list name (as the question template's ``{% seeded %}`` entries call it) ->
        the keys of its entries in this attempt's order (the authored one when the quiz
        does not shuffle it). ``learner_fields`` lays its lists out in this order; the
        cached form (``quizzes.form_fragments``) assembles its rendered entries in it.
        Empty: the form has no such list."""
        return {}

    def review(self, question, local, response: dict) -> dict:
        """``given``, ``right``, ``feedback`` and ``signs`` of a submitted answer; the
        review policy removes what the learner may not see yet."""
        return {}

    # --- live sessions ----------------------------------------------------------------

    def live_buttons(self, row: dict) -> list[dict]:
        """The buttons of the question, from its learner row."""
        return []

    def live_mockup(self, row: dict) -> dict:
        """The mock-up as sent over the socket (JSON only)."""
        return {}

    def live_parse(self, question, value) -> dict | None:
        """The graded response shape of one button answer, or None if it is not one."""
        return None

    def live_right(self, question) -> list[str]:
        """The button values that are right."""
        return []

    def live_value(self, response: dict):
        """What the learner's buttons show as chosen, from a stored response: a type
        with several buttons to choose stores them as "choices" (its ``live_parse``)."""
        if self.live_multiple:
            return list(response["choices"])
        return response.get("choice")

    def live_answer_label(self, buttons: list[dict], values: list[str]) -> str:
        """How the session summary names an answer (the labels of its buttons)."""
        labels = {b["value"]: b["label"] for b in buttons}
        return "، ".join(labels.get(value, value) for value in values)

    def live_series(self, question, counts, earlier) -> list[dict] | None:
        """The charts of a revealed question, or None for one chart of its buttons.

        counts: the answers' values counted; earlier: (question, counts getter) of the
        questions of this type asked before it, newest first (read lazily).
        """
        return None

    # --- demo content (quizzes.demo) ---------------------------------------------------

    def demo_value(self, data: dict, demo) -> dict:
        """This type's fields of a block value, from a question of the demo content
        format (``data``) in one language (``demo``: a ``quizzes.demo.DemoText``)."""
        return {}

    def demo_answer(self, question, right: bool, rng) -> dict[str, list[str]]:
        """Form fields answering ``question`` right or wrong, for demo pre/post tests
        (a type may vary them with ``rng``, as learners would)."""
        return self.sample_answer(question, right=right)

    # --- sample answers (tests and the bench post these) -------------------------------

    def sample_answer(self, question, *, right: bool = True) -> dict[str, list[str]]:
        """Form fields answering ``question`` right, or plainly wrong, the same each
        time (``tests/quizzes/helpers.answer_fields``)."""
        raise NotImplementedError(f"no sample answer for {self.name} questions")

    def sample_live_value(self, question, *, right: bool = True):
        """A button value (a list for ``live_multiple``) answering a live question."""
        raise NotImplementedError(f"no live sample answer for {self.name} questions")

    # --- learning gains ---------------------------------------------------------------

    def signal(self, value, response: dict) -> tuple[bool, bool] | None:
        """(the item is a signal, the learner said so) for signal detection, or None."""
        return None

    def signals(self, value, response: dict) -> list[tuple[bool, bool]]:
        """Every (signal, said so) pair of one answer: ``signal``'s one, or several for
        a question of many items (a simulated feed counts each post)."""
        judged = self.signal(value, response)
        return [] if judged is None else [judged]
