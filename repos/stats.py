"""From repeated timings to a decision: filtered medians, speedup with a bootstrap interval, SWE-Perf gain.

Outlier filtering and the gain are SWE-Perf's and come from `effx.scoring.sweperf`, so repository
mode and the scorer can never disagree. The speedup interval is effx's addition: a percentile
bootstrap of the ratio of medians, seeded so the same timings always give the same interval.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from effx.repos.models import ResourceUsage, WorkloadResult
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


@dataclass(frozen=True)
class ScoringParams:
    """The statistical choices behind a workload's numbers; recorded so a run can be re-scored alike.

    The defaults are SWE-Perf's (IQR fences at k = 1, one-sided Mann-Whitney U at p < 0.1) plus effx's
    95% bootstrap interval for the speedup.
    """

    iqr_k: float = 1.0
    """Fence width of the outlier filter, in IQRs."""
    alpha: float = 0.1
    """Significance level of the gain's Mann-Whitney U test."""
    confidence: float = CONFIDENCE
    """Coverage of the speedup interval."""
    resamples: int = BOOTSTRAP_RESAMPLES
    """Bootstrap resamples of the speedup interval."""


def summarise(result: WorkloadResult, params: ScoringParams | None = None) -> WorkloadResult:
    """Recompute every statistic of a workload result from its raw timings (where they allow it).

    Derived fields are always overwritten (set to None when the timings no longer allow them), so
    summarising twice, or with other `params`, never leaves a stale number behind.
    """
    p = params or ScoringParams()
    update: dict[str, object] = dict.fromkeys(("base_median", "patched_median", "speedup", "speedup_ci",
                                               "gain"))
    base = iqr_filter(result.base_times, k=p.iqr_k) if result.base_error is None else []
    patched = iqr_filter(result.patched_times, k=p.iqr_k) if result.patched_error is None else []
    if base:
        update["base_median"] = float(np.median(base))
    if patched:
        update["patched_median"] = float(np.median(patched))
    if base and patched:
        update["gain"] = test_gain(base, patched, alpha=p.alpha)
        if float(np.median(patched)) > 0:  # a zero median (below the timer's resolution) has no ratio
            update["speedup"] = float(np.median(base)) / float(np.median(patched))
            try:
                update["speedup_ci"] = bootstrap_speedup_ci(base, patched, resamples=p.resamples,
                                                            confidence=p.confidence)
            except ValueError:  # some resamples have a zero median: the interval is unbounded
                pass
    for key in ("base_usage", "patched_usage"):
        usage: ResourceUsage | None = getattr(result, key)
        if usage is not None:
            update[key] = summarise_usage(usage)
    return result.model_copy(update=update)


def summarise_usage(usage: ResourceUsage) -> ResourceUsage:
    """Fill the medians of per-run CPU time (user + system) and peak memory."""
    cpu = [u + s for u, s in zip(usage.user_times, usage.system_times, strict=False)]
    return usage.model_copy(update={
        "cpu_median": float(np.median(cpu)) if cpu else None,
        "peak_rss_median": float(np.median(usage.peak_rss_bytes)) if usage.peak_rss_bytes else None})
