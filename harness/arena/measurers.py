"""Where the judge's measurements run: in the server's judging threads, or as Ray tasks (`--executor ray`).

Either way the server keeps the queue: a judging thread claims a submission, renews its lease while the
measurement runs, and writes the verdict under its claim (`effx.arena.workers`). Only the measurement
itself (`measure_completion` for a submission, `measure_task` for a problem's references) moves. On Ray
it is a task asking for one CPU that opens the configured sandbox on its node, claims a core there
(`effx.orchestrate.executors.cores.claim_core`) and returns the `RunResult`s. Ray retries a task whose
worker or node died (not one whose measurement raised); a retry only measures again, since the verdict is
still written once, by the server, under the claim.
"""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any, Protocol

from effx.models import RunResult, Task
from effx.sandbox.base import Sandbox

RAY_RETRIES = 2
"""Times Ray runs a measurement again after its worker or node died."""


class Measurer(Protocol):
    """Measures a submission or a problem's references in one language."""

    name: str

    def completion(self, task: Task, code: str, *, language: str, repeat: int, model: str, sample_id: int,
                   cpu: int | None) -> RunResult:
        """The submission's result."""
        ...

    def references(self, task: Task, language: str, *, repeat: int, cpu: int | None) -> list[RunResult]:
        """The results of the task's references in `language` (empty when it has none)."""
        ...


class LocalMeasurer:
    """Measures in this process, in `sandbox`, on core `cpu` when given."""

    name = "local"

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def completion(self, task: Task, code: str, *, language: str, repeat: int, model: str, sample_id: int,
                   cpu: int | None) -> RunResult:
        from effx.rewards import measure_completion

        result, _ = measure_completion(task, code, language=language, sandbox=self.sandbox, repeat=repeat,
                                       model=model, sample_id=sample_id, cpu=cpu)
        return result

    def references(self, task: Task, language: str, *, repeat: int, cpu: int | None) -> list[RunResult]:
        from effx.measure.protocol import Job, measure_task
        from effx.rewards import prepare_task

        jobs = [Job(task.id, language, ref.code, "reference", index, "reference", ref.name)
                for index, ref in enumerate(task.references_for(language))]
        if not jobs:
            return []
        prepare_task(task, self.sandbox)
        return measure_task(task, jobs, self.sandbox, repeat=repeat, cpu=cpu, remeasure=0)


def _measure_on_node(sandbox: str, method: str, task: Task, arguments: dict[str, Any]) -> Any:
    """The body of a Ray task: `LocalMeasurer.<method>` in a fresh `sandbox` on a core claimed on this node."""
    from effx.orchestrate.executors.cores import claim_core
    from effx.sandbox import get_sandbox

    with get_sandbox(sandbox) as box, claim_core() as core:
        return getattr(LocalMeasurer(box), method)(task, cpu=core, **arguments)


class RayMeasurer:
    """Measures as Ray tasks on the cluster at `address`, or on a local Ray started as `effx run --executor
    ray` starts one (`effx.orchestrate.executors.ray.RayExecutor`); an already initialised Ray is reused.

    Args:
        sandbox: the sandbox backend each task opens on its node.
        address: a Ray cluster (`ray://host:10001` or `auto`); None starts a local one.
        num_cpus: CPUs of a local Ray (None: every core).
    """

    name = "ray"

    def __init__(self, sandbox: str, address: str | None = None, num_cpus: int | None = None) -> None:
        from effx.orchestrate.executors.ray import RayExecutor

        self.ray = RayExecutor(address, num_cpus=num_cpus)._connect()
        self.sandbox = sandbox
        self._task = self.ray.remote(num_cpus=1, max_retries=RAY_RETRIES)(_measure_on_node)
        self._lock = threading.Lock()
        self.calls: Counter[str] = Counter()
        """Measurements that came back from Ray, by kind (`completion`, `references`)."""

    def _run(self, method: str, task: Task, **arguments: Any) -> Any:
        result = self.ray.get(self._task.remote(self.sandbox, method, task, arguments))
        with self._lock:
            self.calls[method] += 1
        return result

    def completion(self, task: Task, code: str, *, language: str, repeat: int, model: str, sample_id: int,
                   cpu: int | None) -> RunResult:
        """Measured on a core the Ray task claims (`cpu`, a core of the server, is ignored)."""
        result: RunResult = self._run("completion", task, code=code, language=language, repeat=repeat,
                                      model=model, sample_id=sample_id)
        return result

    def references(self, task: Task, language: str, *, repeat: int, cpu: int | None) -> list[RunResult]:
        """Measured on a core the Ray task claims (`cpu` is ignored)."""
        results: list[RunResult] = self._run("references", task, language=language, repeat=repeat)
        return results
