"""PIE (ICLR 2024): speed-up of an optimised program over its source program.

`speedup = cost_src / cost_gen`, floored at 1 so that incorrect or slower programs score as "no
speed-up" rather than being punished below the source; %Opt is the share of programs whose speed-up
is at least 1.10. PIE measures cost in simulated cycles (gem5); any deterministic measure such as
instruction counts fits.
"""

from __future__ import annotations

from collections.abc import Sequence

from effx.registry import METRICS


@METRICS.register("pie_speedup")
def speedup(source: float, generated: float | None, *, correct: bool = True) -> float:
    """`max(1, source / generated)` for a correct program; 1.0 for an incorrect or missing one."""
    if not correct or generated is None:
        return 1.0
    if generated <= 0:
        raise ValueError(f"generated cost must be positive, got {generated}")
    return max(1.0, source / generated)


@METRICS.register("pie_mean_speedup")
def mean_speedup(speedups: Sequence[float]) -> float:
    """Mean of the floored speed-ups over all programs; 1.0 for none."""
    return sum(speedups) / len(speedups) if speedups else 1.0


@METRICS.register("pie_percent_opt")
def percent_opt(speedups: Sequence[float], threshold: float = 1.10) -> float:
    """%Opt: share of programs (all of them, incorrect included) with speed-up >= `threshold`."""
    return sum(1 for s in speedups if s >= threshold) / len(speedups) if speedups else 0.0
