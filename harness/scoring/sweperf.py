"""SWE-Perf (2025): repository-level performance gain, from repeated test timings.

Protocol: each efficiency test runs 20 measured times on the base commit and 20 on the patched tree.
Outliers are dropped with an IQR rule, and a test's gain is the largest relative speed-up that a
one-sided Mann-Whitney U test still supports at p < 0.1. Instance gain is the mean over its tests;
Performance is the sum of instance gains over all N instances (failures count 0) divided by N.

The functions take plain numbers, so any repeated measure (seconds, CPU time, instructions) works.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from effx.registry import METRICS


@METRICS.register("iqr_filter")
def iqr_filter(values: Sequence[float], k: float = 1.0) -> list[float]:
    """Drop outliers outside `[Q1 - k*IQR, Q3 + k*IQR]` (SWE-Perf uses k = 1.0).

    Quartiles are numpy's linearly interpolated percentiles. Order is preserved; an empty input
    gives an empty list.

    Args:
        values: Repeated measurements of one test.
        k: Fence width in IQRs.

    Returns:
        The values inside the fences, in input order.
    """
    if not values:
        return []
    arr = np.asarray(values, dtype=float)
    q1, q3 = np.percentile(arr, [25, 75])
    low, high = q1 - k * (q3 - q1), q3 + k * (q3 - q1)
    return [float(v) for v in arr if low <= v <= high]


def _p_value(base: np.ndarray, patched: np.ndarray, x: float) -> float:
    from scipy.stats import mannwhitneyu  # scipy is heavy; import only when a gain is computed

    return float(mannwhitneyu(base * (1.0 - x), patched, alternative="greater").pvalue)


@METRICS.register("sweperf_test_gain")
def test_gain(
    base: Sequence[float], patched: Sequence[float], *, alpha: float = 0.1, step: float = 0.001
) -> float:
    """Largest x on the grid 0, step, 2*step, ..., 1 with `base*(1-x) > patched` significant at `alpha`.

    Significance is scipy's one-sided Mann-Whitney U test (`alternative="greater"`, default method)
    on the scaled base sample against the patched one; the gain is 0 when even x = 0 is not
    significant, i.e. when the patch is not measurably faster.

    The search bisects instead of scanning all 1001 points: scaling the base sample down can only
    turn base-greater pairs into ties or losses, so U is non-increasing and the p-value
    non-decreasing in x. The x values with p < alpha therefore form a prefix of the grid, and
    bisection finds its last point in about 10 tests instead of up to 1001. (A tie created exactly at
    a grid point changes scipy's tie correction, and for small samples its choice between the exact and
    the asymptotic method; only there can p dip by a small amount, and only there could a full scan
    disagree.)

    Args:
        base: Timings of the test on the base commit (filter outliers first with `iqr_filter`).
        patched: Timings of the same test with the patch applied.
        alpha: Significance level; SWE-Perf uses 0.1.
        step: Grid spacing; SWE-Perf uses 0.001.

    Returns:
        The gain in [0, 1].

    Raises:
        ValueError: A sample is empty or `step` is not in (0, 1].
    """
    if not base or not patched:
        raise ValueError("test_gain needs at least one base and one patched timing; got an empty sample")
    if not 0 < step <= 1:
        raise ValueError(f"step must be in (0, 1], got {step}")
    b = np.asarray(base, dtype=float)
    p = np.asarray(patched, dtype=float)
    if _p_value(b, p, 0.0) >= alpha:
        return 0.0
    n = int(round(1.0 / step))
    good, bad = 0, n + 1  # invariant: grid point `good` is significant, `bad` is not (or off the grid)
    while bad - good > 1:
        mid = (good + bad) // 2
        if _p_value(b, p, min(1.0, mid * step)) < alpha:
            good = mid
        else:
            bad = mid
    return round(min(1.0, good * step), 10)


@METRICS.register("sweperf_instance_gain")
def instance_gain(test_gains: Sequence[float]) -> float:
    """Mean gain over an instance's efficiency tests; 0 when it has none."""
    return float(np.mean(test_gains)) if len(test_gains) else 0.0


@METRICS.register("sweperf_apply")
def apply_rate(applied: Sequence[bool]) -> float:
    """Apply: share of the N instances whose patch applied (`git apply`, then `patch --fuzz=5`)."""
    return sum(bool(a) for a in applied) / len(applied) if applied else 0.0


@METRICS.register("sweperf_correctness")
def correctness_rate(correct: Sequence[bool]) -> float:
    """Correctness: share of the N instances whose efficiency tests all pass after the patch."""
    return sum(bool(c) for c in correct) / len(correct) if correct else 0.0


@METRICS.register("sweperf_performance")
def performance(gains: Sequence[float], correct: Sequence[bool] | None = None) -> float:
    """Performance: sum of instance gains over all N instances divided by N.

    Args:
        gains: Instance gain per instance (from `instance_gain`).
        correct: Optional per-instance correctness; an instance that failed counts 0 whatever its
            gain, as in SWE-Perf.

    Returns:
        The mean gain with failures as 0; 0 for no instances.
    """
    if correct is not None and len(correct) != len(gains):
        raise ValueError(f"gains has {len(gains)} instances but correct has {len(correct)}")
    if not gains:
        return 0.0
    kept = [g if correct is None or correct[i] else 0.0 for i, g in enumerate(gains)]
    return sum(kept) / len(kept)


test_gain.__test__ = False  # type: ignore[attr-defined]  # a metric, not a pytest test, when imported
