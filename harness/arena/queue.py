"""The durable submission queue in `arena_submissions`: enqueue, claim with a lease, heartbeat, finish once.

A worker claims the oldest queued submission with a conditional UPDATE (`WHERE status = 'queued'`), so two
workers (threads or servers) never hold the same one, and stamps it with a fresh claim token and a lease.
While it measures, it renews the lease. A submission whose lease ran out (its worker was killed, or its
server stopped) goes back to `queued` (`requeue_expired`). A verdict is written only under the claim that
is still current (`WHERE claim = :token AND status = 'running'`), in the same transaction that folds it
into the Dynamic Points state, so a submission gets exactly one verdict however often it was claimed.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from effx.arena import tables
from effx.arena.db import JudgeDB

QUEUED, RUNNING, DONE = "queued", "running", "done"


@dataclass(frozen=True)
class Claimed:
    """A submission a worker holds: the row's fields and the claim token its verdict must carry."""

    id: int
    claim: str
    attempts: int
    suite: str
    problem: str
    language: str
    model: str
    code: str


@dataclass(frozen=True)
class Verdict:
    """What judging a submission found."""

    verdict: str
    """An effx Status value (`ok` is accepted)."""
    message: str = ""
    runtime_ms: float | None = None
    cpu_ms: float | None = None
    peak_rss_kb: int | None = None
    beyond: float | None = None
    cases_passed: int | None = None
    """Cases whose outputs passed before the first failing one (all when accepted); None when not compared."""
    cases_total: int | None = None
    """Cases of the problem; None when unknown (the judge failed before running it)."""

    @property
    def accepted(self) -> bool:
        return self.verdict == "ok"


def enqueue(db: JudgeDB, *, key_id: str, suite: str, problem: str, language: str, model: str, code: str) -> int:
    """Store a submission as queued; returns its id (committed: it survives a restart from now on)."""
    with db.write() as conn:
        result = conn.execute(tables.submissions.insert().values(
            key_id=key_id, suite=suite, problem=problem, language=language, model=model, code=code, status=QUEUED,
            created=db.now(), attempts=0))
        return int(result.inserted_primary_key[0])


def queued_for(db: JudgeDB, key_id: str) -> int:
    """Submissions of `key_id` not judged yet (queued or running), for the per-key quota."""
    c = tables.submissions.c
    with db.read() as conn:
        return int(conn.scalar(sa.select(sa.func.count()).where(c.key_id == key_id, c.status != DONE)) or 0)


def requeue_expired(db: JudgeDB) -> int:
    """Put every running submission whose lease has ended back in the queue; returns how many."""
    c = tables.submissions.c
    with db.write() as conn:
        result = conn.execute(tables.submissions.update()
                              .where(c.status == RUNNING, c.lease_until < db.now())
                              .values(status=QUEUED, claim=None, lease_until=None))
        return int(result.rowcount or 0)


def claim(db: JudgeDB, worker: str, lease_s: float) -> Claimed | None:
    """Claim the oldest queued submission for `lease_s` seconds; None when the queue is empty."""
    c = tables.submissions.c
    for _ in range(20):  # another worker may take the candidate between the select and the update
        with db.write() as conn:
            candidate = conn.scalar(sa.select(c.id).where(c.status == QUEUED).order_by(c.id).limit(1))
            if candidate is None:
                return None
            token = f"{worker}:{secrets.token_hex(8)}"
            now = db.now()
            taken = conn.execute(tables.submissions.update().where(c.id == candidate, c.status == QUEUED).values(
                status=RUNNING, claim=token, lease_until=now + lease_s, started=now, attempts=c.attempts + 1))
            if taken.rowcount == 1:
                row = conn.execute(sa.select(tables.submissions).where(c.id == candidate)).one()
                return Claimed(row.id, token, row.attempts, row.suite, row.problem, row.language, row.model, row.code)
    return None


def heartbeat(db: JudgeDB, claimed: Claimed, lease_s: float) -> bool:
    """Extend the lease; False when the claim is no longer current (the submission was requeued)."""
    c = tables.submissions.c
    with db.write() as conn:
        result = conn.execute(tables.submissions.update()
                              .where(c.id == claimed.id, c.claim == claimed.claim, c.status == RUNNING)
                              .values(lease_until=db.now() + lease_s))
        return result.rowcount == 1


def finish(db: JudgeDB, claimed: Claimed, verdict: Verdict,
           fold: Callable[[sa.Connection, Claimed, Verdict, float], None] | None = None) -> bool:
    """Write the verdict if `claimed` is still the current claim, and `fold` it into derived state in the
    same transaction. Returns False (writing nothing) when the claim was lost: someone else judges it."""
    c = tables.submissions.c
    with db.write() as conn:
        now = db.now()
        result = conn.execute(tables.submissions.update()
                              .where(c.id == claimed.id, c.claim == claimed.claim, c.status == RUNNING)
                              .values(status=DONE, verdict=verdict.verdict, message=verdict.message[:20000],
                                      runtime_ms=verdict.runtime_ms, cpu_ms=verdict.cpu_ms,
                                      peak_rss_kb=verdict.peak_rss_kb, beyond=verdict.beyond,
                                      cases_passed=verdict.cases_passed, cases_total=verdict.cases_total,
                                      finished=now,
                                      lease_until=None))
        if result.rowcount != 1:
            return False
        if fold is not None:
            fold(conn, claimed, verdict, now)
        return True


def get(db: JudgeDB, submission_id: int) -> Any:
    """One submission row, or None."""
    with db.read() as conn:
        return conn.execute(sa.select(tables.submissions).where(tables.submissions.c.id == submission_id)).first()


def counts(db: JudgeDB) -> dict[str, int]:
    """Submissions by queue status."""
    c = tables.submissions.c
    with db.read() as conn:
        rows = conn.execute(sa.select(c.status, sa.func.count()).group_by(c.status)).all()
    return {QUEUED: 0, RUNNING: 0, DONE: 0} | {status: int(n) for status, n in rows}
