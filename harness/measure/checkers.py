"""Output comparison: is a produced output an accepted answer for a case?

Function tasks compare JSON values; stdio tasks compare text. The checker kind comes from the task, so a
task with several valid answers says how they are equivalent instead of forcing one answer.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from typing import Any

from effx.models import Checker


def _close(a: float, b: float, tol: float) -> bool:
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol)


def _float_equal(expected: Any, actual: Any, tol: float) -> bool:
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected == actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return _close(float(expected), float(actual), tol)
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(
            _float_equal(e, a, tol) for e, a in zip(expected, actual, strict=True)
        )
    return bool(expected == actual)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _equal_values(expected: Any, actual: Any) -> bool:
    # JSON makes 1 and 1.0 distinct in Python only by type; a C++ driver printing 1.0 for an int is fine.
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual or expected == actual and type(expected) is type(actual)
    if isinstance(expected, int) and isinstance(actual, int):
        return expected == actual  # exact: int64 answers above 2**53 must not collapse through floats
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return float(expected) == float(actual)
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(
            _equal_values(e, a) for e, a in zip(expected, actual, strict=True)
        )
    return bool(expected == actual)


def _tokens_equal(expected: str, actual: str, tol: float) -> bool:
    exp, act = expected.split(), actual.split()
    if len(exp) != len(act):
        return False
    for e, a in zip(exp, act, strict=True):
        if e == a:
            continue
        try:
            if not _close(float(e), float(a), tol):
                return False
        except ValueError:
            return False
    return True


def _normalise_lines(text: str) -> list[str]:
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    return [line for line in lines if line]


def accepts(checker: Checker, expected: Any, actual: Any, *, stdio: bool) -> bool:
    """Whether `actual` is an accepted answer where `expected` is the oracle's answer."""
    if stdio:
        exp, act = str(expected), str(actual)
        if checker.kind == "exact":
            return exp == act or exp.rstrip("\n") == act.rstrip("\n")
        if checker.kind == "tokens" or checker.kind == "float":
            return _tokens_equal(exp, act, checker.tolerance)
        return _normalise_lines(exp) == _normalise_lines(act)
    if checker.kind == "float":
        return _float_equal(expected, actual, checker.tolerance)
    if checker.kind == "unordered":
        if not isinstance(expected, list) or not isinstance(actual, list):
            return _equal_values(expected, actual)
        return Counter(map(_canonical, expected)) == Counter(map(_canonical, actual))
    return _equal_values(expected, actual)


def preview(value: Any, limit: int = 200) -> str:
    """A short, single-line rendering of a case input or output for error messages."""
    text = value if isinstance(value, str) else json.dumps(value)
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} chars)"
