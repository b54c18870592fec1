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

    gap = outside - baseline - claimed
    contradicted when gap > ABSOLUTE_MS + RELATIVE * (baseline + claimed)

on the CPU clock for claims of thread CPU time (`--metric cpu`), and on both the wall clock and the CPU
clock for claims of wall time: a neighbour that stalls an honest process lengthens only its wall clock,
hidden work lengthens both. The relative term covers what honest runs add beyond the baseline: converting
and writing the outputs, garbage collection of what the calls allocated, a runtime's compiler threads.
A solution is rejected when its median run is contradicted, the same majority that its median runtime
comes from, so one disturbed run neither rejects an honest solution nor rescues a forged one; and only
after it was measured again (`effx.measure.protocol`), which costs an honest solution nothing but time.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from effx.measure.verdict import CASES_FILE, RESULT_FILE, cases_file, failure, limits_for
from effx.models import Measurement, Program, Task
from effx.sandbox.base import CompileOutcome, Sandbox

SKIP_ENV = "EFFX_SKIP_CALLS"
"""Set to `1`, the driver does everything but call the solution (and convert its results)."""
ABSOLUTE_MS = 25.0
"""Slack in milliseconds that every run gets, whatever its size."""
RELATIVE = 1.0
"""Slack as a share of what the run is expected to take (baseline + claimed)."""
IN_PROCESS_ABSOLUTE_MS = 100.0
"""`ABSOLUTE_MS` for a whole execution of the persistent protocol in an in-process language (JVM, Node,
Go): its JIT compilers work on the solution's code beside the passes, which the stub never makes them do."""


def skip_program(program: Program) -> Program:
    """`program` with the solution calls left out: the same files (and compiled artifacts), same argv."""
    return program.model_copy(update={"env": {**program.env, SKIP_ENV: "1"}})


def run_skipped(sandbox: Sandbox, task: Task, program: Program, compiled: CompileOutcome,
                cpu: int | None) -> tuple[float, float] | str:
    """One skip run of a trusted program: (wall_ms, cpu_ms) from the launcher, or why it failed."""
    limits = limits_for(task)
    ex = sandbox.run(skip_program(program), compiled, limits=limits, inputs={CASES_FILE: cases_file(task)},
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
    """One run's unexplained time on one clock: what the outside saw beyond the baseline and the claim."""

    clock: str
    outside_ms: float
    baseline_ms: float
    claimed_ms: float
    absolute_ms: float = ABSOLUTE_MS

    @property
    def unexplained_ms(self) -> float:
        return self.outside_ms - self.baseline_ms - self.claimed_ms

    @property
    def allowed_ms(self) -> float:
        return self.absolute_ms + RELATIVE * (self.baseline_ms + self.claimed_ms)

    @property
    def ratio(self) -> float:
        """Unexplained time as a share of the slack: above 1 this clock contradicts the claim."""
        return self.unexplained_ms / self.allowed_ms

    def describe(self) -> str:
        return (f"the launcher measured {self.outside_ms:.1f} ms of {self.clock} for the whole process and the "
                f"driver alone takes {self.baseline_ms:.1f} ms: {self.unexplained_ms:.1f} ms are unaccounted "
                f"for, more than the {self.allowed_ms:.1f} ms allowed")


def run_gaps(run: Measurement, baseline: Baseline, *, cpu: bool, absolute_ms: float = ABSOLUTE_MS) -> list[Gap]:
    """The clocks that must all contradict a run's claim before it counts as contradicted.

    Claims of thread CPU time (`cpu`) are checked against the process's CPU time. Claims of wall time are
    checked against both clocks: a neighbour that stalls an honest process inflates its wall clock but not
    its CPU time, while work hidden outside the timed calls shows on both (and the claim is set against the
    CPU time as it is: the calls' wall time is at least their CPU time in the thread that runs them).
    """
    on_cpu = Gap("CPU time", run.cpu_ms, baseline.cpu_ms, run.runtime_ms, absolute_ms)
    return [on_cpu] if cpu else [Gap("wall time", run.wall_ms, baseline.wall_ms, run.runtime_ms, absolute_ms), on_cpu]


@dataclass(frozen=True)
class CrossCheck:
    """The cross-check of one solution's runs."""

    ratio: float
    """The median run's unexplained time as a share of the slack allowed (on the clock that contradicts it
    least): above 1 is a contradiction."""
    problem: str | None
    """Why the claimed times cannot be believed; None when the outside measurement allows them."""


def cross_check(runs: list[Measurement], baseline: Baseline | None, *, cpu: bool,
                absolute_ms: float = ABSOLUTE_MS) -> CrossCheck | None:
    """Set the runs' claimed times against the outside measurement; None when there is nothing to check.

    Args:
        runs: the solution's measured runs (`runtime_ms` is the driver's claim; `wall_ms`, `cpu_ms` the
            launcher's).
        baseline: the driver alone on the same cases; None (no trusted program) checks nothing.
        cpu: the claims are thread CPU time (`--metric cpu`); otherwise wall time.
        absolute_ms: the slack every run gets (`IN_PROCESS_ABSOLUTE_MS` for in-process executions).
    """
    if baseline is None or not runs:
        return None
    per_run = [run_gaps(run, baseline, cpu=cpu, absolute_ms=absolute_ms) for run in runs]
    checked = sorted(((min(gap.ratio for gap in found), found) for found in per_run), key=lambda item: item[0])
    ratio, median = checked[len(checked) // 2]
    if ratio <= 1:
        return CrossCheck(ratio, None)
    contradicted = sum(item[0] > 1 for item in checked)
    return CrossCheck(ratio, (
        f"measurement rejected: the driver reported {median[0].claimed_ms:.1f} ms inside the solution calls, but "
        + "; and ".join(gap.describe() for gap in median)
        + f" (the driver alone is {baseline.source}, {baseline.runs} runs; {contradicted} of {len(runs)} runs "
        "contradicted). Work done outside the timed calls (at load time, in a static initialiser, after "
        "writing the result) or a tampered clock or result file shows like this"))

