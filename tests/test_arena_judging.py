"""The judge measuring for real: a submission queued by one server is judged once by the next, on the
engine of `effx run` (two_sum in Python, references measured once and cached)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from fastapi.testclient import TestClient

from effx.arena import tables
from effx.arena.config import JudgeConfig
from effx.arena.judge_app import create_app
from effx.arena.keys import create_key
from effx.arena.problems import load_catalogue

HASHMAP = ("class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n"
           "        for j, x in enumerate(nums):\n            if target - x in seen:\n"
           "                return [seen[target - x], j]\n            seen[x] = j\n")
WRONG = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"


def wait_done(client: TestClient, ids: list[int], timeout_s: float = 300) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout_s
    while True:
        shown = [client.get(f"/v1/submissions/{i}").json() for i in ids]
        if all(s["status"] == "done" for s in shown):
            return shown
        assert time.monotonic() < deadline, f"not judged in {timeout_s} s: {shown}"
        time.sleep(0.3)


def test_a_queued_submission_survives_a_restart_and_is_measured_once(tmp_path: Path, sandbox: Any) -> None:
    catalogue = load_catalogue(("core",), ("python",))
    config = JudgeConfig(db=str(tmp_path / "judge.db"), workers=0, repeat=1, poll_s=0.1)
    first = create_app(config, sandbox=sandbox, catalogue=catalogue)  # serves, judges nothing
    client = TestClient(first)
    _, key = create_key(first.state.arena.db, "team")
    headers = {"Authorization": f"Bearer {key}"}
    ids = [client.post("/v1/submissions", headers=headers, json={"problem": "two_sum", "language": "python",
                                                                "code": code, "model": "m"}).json()["id"]
           for code in (HASHMAP, WRONG)]
    assert [client.get(f"/v1/submissions/{i}").json()["status"] for i in ids] == ["queued", "queued"]
    first.state.arena.stop()  # the server goes away before judging anything

    second = create_app(JudgeConfig(db=config.db, workers=1, repeat=1, poll_s=0.1), sandbox=sandbox,
                        catalogue=catalogue)
    try:
        client = TestClient(second)
        good, bad = wait_done(client, ids)
    finally:
        second.state.arena.stop()
    assert good["verdict"] == "ok" and good["accepted"] and good["runtime_ms"] > 0 and good["peak_rss_kb"] > 0
    assert 0.0 <= good["beyond"] <= 1.0 and 0.0 < good["percentile"] <= 1.0 and good["attempts"] == 1
    assert bad["verdict"] == "wrong_answer" and bad["beyond"] == 0.0 and bad["message"]
    cases = len(catalogue.get("two_sum").task.cases)
    assert good["cases"] == f"all {cases} cases passed" and good["cases_passed"] == good["cases_total"] == cases
    failed = bad["cases_passed"] + 1
    assert bad["message"].startswith(f"case {failed} of {cases}: ") and bad["cases_total"] == cases
    assert bad["cases"] == f"case {failed} of {cases} failed: {failed - 1} passed"
    assert f"case {failed} of {cases} failed" in client.get(f"/submissions/{ids[1]}").text
    with second.state.arena.db.read() as conn:
        events = conn.execute(sa.select(tables.events.c.model)).scalars().all()
        references = conn.execute(sa.select(tables.references)).all()
    assert events.count("m") == 1 and len(references) == 1 and events.count(None) == len(references[0].runtimes) > 0
    row = {r["model"]: r for r in client.get("/v1/leaderboard").json()["standings"]}["m"]
    assert row["solved"] == 1 and row["pass_at_1"] == 0.5 and row["dynamic_points"] > 3.0
    page = client.get(f"/problems/two_sum?submission={ids[0]}").text
    assert 'class="mine"' in page and 'class="reference"' in page
