"""Pass@k, the unbiased estimator of Chen et al. (2021, Codex), as used by Mercury and EffiBench-X."""

from __future__ import annotations

from effx.registry import METRICS


@METRICS.register("pass_at_k")
def pass_at_k(n: int, c: int, k: int) -> float:
    """Probability that at least one of k samples drawn from n (c of them correct) is correct.

    Formula: `1 - C(n-c, k) / C(n, k)`, evaluated as `1 - prod_{i=n-c+1}^{n} (1 - k/i)` so that
    large n never builds huge binomials or loses precision. When fewer than k samples are incorrect
    (n - c < k), every draw of k contains a correct one and the value is exactly 1.

    Args:
        n: Samples generated for the task.
        c: Samples that passed.
        k: Draw size; must satisfy 1 <= k <= n.

    Returns:
        pass@k in [0, 1].

    Raises:
        ValueError: The counts are inconsistent (c outside [0, n] or k outside [1, n]).
    """
    if not 0 <= c <= n:
        raise ValueError(f"pass_at_k needs 0 <= c <= n, got n={n}, c={c}")
    if not 1 <= k <= n:
        raise ValueError(f"pass_at_k needs 1 <= k <= n, got n={n}, k={k}: generate at least k samples")
    if n - c < k:
        return 1.0
    miss = 1.0
    for i in range(n - c + 1, n + 1):
        miss *= 1.0 - k / i
    return 1.0 - miss
