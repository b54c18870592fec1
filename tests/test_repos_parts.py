"""Repository mode's parts on their own: hyperfine schemas, patch safety, SWE-Perf rows, statistics."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from effx.repos.environment import runner_for
from effx.repos.hyperfine import find_hyperfine, hyperfine_version, needs_shell, parse_export, run_hyperfine
from effx.repos.instances import InputError, load_instances, load_predictions
from effx.repos.models import InstanceResult, InstanceStatus, RepoInstance, ResourceUsage, Workload, WorkloadResult
from effx.repos.patching import UnsafePatchError, check_patch_safety, patch_paths
from effx.repos.repo_run import RESULTS_FILE, _append, load_results
from effx.repos.shell import CommandRunner
from effx.repos.stats import ScoringParams, bootstrap_speedup_ci, summarise
from effx.repos.workloads import Timings, matches, measure
from effx.repos.workspace import WorkspaceError, resolve_source
from effx.sandbox.local import LocalSandbox


def _runner(workdir: Path, log_dir: Path, instance: RepoInstance | None = None) -> CommandRunner:
    """A real sandboxed runner for `workdir`, as repository mode makes one for an instance."""
    instance = instance or RepoInstance(instance_id="i", repo=".", base_commit="HEAD",
                                        workloads=[Workload(name="w", kind="command", target="true")])
    return runner_for(instance, LocalSandbox(), log_dir=log_dir, workdir=workdir, outbox=log_dir.parent / "outbox")


def _hyperfine_binaries() -> list[str]:
    found = {}
    for candidate in ("/usr/bin/hyperfine", shutil.which("hyperfine")):
        if candidate and Path(candidate).exists():
            found[hyperfine_version(candidate)[0]] = candidate
    return list(found.values())


@pytest.mark.parametrize("binary", _hyperfine_binaries())
def test_each_installed_hyperfine_major_version_yields_every_measured_run(binary: str, tmp_path: Path) -> None:
    res = run_hyperfine("sh -c 'exit 0'", runs=3, warmup=1, runner=_runner(tmp_path, tmp_path / "log"),
                        step="exit 0", binary=binary)
    assert len(res.times) == 3 and all(t >= 0 for t in res.times)
    assert res.exit_codes == [0, 0, 0] and res.all_succeeded
    failing = run_hyperfine("sh -c 'exit 7'", runs=2, warmup=0, runner=_runner(tmp_path, tmp_path / "log"),
                            step="exit 7", binary=binary)
    assert failing.exit_codes == [7, 7] and not failing.all_succeeded


def test_both_major_versions_are_installed_for_the_schema_check() -> None:
    majors = sorted(hyperfine_version(b)[0] for b in _hyperfine_binaries())
    assert majors == [1, 2], "run scripts/install_repo_tools.sh: it installs hyperfine 1.x (apt) and 2.x (PyPI)"
    assert find_hyperfine()


@pytest.mark.parametrize("binary", [b for b in _hyperfine_binaries() if hyperfine_version(b)[0] >= 2])
def test_hyperfine_2_reports_each_runs_cpu_time_and_peak_memory(binary: str, tmp_path: Path) -> None:
    python = shutil.which("python3") or "python3"
    runner = _runner(tmp_path, tmp_path / "log")
    small = run_hyperfine([python, "-c", "pass"], runs=3, warmup=0, runner=runner, step="small", binary=binary)
    big = run_hyperfine([python, "-c", "b = bytearray(200_000_000); sum(b[::4096])"], runs=3, warmup=0,
                        runner=runner, step="big", binary=binary, export_path=tmp_path / "big.json")
    for res in (small, big):
        assert len(res.user) == len(res.system) == len(res.peak_rss_bytes) == 3
        assert all(u > 0 for u in res.user)
    assert min(big.peak_rss_bytes) > 200_000_000 > max(small.peak_rss_bytes)
    assert json.loads((tmp_path / "big.json").read_text())["results"][0]["measurements"]


def test_hyperfine_1_exports_no_per_run_usage_and_none_is_invented() -> None:
    doc = {"results": [{"command": "x", "times": [0.1, 0.2], "exit_codes": [0, 0], "user": 0.1,
                        "system": 0.01}]}
    (run,) = parse_export(doc)
    assert run.times == [0.1, 0.2] and run.user == [] and run.peak_rss_bytes == []


def test_export_parser_reads_units_of_the_2x_schema() -> None:
    doc = {"schema_version": 2, "results": [{"command": "x", "measurements": [
        {"time_wall_clock": {"value": 1500, "unit": "millisecond"}, "exit_code": 0}]}]}
    assert parse_export(doc)[0].times == [1.5]
    doc["results"][0]["measurements"][0]["memory_peak_resident"] = {"value": 2, "unit": "kibibyte"}
    assert parse_export(doc)[0].peak_rss_bytes == [2048.0]


def test_summarising_twice_or_with_other_parameters_leaves_no_stale_statistic() -> None:
    wl = WorkloadResult(name="w", kind="command", base_times=[1.0, 1.01, 0.99, 1.02, 0.98],
                        patched_times=[0.5, 0.51, 0.49, 0.5, 0.52],
                        base_usage=ResourceUsage(user_times=[0.5, 0.7], system_times=[0.1, 0.1],
                                                 peak_rss_bytes=[3e6, 5e6]))
    once = summarise(wl)
    assert once.gain and once.gain > 0.4 and once.speedup_ci is not None
    assert once.base_usage is not None and once.base_usage.cpu_median == pytest.approx(0.7)
    assert once.base_usage.peak_rss_median == 4e6
    assert summarise(once) == once
    strict = summarise(once, ScoringParams(alpha=0.001))
    assert strict.gain == 0.0 and strict.speedup == once.speedup
    failed = summarise(once.model_copy(update={"patched_error": "test failed"}))
    assert failed.gain is None and failed.speedup is None and failed.patched_median is None


def test_plain_commands_skip_the_shell_and_shell_syntax_keeps_it() -> None:
    assert not needs_shell("./target/release/app --n=3")
    assert needs_shell("make && ./app") and needs_shell("FOO=1 ./app") and needs_shell("cat x | wc")


@pytest.mark.parametrize("path", ["../outside.txt", "/etc/passwd", "src/../../x", ".git/hooks/pre-commit"])
def test_patches_reaching_outside_the_work_tree_are_rejected(path: str) -> None:
    patch = f"--- a/{path}\n+++ b/{path}\n@@ -1 +1 @@\n-a\n+b\n".replace("a//", "/").replace("b//", "/")
    with pytest.raises(UnsafePatchError, match="outside the repository"):
        check_patch_safety(patch)


def test_ordinary_patches_pass_the_safety_check_with_their_paths_listed() -> None:
    patch = ("diff --git a/src/m.py b/src/m.py\n--- a/src/m.py\n+++ b/src/m.py\n@@ -1 +1 @@\n-a\n+b\n"
             "diff --git a/new.txt b/new.txt\nnew file mode 100644\n--- /dev/null\n+++ b/new.txt\n")
    check_patch_safety(patch)
    assert set(patch_paths(patch)) == {"src/m.py", "new.txt"}
    sql = "--- a/q.sql\n+++ b/q.sql\n@@ -1,2 +1,2 @@\n--- ../not/a/path\n+-- fine\n"
    assert patch_paths(sql) == ["q.sql", "q.sql"]


def test_owner_name_repos_resolve_under_the_repos_dir(tmp_path: Path) -> None:
    (tmp_path / "astropy__astropy").mkdir()
    assert resolve_source("astropy/astropy", tmp_path) == str((tmp_path / "astropy__astropy").resolve())
    with pytest.raises(WorkspaceError, match="not found under --repos-dir"):
        resolve_source("numpy/numpy", tmp_path)


def test_sweperf_rows_become_pytest_workloads_with_a_venv(tmp_path: Path) -> None:
    row = {"repo": "astropy/astropy", "instance_id": "astropy__astropy-1", "base_commit": "abc",
           "patch": "diff", "test_patch": "", "efficiency_test": json.dumps(["t.py::a", "t.py::b"]),
           "duration_changes": [], "problem_statement_oracle": "..."}
    path = tmp_path / "sweperf.jsonl"
    path.write_text(json.dumps(row) + "\n")
    (inst,) = load_instances(path)
    assert [w.target for w in inst.workloads] == ["t.py::a", "t.py::b"]
    assert all(w.kind == "pytest" for w in inst.workloads)
    assert inst.venv and inst.patch == "diff" and inst.test_command is None


def test_rows_in_neither_format_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "i.jsonl"
    path.write_text('\n{"instance_id": "x", "repo": "r", "base_commit": "c"}\n')
    with pytest.raises(InputError, match=r"i\.jsonl:2: .*neither `workloads`"):
        load_instances(path)


def test_pytest_targets_cover_their_parametrised_and_nested_tests() -> None:
    assert matches("tests/t.py::test_a[1]", "tests/t.py::test_a")
    assert matches("tests/t.py::C::test_a", "tests/t.py")
    assert matches("tests/t.py::test_a", "tests/")
    assert not matches("tests/t.py::test_ab", "tests/t.py::test_a")


def test_speedup_interval_brackets_the_true_ratio_and_excludes_one_for_a_clear_win() -> None:
    base = [1.0, 1.02, 0.98, 1.01, 0.99, 1.03, 0.97]
    patched = [0.5, 0.51, 0.49, 0.5, 0.52, 0.48, 0.5]
    low, high = bootstrap_speedup_ci(base, patched)
    assert 1.5 < low <= 2.0 <= high < 2.5
    assert bootstrap_speedup_ci(base, patched) == (low, high)  # seeded: reproducible
    low_same, high_same = bootstrap_speedup_ci(base, base)
    assert low_same < 1.0 < high_same


def test_a_torn_last_line_is_skipped_on_resume_and_not_glued_to_the_next(tmp_path: Path) -> None:
    done = InstanceResult(instance_id="a", status=InstanceStatus.ok)
    path = tmp_path / RESULTS_FILE
    path.write_text(done.model_dump_json() + "\n" + '{"instance_id": "b", "sta')
    assert set(load_results(tmp_path)) == {"a"}
    _append(path, InstanceResult(instance_id="c", status=InstanceStatus.apply_failed))
    assert set(load_results(tmp_path)) == {"a", "c"}


def _timed_once(workspace: Path, target: str, log_dir: Path) -> Timings:
    inst = RepoInstance(instance_id="i", repo=".", base_commit="HEAD",
                        workloads=[Workload(name="w", kind="pytest", target=target)])
    inst = inst.model_copy(update={"env": {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}})
    return measure(inst, workspace, _runner(workspace, log_dir, inst), runs=1, warmup=0, label="base")["w"]


def test_pytest_workloads_ignore_the_config_of_a_project_enclosing_the_worktree(tmp_path: Path) -> None:
    outer = tmp_path / "project"
    (outer / "runs" / "ws" / "test").mkdir(parents=True)
    (outer / "pyproject.toml").write_text('[tool.pytest.ini_options]\naddopts = "--no-such-option"\n')
    ws = outer / "runs" / "ws"
    (ws / "test" / "test_x.py").write_text("def test_a():\n    assert sum(range(1000)) == 499500\n")
    timings = _timed_once(ws, "test/test_x.py::test_a", tmp_path / "log")
    assert timings.error is None and len(timings.times) == 1


def test_pytest_workloads_use_the_repositorys_own_config(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    (ws / "checks").mkdir(parents=True)
    (ws / "setup.cfg").write_text("[tool:pytest]\npython_files = chk_*.py\npython_functions = check_*\n")
    (ws / "checks" / "chk_x.py").write_text("def check_a():\n    pass\n")
    timings = _timed_once(ws, "checks/chk_x.py", tmp_path / "log")
    assert timings.error is None and len(timings.times) == 1  # collected only under the repo's own rules


def test_a_repeated_instance_or_prediction_id_names_both_lines(tmp_path: Path) -> None:
    row = {"instance_id": "x", "repo": ".", "base_commit": "c",
           "workloads": [{"name": "w", "kind": "command", "target": "true"}]}
    instances = tmp_path / "i.jsonl"
    instances.write_text(json.dumps(row) + "\n\n" + json.dumps(row) + "\n")
    with pytest.raises(InputError, match=r"i\.jsonl:3: a second instance for 'x' \(the first is on line 1\)"):
        load_instances(instances)
    predictions = tmp_path / "p.jsonl"
    predictions.write_text('{"instance_id": "x", "model_patch": ""}\n{"instance_id": "x", "model_patch": ""}\n')
    with pytest.raises(InputError, match=r"p\.jsonl:2: a second prediction for 'x'"):
        load_predictions(predictions)
