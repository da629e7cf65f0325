"""Show a package in the learner's language where its libraries have a translation.

An H5P package carries its interface texts (button labels, feedback) in content.json,
filled with the defaults of the language it was authored in. A library's
``language/<code>.json`` mirrors its semantics.json with translated labels and
defaults. Where a text in content.json is still the library's English default, it is
replaced by the translated default; texts an author wrote are kept.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from . import safe_json

logger = logging.getLogger("basira.h5p")

# (semantics, translation) of a library given "H5P.Name 1.2", or None.
Loader = Callable[[str], tuple[list, list] | None]


def localize(params: Any, semantics: list, translation: list, load: Loader) -> Any:
    if isinstance(params, dict):
        _fields(params, semantics, translation, load)
    return params


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _fields(params: dict, fields: list, translated: list, load: Loader) -> None:
    # Semantics and translations come from uploaded libraries: any part may be of any type
    # (tests/quizzes/test_h5p_fuzz.py::test_localizing_hostile_semantics_never_fails).
    fields, translated = _list(fields), _list(translated)
    for index, field in enumerate(fields):
        if not isinstance(field, dict) or not isinstance(field.get("name"), str) \
                or field["name"] not in params:
            continue
        other = translated[index] if index < len(translated) else {}
        other = other if isinstance(other, dict) else {}
        params[field["name"]] = _value(params[field["name"]], field, other, load)


def _value(value: Any, field: dict, translated: dict, load: Loader) -> Any:
    field = field if isinstance(field, dict) else {}
    translated = translated if isinstance(translated, dict) else {}
    kind = field.get("type")
    if kind == "group":
        subfields = _list(field.get("fields"))
        if isinstance(value, dict):
            _fields(value, subfields, _list(translated.get("fields")), load)
        elif len(subfields) == 1:  # a one-field group is stored flattened
            return _value(value, subfields[0], (_list(translated.get("fields")) or [{}])[0],
                          load)
    elif kind == "list":
        if isinstance(value, list):
            return [_value(item, field.get("field") or {}, translated.get("field") or {}, load)
                    for item in value]
    elif kind == "library":
        if isinstance(value, dict) and isinstance(value.get("library"), str):
            loaded = load(value["library"])
            if loaded and isinstance(value.get("params"), dict):
                _fields(value["params"], loaded[0], loaded[1], load)
    elif kind in ("text", "textarea"):
        default = field.get("default")
        other = translated.get("default")
        if (isinstance(value, str) and isinstance(default, str) and isinstance(other, str)
                and other.strip() and value.strip() == default.strip()
                and _placeholders(other) == _placeholders(default)):
            return other
    return value


PLACEHOLDER = re.compile(r"[@:%]\w+")


def _placeholders(text: str) -> set[str]:
    """@score, :num…: a translation that drops them is not a translation of this text."""
    return set(PLACEHOLDER.findall(text))


def parse_library_string(value: str) -> tuple[str, int, int] | None:
    """"H5P.Name 1.2" from content.json (the uploader's): at most 9 digits, so that int()
    never meets 5,000 of them (a ValueError, then a 500 for every learner). Guarded by
    tests/quizzes/test_h5p_fuzz.py::test_library_strings_with_huge_versions_are_ignored."""
    match = re.match(r"^(\S+) ([0-9]{1,9})\.([0-9]{1,9})$", value.strip())
    return (match.group(1), int(match.group(2)), int(match.group(3))) if match else None


def load_json(data: bytes | None) -> Any:
    if not data:
        return None
    try:
        return safe_json.loads(data)
    except safe_json.UnsafeJSON:
        logger.warning("unreadable H5P language or semantics file")
        return None
