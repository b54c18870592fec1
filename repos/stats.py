"""From repeated timings to a decision: filtered medians, speedup with a bootstrap interval, SWE-Perf gain.

Outlier filtering and the gain are SWE-Perf's and come from `effx.scoring.sweperf`, so repository
mode and the scorer can never disagree. The speedup interval is effx's addition: a percentile
bootstrap of the ratio of medians, seeded so the same timings always give the same interval.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from effx.repos.models import WorkloadResult
from effx.scoring.sweperf import iqr_filter, test_gain

BOOTSTRAP_RESAMPLES = 2000
CONFIDENCE = 0.95


def bootstrap_speedup_ci(base: Sequence[float], patched: Sequence[float], *,
                         resamples: int = BOOTSTRAP_RESAMPLES, confidence: float = CONFIDENCE,
                         seed: int = 0) -> tuple[float, float]:
    """Percentile-bootstrap interval of median(base) / median(patched).

    Both samples are resampled with replacement independently (they are independent runs).

    Raises:
        ValueError: a sample is empty or a patched median is not positive.
    """
    if not base or not patched:
        raise ValueError("bootstrap needs non-empty base and patched samples")
    rng = np.random.default_rng(seed)
    b = np.asarray(base, dtype=float)
    p = np.asarray(patched, dtype=float)
    b_med = np.median(rng.choice(b, size=(resamples, b.size), replace=True), axis=1)
    p_med = np.median(rng.choice(p, size=(resamples, p.size), replace=True), axis=1)
    if np.any(p_med <= 0):
        raise ValueError("patched timings must be positive to form a speedup")
    ratios = b_med / p_med
    tail = (1.0 - confidence) / 2.0
    low, high = np.quantile(ratios, [tail, 1.0 - tail])
    return float(low), float(high)


def summarise(result: WorkloadResult) -> WorkloadResult:
    """Fill the statistics of a workload result from its raw timings (where they allow it)."""
    update: dict[str, object] = {}
    base = iqr_filter(result.base_times) if result.base_error is None else []
    patched = iqr_filter(result.patched_times) if result.patched_error is None else []
    if base:
        update["base_median"] = float(np.median(base))
    if patched:
        update["patched_median"] = float(np.median(patched))
    if base and patched:
        update["gain"] = test_gain(base, patched)
        if float(np.median(patched)) > 0:  # a zero median (below the timer's resolution) has no ratio
            update["speedup"] = float(np.median(base)) / float(np.median(patched))
            try:
                update["speedup_ci"] = bootstrap_speedup_ci(base, patched)
            except ValueError:  # some resamples have a zero median: the interval is unbounded
                pass
    return result.model_copy(update=update)
