"""Mercury (NeurIPS 2024): Beyond, a runtime-percentile-weighted pass score.

effx follows the BigCode-harness form, which clips the sample's runtime into the references' range
before normalising, so a score stays in [0, 1]. The first Mercury code clipped the difference
instead and could exceed 1.
"""

from __future__ import annotations

from collections.abc import Sequence

from effx.registry import METRICS


@METRICS.register("beyond")
def beyond(value: float | None, references: Sequence[float], *, passed: bool = True) -> float:
    """Beyond of one sample: `(max(R) - clip(r, min R, max R)) / (max R - min R)`; failing -> 0.

    R are the costs (runtime, CPU time, instructions, memory...) of the passing references and r is the
    sample's cost in the same measure. 1 means at least as fast as the fastest reference, 0 at least as
    slow as the slowest.

    When every reference costs the same (max R == min R) the formula divides by zero. effx then
    scores 1.0 if r <= max R and 0.0 otherwise: with a single reference level the only thing the data
    can say is "as fast as the references or slower", and this choice agrees with the general
    formula's own end points (r <= min R scores 1, r >= max R scores 0; at r == min R the general
    formula gives 1, so a tie with the references earns full credit here too).

    Args:
        value: The sample's cost; None counts as failing.
        references: Costs of the passing references; at least one.
        passed: Whether the sample passed every test.

    Returns:
        Beyond in [0, 1].

    Raises:
        ValueError: No reference costs were given (Beyond is undefined without references).
    """
    if not references:
        raise ValueError("beyond needs at least one passing reference cost; measure the references first")
    if not passed or value is None:
        return 0.0
    lo, hi = min(references), max(references)
    if hi == lo:
        return 1.0 if value <= hi else 0.0
    r = min(max(value, lo), hi)
    return (hi - r) / (hi - lo)


@METRICS.register("beyond_at_k")
def beyond_at_k(scores_per_task: Sequence[Sequence[float]], k: int) -> float:
    """Beyond@k: mean over tasks of the mean Beyond of each task's first k samples (not the best of k).

    Args:
        scores_per_task: For each task, the Beyond of its samples in generation order (failing = 0).
        k: Samples per task that count.

    Returns:
        Beyond@k in [0, 1]; 0 for no tasks.

    Raises:
        ValueError: A task has fewer than k samples.
    """
    if k < 1:
        raise ValueError(f"beyond_at_k needs k >= 1, got {k}")
    if not scores_per_task:
        return 0.0
    total = 0.0
    for i, scores in enumerate(scores_per_task):
        if len(scores) < k:
            raise ValueError(f"task #{i} has {len(scores)} samples, fewer than k={k}")
        total += sum(scores[:k]) / k
    return total / len(scores_per_task)
