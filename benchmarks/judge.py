"""Checker programs: how many case judgements per second, and what share of a run's wall they take.

1. **Throughput.** A topological-order task of `--cases` cases is judged `--rounds` times by a Python
   checker through `effx.measure.judge.run_checker` (one sandboxed checker process per judged solution):
   case judgements per second and milliseconds per checker process.
2. **Share of a run.** Every core task whose checker is a program is measured as `effx run` measures it
   (`measure_task`, the default protocol, every reference in `--lang`), with `run_checker` timed from
   inside: the checker's share of the measuring wall.

    python -m benchmarks.judge [--cases 200] [--rounds 20] [--lang python --lang cpp]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from effx.measure import judge  # noqa: E402
from effx.measure.expected import ensure_expected  # noqa: E402
from effx.measure.protocol import Job, measure_task  # noqa: E402
from effx.models import Checker, Param, Signature, Task, TestCase  # noqa: E402
from effx.registry import get_suite_loader  # noqa: E402
from effx.sandbox.local import LocalSandbox  # noqa: E402

CHECKER = '''
def check(input, expected, output):
    n, edges = input
    if sorted(output) != list(range(n)):
        return False, "not an order of the nodes"
    where = {node: i for i, node in enumerate(output)}
    for a, b in edges:
        if where[a] > where[b]:
            return False, f"{b} before {a}"
    return True
'''


def _order_task(cases: int, seed: int = 1) -> tuple[Task, list[list[int]]]:
    """A DAG task of `cases` cases (50-300 nodes each) and a valid answer per case."""
    rng = random.Random(seed)
    built, answers = [], []
    for _ in range(cases):
        n = rng.randint(50, 300)
        order = list(range(n))
        rng.shuffle(order)
        edges = [[order[i], order[j]] for i, j in (sorted(rng.sample(range(n), 2)) for _ in range(2 * n))]
        built.append(TestCase(input=[n, edges], expected=order))
        answers.append(order)
    task = Task(id="bench_order", title="order", checker=Checker(kind="program", source=CHECKER), cases=built,
                signature=Signature(name="order", params=[Param(name="n", type="int"),
                                                          Param(name="edges", type="list[list[int]]")],
                                    returns="list[int]"))
    return task, answers


def throughput(sandbox: LocalSandbox, cases: int, rounds: int) -> str:
    task, answers = _order_task(cases)
    judge.run_checker(sandbox, task, answers)  # the checker's build is cached from here on
    walls = []
    for _ in range(rounds):
        judge._JUDGED.clear()  # every round runs the checker: measure the process, not the verdict cache
        start = time.perf_counter()
        verdict = judge.run_checker(sandbox, task, answers)
        walls.append(time.perf_counter() - start)
        assert verdict.rejected is None and verdict.error is None, verdict
    per_process = statistics.median(walls)
    return (f"| {cases} | {rounds} | {per_process * 1000:.1f} ms | {cases / per_process:,.0f} |")


def share(sandbox: LocalSandbox, languages: list[str]) -> list[str]:
    suite = get_suite_loader("core")()
    tasks = [t for t in suite.tasks.values() if t.checker.kind == "program"]
    spent = [0.0]
    original = judge.run_checker

    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start

    judge.run_checker = timed  # type: ignore[assignment]
    rows = []
    try:
        for task in tasks:
            ensure_expected(task, sandbox)
            jobs = [Job(task.id, r.language, r.code, "reference", i, "reference", r.name)
                    for i, r in enumerate(task.references) if r.language in languages]
            spent[0] = 0.0
            start = time.perf_counter()
            results = measure_task(task, jobs, sandbox)
            wall = time.perf_counter() - start
            ok = sum(r.passed for r in results)
            rows.append(f"| {task.id} | {len(jobs)} ({ok} ok) | {len(task.cases)} | {wall:.1f} s | "
                        f"{spent[0]:.2f} s | {spent[0] / wall:.1%} |")
    finally:
        judge.run_checker = original  # type: ignore[assignment]
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--lang", action="append", dest="languages")
    args = parser.parse_args(argv)
    languages = args.languages or ["python", "cpp"]
    print(f"load average before start {os.getloadavg()[0]:.2f}\n")
    with LocalSandbox() as sandbox:
        print("| cases | rounds | per checker process (median) | case judgements / s |\n|---|---|---|---|")
        print(throughput(sandbox, args.cases, args.rounds))
        print(f"\n| core task | references ({', '.join(languages)}) | cases | measuring wall | checker | share |")
        print("|---|---|---|---|---|---|")
        rows = share(sandbox, languages)
        print("\n".join(rows) if rows else "| (no core task has a checker program) | | | | | |")
    print(f"\nload average after {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
