"""The judge's API under /v1: bad input refused with nothing queued, Dynamic Points through the API (the
seed's worked table, a second solver halving CS), exports, and exactly one verdict per submission across a
killed worker.

Verdicts are injected through the workers' own path (`queue.finish` with the pool's fold) so these tests
need no measurement; `test_arena_judging.py` measures for real.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from effx.arena import queue, tables
from effx.arena.config import JudgeConfig
from effx.arena.judge_app import create_app
from effx.arena.keys import create_key
from effx.arena.problems import load_catalogue
from effx.arena.service import Arena

SEED_PROBLEMS = {"P1": "coin_change", "P2": "two_sum", "P3": "merge_intervals"}  # medium 5, easy 3, medium 5
SEED = {  # the seed's table: model -> problem -> accepted runtime (ms) or None (wrong answer)
    "Model 1": {"P1": None, "P2": 42.0, "P3": None},
    "Model 2": {"P1": 58.0, "P2": 24.0, "P3": 19.0},
    "Model 3": {"P1": None, "P2": 48.0, "P3": 22.0},
}
POOL = {  # other accepted runtimes on each problem (references), chosen so ES is the table's
    "P1": [10.0, 60.0, 70.0, 80.0],                                  # 58 -> 4/5 = 0.8
    "P2": [10.0, 12.0, 14.0, 16.0, 30.0, 50.0, 60.0],                 # 24 -> 0.6, 42 -> 0.4, 48 -> 0.3
    "P3": [5.0, 6.0, 7.0, 8.0, 9.0, 25.0, 30.0, 35.0],                # 19 -> 0.5, 22 -> 0.4
}
CODE = "class Solution:\n    pass\n"


class Clock:
    def __init__(self) -> None:
        self.t = 1_700_000_000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture(scope="module")
def catalogue() -> Any:
    return load_catalogue(("core",), ("python", "cpp"))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: Any, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "judge.db")
    url = os.environ.get("EFFX_TEST_PG_URL")
    if not url:
        pytest.skip("EFFX_TEST_PG_URL is not set")
    from effx.arena.db import JudgeDB

    with JudgeDB(url) as fresh:
        tables.metadata.drop_all(fresh._writer)
    return url


@pytest.fixture()
def client(db_url: str, catalogue: Any, sandbox: Any) -> Iterator[TestClient]:
    config = JudgeConfig(db=db_url, workers=0, burst=1000, rate_per_s=100.0)
    app = create_app(config, sandbox=sandbox, catalogue=catalogue, clock=Clock(), start=False)
    yield TestClient(app)
    app.state.arena.stop()


def arena(client: TestClient) -> Arena:
    result: Arena = client.app.state.arena  # type: ignore[attr-defined]
    return result


def auth(client: TestClient, name: str = "team") -> dict[str, str]:
    return {"Authorization": f"Bearer {create_key(arena(client).db, name)[1]}"}


def submit(client: TestClient, headers: dict[str, str], problem: str, model: str, language: str = "python") -> int:
    response = client.post("/v1/submissions", json={"problem": problem, "language": language, "code": CODE,
                                                    "model": model}, headers=headers)
    assert response.status_code == 202, response.text
    assert response.headers["location"] == f"/v1/submissions/{response.json()['id']}"
    return int(response.json()["id"])


def judge_all(client: TestClient, runtimes: dict[int, float | None]) -> None:
    """Claim every queued submission and finish it with the given verdict, as a worker does."""
    judge = arena(client)
    while (claimed := queue.claim(judge.db, "test", 30)) is not None:
        runtime = runtimes[claimed.id]
        verdict = (queue.Verdict("ok", runtime_ms=runtime, beyond=0.5) if runtime is not None
                   else queue.Verdict("wrong_answer", "case 3: expected [0, 1]", beyond=0.0))
        assert queue.finish(judge.db, claimed, verdict, judge.pool.fold)


def board(client: TestClient, language: str = "*") -> dict[str, dict[str, Any]]:
    response = client.get("/v1/leaderboard", params={"language": language})
    assert response.status_code == 200
    return {row["model"]: row for row in response.json()["standings"]}


def test_problems_list_limits_points_and_starter_code(client: TestClient) -> None:
    problems = {p["id"]: p for p in client.get("/v1/problems").json()}
    two_sum = problems["two_sum"]
    assert two_sum["base_points"] == 3.0 and two_sum["difficulty"] == "easy"
    assert two_sum["languages"] == ["cpp", "python"]
    assert "def twoSum(self, nums: List[int], target: int) -> List[int]:" in two_sum["signatures"]["python"]
    assert "vector<int> twoSum(" in two_sum["signatures"]["cpp"] and two_sum["time_limit_s"] > 0
    one = client.get("/v1/problems/two_sum").json()
    assert "statement" in one and one["mode"] == "function"
    missing = client.get("/v1/problems/two_summ")
    assert missing.status_code == 404 and "two_sum" in missing.json()["detail"]
    assert client.get("/v1/openapi.json").json()["paths"]["/v1/submissions"]["post"]["requestBody"]


@pytest.mark.parametrize(("case", "status"), [
    ("no key", 401), ("wrong key", 401), ("not bearer", 401), ("malformed json", 422), ("missing field", 422),
    ("not an object", 422), ("unknown problem", 404), ("unknown language", 422), ("code too large", 413),
    ("body too large", 413), ("empty code", 422), ("empty model", 422),
])
def test_bad_input_gets_its_status_and_a_json_error_and_queues_nothing(client: TestClient, case: str,
                                                                        status: int) -> None:
    headers = auth(client) | {"content-type": "application/json"}
    good = {"problem": "two_sum", "language": "python", "code": CODE, "model": "m"}
    body: Any = json.dumps(good)
    if case == "no key":
        headers.pop("Authorization")
    elif case == "wrong key":
        headers["Authorization"] += "x"
    elif case == "not bearer":
        headers["Authorization"] = headers["Authorization"].split()[1]
    elif case == "malformed json":
        body = '{"problem": "two_sum", '
    elif case == "missing field":
        body = json.dumps({k: v for k, v in good.items() if k != "code"})
    elif case == "not an object":
        body = "[1, 2]"
    elif case == "unknown problem":
        body = json.dumps(good | {"problem": "no_such"})
    elif case == "unknown language":
        body = json.dumps(good | {"language": "cobol"})
    elif case == "code too large":
        body = json.dumps(good | {"code": "#" * (64 * 1024 + 1)})
    elif case == "body too large":
        body = json.dumps(good | {"code": "\\" * (400 * 1024)})
    elif case == "empty code":
        body = json.dumps(good | {"code": "  \n"})
    elif case == "empty model":
        body = json.dumps(good | {"model": ""})
    response = client.post("/v1/submissions", content=body, headers=headers)
    assert response.status_code == status, response.text
    assert isinstance(response.json()["detail"], str) and response.json()["detail"]
    if status == 401:
        assert response.headers["www-authenticate"] == "Bearer"
    assert queue.counts(arena(client).db) == {"queued": 0, "running": 0, "done": 0}
    assert client.get("/v1/submissions").json()["submissions"] == []


def test_flooding_one_key_gets_429_with_retry_after_and_other_keys_are_unaffected(
        tmp_path: Path, catalogue: Any, sandbox: Any) -> None:
    config = JudgeConfig(db=str(tmp_path / "flood.db"), workers=0, burst=3, rate_per_s=0.01)
    app = create_app(config, sandbox=sandbox, catalogue=catalogue, start=False)
    client = TestClient(app)
    flooder, other = auth(client, "flooder"), auth(client, "other")
    for _ in range(3):
        submit(client, flooder, "two_sum", "m")
    refused = client.post("/v1/submissions", json={"problem": "two_sum", "language": "python", "code": CODE,
                                                   "model": "m"}, headers=flooder)
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    assert "retry" in refused.json()["detail"]
    submit(client, other, "two_sum", "m")
    assert queue.counts(arena(client).db)["queued"] == 4
    app.state.arena.stop()


def test_the_seed_table_comes_out_of_the_leaderboard(client: TestClient) -> None:
    judge = arena(client)
    for name, problem in SEED_PROBLEMS.items():
        judge.evaluator.record_references(problem, "python", POOL[name])
    runtimes: dict[int, float | None] = {}
    for model, row in SEED.items():
        headers = auth(client, model)
        for name, runtime in row.items():
            runtimes[submit(client, headers, SEED_PROBLEMS[name], model)] = runtime
    judge_all(client, runtimes)
    for language in ("python", "*"):
        rows = board(client, language)
        assert [round(rows[m]["dynamic_points"], 6) for m in SEED] == [1.4, 10.4, 4.2]
        assert [rows[m]["rank"] for m in SEED] == [3, 1, 2]
        assert [rows[m]["solved"] for m in SEED] == [1, 3, 2]
        assert rows["Model 1"]["pass_at_1"] == pytest.approx(1 / 3) and rows["Model 2"]["pass_at_1"] == 1.0
        assert rows["Model 2"]["beyond_at_1"] == pytest.approx(0.5)
    assert board(client, "cpp") == {}
    accepted = client.get("/v1/submissions", params={"model": "Model 2", "problem": "coin_change"}).json()
    assert [s["percentile"] for s in accepted["submissions"]] == [0.8]  # ES of the submission itself
    page = client.get("/")
    assert page.status_code == 200 and "10.4" in page.text and 'class="series"' in page.text


def test_a_second_solver_from_another_key_halves_the_first_submitters_correctness_share(client: TestClient) -> None:
    first = submit(client, auth(client, "alice"), "two_sum", "alpha")
    judge_all(client, {first: 30.0})
    assert board(client)["alpha"]["dynamic_points"] == pytest.approx(3.0 + 1.0)  # CS 3 / 1, ES 1 / 1
    second = submit(client, auth(client, "bob"), "two_sum", "beta")
    judge_all(client, {second: 20.0})
    rows = board(client)
    assert rows["alpha"]["dynamic_points"] == pytest.approx(1.5 + 0.5)  # CS 3 / 2; only 30 of 20, 30 is >= 30
    assert rows["beta"]["dynamic_points"] == pytest.approx(1.5 + 1.0)
    history = client.get("/").text
    assert 'data-model="alpha"' in history and 'data-model="beta"' in history


def test_submissions_are_listed_by_filter_and_shown_with_code(client: TestClient) -> None:
    a, b = auth(client, "a"), auth(client, "b")
    ids = [submit(client, a, "two_sum", "m1"), submit(client, b, "two_sum", "m2", "cpp"),
           submit(client, a, "coin_change", "m1")]
    listing = client.get("/v1/submissions", params={"model": "m1"}).json()["submissions"]
    assert [s["id"] for s in listing] == [ids[2], ids[0]] and all(s["code"] is None for s in listing)
    cpp = client.get("/v1/submissions", params={"language": "cpp"}).json()["submissions"]
    assert [s["id"] for s in cpp] == [ids[1]]
    key_id = client.get(f"/v1/submissions/{ids[1]}").json()["key_id"]
    assert [s["id"] for s in client.get("/v1/submissions", params={"key": key_id}).json()["submissions"]] == [ids[1]]
    page = client.get("/v1/submissions", params={"limit": 2}).json()
    assert len(page["submissions"]) == 2 and page["next_before"] == ids[1]
    one = client.get(f"/v1/submissions/{ids[0]}").json()
    assert one["status"] == "queued" and one["verdict"] is None and one["code"] == CODE and one["submitter"] == "a"
    assert client.get("/v1/submissions/9999").status_code == 404


def test_the_submission_page_highlights_the_code_and_diffs_a_wrong_answer(client: TestClient) -> None:
    judge = arena(client)
    sid = submit(client, auth(client), "two_sum", "m")
    claimed = queue.claim(judge.db, "test", 30)
    assert claimed is not None
    message = "case 2 of 5: input [[3, 2, 4], 6]\nexpected [1, 2]\ngot      [0, 2]"
    verdict = queue.Verdict("wrong_answer", message, beyond=0.0, cases_passed=1, cases_total=5)
    assert queue.finish(judge.db, claimed, verdict, judge.pool.fold)
    page = client.get(f"/submissions/{sid}").text
    assert '<div class="highlight"><pre>' in page and '<span class="k">class</span>' in page
    assert ".highlight .k" in page and "<script" not in page
    assert "case 2 of 5" in page and '<span class="diff-del">-  1</span>' in page
    assert '<span class="diff-add">+  0</span>' in page and '<span class="diff-same">   2</span>' in page
    assert '<td id="cases">case 2 of 5 failed: 1 passed</td>' in page
    shown = client.get(f"/v1/submissions/{sid}").json()
    assert (shown["cases_passed"], shown["cases_total"], shown["cases"]) == (1, 5, "case 2 of 5 failed: 1 passed")


def test_exports_hold_every_submission_with_its_verdict(client: TestClient) -> None:
    headers = auth(client, "exporter")
    ids = [submit(client, headers, "two_sum", "m"), submit(client, headers, "two_sum", "m")]
    judge_all(client, {ids[0]: 12.5, ids[1]: None})
    lines = [json.loads(line) for line in client.get("/v1/export.jsonl").text.splitlines()]
    assert [(r["id"], r["verdict"], r["runtime_ms"], r["submitter"]) for r in lines] == [
        (ids[0], "ok", 12.5, "exporter"), (ids[1], "wrong_answer", None, "exporter")]
    assert "key_hash" not in lines[0] and "claim" not in lines[0] and lines[0]["code"] == CODE
    pq = pytest.importorskip("pyarrow.parquet")
    response = client.get("/v1/export.parquet")
    assert response.status_code == 200
    table = pq.read_table(io.BytesIO(response.content))
    assert table.column("verdict").to_pylist() == ["ok", "wrong_answer"]


def test_parquet_without_pyarrow_is_a_501_with_the_remedy(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pyarrow(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    response = client.get("/v1/export.parquet")
    assert response.status_code == 501 and "pip install pyarrow" in response.json()["detail"]


def test_a_killed_worker_submission_is_requeued_and_judged_exactly_once(client: TestClient) -> None:
    judge = arena(client)
    sid = submit(client, auth(client), "two_sum", "m")
    dead = queue.claim(judge.db, "killed-worker", judge.config.lease_s)  # then the worker dies mid-measurement
    assert client.get(f"/v1/submissions/{sid}").json()["status"] == "running"
    judge.db.clock.t += judge.config.lease_s + 1
    judged: list[int] = []

    def fake_judge(claimed: queue.Claimed, cpu: int | None = None) -> queue.Verdict:
        judged.append(claimed.id)
        return queue.Verdict("ok", runtime_ms=10.0, beyond=1.0)

    judge.evaluator.judge = fake_judge  # type: ignore[method-assign]
    assert queue.requeue_expired(judge.db) == 1
    assert judge.pool.run_one(queue.claim(judge.db, "alive", 30))
    assert not queue.finish(judge.db, dead, queue.Verdict("ok", runtime_ms=1.0), judge.pool.fold)
    shown = client.get(f"/v1/submissions/{sid}").json()
    assert judged == [sid] and shown["verdict"] == "ok" and shown["runtime_ms"] == 10.0 and shown["attempts"] == 2
    with judge.db.read() as conn:
        assert conn.scalar(sa.select(sa.func.count()).select_from(tables.events)) == 1
    assert board(client)["m"]["submissions"] == 1


def test_a_submission_that_keeps_killing_workers_is_given_up(client: TestClient) -> None:
    judge = arena(client)
    sid = submit(client, auth(client), "two_sum", "m")
    for _ in range(judge.config.max_attempts):
        queue.claim(judge.db, "dies", 30)
        judge.db.clock.t += 31
        queue.requeue_expired(judge.db)
    assert judge.pool.run_one(queue.claim(judge.db, "last", 30))
    shown = client.get(f"/v1/submissions/{sid}").json()
    assert shown["verdict"] == "sandbox_error" and "given up" in shown["message"]
    assert board(client) == {}  # the judge's failure scores nothing
