"""The HTML report: structure, escaping, the report model, the CLI and a report of a real run.

Inputs are run folders written from constructed results (rendering does not care how results were
measured); one test measures a real small run with the runner and reports on it.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from effx.cli.report_commands import register
from effx.models import Measurement, RunManifest, RunResult, Status
from effx.reports import Report, build_report, render_html
from effx.store import read_run_dir

MALICIOUS = "</script><script>alert(1)</script>"
TASKS = ("two_sum", "longest_unique_substring")  # real core tasks: easy and medium


def _result(task: str, model: str, sample: int, status: Status, runtime: float | None, *,
            reference: str = "", cv: float = 0.02) -> RunResult:
    measured = runtime is not None
    return RunResult(
        task_id=task, language="python", model=model, sample_id=sample,
        kind="reference" if reference else "candidate", reference_name=reference, status=status,
        message="" if status == Status.ok else f"expected [0, 1], got {MALICIOUS}",
        judge="checker (python)" if status == Status.wrong_answer else "exact",
        runtime_ms=runtime, wall_ms=runtime + 15 if measured else None, cv=cv if measured else None,
        peak_rss_kb=10_000 if measured else None, mem_integral_mb_s=0.2 if measured else None,
        repeats=[Measurement(runtime_ms=runtime, wall_ms=runtime + 15, cpu_ms=runtime, peak_rss_kb=10_000,
                             mem_integral_mb_s=0.2)] if runtime is not None else [])


def write_fixture_run(root: Path, run_id: str = "fixture",
                      models: dict[str, list[float | None]] | None = None,
                      cvs: dict[str, float] | None = None) -> Path:
    """A run folder with three references per task and, per model, one sample per task.

    `models` maps a model to its runtime on each task (None = wrong answer); `cvs` a model to the
    runtime CV of its samples (default 2%). The samples file holds each model's code; `evil` carries a
    script-closing payload.
    """
    models = models if models is not None else {"fast": [5.0, 8.0], "slow": [90.0, 200.0],
                                                "evil": [None, 40.0]}
    results, samples = [], []
    for task in TASKS:
        for i, (name, runtime) in enumerate([("a", 4.0), ("b", 50.0), ("c", 100.0)]):
            results.append(_result(task, "reference", i, Status.ok, runtime * (1 + TASKS.index(task)),
                                   reference=name))
    for model, runtimes in models.items():
        for task, runtime in zip(TASKS, runtimes, strict=True):
            status = Status.ok if runtime is not None else Status.wrong_answer
            results.append(_result(task, model, 0, status, runtime, cv=(cvs or {}).get(model, 0.02)))
            code = f"# {MALICIOUS}\nclass Solution: pass\n" if model == "evil" else f"# {model} on {task}\n"
            samples.append({"task_id": task, "language": "python", "model": model, "solution": code})
    run_dir = root / run_id
    run_dir.mkdir(parents=True)
    (root / f"{run_id}-samples.jsonl").write_text("".join(json.dumps(s) + "\n" for s in samples))
    manifest = RunManifest(run_id=run_id, created="2025-03-01T10:00:00+00:00", suite="core",
                           languages=["python"], sandbox="local+bwrap", tasks=list(TASKS),
                           samples_file=str(root / f"{run_id}-samples.jsonl"), status="complete",
                           machine={"cpu": "Test CPU", "cores": 2}, toolchains={"python": "Python 3.11"},
                           warnings=["both cores were busy"])
    (run_dir / "manifest.json").write_text(manifest.model_dump_json())
    (run_dir / "results.jsonl").write_text("".join(r.model_dump_json() + "\n" for r in results))
    return run_dir


class Outline(HTMLParser):
    """Collects what the structural tests look at: elements by id, leaderboard rows, script and code text."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.rows: list[dict[str, str]] = []
        self.scripts = 0
        self.code_text: list[str] = []
        self._in_code = 0
        self.svgs_in_tasks: dict[str, int] = {}
        self._section: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "section":
            self._section = a.get("id")
        if tag == "tr" and "data-scope" in a:
            self.rows.append(a)
        if tag == "script":
            self.scripts += 1
        if tag == "code":
            self._in_code += 1
            self.code_text.append("")
        if tag == "svg" and self._section and self._section.startswith("task-"):
            self.svgs_in_tasks[self._section] = self.svgs_in_tasks.get(self._section, 0) + 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "code":
            self._in_code -= 1

    def handle_data(self, data: str) -> None:
        if self._in_code:
            self.code_text[-1] += data


def _outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def fixture_report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    run_dir = write_fixture_run(tmp_path_factory.mktemp("runs"))
    return build_report([read_run_dir(run_dir)])


def test_leaderboard_has_one_row_per_model_and_language_in_each_scope(fixture_report: Report) -> None:
    outline = _outline(render_html(fixture_report))
    overall = [r for r in outline.rows if r["data-scope"] == "all"]
    assert sorted((r["data-language"]) for r in overall) == ["python"] * 3
    assert {r["data-scope"] for r in outline.rows} == {"all", "easy", "medium"}
    by_model = {r.model: r for r in fixture_report.leaderboard if r.scope == "all"}
    assert set(by_model) == {"fast", "slow", "evil"}
    assert by_model["fast"].pass_at_1 == 1.0 and by_model["evil"].pass_at_1 == 0.5
    assert by_model["fast"].beyond_at_1 is not None and by_model["slow"].beyond_at_1 is not None
    assert by_model["fast"].beyond_at_1 > by_model["slow"].beyond_at_1
    assert by_model["fast"].dynamic_points is not None and by_model["slow"].dynamic_points is not None
    assert by_model["fast"].dynamic_points > by_model["slow"].dynamic_points


def test_every_task_has_a_section_with_a_runtime_chart(fixture_report: Report) -> None:
    outline = _outline(render_html(fixture_report))
    for task in TASKS:
        assert f"task-{task}" in outline.ids
        assert outline.svgs_in_tasks[f"task-{task}"] == 1
    assert "run-fixture" in outline.ids and "leaderboard" in outline.ids


def test_solution_code_and_messages_render_as_text_never_as_markup(fixture_report: Report) -> None:
    html = render_html(fixture_report)
    outline = _outline(html)
    assert outline.scripts == 1, "only the report's own script may be a <script> element"
    assert any(MALICIOUS in text for text in outline.code_text), "the payload must show up as code text"
    assert MALICIOUS not in html


def test_reference_and_sample_sources_are_attached_to_their_rows(fixture_report: Report) -> None:
    two_sum = next(t for t in fixture_report.tasks if t.id == "two_sum")
    assert two_sum.title == "Two Sum" and two_sum.difficulty == "easy" and two_sum.statement
    assert {s.model: s.code for s in two_sum.solutions}["fast"] == "# fast on two_sum\n"
    assert all(r.code is None for r in two_sum.references), "fixture reference names are not in the suite"
    assert two_sum.charts[0].references == {"a": 4.0, "b": 50.0, "c": 100.0}


def test_run_page_counts_verdicts_and_lists_failures_with_reasons(fixture_report: Report) -> None:
    run = fixture_report.runs[0]
    assert run.status_counts == {"ok": 11, "wrong_answer": 1}
    assert [(f.task_id, f.model) for f in run.failures] == [("two_sum", "evil")]
    assert run.median_cv == pytest.approx(0.02) and run.noisy == 0


def test_a_rejection_names_the_judge_that_decided_it(fixture_report: Report) -> None:
    two_sum = next(t for t in fixture_report.tasks if t.id == "two_sum")
    evil = next(s for s in two_sum.solutions if s.model == "evil")
    assert evil.judge == "checker (python)" and fixture_report.runs[0].failures[0].judge == "checker (python)"
    html = render_html(fixture_report)
    assert html.count("judged by checker (python)</p>") == 2  # the task page's detail row and the run's failures


def test_report_model_round_trips_through_json(fixture_report: Report) -> None:
    assert Report.model_validate_json(fixture_report.model_dump_json()) == fixture_report


def _cli() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


def test_report_from_the_store_spans_runs_and_models(tmp_path: Path) -> None:
    first = write_fixture_run(tmp_path, "first", {"fast": [5.0, 8.0]})
    second = write_fixture_run(tmp_path, "second", {"other": [60.0, None]})
    db = f"sqlite:///{tmp_path / 'store.db'}"
    runner, app = CliRunner(), _cli()
    imported = runner.invoke(app, ["runs", "import", str(first), str(second), "--db", db])
    assert imported.exit_code == 0, imported.output
    listed = runner.invoke(app, ["runs", "list", "--db", db])
    assert "first" in listed.output and "second" in listed.output
    out = tmp_path / "all.html"
    made = runner.invoke(app, ["report", "--all", "--db", db, "-o", str(out), "--json"])
    assert made.exit_code == 0, made.output
    report = Report.model_validate_json(out.with_suffix(".json").read_text())
    assert {r.model for r in report.leaderboard} == {"fast", "other"}
    assert [r.run_id for r in report.runs] == ["first", "second"]
    assert out.read_text().startswith("<!DOCTYPE html>")


def test_report_without_inputs_or_with_unknown_runs_says_what_to_give(tmp_path: Path) -> None:
    runner, app = CliRunner(), _cli()
    empty = runner.invoke(app, ["report", "-o", str(tmp_path / "r.html")])
    assert empty.exit_code == 2 and "give run folders" in empty.output
    unknown = runner.invoke(app, ["report", "--run", "nope", "--db", f"sqlite:///{tmp_path / 's.db'}"])
    assert unknown.exit_code == 2 and "no run 'nope'" in unknown.output
    not_a_run = runner.invoke(app, ["report", str(tmp_path)])
    assert not_a_run.exit_code == 2 and "manifest.json: not found" in not_a_run.output


def test_report_of_a_real_run_shows_measured_references_and_samples(tmp_path: Path) -> None:
    from effx.orchestrate.runner import RunConfig, execute_plan, plan_run

    hashmap = Path(__file__).parents[1] / "tasks/core/two_sum/references/python/hashmap.py"
    lines = [{"task_id": "two_sum", "solution": hashmap.read_text()},
             {"task_id": "longest_unique_substring", "solution": f"# {MALICIOUS}\nclass Solution: pass\n"}]
    samples = tmp_path / "samples.jsonl"
    samples.write_text("".join(json.dumps({**line, "language": "python", "model": "copycat"}) + "\n"
                               for line in lines))
    config = RunConfig(suite="core", languages=("python",), samples=samples, task_ids=TASKS, run_id="real",
                       runs_dir=tmp_path / "runs", repeat=1)
    run_dir = execute_plan(plan_run(config)).path
    report = build_report([read_run_dir(run_dir)])
    html = render_html(report)
    outline = _outline(html)
    row = next(r for r in report.leaderboard if r.scope == "all")
    assert (row.model, row.pass_at_1) == ("copycat", 0.5)
    two_sum = next(t for t in report.tasks if t.id == "two_sum")
    assert [s.status for s in two_sum.solutions] == ["ok"]
    assert len(two_sum.references) >= 2 and all(r.runtime_ms for r in two_sum.references)
    assert all(r.code for r in two_sum.references), "reference sources come from the suite"
    assert outline.svgs_in_tasks["task-two_sum"] == 1 and outline.scripts == 1
    assert MALICIOUS not in html


def test_report_shows_the_measured_code_after_the_samples_file_is_gone(tmp_path: Path) -> None:
    from effx.orchestrate.runner import RunConfig, execute_plan, plan_run

    solution = (Path(__file__).parents[1] / "tasks/core/two_sum/references/python/hashmap.py").read_text()
    solution = "# copied by the copycat model\r\n" + solution  # the code is kept byte for byte, \r\n included
    samples = tmp_path / "samples.jsonl"
    samples.write_text(json.dumps({"task_id": "two_sum", "language": "python", "model": "copycat",
                                   "solution": solution}) + "\n")
    config = RunConfig(suite="core", languages=("python",), samples=samples, task_ids=("two_sum",),
                       run_id="kept", runs_dir=tmp_path / "runs", repeat=1)
    run_dir = execute_plan(plan_run(config)).path
    samples.unlink()

    results = read_run_dir(run_dir)[1]
    kept = sorted(p.name for p in (run_dir / "code").iterdir())
    assert kept == sorted({f"{r.code_hash}.txt" for r in results}), "one file per distinct code, references too"
    assert all(r.code for r in results)
    assert not any("code" in json.loads(line) for line in (run_dir / "results.jsonl").read_text().splitlines())
    report = build_report([read_run_dir(run_dir)])
    two_sum = next(t for t in report.tasks if t.id == "two_sum")
    assert [s.code for s in two_sum.solutions] == [solution]
    assert all(r.code for r in two_sum.references)
    assert not any("sources unavailable" in note for note in report.notes)

    db = f"sqlite:///{tmp_path / 'store.db'}"
    runner, app = CliRunner(), _cli()
    assert runner.invoke(app, ["runs", "import", str(run_dir), "--db", db]).exit_code == 0
    for path in (run_dir / "code").iterdir():
        path.unlink()
    out = tmp_path / "stored.html"
    made = runner.invoke(app, ["report", "--all", "--db", db, "-o", str(out), "--json"])
    assert made.exit_code == 0, made.output
    stored = Report.model_validate_json(out.with_suffix(".json").read_text())
    assert [s.code for t in stored.tasks for s in t.solutions] == [solution]


def test_a_run_folder_without_code_falls_back_to_its_samples_file(tmp_path: Path) -> None:
    run_dir = write_fixture_run(tmp_path, "old", {"fast": [5.0, 8.0]})
    assert not (run_dir / "code").exists()
    report = build_report([read_run_dir(run_dir)])
    assert all(s.code for t in report.tasks for s in t.solutions)
