"""Executors: where task batches run (this process, a local pool, a Ray cluster), same jobs, same results."""

from effx.executors.base import Batch, Executor, run_batch
from effx.executors.local import PoolExecutor, SerialExecutor, WorkerLostError

__all__ = ["Batch", "Executor", "PoolExecutor", "SerialExecutor", "WorkerLostError", "run_batch"]
