"""Serial and local-pool executors."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from effx.models import RunResult
from effx.orchestrate.executors.batch import Batch, Executor, run_batch
from effx.orchestrate.executors.cores import usable_cores


class WorkerLostError(RuntimeError):
    """A worker process died mid-batch; finished results are saved and the run can be resumed."""


class SerialExecutor(Executor):
    """Batches one after another in this process; results stream one by one."""

    name = "serial"

    def run(self, batches: list[Batch], on_result: Callable[[RunResult], None]) -> None:
        for batch in batches:
            run_batch(batch, on_result)


def physical_cores() -> int:
    """Usable cores, counting hyper-threads of one physical core once (they share its timing)."""
    usable = usable_cores()
    try:
        blocks = open("/proc/cpuinfo").read().strip().split("\n\n")
    except OSError:
        return len(usable)
    physical = set()
    for block in blocks:
        fields = dict(line.split(":", 1) for line in block.splitlines() if ":" in line)
        fields = {k.strip(): v.strip() for k, v in fields.items()}
        if fields.get("processor", "").isdigit() and int(fields["processor"]) in usable:
            physical.add((fields.get("physical id"), fields.get("core id", fields["processor"])))
    return max(1, len(physical) or len(usable))


class PoolExecutor(Executor):
    """A local process pool: one worker per core, each batch measured on a core it holds exclusively."""

    name = "pool"

    @classmethod
    def from_options(cls, *, workers: int | None = None, address: str | None = None) -> Executor:
        return cls(workers)

    def __init__(self, workers: int | None = None):
        self.workers = workers or physical_cores()

    def run(self, batches: list[Batch], on_result: Callable[[RunResult], None]) -> None:
        if not batches:
            return
        with ProcessPoolExecutor(max_workers=min(self.workers, len(batches))) as pool:
            tasks: dict[Future[list[RunResult]], str] = {pool.submit(run_batch, b): b.task.id for b in batches}
            pending = set(tasks)
            try:
                while pending:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    # Finished batches first: a batch whose worker died must not cost them their results.
                    for future in sorted(done, key=lambda f: f.exception() is not None):
                        for result in future.result():
                            on_result(result)
            except BrokenProcessPool as exc:
                for future in pending:
                    if future.done() and future.exception() is None:
                        for result in future.result():
                            on_result(result)
                # A broken pool fails the dead worker's batch and every batch it had not handed back yet;
                # none of them has a result line, so a resume redoes exactly those.
                lost = sorted(task for f, task in tasks.items() if not f.done() or f.exception() is not None)
                raise WorkerLostError(f"a worker process died (killed, or out of memory) and the batches of "
                                      f"{len(lost)} task(s) did not finish: {', '.join(lost)}; finished "
                                      "results are saved, resume the run with the same --run-id") from exc
            except BaseException:
                for future in pending:
                    future.cancel()
                for process in list(getattr(pool, "_processes", {}).values()):
                    process.terminate()
                raise

