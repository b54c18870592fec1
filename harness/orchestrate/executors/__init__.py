"""Executors: where task batches run (this process, a local pool, a Ray cluster), same jobs, same results."""

from effx.orchestrate.executors.batch import Batch, Executor, run_batch
from effx.orchestrate.executors.pool import PoolExecutor, SerialExecutor, WorkerLostError

__all__ = ["Batch", "Executor", "PoolExecutor", "SerialExecutor", "WorkerLostError", "run_batch"]
