"""The two measurement protocols side by side: a process per repetition against one process per solution.

`python -m benchmarks.protocols` measures the same Python references of ten core tasks with
`measure_task(protocol="process")` and `measure_task(protocol="persistent")`, alternating the two
`--runs` times on one pinned core, and twice more on a *small* workload: the same tasks cut to their
first three cases, where most references take well under a millisecond. Per protocol and workload it
prints solutions per minute, the harness share (1 - time inside the solutions' own timed calls, warm-up
included / command wall; one core used) and the median within-run CV over solutions.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from effx.measure.expected import ensure_expected
from effx.measure.persistent import MIN_REP_NS
from effx.measure.protocol import Job, measure_task
from effx.models import RunResult, Task
from effx.registry import get_suite_loader
from effx.sandbox.local import LocalSandbox

TASKS = ("two_sum", "count_primes", "daily_temperatures", "merge_two_sorted_lists", "edit_distance",
         "number_of_islands", "kth_largest", "trapping_rain_water", "valid_parentheses_depth", "coin_change")


def _timed_ms(result: RunResult) -> float:
    """Time inside the solution's calls over every pass this result stands for, warm-up included."""
    if not result.repeats or result.runtime_ms is None:
        return 0.0
    passes = len(result.repeats) * (result.inner or 1) + 1
    return passes * result.runtime_ms


def measure(tasks: list[Task], protocol: str, sandbox: LocalSandbox, *, repeat: int, cpu: int,
            floor_ns: int = MIN_REP_NS) -> dict[str, float]:
    results: list[RunResult] = []
    started = time.perf_counter()
    for task in tasks:
        jobs = [Job(task.id, "python", ref.code, "reference", i, "reference", ref.name)
                for i, ref in enumerate(task.references_for("python"))]
        results += measure_task(task, jobs, sandbox, repeat=repeat, cpu=cpu, protocol=protocol,  # type: ignore[arg-type]
                                floor_ns=floor_ns)
    seconds = time.perf_counter() - started
    ok = [r for r in results if r.status.value == "ok"]
    timed = sum(_timed_ms(r) for r in ok) / 1000
    return {"solutions": len(results), "ok": len(ok), "seconds": seconds, "per_minute": len(results) / seconds * 60,
            "harness_share": 1 - timed / seconds, "median_cv": statistics.median(r.cv or 0.0 for r in ok),
            "median_runtime_ms": statistics.median(r.runtime_ms or 0.0 for r in ok)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cpu", type=int, default=(os.cpu_count() or 1) - 1)
    parser.add_argument("--floor-ms", type=float, default=MIN_REP_NS / 1e6, help="calibration floor")
    parser.add_argument("--small-only", action="store_true", help="only the sub-millisecond workload")
    args = parser.parse_args()
    suite = get_suite_loader("core")()
    sandbox = LocalSandbox()
    full = [suite.tasks[t] for t in TASKS]
    for task in full:
        ensure_expected(task, sandbox)
    small = [t.model_copy(update={"cases": t.cases[:3]}) for t in full]
    print(f"load before: {os.getloadavg()[0]:.2f}")
    workloads = (("core, all cases", full), ("core, 3 cases (sub-ms)", small))
    for name, tasks in workloads[1:] if args.small_only else workloads:
        rows: dict[str, list[dict[str, float]]] = {"process": [], "persistent": []}
        for _ in range(args.runs):
            for protocol in rows:
                rows[protocol].append(measure(tasks, protocol, sandbox, repeat=args.repeat, cpu=args.cpu,
                                              floor_ns=int(args.floor_ms * 1e6)))
        print(f"\n{name}: {rows['process'][0]['solutions']:.0f} solutions, {args.runs} runs each, alternating")
        print("| protocol | solutions / min | harness share | median within-run CV | median runtime ms |")
        print("|---|---|---|---|---|")
        for protocol, got in rows.items():
            med = {key: statistics.median(row[key] for row in got) for key in got[0]}
            print(f"| {protocol} | {med['per_minute']:.1f} | {med['harness_share']:.0%} | {med['median_cv']:.2%} "
                  f"| {med['median_runtime_ms']:.3f} |")
    print(f"\nload after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
