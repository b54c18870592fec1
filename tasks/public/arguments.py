"""Turning a dataset's textual test input into the positional arguments of a typed signature.

Venus stores inputs the way LeetCode displays them (`nums = [2,7,11,15], target = 9`); EffiBench-X's
functional problems feed their runners JSON (one value per line, a list, or an object keyed by
parameter name). `decode_arguments` accepts all of these, and nothing looser: text that does not
decode into exactly one value per parameter raises `ValueError` saying what it found, so the loader
can report the row instead of guessing. Values are JSON, with Python literals (`True`, `'a'`,
`None`) accepted as a fallback because some generators print with `repr`.
"""

from __future__ import annotations

import ast
import json
import re
from typing import Any

_OPEN, _CLOSE = "[{(", "]})"


def parse_value(text: str) -> Any:
    """One JSON value, or a Python literal when the text is not JSON."""
    text = text.strip()
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        raise ValueError(f"not a JSON value or Python literal: {text[:80]!r}") from None
    return _plain(value)


def _plain(value: Any) -> Any:
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def split_top_level(text: str, separator: str = ",") -> list[str]:
    """`text` split at `separator`s outside brackets and string literals."""
    parts: list[str] = []
    depth, start, quote, i = 0, 0, "", 0
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
        elif ch == separator and depth == 0:
            parts.append(text[start:i])
            start = i + 1
        i += 1
    parts.append(text[start:])
    return parts


def _named(text: str, names: list[str]) -> list[Any] | None:
    """`a = 1, b = [2]` -> [1, [2]] when the names are exactly `names` in order; None if not that form."""
    if not names or not re.match(rf"\s*{re.escape(names[0])}\s*=", text):
        return None
    groups: list[list[str]] = []
    for piece in split_top_level(text):
        match = re.match(r"\s*([A-Za-z_]\w*)\s*=(?!=)(.*)$", piece, re.S)
        if match and (len(groups) < len(names) and match.group(1) == names[len(groups)]):
            groups.append([match.group(2)])
        elif groups:
            groups[-1].append(piece)  # a comma inside an unquoted value
        else:
            return None
    if len(groups) != len(names):
        raise ValueError(f"expected {len(names)} named arguments ({', '.join(names)}), found {len(groups)}")
    return [parse_value(",".join(g)) for g in groups]


def decode_arguments(text: str, names: list[str]) -> list[Any]:
    """The positional arguments encoded in `text` for parameters `names`.

    Raises:
        ValueError: the text does not hold exactly one value per parameter.
    """
    named = _named(text, names)
    if named is not None:
        return named
    lines = [line for line in text.splitlines() if line.strip()]
    if len(names) > 1 and len(lines) == len(names):
        try:
            return [parse_value(line) for line in lines]
        except ValueError:
            pass
    value = parse_value(text)
    if isinstance(value, dict) and set(value) == set(names):
        return [value[n] for n in names]
    if len(names) == 1:
        return [value]
    if isinstance(value, list) and len(value) == len(names):
        return value
    raise ValueError(f"cannot read {len(names)} arguments ({', '.join(names)}) from {text[:120]!r}")


_SCALARS = {"int", "int64", "float", "bool", "str"}


def _runner_value(line: str, type_name: str) -> Any:
    if type_name == "str":
        return line
    if type_name.startswith("list[") and type_name[5:-1] in _SCALARS:
        return [_runner_value(token, type_name[5:-1]) for token in line.split()]
    value = parse_value(line)
    if type_name in ("int", "int64") and not (isinstance(value, int) and not isinstance(value, bool)):
        raise ValueError(f"{line[:40]!r} is not an integer")
    return value


def decode_runner_text(text: str, types: list[str]) -> list[Any]:
    """Arguments from the plain text a dataset's runners read: one line per parameter, a list of scalars
    as whitespace-separated tokens (`4 9 2 12` -> [4, 9, 2, 12]), a `str` as the line itself.

    Raises:
        ValueError: not one line per parameter, or a line that is not of its parameter's type.
    """
    lines = text.split("\n")
    if lines and lines[-1] == "" and len(lines) == len(types) + 1:
        lines.pop()  # the final newline ends the last line
    if len(lines) != len(types):
        raise ValueError(f"expected {len(types)} lines (one per parameter), found {len(lines)}")
    if not all(t in _SCALARS or t.startswith("list[") and t[5:-1] in _SCALARS for t in types):
        raise ValueError(f"runner text decodes only scalars and lists of scalars, not {', '.join(types)}")
    return [_runner_value(line.strip() if t != "str" else line, t) for line, t in zip(lines, types, strict=True)]
