"""EffiBench-X (2025): per-problem efficiency capped at the canonical solution, across languages.

For each problem, `score = min(1, canonical / model)` for the summed runtime (ET), peak memory (MP)
or memory integral (MI); a failing solution scores 0. A language's score is the mean over its
problems, and the overall score the mean over languages, so every language weighs the same whatever
its problem count.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from effx.registry import METRICS


@METRICS.register("effibench_x_ratio")
def efficiency_ratio(value: float | None, canonical: float, *, passed: bool = True) -> float:
    """`min(1, canonical / value)` for a passing solution, 0 for a failing one.

    A cost of 0 (nothing measurable) cannot be slower than the canonical solution and scores 1.

    Args:
        value: The solution's cost; None counts as failing.
        canonical: The canonical solution's cost in the same measure.
        passed: Whether the solution passed.
    """
    if not passed or value is None:
        return 0.0
    if value <= 0:
        return 1.0
    return min(1.0, canonical / value)


@METRICS.register("effibench_x")
def effibench_x_score(ratios: Mapping[str, Sequence[float]]) -> float:
    """Mean over languages of the mean per-problem ratio (ET, MP or MI).

    Args:
        ratios: language -> per-problem `efficiency_ratio` values (failing problems included as 0).

    Returns:
        The score in [0, 1]; 0 when no language has problems.
    """
    means = [sum(v) / len(v) for v in ratios.values() if len(v)]
    return sum(means) / len(means) if means else 0.0
