"""The judge's durable queue and Dynamic Points state, without HTTP: claims, leases, exactly one verdict."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from effx.arena import points, queue, tables
from effx.arena.db import JudgeDB
from effx.arena.keys import create_key, hash_key, list_keys, lookup


class Clock:
    def __init__(self) -> None:
        self.t = 1_700_000_000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: Any, tmp_path: Path) -> Any:
    if request.param == "postgresql":
        url = os.environ.get("EFFX_TEST_PG_URL")
        if not url:
            pytest.skip("EFFX_TEST_PG_URL is not set")
        base = JudgeDB(url)
        tables.metadata.drop_all(base._writer)
        base.close()
    else:
        url = str(tmp_path / "judge.db")
    judge_db = JudgeDB(url, Clock())
    yield judge_db
    judge_db.close()


def _enqueue(db: JudgeDB, model: str = "m", problem: str = "p") -> int:
    return queue.enqueue(db, key_id="k", suite="core", problem=problem, language="python", model=model, code="x")


def _fold(db: JudgeDB) -> Any:
    def fold(conn: sa.Connection, claimed: queue.Claimed, verdict: queue.Verdict, at: float) -> None:
        points.apply_verdict(db, conn, problem=claimed.problem, language=claimed.language, model=claimed.model,
                             accepted=verdict.accepted, runtime_ms=verdict.runtime_ms, beyond=verdict.beyond,
                             base_points=5.0, at=at, submission_id=claimed.id)
    return fold


def test_keys_are_stored_hashed_and_looked_up_by_hash(db: JudgeDB) -> None:
    key_id, key = create_key(db, "team a")
    with db.read() as conn:
        stored = conn.execute(sa.select(tables.keys)).one()
    assert stored.key_hash == hash_key(key) and key not in str(tuple(stored))
    assert lookup(db, key).key_id == key_id and lookup(db, key + "x") is None and lookup(db, "") is None
    assert [k.name for k in list_keys(db)] == ["team a"]


def test_a_claim_is_exclusive_and_the_verdict_is_written_once(db: JudgeDB) -> None:
    first, second = _enqueue(db), _enqueue(db)
    a = queue.claim(db, "w1", 30)
    b = queue.claim(db, "w2", 30)
    assert (a.id, b.id) == (first, second) and queue.claim(db, "w3", 30) is None
    assert queue.finish(db, a, queue.Verdict("ok", runtime_ms=10.0, beyond=1.0), _fold(db))
    assert not queue.finish(db, a, queue.Verdict("ok", runtime_ms=1.0), _fold(db))  # already done
    assert queue.get(db, first).verdict == "ok" and queue.counts(db) == {"queued": 0, "running": 1, "done": 1}


def test_an_expired_lease_is_requeued_and_the_dead_workers_verdict_is_dropped(db: JudgeDB) -> None:
    sid = _enqueue(db)
    dead = queue.claim(db, "killed", 30)
    db.clock.t += 10
    assert queue.requeue_expired(db) == 0  # lease still running
    db.clock.t += 25
    assert queue.requeue_expired(db) == 1
    alive = queue.claim(db, "alive", 30)
    assert alive.id == sid and alive.attempts == 2 and alive.claim != dead.claim
    assert not queue.heartbeat(db, dead, 30) and queue.heartbeat(db, alive, 30)
    assert queue.finish(db, alive, queue.Verdict("ok", runtime_ms=7.0, beyond=0.5), _fold(db))
    assert not queue.finish(db, dead, queue.Verdict("ok", runtime_ms=3.0), _fold(db))
    with db.read() as conn:
        assert conn.scalar(sa.select(sa.func.count()).select_from(tables.events)) == 1
        state = conn.execute(sa.select(tables.problem_state).where(tables.problem_state.c.scope == "python")).one()
    assert state.runtimes == [7.0] and state.solvers == {"m": 7.0} and state.judged == 1


def test_the_state_is_folded_incrementally_per_language_and_overall(db: JudgeDB) -> None:
    with db.write() as conn:
        points.add_reference_runtimes(db, conn, problem="p", language="python", runtimes=[30.0, 50.0],
                                      base_points=4.0, at=1.0)
        points.apply_verdict(db, conn, problem="p", language="python", model="a", accepted=True, runtime_ms=40.0,
                             beyond=0.5, base_points=4.0, at=2.0)
        points.apply_verdict(db, conn, problem="p", language="python", model="a", accepted=False, runtime_ms=None,
                             beyond=None, base_points=4.0, at=3.0)
        points.apply_verdict(db, conn, problem="p", language="cpp", model="b", accepted=True, runtime_ms=5.0,
                             beyond=1.0, base_points=4.0, at=4.0)
    python = {s.model: s for s in points.standings(db, "python")}
    assert python["a"].dynamic_points == pytest.approx(4.0 + 2 / 3)  # alone in Python; 40 and 50 of 30, 40, 50
    assert python["a"].pass_at_1 == 0.5 and python["a"].beyond_at_1 == 0.25 and "b" not in python
    overall = {s.model: s for s in points.standings(db)}
    assert overall["a"].dynamic_points == pytest.approx(2.0 + 2 / 4)  # two solvers; 40, 50 of 5, 30, 40, 50
    assert overall["b"].dynamic_points == pytest.approx(2.0 + 1.0)
    assert points.history(db)["b"][-1][1] == pytest.approx(3.0)


def test_the_queue_survives_reopening_the_database(tmp_path: Path) -> None:
    path = str(tmp_path / "judge.db")
    with JudgeDB(path) as first:
        sid = _enqueue(first)
    with JudgeDB(path) as second:
        assert queue.claim(second, "w", 30).id == sid
