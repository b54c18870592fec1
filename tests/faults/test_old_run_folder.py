"""A run folder written by an older effx, from before `code/` existed: `effx report`, `effx runs import` and
`runs show` read it, and resuming it keeps its results as written, measures only what it lacks and gives
the old results their code too."""

from __future__ import annotations

import json
from pathlib import Path

from effx.models import code_hash
from effx.orchestrate.runner import RunConfig, plan_run
from effx.store.rundir import RunDir

from .common import FIRST_TASK, SLOW_TASK, SmallRun, effx, keys, lines, note, run


def _old_folder(scenario: SmallRun, folder: Path) -> None:
    """The layout of effx before commit 430bf01: manifest.json and results.jsonl only, result lines with
    the fields of that time, and a sandbox_error without a code hash (they had none then).

    The first task is complete, the second has only the sandbox error: the run was interrupted.
    """
    plan = plan_run(RunConfig(languages=("python",), samples=scenario.samples, task_ids=scenario.tasks))
    folder.mkdir(parents=True)
    manifest = {
        "run_id": folder.name, "created": "2026-11-20T09:00:00+00:00", "suite": "core", "languages": ["python"],
        "sandbox": "local+bwrap", "metric": "time", "repeat": 1, "samples_file": str(scenario.samples),
        "references": True, "tasks": list(scenario.tasks),
        "metrics": {"measurement": {"repeat": 1, "warmup": 1, "cv_threshold": 0.05, "remeasure": 1}},
        "machine": {"cpu": "an older machine", "cores": 2}, "toolchains": {"python": "python 3.11"},
        "status": "interrupted", "warnings": [],
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    rows = []
    for index, job in enumerate(plan.jobs[FIRST_TASK]):
        runtime = 10.0 + index
        rows.append({
            "task_id": job.task_id, "language": job.language, "model": job.model, "sample_id": job.sample_id,
            "kind": job.kind, "reference_name": job.reference_name, "status": "ok", "message": "",
            "runtime_ms": runtime, "cpu_ms": runtime, "wall_ms": runtime + 30, "peak_rss_kb": 9000,
            "mem_integral_mb_s": 0.2, "instructions": None, "cv": 0.0,
            "repeats": [{"runtime_ms": runtime, "wall_ms": runtime + 30, "cpu_ms": runtime, "peak_rss_kb": 9000,
                         "mem_integral_mb_s": 0.2, "instructions": None}],
            "compile_ms": None, "code_hash": code_hash(job.code),
        })
    fast = next(job for job in plan.jobs[SLOW_TASK] if job.model == "fast")
    rows.append({"task_id": fast.task_id, "language": "python", "model": "fast", "sample_id": fast.sample_id,
                 "kind": "candidate", "reference_name": "", "status": "sandbox_error",
                 "message": "bwrap: setting up uid map: Permission denied"})
    (folder / "results.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))


def test_a_run_folder_from_before_code_is_read_reported_imported_and_resumed(tmp_path: Path):
    scenario = SmallRun.create(tmp_path)
    folder = scenario.folder("old")
    _old_folder(scenario, folder)
    old = lines(folder)

    report, _ = run(effx("report", str(folder), "--output", str(tmp_path / "old.html")))
    assert report.returncode == 0, report.stderr
    page = (tmp_path / "old.html").read_text()
    assert FIRST_TASK in page and "Solution" in page  # the references' code, from the suite
    imported, _ = run(effx("runs", "import", str(folder)))
    assert imported.returncode == 0 and "old: 6 results" in imported.stdout, imported.stderr
    shown, _ = run(effx("runs", "show", "old"))
    assert shown.returncode == 0, shown.stderr
    assert "old (interrupted)" in shown.stdout and "ok 5, sandbox_error 1" in shown.stdout

    resumed, resume_s = run(scenario.args("old"))
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    after = lines(folder)
    assert after[:5] == old[:5]  # the older effx's results stay as it wrote them
    assert sorted(keys(after)) == sorted(scenario.keys())  # the sandbox error measured again, the rest added
    assert {k for k in keys(after[5:])} == scenario.keys(SLOW_TASK)
    final = RunDir(folder).results()
    assert all(result.code is not None for result in final)  # old results got their code on resume
    shown, _ = run(effx("runs", "show", "old"))
    assert shown.returncode == 0 and "old (complete)" in shown.stdout
    note("run folder of an older effx", lost=0, kept=5, redone=len(after) - 5, resume_s=round(resume_s, 1))
