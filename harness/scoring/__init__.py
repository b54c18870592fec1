"""Efficiency metrics as registered pure functions, and a results-level summary.

Each published metric (Mercury, CodeArena, EffiBench, EffiBench-X, Afterburner, SWE-Perf, PIE,
EvalPerf) lives in its own module as a function over plain numbers, so it applies to whichever
measure the caller chooses (time, CPU time, instructions, peak memory, memory integral). The functions
register themselves in `effx.registry.METRICS`; other distributions add metrics through the
`effx.metrics` entry-point group.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from effx.registry import METRICS

__all__ = ["get_metric", "metric", "metric_names"]

F = TypeVar("F", bound=Callable[..., Any])


def metric(name: str) -> Callable[[F], F]:
    """Register a pure function as the metric called `name` (lower case with underscores)."""
    return METRICS.register(name)  # type: ignore[return-value]


def metric_names() -> list[str]:
    """Every registered metric name, sorted."""
    return METRICS.names()


def get_metric(name: str) -> Callable[..., Any]:
    """The metric function registered as `name`.

    Raises:
        effx.registry.UnknownNameError: `name` is not registered; the message lists close matches.
    """
    return METRICS.get(name)
