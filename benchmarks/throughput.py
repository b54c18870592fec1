"""Throughput: solutions evaluated per minute by the full protocol, per language, local backend.

Each language's references on the chosen tasks go through `measure_task` exactly as in `effx run`
(warm-up and check, `repeat` measured rounds, CV re-measure), serially on one core. The compile cache is
warm (the precision benchmark compiled them), so the figure is the measuring cost, not the compile cost.
"""

from __future__ import annotations

import time

from effx.measure.protocol import Job, measure_task
from effx.models import Status, Task
from effx.sandbox.local import LocalSandbox


def per_language(tasks: list[Task], language: str, sandbox: LocalSandbox, *, repeat: int,
                 cpu: int) -> dict[str, float]:
    """Solutions per minute for `language` over `tasks` (0 solutions: nothing to report)."""
    solutions = passed = 0
    started = time.perf_counter()
    for task in tasks:
        jobs = [Job(task.id, ref.language, ref.code, "reference", index, "reference", ref.name)
                for index, ref in enumerate(task.references_for(language))]
        if not jobs:
            continue
        results = measure_task(task, jobs, sandbox, repeat=repeat, cpu=cpu)
        solutions += len(results)
        passed += sum(r.status == Status.ok for r in results)
    seconds = time.perf_counter() - started
    return {"solutions": solutions, "passed": passed, "seconds": seconds,
            "per_minute": solutions / seconds * 60 if solutions else 0.0}
