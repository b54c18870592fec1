"""The executor interface: task batches in, results out, in any order, as they finish.

The unit of work is a *batch*: every job of one task. A batch is never split, because the measurement
protocol interleaves a task's references and candidates on one core so that machine drift hits them
alike. Executors differ only in where batches run: in this process, in a local pool, or on Ray.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass

from effx.measure.protocol import Job, infrastructure_failure
from effx.models import RunResult, Task

log = logging.getLogger(__name__)


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
    protocol: str = "persistent"
    """persistent, shared or process (see `effx.measure.protocol.measure_task`)."""


def run_batch(batch: Batch, on_result: Callable[[RunResult], None] | None = None) -> list[RunResult]:
    """Evaluate one batch here and now: expected outputs, then the measurement protocol on a claimed core.

    A sandbox that cannot start, or that breaks partway (a docker engine killed between an exec and its
    inspection raises instead of answering), fails only the jobs that have no result yet, as sandbox_error:
    never a verdict against their solutions, and a resumed run measures them again.
    """
    from effx.measure.expected import OracleError, ensure_expected
    from effx.measure.protocol import measure_task
    from effx.orchestrate.executors.cores import claim_core
    from effx.sandbox import get_sandbox

    results: list[RunResult] = []
    caller_failed = False

    def keep(result: RunResult) -> None:
        nonlocal caller_failed
        results.append(result)
        if on_result:
            try:
                on_result(result)
            except BaseException:
                caller_failed = True  # e.g. a full disk under the run folder: not the sandbox's failure
                raise

    def fail_the_rest(message: str) -> list[RunResult]:
        done = {r.key for r in results}
        for job in batch.jobs:
            if job.key not in done:
                keep(infrastructure_failure(batch.task, job, message))
        return results

    try:
        sandbox = get_sandbox(batch.sandbox)
    except Exception as exc:  # noqa: BLE001 -- e.g. the docker engine died mid-run: no job here is at fault
        return fail_the_rest(f"the {batch.sandbox} sandbox cannot start: {exc}")
    with sandbox:
        try:
            ensure_expected(batch.task, sandbox)
            with claim_core(batch.cpu) as core:
                measure_task(batch.task, list(batch.jobs), sandbox, repeat=batch.repeat, cpu=core,
                             cv_threshold=batch.cv_threshold, on_result=keep,
                             metric=batch.metric, protocol=batch.protocol)  # type: ignore[arg-type]
        except OracleError as exc:
            return fail_the_rest(str(exc))
        except Exception as exc:  # noqa: BLE001 -- the rest of the run goes on; the message names the failure
            if caller_failed:
                raise
            log.warning("effx: the %s sandbox failed in the batch of %s: %s: %s", batch.sandbox, batch.task.id,
                        exc.__class__.__name__, exc)
            log.debug("effx: the failure in the batch of %s", batch.task.id, exc_info=True)
            return fail_the_rest(f"the {batch.sandbox} sandbox failed: {exc.__class__.__name__}: {exc}")
    return results


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
