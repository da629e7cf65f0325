"""Question types: one module per type, each owning its block and its behaviour.

To add a type, write ``<name>.py`` here (its StructBlock and a ``@register``-ed
``QuestionType`` subclass), name it in ``TYPE_MODULES`` where editors should see it, add
``templates/quizzes/questions/<name>.html`` and its tests: see docs/design.md.
"""

from importlib import import_module

from wagtail import blocks

from .base import AnswerFields, Localised, QuestionType
from .registry import all_types, named, names, question_type, register

__all__ = ["AnswerFields", "Localised", "QuestionStreamBlock", "QuestionType", "all_types",
           "named", "names", "question_type", "register"]

# Importing a type's module registers it; editors see the types in this order.
TYPE_MODULES = (
    "single_choice", "multiple_response", "true_false", "ordering", "matching",
    "short_text", "rate_a_post", "real_or_fake", "spot_the_technique",
    "phishing_or_legitimate", "simulated_feed",
)
for _module in TYPE_MODULES:
    import_module(f"{__name__}.{_module}")

# Every question is a child of this stream; its block id is the stable question id
# that answers refer to.
QuestionStreamBlock = type("QuestionStreamBlock", (blocks.StreamBlock,), {
    "__module__": __name__,
    "__doc__": "The questions of a quiz: one child block per registered type.",
    **{t.name: t.block() for t in all_types()},
})
