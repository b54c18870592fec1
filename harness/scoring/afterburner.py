"""Afterburner (NeurIPS 2025): percentile of a solution among the references' costs.

`percentile(x) = 1 - bisect_left(sorted(L), x) / len(L)`: the share of passing references whose cost
is at least x (as slow or as large as the solution). Time% (likewise Memory%, Integral%) is the sum
of percentiles over the passed problems divided by the number of all problems, so failures count 0.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from effx.registry import METRICS


@METRICS.register("percentile")
def percentile(value: float, references: Sequence[float]) -> float:
    """Share of reference costs that are >= `value`.

    Raises:
        ValueError: `references` is empty.
    """
    if not references:
        raise ValueError("percentile needs at least one passing reference cost")
    return 1.0 - bisect_left(sorted(references), value) / len(references)


@METRICS.register("percentile_score")
def percentile_score(values: Sequence[float | None], references: Sequence[Sequence[float]]) -> float:
    """Time% / Memory% / Integral%: `sum over passed problems of percentile / total problems`.

    Args:
        values: Per problem, the solution's cost, or None when it failed.
        references: Per problem, the passing references' costs (same order as `values`).

    Returns:
        The score in [0, 1]; 0 for no problems.
    """
    if len(values) != len(references):
        raise ValueError(f"{len(values)} values but {len(references)} reference lists; pair them by problem")
    if not values:
        return 0.0
    pairs = zip(values, references, strict=True)
    return sum(percentile(v, refs) for v, refs in pairs if v is not None) / len(values)
