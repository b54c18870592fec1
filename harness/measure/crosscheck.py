"""Cross-checking what a driver reports against what the launcher measured from outside the process.

A function task's runtime is the sum of the per-call times the driver writes into `result.json`. The
driver shares its process with the solution, so everything it reports is within the solution's reach:
a solution can patch the clock where its language allows, define its own `clock_gettime`, write the
result file itself and exit, or do its work at load time (a static initialiser, Go's `init`) before
the first timed call. None of that changes what the launcher sees: the wall clock and the CPU time of
the whole process, taken by a separate, privileged process.

So every run's claim is set against the outside measurement minus the known cost of the driver alone.
That cost is measured, interleaved with the solutions, by running a *trusted* program with
`EFFX_SKIP_CALLS=1` (the driver does everything but call the solution): the language plugin's stub
solution for the task, or a reference when a plugin has no stub. The solution's own skip run cannot be
used: a solution can tell it was never called and burn time in that run only.

    gap = outside - baseline - claimed        (wall clock; CPU time under `--metric cpu`)
    contradicted when gap > ABSOLUTE_MS + RELATIVE * (baseline + claimed)

The relative term covers what honest runs add beyond the baseline: converting and writing the outputs,
garbage collection of what the calls allocated, a neighbour preempting the process outside the calls.
A solution is rejected when the median run is contradicted, the same majority that its median runtime
comes from, so one disturbed run neither rejects an honest solution nor rescues a forged one.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass

from effx.measure.verdict import CASES_FILE, RESULT_FILE, failure, limits_for
from effx.models import Measurement, Program, Task
from effx.sandbox.base import CompileOutcome, Sandbox

SKIP_ENV = "EFFX_SKIP_CALLS"
"""Set to `1`, the driver does everything but call the solution (and convert its results)."""
ABSOLUTE_MS = 25.0
"""Slack in milliseconds that every run gets, whatever its size."""
RELATIVE = 1.0
"""Slack as a share of what the run is expected to take (baseline + claimed)."""


def skip_program(program: Program) -> Program:
    """`program` with the solution calls left out: the same files (and compiled artifacts), same argv."""
    return program.model_copy(update={"env": {**program.env, SKIP_ENV: "1"}})


def run_skipped(sandbox: Sandbox, task: Task, program: Program, compiled: CompileOutcome,
                cpu: int | None) -> tuple[float, float] | str:
    """One skip run of a trusted program: (wall_ms, cpu_ms) from the launcher, or why it failed."""
    cases = json.dumps([case.input for case in task.cases]).encode()
    limits = limits_for(task)
    ex = sandbox.run(skip_program(program), compiled, limits=limits, inputs={CASES_FILE: cases},
                     outputs=(RESULT_FILE,), cpu=cpu)
    failed = failure(ex, limits)
    if failed is not None:
        return f"{failed.status.value}: {failed.message}"
    return ex.wall_ms, ex.cpu_ms


@dataclass(frozen=True)
class Baseline:
    """The driver alone on this task's cases, measured from outside: medians over its runs."""

    wall_ms: float
    cpu_ms: float
    runs: int
    source: str
    """Which trusted program was measured (`stub` or `reference <name>`)."""

    @classmethod
    def of(cls, runs: list[tuple[float, float]], source: str) -> Baseline | None:
        """Medians of (wall_ms, cpu_ms) pairs; None without any run."""
        if not runs:
            return None
        return cls(statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs), len(runs), source)


@dataclass(frozen=True)
class Gap:
    """One run's unexplained time: what the outside saw beyond the baseline and the claim."""

    outside_ms: float
    claimed_ms: float
    allowed_ms: float
    baseline_ms: float

    @property
    def excess_ms(self) -> float:
        return self.outside_ms - self.baseline_ms - self.claimed_ms - self.allowed_ms


def gaps(runs: list[Measurement], baseline: Baseline, *, cpu: bool) -> list[Gap]:
    """Each run's gap; `cpu` compares CPU time (claims of thread CPU) instead of the wall clock."""
    base = baseline.cpu_ms if cpu else baseline.wall_ms
    return [Gap(outside_ms=run.cpu_ms if cpu else run.wall_ms, claimed_ms=run.runtime_ms,
                allowed_ms=ABSOLUTE_MS + RELATIVE * (base + run.runtime_ms), baseline_ms=base) for run in runs]


@dataclass(frozen=True)
class CrossCheck:
    """The cross-check of one solution's runs."""

    ratio: float
    """The median run's unexplained time as a share of the slack allowed: above 1 is a contradiction."""
    problem: str | None
    """Why the claimed times cannot be believed; None when the outside measurement allows them."""


def cross_check(runs: list[Measurement], baseline: Baseline | None, *, cpu: bool) -> CrossCheck | None:
    """Set the runs' claimed times against the outside measurement; None when there is nothing to check.

    Args:
        runs: the solution's measured runs (`runtime_ms` is the driver's claim; `wall_ms`, `cpu_ms` the
            launcher's).
        baseline: the driver alone on the same cases; None (no trusted program) checks nothing.
        cpu: the claims are thread CPU time (`--metric cpu`), checked against the process's CPU time.
    """
    if baseline is None or not runs:
        return None
    found = gaps(runs, baseline, cpu=cpu)
    median = sorted(found, key=lambda gap: gap.excess_ms)[len(found) // 2]
    ratio = (median.outside_ms - median.baseline_ms - median.claimed_ms) / median.allowed_ms
    if median.excess_ms <= 0:
        return CrossCheck(ratio, None)
    clock = "CPU time" if cpu else "wall time"
    contradicted = sum(gap.excess_ms > 0 for gap in found)
    return CrossCheck(ratio, (
        f"measurement rejected: the driver reported {median.claimed_ms:.1f} ms inside the solution calls, "
        f"but the launcher measured {median.outside_ms:.1f} ms of {clock} for the whole process, and the "
        f"driver alone ({baseline.source}, {baseline.runs} runs) takes {median.baseline_ms:.1f} ms: "
        f"{median.outside_ms - median.baseline_ms - median.claimed_ms:.1f} ms are unaccounted for, more "
        f"than the {median.allowed_ms:.1f} ms allowed ({contradicted} of {len(found)} runs contradicted). "
        "Work done outside the timed calls (at load time, in a static initialiser, after writing the "
        "result) or a tampered clock or result file shows like this"))


def contradiction(runs: list[Measurement], baseline: Baseline | None, *, cpu: bool) -> str | None:
    """Why the runs' claimed times cannot be believed, or None (see `cross_check`)."""
    checked = cross_check(runs, baseline, cpu=cpu)
    return checked.problem if checked else None
