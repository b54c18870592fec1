"""`effx optimize` with a scripted model on loopback HTTP and real measurements of every version.

The scripted `improver` answers a quadratic two_sum first, then the hash-map version (more than 10x
faster on two_sum's cases), then a wrong one, so the kept program, the feedback and the per-iteration
scores are all known in advance.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from test_generate import HASHMAP, WRONG, ScriptedModel
from typer.testing import CliRunner

from effx.cli.model_commands import register
from effx.generate.optimize import OptimizeConfig, optimize, read_records, summarize_iterations
from effx.serve.background import BackgroundServer


@pytest.fixture()
def scripted() -> Iterator[Any]:
    model = ScriptedModel()
    with BackgroundServer(model.app) as server:
        model.url = server.url + "/v1"  # type: ignore[attr-defined]
        yield model


def _config(scripted: Any, tmp_path: Path, model: str, **changes: Any) -> OptimizeConfig:
    options: dict[str, Any] = dict(suite="core", language="python", model=model, base_url=scripted.url,
                                   iterations=2, task_ids=("two_sum",), runs_dir=tmp_path, run_id="opt",
                                   repeat=1, backoff_s=0.01, retries=1)
    options.update(changes)
    return OptimizeConfig(**options)


def test_the_loop_keeps_the_fastest_passing_program_and_feeds_back_measurements(
        scripted: Any, tmp_path: Path) -> None:
    folder = optimize(_config(scripted, tmp_path, "improver"))
    rows = read_records(folder / "optimize.jsonl")
    assert [r.iteration for r in rows] == [0, 1, 2]
    first, faster, broken = rows
    assert first.passed and faster.passed and broken.status == "wrong_answer"
    assert faster.runtime_ms is not None and first.runtime_ms is not None
    assert faster.runtime_ms * 3 < first.runtime_ms
    assert faster.beyond is not None and first.beyond is not None and faster.beyond > first.beyond
    assert [r.best_iteration for r in rows] == [0, 1, 1] and broken.best_beyond == faster.beyond
    prompts = scripted.prompts("improver")
    assert len(prompts) == 3 and prompts[1].startswith("Here is")
    assert "status: ok" in prompts[1] and "runtime:" in prompts[1] and "nums.index" in prompts[1]
    assert "seen[x] = j" in prompts[2]  # the kept hash map is fed back, not the broken rewrite
    by_iteration = {s.iteration: s for s in summarize_iterations(rows)}
    assert by_iteration[2].pass_at_1 == 0.0 and by_iteration[2].best_pass_at_1 == 1.0


def test_running_again_skips_finished_tasks_and_restarts_cut_off_ones(scripted: Any, tmp_path: Path) -> None:
    config = _config(scripted, tmp_path, "good", iterations=1, samples=None)
    out = tmp_path / "opt" / "optimize.jsonl"
    out.parent.mkdir()
    finished = {"task_id": "connect_sticks", "language": "python", "model": "good", "iteration": 1,
                "status": "ok", "passed": True}
    cut_off = {"task_id": "two_sum", "language": "python", "model": "good", "iteration": 0, "status": "ok",
               "passed": True}
    out.write_text(json.dumps(finished) + "\n" + json.dumps(cut_off) + "\n")
    optimize(OptimizeConfig(**{**config.__dict__, "task_ids": ("two_sum", "connect_sticks")}))
    rows = read_records(out)
    assert [(r.task_id, r.iteration) for r in rows] == [("connect_sticks", 1), ("two_sum", 0), ("two_sum", 1)]
    assert len(scripted.prompts("good")) == 2  # a first solution and one rewrite, for two_sum only


def test_a_failing_start_is_shown_with_its_failing_case_and_fixed(scripted: Any, tmp_path: Path) -> None:
    samples = tmp_path / "start.jsonl"
    samples.write_text(json.dumps({"task_id": "two_sum", "language": "python", "model": "m",
                                   "solution": WRONG}) + "\n")
    folder = optimize(_config(scripted, tmp_path, "good", iterations=1, samples=samples))
    rows = read_records(folder / "optimize.jsonl")
    assert [r.status for r in rows] == ["wrong_answer", "ok"] and rows[0].beyond == 0.0
    (prompt,) = scripted.prompts("good")
    assert "does not pass" in prompt and "expected" in prompt and "return [0, 1]" in prompt
    assert rows[1].best_iteration == 1 and rows[1].code.strip() in HASHMAP


def test_an_unreachable_model_is_recorded_and_the_start_is_kept(scripted: Any, tmp_path: Path) -> None:
    samples = tmp_path / "start.jsonl"
    samples.write_text(json.dumps({"task_id": "two_sum", "language": "python", "solution": HASHMAP}) + "\n")
    folder = optimize(_config(scripted, tmp_path, "broken", samples=samples))
    rows = read_records(folder / "optimize.jsonl")
    assert [r.status for r in rows] == ["ok", "invalid_solution", "invalid_solution"]
    assert "HTTP 500" in rows[2].message and rows[2].best_iteration == 0


def test_cli_optimize_prints_scores_per_iteration(scripted: Any, tmp_path: Path) -> None:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, [
        "optimize", "--lang", "python", "--model", "good", "--base-url", scripted.url, "--iterations", "1",
        "--task", "two_sum", "--repeat", "1", "--runs-dir", str(tmp_path), "--run-id", "cli"])
    assert result.exit_code == 0, result.output
    assert "Optimisation by iteration" in result.output and "100.0%" in result.output
    assert (tmp_path / "cli" / "optimize.jsonl").exists()
    bad = CliRunner().invoke(app, ["optimize", "--lang", "python", "--model", "good", "--base-url", scripted.url,
                                   "--objective", "speed"])
    assert bad.exit_code == 2 and "time, memory or integral" in bad.output
