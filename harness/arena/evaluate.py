"""Judging one submission with the engine of `effx run`: `measure_task` in the sandbox, then Beyond.

The measurements run where the `Measurer` runs them (`effx.arena.measurers`: in this process by default,
as Ray tasks with `--executor ray`); everything else (references kept, the verdict made) happens here.

The task's references are measured once per problem and language (at the first submission that needs
them), kept in memory and in `arena_references`, and their runtimes join the pool of accepted runtimes
(`effx.arena.points.add_reference_runtimes`) exactly once: whoever inserts the row adds them.
"""

from __future__ import annotations

import logging
import re
import threading

import sqlalchemy as sa

from effx.arena import points, tables
from effx.arena.db import JudgeDB
from effx.arena.measurers import LocalMeasurer, Measurer
from effx.arena.problems import Catalogue
from effx.arena.queue import Claimed, Verdict
from effx.models import RunResult, Status
from effx.sandbox.base import Sandbox

log = logging.getLogger(__name__)
_FAILED_CASE = re.compile(r"case (\d+) of (\d+): ")


def case_counts(result: RunResult, total: int) -> tuple[int | None, int]:
    """(cases passed, cases) of a measured solution, claiming only what the verdict shows.

    Outputs are compared case by case in order and the first rejected one is the wrong answer
    (`effx.measure.verdict.check`), so case i of a wrong answer means i - 1 passed; an accepted solution
    passed them all. Any other verdict (compile error, crash, timeout, rejected measurement) ended
    before, or apart from, the comparison of outputs: no count of passed cases is known.
    """
    if result.status == Status.ok:
        return total, total
    found = _FAILED_CASE.match(result.message or "") if result.status == Status.wrong_answer else None
    if found is not None:
        return int(found[1]) - 1, int(found[2])
    return None, total


class Evaluator:
    """Measures submissions of the catalogue's problems; thread-safe (one per server).

    Args:
        db: the judge database (reference runtimes are stored there).
        catalogue: the problems.
        sandbox: where programs run.
        repeat: measured runs after one warm-up.
        measurer: where measurements run (default: here, in `sandbox`).
    """

    def __init__(self, db: JudgeDB, catalogue: Catalogue, sandbox: Sandbox, repeat: int,
                 measurer: Measurer | None = None) -> None:
        self.db, self.catalogue, self.sandbox, self.repeat = db, catalogue, sandbox, repeat
        self.measurer: Measurer = measurer if measurer is not None else LocalMeasurer(sandbox)
        self._references: dict[tuple[str, str], list[float]] = {}
        self._locks: dict[tuple[str, str], threading.Lock] = {}
        self._guard = threading.Lock()

    def _stored(self, problem: str, language: str) -> list[float] | None:
        r = tables.references.c
        with self.db.read() as conn:
            row = conn.execute(sa.select(r.runtimes).where(r.problem == problem, r.language == language)).first()
        return None if row is None else list(row.runtimes)

    def reference_runtimes(self, problem: str, language: str, cpu: int | None = None) -> list[float]:
        """Median runtimes (ms) of the problem's passing references in `language`, measured once."""
        key = (problem, language)
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            if key in self._references:
                return self._references[key]
            runtimes = self._stored(problem, language)
            if runtimes is None:
                runtimes = self._measure_references(problem, language, cpu)
                runtimes = self.record_references(problem, language, runtimes)
            self._references[key] = runtimes
            return runtimes

    def _measure_references(self, problem: str, language: str, cpu: int | None) -> list[float]:
        task = self.catalogue.get(problem).task
        results = self.measurer.references(task, language, repeat=self.repeat, cpu=cpu)
        return sorted(r.runtime_ms for r in results if r.passed and r.runtime_ms is not None)

    def record_references(self, problem: str, language: str, runtimes: list[float]) -> list[float]:
        """Store measured reference runtimes and add them to the ES pool, unless another server did first;
        returns the runtimes that count."""
        base = self.catalogue.get(problem).base_points
        try:
            with self.db.write() as conn:
                conn.execute(tables.references.insert().values(problem=problem, language=language,
                                                               runtimes=runtimes, measured=self.db.now()))
                points.add_reference_runtimes(self.db, conn, problem=problem, language=language, runtimes=runtimes,
                                              base_points=base, at=self.db.now())
        except sa.exc.IntegrityError:  # another server measured them first: use its numbers
            return self._stored(problem, language) or runtimes
        return runtimes

    def judge(self, claimed: Claimed, cpu: int | None = None) -> Verdict:
        """Measure a claimed submission; infrastructure failures come back as `sandbox_error` verdicts."""
        from effx.scoring.mercury import beyond

        try:
            task = self.catalogue.get(claimed.problem).task
            references = self.reference_runtimes(claimed.problem, claimed.language, cpu)
            result = self.measurer.completion(task, claimed.code, language=claimed.language, repeat=self.repeat,
                                              model=claimed.model, sample_id=claimed.id, cpu=cpu)
        except Exception as exc:  # noqa: BLE001 - a broken task or sandbox must not kill the worker
            log.exception("effx judge: submission %s could not be judged", claimed.id)
            return Verdict(Status.sandbox_error.value, f"the judge failed: {type(exc).__name__}: {exc}")
        score = (beyond(result.runtime_ms, references, passed=result.passed)
                 if references and result.runtime_ms is not None else None)
        passed, total = case_counts(result, len(task.cases))
        return Verdict(result.status.value, result.message or "", result.runtime_ms if result.passed else None,
                       result.cpu_ms, result.peak_rss_kb, score if result.passed else 0.0, passed, total)
