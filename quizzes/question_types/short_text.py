"""Short text: a typed answer compared after Arabic-aware normalisation."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks

from literacy.text import normalize_arabic

from .. import conf
from ..params import has_nul
from .base import QuestionType, previous_value
from .parts import BaseQuestionBlock
from .registry import register

WRONG_SAMPLES = ("بحث", "لا أعرف")  # sample_answer's wrong answers (tests, the bench)

# The demo format's "normalise" keys and the block's fields they set.
NORMALISE_KEYS = {
    "hamza": "ignore_hamza", "alef_maqsura": "ignore_alef_maqsura",
    "teh_marbuta": "ignore_teh_marbuta", "tashkeel": "ignore_tashkeel",
    "tatweel": "ignore_tatweel", "digits": "fold_digits",
}


class ShortTextBlock(BaseQuestionBlock):
    """A typed answer compared after Arabic-aware normalisation (literacy.text)."""

    answers = blocks.ListBlock(
        blocks.CharBlock(label=gettext_lazy("Accepted answer"), max_length=200),
        label=gettext_lazy("Accepted answers"), min_num=1,
    )
    ignore_hamza = blocks.BooleanBlock(label=gettext_lazy("Ignore hamza and alef forms"),
                                       required=False, default=True)
    ignore_alef_maqsura = blocks.BooleanBlock(label=gettext_lazy("Treat ى and ي alike"),
                                              required=False, default=True)
    ignore_teh_marbuta = blocks.BooleanBlock(label=gettext_lazy("Treat ة and ه alike"),
                                             required=False, default=True)
    ignore_tashkeel = blocks.BooleanBlock(label=gettext_lazy("Ignore tashkeel"),
                                          required=False, default=True)
    ignore_tatweel = blocks.BooleanBlock(label=gettext_lazy("Ignore tatweel"),
                                         required=False, default=True)
    fold_digits = blocks.BooleanBlock(
        label=gettext_lazy("Accept Eastern and Western Arabic digits"), required=False,
        default=True)

    class Meta:
        label = gettext_lazy("Short text")
        icon = "pilcrow"


def normaliser(value):
    options = {
        "hamza": value.get("ignore_hamza", True),
        "alef_maqsura": value.get("ignore_alef_maqsura", True),
        "teh_marbuta": value.get("ignore_teh_marbuta", True),
        "tashkeel": value.get("ignore_tashkeel", True),
        "tatweel": value.get("ignore_tatweel", True),
        "digits": value.get("fold_digits", True),
    }
    # Case and spacing never matter in a typed answer, whatever the author chose.
    return lambda text: " ".join(normalize_arabic(text, **options).casefold().split())


@register
class ShortText(QuestionType):
    name = "short_text"
    print_template = "quizzes/print/short_text.html"
    block = ShortTextBlock
    free_text_key = "text"

    def parse(self, question, form):
        if form.unexpected():
            return None
        text = form.one_main()
        if text is None:
            return None
        text = text.strip()
        if not text:
            form.missing()
            return None
        if has_nul(text):  # PostgreSQL cannot store it
            form.error(_("the answer contains a character that is not allowed (a NUL byte)."))
            return None
        if len(text) > conf.MAX_TEXT_ANSWER:
            form.error(_("the answer is too long."))
            return None
        return {"text": text}

    def grade(self, question, response):
        normalise = normaliser(question.value)
        given = normalise(response["text"])
        return float(any(given == normalise(answer)
                         for answer in question.value["answers"])), []

    def learner_fields(self, question, local, *, field, previous, seed, shuffle_options):
        return {"text": previous_value(previous, field) or ""}

    def sample_answer(self, question, *, right=True):
        """Right: the first accepted answer; wrong: a word no answer normalises to."""
        if right:
            return {f"q.{question.id}": [next(iter(question.value["answers"]))]}
        normalise = normaliser(question.value)
        accepted = {normalise(answer) for answer in question.value["answers"]}
        wrong = next(word for word in WRONG_SAMPLES if normalise(word) not in accepted)
        return {f"q.{question.id}": [wrong]}

    def demo_value(self, data, demo):
        normalise = data.get("normalise") or {}
        return {"answers": demo.items(data["answers"], demo.t),
                **{field: bool(normalise.get(key, True))
                   for key, field in NORMALISE_KEYS.items()}}

    def review(self, question, local, response):
        return {"given": [response["text"]] if response.get("text") else [],
                "right": list(question.value["answers"])[:1]}
