"""Efficiency metrics as registered pure functions, and a results-level summary.

Each published metric (Mercury, CodeArena, EffiBench, EffiBench-X, Afterburner, SWE-Perf, PIE,
EvalPerf) lives in its own module as a function over plain numbers, so it applies to whichever
measure the caller chooses (time, CPU time, instructions, peak memory, memory integral).
"""

from __future__ import annotations

from effx.scoring.registry import get_metric, metric, metric_names

__all__ = ["get_metric", "metric", "metric_names"]
