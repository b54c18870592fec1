"""Percentile-bootstrap confidence intervals over tasks.

Leaderboard scores are means over tasks, and their uncertainty comes mostly from which tasks happen to
be in the suite, so effx resamples tasks (with replacement) rather than samples or repetitions. The
RNG is a seeded numpy Generator, so an interval is reproducible from the run's results alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def bootstrap_ci(
    values: Sequence[float], *, confidence: float = 0.95, resamples: int = 1000, seed: int = 0
) -> tuple[float, float] | None:
    """Percentile-bootstrap interval of the mean of `values`.

    Args:
        values: One score per task.
        confidence: Coverage of the interval, in (0, 1).
        resamples: Bootstrap resamples.
        seed: Seed of the numpy Generator.

    Returns:
        (low, high), or None when there are no values.
    """
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be in (0, 1), got {confidence}")
    if not len(values):
        return None
    data = np.asarray(values, dtype=float)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(data), size=(resamples, len(data)))
    means = data[picks].mean(axis=1)
    tail = (1.0 - confidence) / 2.0
    low, high = np.quantile(means, [tail, 1.0 - tail])
    return float(low), float(high)
