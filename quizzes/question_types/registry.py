"""The registry of question types, by StreamField block name.

``register`` is the decorator a type module puts on its ``QuestionType`` subclass;
``question_type(question)`` is what grading, presentation, live sessions and gains ask.
"""

from .base import QuestionType

_TYPES: dict[str, QuestionType] = {}
_UNKNOWN = QuestionType()  # a block no type claims: it cannot be answered or graded


def register(cls: type[QuestionType]) -> type[QuestionType]:
    if not cls.name or cls.block is None:
        raise TypeError(f"{cls.__name__} needs a name and a block")
    if cls.name in _TYPES:
        raise ValueError(f"question type {cls.name!r} is registered twice")
    _TYPES[cls.name] = cls()
    return cls


def question_type(question) -> QuestionType:
    """The type of a question (a bound StreamField child)."""
    return _TYPES.get(question.block_type, _UNKNOWN)


def named(name: str) -> QuestionType:
    return _TYPES.get(name, _UNKNOWN)


def all_types() -> list[QuestionType]:
    """Every registered type, in the order editors see them."""
    return list(_TYPES.values())


def names(**flags) -> tuple[str, ...]:
    """The names of the types whose attributes match ``flags`` (e.g. ``live=True``)."""
    return tuple(t.name for t in _TYPES.values()
                 if all(getattr(t, flag) == wanted for flag, wanted in flags.items()))
