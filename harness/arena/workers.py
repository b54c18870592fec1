"""Judging threads: claim a submission, measure it while renewing the lease, write its verdict once.

Each worker owns a core when there are enough (the last cores first, away from core 0's interrupts), so
measurements running side by side do not share one.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable

import sqlalchemy as sa

from effx.arena import points, queue
from effx.arena.config import JudgeConfig
from effx.arena.db import JudgeDB
from effx.arena.evaluate import Evaluator
from effx.arena.problems import Catalogue
from effx.arena.queue import Claimed, Verdict
from effx.models import Status

log = logging.getLogger(__name__)


def fold_into_points(db: JudgeDB, catalogue: Catalogue) -> Callable[[sa.Connection, Claimed, Verdict, float], None]:
    """The `queue.finish` callback updating Dynamic Points and Pass/Beyond stats with a verdict.

    A sandbox error is the judge's fault: it is recorded on the submission but scores nothing.
    """

    def fold(conn: sa.Connection, claimed: Claimed, verdict: Verdict, at: float) -> None:
        if verdict.verdict == Status.sandbox_error.value:
            return
        base = catalogue.get(claimed.problem).base_points if claimed.problem in catalogue.problems else 0.0
        points.apply_verdict(db, conn, problem=claimed.problem, language=claimed.language, model=claimed.model,
                             accepted=verdict.accepted, runtime_ms=verdict.runtime_ms, beyond=verdict.beyond,
                             base_points=base, at=at, submission_id=claimed.id)
    return fold


def _cores() -> list[int]:
    try:
        return sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return []


class WorkerPool:
    """`config.workers` daemon threads judging the queue until `stop()`."""

    def __init__(self, db: JudgeDB, evaluator: Evaluator, config: JudgeConfig) -> None:
        self.db, self.evaluator, self.config = db, evaluator, config
        self.fold = fold_into_points(db, evaluator.catalogue)
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._threads: list[threading.Thread] = []
        self.judged = 0
        self.lost = 0
        cores = _cores()
        self._cpus: list[int | None] = ([cores[-1 - i] for i in range(config.workers)]
                                        if len(cores) >= config.workers else [None] * config.workers)

    def start(self) -> WorkerPool:
        """Start the threads (submissions left running by a stopped server are requeued as leases end)."""
        for index in range(self.config.workers):
            thread = threading.Thread(target=self._loop, args=(index,), name=f"effx-judge-{index}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def wake(self) -> None:
        """A submission was queued: stop waiting."""
        self._wake.set()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop taking work; a measurement in progress is abandoned (its lease will expire and requeue it)."""
        self._stop.set()
        self._wake.set()
        for thread in self._threads:
            thread.join(timeout_s)

    def _loop(self, index: int) -> None:
        name = f"{os.getpid()}-{index}"
        while not self._stop.is_set():
            try:
                queue.requeue_expired(self.db)
                claimed = queue.claim(self.db, name, self.config.lease_s)
            except sa.exc.SQLAlchemyError:
                log.exception("effx judge: the queue is unreachable; retrying")
                self._stop.wait(2.0)
                continue
            if claimed is None:
                self._wake.wait(self.config.poll_s)
                self._wake.clear()
                continue
            self.run_one(claimed, self._cpus[index])

    def run_one(self, claimed: Claimed, cpu: int | None = None) -> bool:
        """Judge one claimed submission with a heartbeat; returns whether its verdict was the one written."""
        if claimed.attempts > self.config.max_attempts:
            verdict = Verdict(Status.sandbox_error.value, f"given up after {claimed.attempts - 1} interrupted "
                              "attempts to judge it")
        else:
            beating = threading.Event()
            beat = threading.Thread(target=self._heartbeat, args=(claimed, beating), daemon=True)
            beat.start()
            try:
                verdict = self.evaluator.judge(claimed, cpu)
            finally:
                beating.set()
                beat.join()
        if self._stop.is_set():
            return False  # the server is stopping: leave it to the lease, a new server judges it
        written = queue.finish(self.db, claimed, verdict, self.fold)
        if written:
            self.judged += 1
        else:
            self.lost += 1
            log.warning("effx judge: submission %s was requeued while judged here; the verdict is dropped",
                        claimed.id)
        return written

    def _heartbeat(self, claimed: Claimed, done: threading.Event) -> None:
        while not done.wait(self.config.lease_s / 3):
            try:
                if not queue.heartbeat(self.db, claimed, self.config.lease_s):
                    return
            except sa.exc.SQLAlchemyError:
                log.warning("effx judge: heartbeat of submission %s failed", claimed.id)
