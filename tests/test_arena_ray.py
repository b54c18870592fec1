"""The judge with `executor="ray"`: the server keeps the queue, each measurement is a Ray task on a local
Ray started as `effx run --executor ray` starts it, and every submission is judged through Ray once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from test_arena_judging import HASHMAP, WRONG, wait_done

from effx.arena import tables
from effx.arena.config import JudgeConfig
from effx.arena.judge_app import create_app
from effx.arena.keys import create_key
from effx.arena.measurers import RayMeasurer
from effx.arena.problems import load_catalogue

LEASE_S = 1.0


def test_submissions_are_measured_as_ray_tasks_and_judged_once(tmp_path: Path, sandbox: Any) -> None:
    ray = pytest.importorskip("ray")
    started_here = not ray.is_initialized()
    # two judging threads and a short lease: were the lease not renewed while Ray measures, the idle thread
    # would requeue the submission and claim it again
    config = JudgeConfig(db=str(tmp_path / "judge.db"), workers=2, repeat=1, poll_s=0.1, lease_s=LEASE_S,
                         executor="ray")
    app = create_app(config, sandbox=sandbox, catalogue=load_catalogue(("core",), ("python",)))
    judge = app.state.arena
    try:
        measurer = judge.evaluator.measurer
        assert isinstance(measurer, RayMeasurer)
        client = TestClient(app)
        headers = {"Authorization": f"Bearer {create_key(judge.db, 'team')[1]}"}
        ids = [client.post("/v1/submissions", headers=headers, json={
            "problem": "two_sum", "language": "python", "code": code, "model": "m"}).json()["id"]
            for code in (HASHMAP, WRONG)]
        good, bad = wait_done(client, ids)
    finally:
        judge.stop()
        if started_here:
            ray.shutdown()
    assert good["verdict"] == "ok" and good["runtime_ms"] > 0 and good["cases"].startswith("all ")
    assert bad["verdict"] == "wrong_answer" and bad["cases_passed"] is not None
    assert good["attempts"] == bad["attempts"] == 1
    assert measurer.calls == {"completion": 2, "references": 1}  # each measured once, all through Ray
    assert judge.pool.judged == 2 and judge.pool.lost == 0
    with judge.db.read() as conn:
        rows = conn.execute(sa.select(tables.submissions.c.started, tables.submissions.c.finished)).all()
        assert conn.execute(sa.select(tables.events.c.model)).scalars().all().count("m") == 1
    assert max(r.finished - r.started for r in rows) > LEASE_S  # so the renewed lease was needed


def test_an_unknown_executor_is_refused_before_anything_starts(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from effx.cli.root import build_app

    result = CliRunner().invoke(build_app(), ["judge", "serve", "--executor", "dask", "--db",
                                              str(tmp_path / "j.db")])
    assert result.exit_code == 2 and "unknown executor 'dask'" in result.output
    assert not (tmp_path / "j.db").exists()
