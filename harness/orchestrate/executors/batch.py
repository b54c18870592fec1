"""The executor interface: task batches in, results out, in any order, as they finish.

The unit of work is a *batch*: every job of one task. A batch is never split, because the measurement
protocol interleaves a task's references and candidates on one core so that machine drift hits them
alike. Executors differ only in where batches run: in this process, in a local pool, or on Ray.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass

from effx.measure.protocol import Job
from effx.models import RunResult, Status, Task, code_hash


@dataclass(frozen=True)
class Batch:
    """All jobs of one task, with the measurement settings of the run."""

    task: Task
    jobs: tuple[Job, ...]
    repeat: int = 5
    cv_threshold: float = 0.05
    sandbox: str = "local"
    cpu: int | None = None
    """Preferred core; the batch runs on whichever core it can claim exclusively."""
    metric: str = "time"
    """What runtime_ms is derived from: time, cpu or instructions (see `effx.measure.metric_mode`)."""


def run_batch(batch: Batch, on_result: Callable[[RunResult], None] | None = None) -> list[RunResult]:
    """Evaluate one batch here and now: expected outputs, then the measurement protocol on a claimed core."""
    from effx.measure.expected import OracleError, ensure_expected
    from effx.measure.protocol import measure_task
    from effx.orchestrate.executors.cores import claim_core
    from effx.sandbox import get_sandbox

    with get_sandbox(batch.sandbox) as sandbox:
        try:
            ensure_expected(batch.task, sandbox)
        except OracleError as exc:
            results = [infrastructure_failure(batch.task, job, str(exc)) for job in batch.jobs]
            for result in results:
                if on_result:
                    on_result(result)
            return results
        with claim_core(batch.cpu) as core:
            return measure_task(batch.task, list(batch.jobs), sandbox, repeat=batch.repeat, cpu=core,
                                cv_threshold=batch.cv_threshold, on_result=on_result,
                                metric=batch.metric)  # type: ignore[arg-type]


def infrastructure_failure(task: Task, job: Job, message: str) -> RunResult:
    """A sandbox_error result for a job that could not be evaluated through no fault of its own."""
    return RunResult(task_id=task.id, language=job.language, model=job.model, sample_id=job.sample_id,
                     kind=job.kind, reference_name=job.reference_name, status=Status.sandbox_error,
                     message=message, code_hash=code_hash(job.code))


class Executor(ABC):
    """Runs batches somewhere and hands every result to `on_result` as soon as it is known."""

    name: str

    @classmethod
    def from_options(cls, *, workers: int | None = None, address: str | None = None) -> Executor:
        """Build the executor from a run's `--workers` and `--ray-address`; options it has no use for are ignored."""
        return cls()

    @abstractmethod
    def run(self, batches: list[Batch], on_result: Callable[[RunResult], None]) -> None:
        """Evaluate every batch; results of a batch may arrive one by one or all at its end."""

    def check_languages(self, languages: set[str]) -> list[str]:
        """Problems that would make jobs fail everywhere (e.g. a missing toolchain), as messages."""
        from effx.languages.toolchains import toolchain_key

        return [f"{lang}: toolchain not found on this machine" for lang in sorted(languages)
                if toolchain_key(lang) == "missing"]
