"""Repository mode end to end: real git repositories, real builds, real pytest and hyperfine runs."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from effx.cli.repo_commands import register
from effx.repos.hyperfine import HyperfineError, hyperfine_version
from effx.repos.instances import gold_predictions, load_instances
from effx.repos.models import InstanceStatus, Prediction, RepoInstance, Workload
from effx.repos.pipeline import RepoRunConfig
from effx.repos.repo_run import RESULTS_FILE, SUMMARY_FILE, load_results, run_instances
from effx.repos.rescore import REPORT_FILE

FIXTURES = Path(__file__).parent / "fixtures" / "repos"
RUNS, WARMUP = 5, 1

DOC = '"""Order-preserving de-duplication."""\n\n\n'
FAST_DEDUPE = DOC + "def dedupe(items):\n    return list(dict.fromkeys(items))\n"
BROKEN_DEDUPE = DOC + "def dedupe(items):\n    return sorted(set(items))\n"
FAST_C_COUNT = """static long count_pairs(const unsigned *a, int n) {
    static long seen[5000];
    long pairs = 0;
    for (int i = 0; i < n; i++) pairs += seen[a[i]]++;
    return pairs;
}"""
FAST_RS_COUNT = """fn count_pairs(a: &[u32]) -> u64 {
    let mut seen = vec![0u64; 5000];
    let mut pairs = 0u64;
    for &v in a {
        pairs += seen[v as usize];
        seen[v as usize] += 1;
    }
    pairs
}"""
FAST_GO_COUNT = """func countPairs(a []uint32) int64 {
	var seen [5000]int64
	var pairs int64
	for _, v := range a {
		pairs += seen[v]
		seen[v]++
	}
	return pairs
}"""


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=cwd, check=True,
                          capture_output=True, text=True).stdout


def make_repo(tmp: Path, fixture: str) -> tuple[Path, str]:
    """A real repository with two commits holding the fixture project; returns (path, head commit)."""
    repo = tmp / fixture
    shutil.copytree(FIXTURES / fixture, repo)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "project")
    (repo / "NOTES.md").write_text("Benchmark fixture.\n")
    git(repo, "add", "NOTES.md")
    git(repo, "commit", "-q", "-m", "notes")
    return repo, git(repo, "rev-parse", "HEAD").strip()


def diff_of(repo: Path, rel: str, new_text: str) -> str:
    """The git diff that turns `rel` into `new_text`; the repository is left unchanged."""
    (repo / rel).write_text(new_text)
    patch = git(repo, "diff")
    git(repo, "checkout", "--", rel)
    return patch


def replace_function(text: str, start: str, end: str, new: str) -> str:
    i = text.index(start)
    j = text.index(end, i) + len(end)
    return text[:i] + new + text[j:]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def cli() -> typer.Typer:
    root = typer.Typer()
    register(root)

    @root.callback()
    def _root() -> None:  # keeps `repo` a sub-command even with one registered group
        pass

    return root


# --------------------------------------------------------------------------------------------------
# Python package: one run holding four predictions (gold, breaking, non-applying, escaping the repo)


@pytest.fixture(scope="module")
def python_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("py")
    repo, head = make_repo(tmp, "pydedupe")
    src = (repo / "dedupe" / "__init__.py").read_text()
    workloads = [{"name": "perf-test", "kind": "pytest", "target": "tests/test_perf.py::test_dedupe_large"},
                 {"name": "bench-script", "kind": "command", "target": "python bench.py"}]
    light = {"repo": str(repo), "base_commit": head, "workloads": workloads,
             "test_command": "python -m pytest -q tests",
             "env": {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}}  # the host's plugins only slow pytest down
    extra_test = ("diff --git a/tests/test_extra.py b/tests/test_extra.py\nnew file mode 100644\n--- /dev/null\n"
                  "+++ b/tests/test_extra.py\n@@ -0,0 +1,5 @@\n+from dedupe import dedupe\n+\n+\n"
                  "+def test_strings():\n+    assert dedupe('abca') == ['a', 'b', 'c']\n")
    instances = [
        {**light, "instance_id": "py-gold", "venv": True, "test_patch": extra_test,
         "setup": ["pip install --no-build-isolation --no-deps -e ."]},
        {**light, "instance_id": "py-broken"},
        {**light, "instance_id": "py-conflict", "workloads": workloads[1:]},
        {**light, "instance_id": "py-outside", "workloads": workloads[1:]},
    ]
    conflict = diff_of(repo, "dedupe/__init__.py", src.replace("out = []", "out = [None]"))
    conflict = conflict.replace("-    out = []", "-    result = list()")  # context that is not in the file
    outside = ("diff --git a/../outside.txt b/../outside.txt\nnew file mode 100644\n--- /dev/null\n"
               "+++ b/../outside.txt\n@@ -0,0 +1 @@\n+escaped\n")
    predictions = [
        {"instance_id": "py-gold", "model_name_or_path": "m", "model_patch":
            diff_of(repo, "dedupe/__init__.py", FAST_DEDUPE)},
        {"instance_id": "py-broken", "model_name_or_path": "m", "model_patch":
            diff_of(repo, "dedupe/__init__.py", BROKEN_DEDUPE)},
        {"instance_id": "py-conflict", "model_name_or_path": "m", "model_patch": conflict},
        {"instance_id": "py-outside", "model_name_or_path": "m", "model_patch": outside},
    ]
    inst_file = write_jsonl(tmp / "instances.jsonl", instances)
    pred_file = write_jsonl(tmp / "preds.jsonl", predictions)
    args = ["repo", "run", "--instances", str(inst_file), "--predictions", str(pred_file),
            "--runs", str(RUNS), "--warmup", str(WARMUP), "--run-id", "r1", "--runs-dir", str(tmp / "runs"),
            "--cache-dir", str(tmp / "cache")]
    out = CliRunner().invoke(cli(), args)
    assert out.exit_code == 0, out.output
    run_dir = tmp / "runs" / "r1"
    lines = (run_dir / RESULTS_FILE).read_text().splitlines()
    results = {r["instance_id"]: r for r in map(json.loads, lines)}
    return {"tmp": tmp, "args": args, "run_dir": run_dir, "results": results, "output": out.output,
            "lines": lines}


def test_gold_patch_applies_passes_and_is_measurably_faster(python_run: dict) -> None:
    res = python_run["results"]["py-gold"]
    assert res["status"] == "ok" and res["applied"] and res["correct"], res["error"]
    assert res["apply_method"] == "git apply"
    assert res["gain"] > 0
    for wl in res["workloads"]:
        assert len(wl["base_times"]) == RUNS and len(wl["patched_times"]) == RUNS
        assert wl["speedup_ci"][0] > 1.0, wl
        assert wl["gain"] > 0
    pytest_wl = next(w for w in res["workloads"] if w["kind"] == "pytest")
    assert pytest_wl["speedup"] > 5  # quadratic scan of 3000 items vs one dict pass


def test_patch_breaking_a_test_is_tests_failed_and_keeps_base_timings(python_run: dict) -> None:
    res = python_run["results"]["py-broken"]
    assert res["status"] == "tests_failed" and res["applied"] and not res["correct"]
    assert res["gain"] == 0.0
    assert "correctness command exited 1" in res["error"]
    # Named from pytest's own report: the test that broke, not a line of its warnings summary.
    assert "failing tests: tests/test_dedupe.py::test_keeps_first_occurrence_order" in res["error"]
    assert "test_empty" not in res["error"]
    for wl in res["workloads"]:
        assert len(wl["base_times"]) == RUNS and wl["base_median"] > 0
        assert wl["patched_times"] == []


def test_patch_that_does_not_apply_is_apply_failed_after_every_fallback(python_run: dict) -> None:
    res = python_run["results"]["py-conflict"]
    assert res["status"] == "apply_failed" and not res["applied"]
    for name in ("git apply:", "git apply --3way:", "patch:"):
        assert name in res["error"]
    assert len(res["workloads"][0]["base_times"]) == RUNS
    log = (python_run["run_dir"] / "repos" / "py-conflict" / "commands.log").read_text()
    assert log.count("patch: ") == 3


def test_patch_touching_a_path_outside_the_repository_is_rejected(python_run: dict) -> None:
    res = python_run["results"]["py-outside"]
    assert res["status"] == "apply_failed"
    assert "outside the repository" in res["error"] and "../outside.txt" in res["error"]
    assert not list(python_run["tmp"].rglob("outside.txt"))
    log = (python_run["run_dir"] / "repos" / "py-outside" / "commands.log").read_text()
    assert "git apply" not in log  # rejected before any applier ran


def test_each_instance_has_a_log_folder_with_patch_commands_output_and_report(python_run: dict) -> None:
    folder = python_run["run_dir"] / "repos" / "py-gold"
    assert "dict.fromkeys" in (folder / "model.patch").read_text()
    commands = (folder / "commands.log").read_text()
    assert "pip install --no-build-isolation --no-deps -e ." in commands
    assert "patched correctness" in commands
    assert "[test patch: git apply]" in commands
    assert any((folder / "output").glob("hyperfine-base-*.log"))
    report = json.loads((folder / "report.json").read_text())
    assert report["status"] == "ok"


def test_summary_reports_sweperf_apply_correctness_and_performance(python_run: dict) -> None:
    summary = json.loads((python_run["run_dir"] / SUMMARY_FILE).read_text())
    gold_gain = python_run["results"]["py-gold"]["gain"]
    assert summary["n"] == 4
    assert summary["apply"] == pytest.approx(2 / 4)
    assert summary["correctness"] == pytest.approx(1 / 4)
    assert summary["performance"] == pytest.approx(gold_gain / 4)
    assert summary["statuses"] == {"ok": 1, "tests_failed": 1, "apply_failed": 2}
    assert "Apply 50.0%" in python_run["output"]


def test_rerunning_the_same_run_id_resumes_without_measuring_again(python_run: dict) -> None:
    out = CliRunner().invoke(cli(), python_run["args"])
    assert out.exit_code == 0, out.output
    assert out.output.count("(resumed)") == 4
    assert (python_run["run_dir"] / RESULTS_FILE).read_text().splitlines() == python_run["lines"]


def _hyperfine_major() -> int:
    try:
        return hyperfine_version()[0]
    except HyperfineError:
        return 0


def test_run_prints_a_table_with_medians_speedup_interval_and_gain(python_run: dict) -> None:
    out = python_run["output"]
    assert "Workloads" in out and "speedup [95% CI]" in out
    gold = python_run["results"]["py-gold"]["workloads"][0]
    low, high = gold["speedup_ci"]
    assert f"x{gold['speedup']:.2f} [{low:.2f}, {high:.2f}]" in out


@pytest.mark.skipif(_hyperfine_major() < 2, reason="per-run CPU time and memory need hyperfine 2.x")
def test_command_workloads_keep_per_run_cpu_time_and_peak_memory(python_run: dict) -> None:
    bench = next(w for w in python_run["results"]["py-gold"]["workloads"] if w["kind"] == "command")
    for tree in ("base_usage", "patched_usage"):
        usage = bench[tree]
        assert len(usage["user_times"]) == len(usage["system_times"]) == len(usage["peak_rss_bytes"]) == RUNS
        assert usage["cpu_median"] > 0
        assert 2 * 2**20 < usage["peak_rss_median"] < 2**30  # a Python interpreter: megabytes, not bytes
    pytest_wl = next(w for w in python_run["results"]["py-gold"]["workloads"] if w["kind"] == "pytest")
    assert pytest_wl["base_usage"] is None  # pytest's call durations carry no CPU or memory figures
    assert "MiB" in python_run["output"]
    exports = list((python_run["run_dir"] / "repos" / "py-gold" / "output").glob("hyperfine-*.json"))
    assert len(exports) == 2  # the raw export of each tree is kept with the logs


def _copy_run(python_run: dict, tmp_path: Path) -> Path:
    run_dir = tmp_path / "r1"
    shutil.copytree(python_run["run_dir"], run_dir, ignore=shutil.ignore_patterns("work"))
    return run_dir


def test_report_rescores_a_run_from_its_saved_timings_to_the_same_numbers(python_run: dict,
                                                                          tmp_path: Path) -> None:
    run_dir = _copy_run(python_run, tmp_path)
    logs_before = (run_dir / "repos" / "py-gold" / "commands.log").read_text()
    out = CliRunner().invoke(cli(), ["repo", "report", str(run_dir)])
    assert out.exit_code == 0, out.output
    report = json.loads((run_dir / REPORT_FILE).read_text())
    original = json.loads((run_dir / SUMMARY_FILE).read_text())
    assert report["summary"] == original
    rescored = {r["instance_id"]: r for r in report["results"]}
    for iid, res in python_run["results"].items():
        assert rescored[iid]["gain"] == res["gain"] and rescored[iid]["status"] == res["status"]
        assert [w["speedup_ci"] for w in rescored[iid]["workloads"]] == [w["speedup_ci"] for w in res["workloads"]]
    assert "Apply 50.0%" in out.output and "speedup [95% CI]" in out.output
    assert (run_dir / "repos" / "py-gold" / "commands.log").read_text() == logs_before  # nothing ran


def test_report_with_a_stricter_significance_level_lowers_the_gain_without_rerunning(python_run: dict,
                                                                                     tmp_path: Path) -> None:
    run_dir = _copy_run(python_run, tmp_path)
    # With 5 runs per tree the smallest one-sided Mann-Whitney p-value is 1/C(10, 5) ~ 0.004, so at
    # alpha = 0.001 no speed-up can be significant, however large.
    out = CliRunner().invoke(cli(), ["repo", "report", str(run_dir), "--alpha", "0.001"])
    assert out.exit_code == 0, out.output
    report = json.loads((run_dir / REPORT_FILE).read_text())
    assert report["scoring"]["alpha"] == 0.001
    gold = next(r for r in report["results"] if r["instance_id"] == "py-gold")
    assert gold["correct"] and gold["gain"] == 0.0
    assert gold["workloads"][0]["base_times"] == python_run["results"]["py-gold"]["workloads"][0]["base_times"]
    assert report["summary"]["performance"] == 0.0
    assert report["summary"]["correctness"] == pytest.approx(1 / 4)


def test_report_rebuilds_a_lost_results_file_from_the_instance_logs(python_run: dict, tmp_path: Path) -> None:
    run_dir = _copy_run(python_run, tmp_path)
    (run_dir / RESULTS_FILE).unlink()
    (run_dir / "repos" / "py-cut-short").mkdir()
    (run_dir / "repos" / "py-cut-short" / "instance.json").write_text("{}")
    out = CliRunner().invoke(cli(), ["repo", "report", str(run_dir)])
    assert out.exit_code == 0, out.output
    report = json.loads((run_dir / REPORT_FILE).read_text())
    assert {r["instance_id"] for r in report["results"]} == set(python_run["results"])
    assert report["unfinished"] == ["py-cut-short"]
    assert "not finished, left out: py-cut-short" in out.output
    assert report["summary"] == json.loads((run_dir / SUMMARY_FILE).read_text())


def test_report_on_a_folder_that_is_not_a_run_exits_2_and_says_so(tmp_path: Path) -> None:
    out = CliRunner().invoke(cli(), ["repo", "report", str(tmp_path)])
    assert out.exit_code == 2
    assert "holds no finished repository instance" in out.output


# --------------------------------------------------------------------------------------------------
# Compiled projects


def _compiled_run(tmp: Path, repo: Path, head: str, rel: str, start: str, end: str, fast: str,
                  build: list, command: str, test_command: str | None = None,
                  env: dict[str, str] | None = None, run_dir: Path | None = None) -> dict:
    text = (repo / rel).read_text()
    patch = diff_of(repo, rel, replace_function(text, start, end, fast))
    inst = RepoInstance(instance_id="compiled", repo=str(repo), base_commit=head, build=build,
                        test_command=test_command or command, env=env or {},
                        workloads=[Workload(name="run", kind="command", target=command)])
    config = RepoRunConfig(run_dir=run_dir or tmp / "runs" / "c", runs=RUNS, warmup=WARMUP,
                           cache_dir=tmp / "cache")
    preds = {"compiled": Prediction(instance_id="compiled", model_patch=patch)}
    summary = run_instances([inst], preds, config)
    assert summary.n == 1
    return json.loads((config.run_dir / RESULTS_FILE).read_text().splitlines()[0])


def test_c_project_built_with_make_gets_a_significant_gain_from_an_optimising_patch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo, head = make_repo(tmp_path, "cdupes")
    monkeypatch.chdir(tmp_path)  # a relative run folder, as `--runs-dir runs` gives
    res = _compiled_run(tmp_path, repo, head, "dupes.c", "static long count_pairs", "return pairs;\n}",
                        FAST_C_COUNT, ["make -s"], "./dupes", run_dir=Path("runs") / "c")
    assert res["status"] == "ok", res["error"]
    wl = res["workloads"][0]
    assert wl["speedup_ci"][0] > 1.5 and res["gain"] > 0.3


@pytest.mark.skipif(shutil.which("cargo") is None, reason="cargo is not installed")
def test_rust_project_built_offline_with_cargo_gets_a_significant_gain(tmp_path: Path) -> None:
    repo, head = make_repo(tmp_path, "rsdupes")
    res = _compiled_run(tmp_path, repo, head, "src/main.rs", "fn count_pairs", "    pairs\n}",
                        FAST_RS_COUNT, ["cargo build --release --offline -q"], "./target/release/dupes")
    assert res["status"] == "ok", res["error"]
    assert res["workloads"][0]["speedup_ci"][0] > 1.5 and res["gain"] > 0.3


@pytest.mark.skipif(shutil.which("go") is None, reason="go is not installed")
def test_go_module_built_offline_with_a_private_gocache_gets_a_significant_gain(tmp_path: Path) -> None:
    repo, head = make_repo(tmp_path, "godupes")
    # The sandbox's private /tmp: the only writable place besides the worktree.
    env = {"GOCACHE": "/tmp/gocache", "GOPATH": "/tmp/gopath", "GOPROXY": "off", "GOTOOLCHAIN": "local"}
    res = _compiled_run(tmp_path, repo, head, "main.go", "func countPairs", "\treturn pairs\n}",
                        FAST_GO_COUNT, ["go build -o dupes ."], "./dupes", test_command="go test ./...",
                        env=env)
    assert res["status"] == "ok", res["error"]
    assert res["workloads"][0]["speedup_ci"][0] > 1.5 and res["gain"] > 0.3


# --------------------------------------------------------------------------------------------------
# Failure paths that need no patch at all


def test_workload_over_its_budget_is_workload_timeout_and_its_processes_are_killed(tmp_path: Path) -> None:
    repo, head = make_repo(tmp_path, "cdupes")
    marker = tmp_path / "survivor"
    inst = RepoInstance(instance_id="slow", repo=str(repo), base_commit=head, workloads=[
        Workload(name="sleepy", kind="command", target=f"sleep 3; touch {marker}", timeout_s=1.0)])
    config = RepoRunConfig(run_dir=tmp_path / "runs" / "t", runs=2, warmup=0, cache_dir=tmp_path / "cache")
    run_instances([inst], {}, config)
    res = json.loads((config.run_dir / RESULTS_FILE).read_text())
    assert res["status"] == InstanceStatus.workload_timeout.value
    assert "did not finish" in res["workloads"][0]["base_error"]
    subprocess.run(["sleep", "3"])
    assert not marker.exists()


def test_malformed_instance_line_exits_2_naming_the_file_and_line(tmp_path: Path) -> None:
    inst = tmp_path / "instances.jsonl"
    inst.write_text('{"instance_id": "a", "repo": ".", "base_commit": "HEAD", "workloads": '
                    '[{"name": "w", "kind": "command", "target": "true"}]}\n'
                    '{"instance_id": "b", "repo": ".", "base_commit": "HEAD",'
                    ' "workloads": [{"kind": "x"}]}\n')
    preds = write_jsonl(tmp_path / "p.jsonl", [])
    out = CliRunner().invoke(cli(), ["repo", "run", "--instances", str(inst), "--predictions", str(preds),
                                     "--runs-dir", str(tmp_path / "runs")])
    assert out.exit_code == 2
    assert f"{inst}:2" in out.output and "workloads.0.name" in out.output


def test_malformed_prediction_line_exits_2_naming_the_file_and_line(tmp_path: Path) -> None:
    workloads = [{"name": "w", "kind": "command", "target": "true"}]
    inst = write_jsonl(tmp_path / "i.jsonl",
                       [{"instance_id": "a", "repo": ".", "base_commit": "HEAD", "workloads": workloads}])
    preds = tmp_path / "p.jsonl"
    preds.write_text('{"instance_id": "a", "model_patch": ""}\n\n{"instance_id": "a", "model_patch": \n')
    out = CliRunner().invoke(cli(), ["repo", "run", "--instances", str(inst), "--predictions", str(preds),
                                     "--runs-dir", str(tmp_path / "runs")])
    assert out.exit_code == 2
    assert f"{preds}:3" in out.output and "invalid JSON" in out.output


def test_validate_reports_applied_and_apply_failed_without_timing(tmp_path: Path) -> None:
    repo, head = make_repo(tmp_path, "pydedupe")
    base = {"repo": str(repo), "base_commit": head,
            "workloads": [{"name": "w", "kind": "pytest", "target": "tests/test_perf.py"}]}
    inst = write_jsonl(tmp_path / "i.jsonl",
                       [{**base, "instance_id": "good"}, {**base, "instance_id": "bad"}])
    good = diff_of(repo, "dedupe/__init__.py", FAST_DEDUPE)
    preds = write_jsonl(tmp_path / "p.jsonl", [
        {"instance_id": "good", "model_patch": good},
        {"instance_id": "bad", "model_patch": good.replace("for x in items:", "for y in things:")}])
    out = CliRunner().invoke(cli(), ["repo", "validate", "--instances", str(inst), "--predictions",
                                     str(preds), "--apply", "--cache-dir", str(tmp_path / "cache")])
    assert out.exit_code == 1, out.output
    assert "good: applied - with git apply" in out.output
    assert "bad: apply_failed" in out.output


def test_sweperf_row_of_a_plain_package_without_setup_runs_with_the_default_setup(tmp_path: Path) -> None:
    """A repository that is a package plus `conftest.py` (no setup.py, no pyproject.toml) is importable
    from its worktree: the default set-up must not fail it before its patch is even tried."""
    repo = tmp_path / "plain"
    (repo / "plainpkg").mkdir(parents=True)
    (repo / "tests").mkdir()
    (repo / "conftest.py").write_text("")
    slow = "def count_unique(xs):\n    seen = []\n    for x in xs:\n        if x not in seen:\n" \
           "            seen.append(x)\n    return len(seen)\n"
    (repo / "plainpkg" / "__init__.py").write_text(slow)
    (repo / "tests" / "test_speed.py").write_text(
        "from plainpkg import count_unique\n\n\ndef test_many():\n"
        "    assert count_unique(list(range(2500)) * 2) == 2500\n")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "plain package")
    head = git(repo, "rev-parse", "HEAD").strip()
    gold = diff_of(repo, "plainpkg/__init__.py", "def count_unique(xs):\n    return len(set(xs))\n")
    row = {"instance_id": "plain-1", "repo": str(repo), "base_commit": head, "patch": gold,
           "efficiency_test": ["tests/test_speed.py::test_many"],
           "env": {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}}
    instances = load_instances(write_jsonl(tmp_path / "sweperf.jsonl", [row]))
    config = RepoRunConfig(run_dir=tmp_path / "runs" / "p", runs=RUNS, warmup=WARMUP, cache_dir=tmp_path / "cache")
    run_instances(instances, gold_predictions(instances), config)
    res = json.loads((config.run_dir / RESULTS_FILE).read_text())
    assert res["status"] == "ok", res["error"]
    assert res["attempted"] and res["applied"] and res["gain"] > 0.3


def test_missing_hyperfine_is_a_sandbox_error_that_a_resumed_run_retries(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo, head = make_repo(tmp_path, "cdupes")
    inst = RepoInstance(instance_id="c", repo=str(repo), base_commit=head, build=["make -s"],
                        workloads=[Workload(name="run", kind="command", target="./dupes")])
    config = RepoRunConfig(run_dir=tmp_path / "runs" / "h", runs=2, warmup=0, cache_dir=tmp_path / "cache")
    preds = {"c": Prediction(instance_id="c", model_patch=diff_of(repo, "NOTES.md", "Benchmark fixture, v2.\n"))}
    monkeypatch.setenv("EFFX_HYPERFINE", str(tmp_path / "no-hyperfine"))
    first = run_instances([inst], preds, config)
    res = json.loads((config.run_dir / RESULTS_FILE).read_text())
    assert res["status"] == InstanceStatus.sandbox_error.value and "no-hyperfine" in res["error"]
    assert not res["attempted"] and first.n == 0  # the infrastructure failed: nothing said about the patch
    monkeypatch.delenv("EFFX_HYPERFINE")
    second = run_instances([inst], preds, config)
    final = load_results(config.run_dir)["c"]
    assert final.status == InstanceStatus.ok, final.error
    assert second.n == 1 and second.apply == 1.0
