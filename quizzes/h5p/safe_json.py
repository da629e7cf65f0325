"""Parse JSON from an untrusted source (a package's files, a player's statement) safely.

``json.loads`` recurses once per level of nesting: 200,000 ``[`` raise ``RecursionError``
deep inside whichever parser reads them (ours, pyh5p's, the database driver's), and a
few hundred levels already leave too little stack for the code that walks the result.
The depth is therefore measured on the text, without parsing, before anything parses
it. What PostgreSQL's ``jsonb`` refuses (NaN, Infinity, ``\\u0000``, a lone surrogate)
is refused here too, so a value that passes can be stored in a JSONField.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from typing import Any

# Real H5P content (Course Presentation holding Interactive Video) nests about 30 levels.
MAX_DEPTH = 100

# A string literal, or an unterminated one running to the end: every quote starts a match
# that succeeds, so stripping strings stays linear whatever the text.
_STRING = re.compile(r'"(?:[^"\\]|\\.)*+(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


class UnsafeJSON(ValueError):
    """Not JSON, or JSON that must not be parsed or stored; ``too_deep`` says which."""

    def __init__(self, reason: str, *, too_deep: bool = False):
        super().__init__(reason)
        self.too_deep = too_deep


def depth(text: str) -> int:
    """The deepest nesting of arrays and objects in ``text``, counted without parsing."""
    brackets = _NOT_BRACKETS.sub("", _STRING.sub("", text))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


def _refuse_constant(name: str) -> Any:
    raise UnsafeJSON(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):  # 1e400
        raise UnsafeJSON("number out of range")
    return number


def _check_strings(value: Any) -> None:
    stack = [value]
    while stack:  # iterative: the depth is bounded, but no recursion is needed at all
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            if "\x00" in item:
                raise UnsafeJSON("NUL character")
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as exc:  # a lone surrogate ("\ud800")
                raise UnsafeJSON("lone surrogate") from exc


def loads(data: bytes | str, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse ``data`` or raise UnsafeJSON. Guarded by
    tests/quizzes/test_h5p_fuzz.py::test_deeply_nested_json_is_refused_without_parsing
    and test_fuzzed_manifests_never_escape_as_errors."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UnsafeJSON("not UTF-8") from exc
    if depth(data) > max_depth:
        raise UnsafeJSON("nested too deeply", too_deep=True)
    try:
        value = json.loads(data, parse_constant=_refuse_constant, parse_float=_finite)
    except RecursionError as exc:  # unreachable after the depth check; never a 500
        raise UnsafeJSON("nested too deeply", too_deep=True) from exc
    except ValueError as exc:  # malformed, or an integer of more than 4300 digits
        raise UnsafeJSON(str(exc)) from exc
    _check_strings(value)
    return value
