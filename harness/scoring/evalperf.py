"""EvalPerf (2024): Differential Performance Score against clustered reference costs.

References of one task are grouped into performance clusters, and a correct sample is credited with
the references it is at least as efficient as, counted a whole cluster at a time, so that tiny cost
differences between near-identical references do not matter. EvalPerf measures cost as CPU
instructions; any deterministic measure fits.

Clustering used by effx: sort the reference costs from slowest to fastest and start a new cluster
wherever a cost is more than `gap` (relative) below the previous one, i.e. when
`(previous - current) / previous > gap`. Clusters are numbered 0 (slowest) to m-1 (fastest).

Scoring: a sample *matches or beats* cluster j when its cost is <= the slowest cost in cluster j.
Because those slowest costs fall with j, the matched clusters are 0..j for one j, the fastest one
matched. Then
`DPS = 100 * (references in clusters 0..j) / (all references)` and `DPS_norm = 100 * (j+1) / m`.
A sample slower than every reference, or an incorrect one, scores 0.
"""

from __future__ import annotations

from collections.abc import Sequence

from effx.registry import METRICS


@METRICS.register("evalperf_clusters")
def cluster_costs(references: Sequence[float], gap: float = 0.1) -> list[list[float]]:
    """Group reference costs into clusters, slowest cluster first, each sorted slowest first.

    Args:
        references: Costs of the correct reference solutions.
        gap: Relative drop between consecutive sorted costs that opens a new cluster.

    Raises:
        ValueError: No reference costs.
    """
    if not references:
        raise ValueError("DPS needs at least one reference cost")
    ordered = sorted(references, reverse=True)
    clusters = [[ordered[0]]]
    for prev, cur in zip(ordered[:-1], ordered[1:], strict=True):
        if prev > 0 and (prev - cur) / prev > gap:
            clusters.append([cur])
        else:
            clusters[-1].append(cur)
    return clusters


def _matched(value: float, clusters: list[list[float]]) -> int:
    """Index of the fastest cluster whose slowest cost is >= value, or -1 when none."""
    j = -1
    for i, cluster in enumerate(clusters):
        if value <= cluster[0]:
            j = i
    return j


@METRICS.register("dps")
def dps(value: float | None, references: Sequence[float], *, passed: bool = True, gap: float = 0.1) -> float:
    """Differential Performance Score in [0, 100]: cumulative share of references matched or beaten."""
    if not passed or value is None:
        return 0.0
    clusters = cluster_costs(references, gap)
    j = _matched(value, clusters)
    return 100.0 * sum(len(c) for c in clusters[: j + 1]) / len(references)


@METRICS.register("dps_norm")
def dps_norm(
    value: float | None, references: Sequence[float], *, passed: bool = True, gap: float = 0.1
) -> float:
    """Normalised DPS in [0, 100]: `100 * (j+1) / clusters` for the fastest matched cluster j."""
    if not passed or value is None:
        return 0.0
    clusters = cluster_costs(references, gap)
    return 100.0 * (_matched(value, clusters) + 1) / len(clusters)
