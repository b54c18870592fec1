"""Precision: the same solutions measured in independent runs, idle and next to a busy neighbour.

A "run" is what `effx run` does for a task: compile (cached), warm-up and check, then `repeat`
interleaved measured rounds with a bounded CV re-measure, medians per solution. Every reference of the
chosen tasks is a sample; its Beyond is computed against the task's references in the same language, as
for a model's sample. Reported per condition (idle, busy neighbour) and metric mode:

* within-run CV: median over samples of the CV of the measured repetitions (`RunResult.cv`);
* run-to-run CV: median over samples of the CV of the per-run medians across independent runs;
* Beyond stability: share of samples whose Beyond differs by at most 0.02 between runs (largest
  difference between any two runs), and the largest difference seen.

Instruction mode counts each sample once per run; its run-to-run CV is exactly 0 when counts repeat.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from benchmarks.neighbour import busy_neighbour
from effx.measure.expected import ensure_expected
from effx.measure.protocol import Job, measure_task
from effx.models import RunResult, Status, Task
from effx.sandbox.local import LocalSandbox
from effx.scoring.mercury import beyond


@dataclass
class Outcome:
    """Per-sample numbers of one (condition, mode) over all runs."""

    costs: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    cvs: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    beyonds: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    failed: int = 0
    seconds: float = 0.0


def _cv(values: list[float]) -> float:
    mean = statistics.fmean(values)
    return statistics.stdev(values) / mean if len(values) > 1 and mean else 0.0


def _record(outcome: Outcome, results: list[RunResult], measure: str) -> None:
    groups: dict[tuple[str, str], list[RunResult]] = defaultdict(list)
    for r in results:
        if r.status != Status.ok or getattr(r, measure) is None:
            outcome.failed += 1
            continue
        groups[(r.task_id, r.language)].append(r)
    for refs in groups.values():
        costs = [float(getattr(r, measure)) for r in refs]
        for r, cost in zip(refs, costs, strict=True):
            outcome.costs[r.key].append(cost)
            outcome.cvs[r.key].append(r.cv or 0.0)
            outcome.beyonds[r.key].append(beyond(cost, costs, passed=True))


def measure(tasks: list[Task], languages: tuple[str, ...], sandbox: LocalSandbox, *, mode: str, runs: int,
            repeat: int, cpu: int, neighbour: int | None) -> Outcome:
    """Measure every reference of `tasks` in `languages` `runs` times in `mode`."""
    import time

    outcome = Outcome()
    measure_field = "instructions" if mode == "instructions" else "runtime_ms"
    started = time.perf_counter()
    with busy_neighbour(neighbour):
        for _ in range(runs):
            for task in tasks:
                jobs = [Job(task.id, ref.language, ref.code, "reference", index, "reference", ref.name)
                        for language in languages for index, ref in enumerate(task.references_for(language))]
                if jobs:
                    results = measure_task(task, jobs, sandbox, repeat=repeat, cpu=cpu, metric=mode)  # type: ignore[arg-type]
                    _record(outcome, results, measure_field)
    outcome.seconds = time.perf_counter() - started
    return outcome


def prepare(tasks: list[Task], sandbox: LocalSandbox) -> None:
    """Fill in expected outputs (from each task's oracle) before anything is timed."""
    for task in tasks:
        ensure_expected(task, sandbox)


def summary(outcome: Outcome) -> dict[str, float]:
    """The numbers of the precision table for one (condition, mode)."""
    complete = [k for k, v in outcome.costs.items() if len(v) >= 2]
    diffs = [max(outcome.beyonds[k]) - min(outcome.beyonds[k]) for k in complete]
    return {
        "samples": len(complete),
        "within_run_cv": statistics.median(c for k in complete for c in outcome.cvs[k]) if complete else 0.0,
        "run_to_run_cv": statistics.median(_cv(outcome.costs[k]) for k in complete) if complete else 0.0,
        "max_run_to_run_cv": max((_cv(outcome.costs[k]) for k in complete), default=0.0),
        "beyond_within_0.02": sum(d <= 0.02 for d in diffs) / len(diffs) if diffs else 0.0,
        "beyond_max_diff": max(diffs, default=0.0),
        "failed": outcome.failed,
        "seconds": outcome.seconds,
    }
