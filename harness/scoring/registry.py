"""Registry of metric functions, by name.

A metric module marks its functions with `@metric("name")`; the decorator only tags the function, and
the registry finds tagged functions by importing the metric modules listed in `METRIC_MODULES` on first
lookup. The name map is therefore derived from code rather than accumulated in a mutable global, and
`import effx.scoring` stays cheap (scipy is imported only when a SWE-Perf metric is used).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from effx.registry import unknown

F = TypeVar("F", bound=Callable[..., Any])

METRIC_MODULES: tuple[str, ...] = (
    "effx.scoring.passk",
    "effx.scoring.mercury",
    "effx.scoring.codearena",
    "effx.scoring.effibench",
    "effx.scoring.effibenchx",
    "effx.scoring.afterburner",
    "effx.scoring.afterburner_reward",
    "effx.scoring.sweperf",
    "effx.scoring.pie",
    "effx.scoring.evalperf",
)
"""Modules whose tagged functions make up the registry, in the order they are listed."""

_TAG = "__effx_metric__"


def metric(name: str) -> Callable[[F], F]:
    """Tag a pure function as the metric called `name`.

    Args:
        name: Registry name, lower case with underscores (e.g. `beyond_at_k`).

    Returns:
        A decorator that returns the function unchanged apart from the tag.
    """

    def tag(fn: F) -> F:
        setattr(fn, _TAG, name)
        return fn

    return tag


@cache
def _all_metrics() -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {}
    for module_name in METRIC_MODULES:
        module = importlib.import_module(module_name)
        for value in vars(module).values():
            name = getattr(value, _TAG, None)
            if name is None or getattr(value, "__module__", None) != module_name:
                continue
            if name in found and found[name] is not value:
                raise RuntimeError(f"metric {name!r} is registered twice: rename one in {module_name}")
            found[name] = value
    return found


def metric_names() -> list[str]:
    """Every registered metric name, sorted."""
    return sorted(_all_metrics())


def get_metric(name: str) -> Callable[..., Any]:
    """The metric function registered as `name`.

    Raises:
        effx.registry.UnknownNameError: `name` is not registered; the message lists close matches.
    """
    metrics = _all_metrics()
    if name not in metrics:
        raise unknown("metric", name, list(metrics))
    return metrics[name]
