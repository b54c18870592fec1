"""EffiBench (2024): normalised execution time and memory against a canonical solution.

NET, NMU and NTMU are ratios of sums, model over canonical, over the problems the model solved:
`NET = sum(ET_model) / sum(ET_canonical)` (likewise peak memory MU and the memory integral TMU).
Values above 1 mean less efficient than the canonical solution. EffiBench also reports the worst
per-problem ratio (Max_NET) and the share of problems whose ratio exceeds 5.
"""

from __future__ import annotations

from collections.abc import Sequence

from effx.registry import METRICS


def _check(model: Sequence[float], canonical: Sequence[float]) -> None:
    if len(model) != len(canonical):
        raise ValueError(f"model has {len(model)} problems but canonical has {len(canonical)}; pair them")
    if not model:
        raise ValueError("no problems: pass the costs of the problems the model solved")


@METRICS.register("normalized_ratio")
def normalized_ratio(model: Sequence[float], canonical: Sequence[float]) -> float:
    """`sum(model) / sum(canonical)` over paired problems: NET for time, NMU for peak memory, NTMU for
    the memory integral (the measure is the caller's choice).

    Raises:
        ValueError: The sequences differ in length, are empty, or the canonical sum is not positive.
    """
    _check(model, canonical)
    total = sum(canonical)
    if total <= 0:
        raise ValueError("canonical costs sum to zero; NET is undefined")
    return sum(model) / total


@METRICS.register("max_normalized_ratio")
def max_normalized_ratio(model: Sequence[float], canonical: Sequence[float]) -> float:
    """Max_NET (or Max_NMU, ...): the largest per-problem ratio `model_i / canonical_i`."""
    _check(model, canonical)
    return max(m / c for m, c in zip(model, canonical, strict=True))


@METRICS.register("share_ratio_above")
def share_ratio_above(model: Sequence[float], canonical: Sequence[float], threshold: float = 5.0) -> float:
    """Share of problems whose per-problem ratio `model_i / canonical_i` exceeds `threshold`
    (EffiBench reports NET > 5)."""
    _check(model, canonical)
    return sum(1 for m, c in zip(model, canonical, strict=True) if m / c > threshold) / len(model)
