"""Throughput and precision versus the number of pool workers.

For each worker count, evaluates the core suite's references (in the given languages) with the local
pool executor, from a cold compile cache, and reports solutions evaluated per minute and the median
coefficient of variation of the measured runtimes. Comparing 1 worker with N shows the precision cost of
measuring on several cores at once (shared caches, memory bandwidth, turbo budget).

    python benchmarks/workers.py [--lang python] [--workers 1 2] [--repeat 5] [--tasks 4]

Prints a Markdown table. Runtime is bounded by --tasks and --repeat.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path


def measure(languages: tuple[str, ...], workers: int, repeat: int, tasks: int) -> dict[str, float]:
    """One pool run over the first `tasks` core tasks; returns throughput and noise figures."""
    from effx.orchestrate.runner import RunConfig, execute_plan, plan_run
    from effx.registry import get_suite_loader

    task_ids = tuple(sorted(get_suite_loader("core")(with_cases=False).tasks)[:tasks])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["EFFX_CACHE_DIR"] = str(Path(tmp) / "cache")  # compile from cold, like a fresh node
        config = RunConfig(languages=languages, references_only=True, task_ids=task_ids, repeat=repeat,
                           runs_dir=Path(tmp) / "runs", executor="pool", workers=workers)
        plan = plan_run(config)
        start = time.perf_counter()
        results = execute_plan(plan).results()
        elapsed = time.perf_counter() - start
    cvs = [r.cv for r in results if r.cv is not None]
    return {"jobs": len(results), "seconds": elapsed, "per_minute": 60 * len(results) / elapsed,
            "median_cv": statistics.median(cvs) if cvs else float("nan")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", default=None, help="language (repeatable; default python)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--tasks", type=int, default=4, help="how many core tasks (in name order)")
    args = parser.parse_args()
    languages = tuple(args.lang or ["python"])
    print(f"| workers | solutions | seconds | solutions / minute | median runtime CV |  ({', '.join(languages)}, "
          f"repeat {args.repeat}, {os.cpu_count()} CPUs)")
    print("|---|---|---|---|---|")
    for workers in args.workers:
        row = measure(languages, workers, args.repeat, args.tasks)
        print(f"| {workers} | {row['jobs']:.0f} | {row['seconds']:.1f} | {row['per_minute']:.1f} | "
              f"{100 * row['median_cv']:.2f}% |", flush=True)


if __name__ == "__main__":
    main()
