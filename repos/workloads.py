"""Timing an instance's workloads on its current tree: pytest call durations and hyperfine commands.

All pytest workloads of an instance share one pytest process per repetition (as SWE-Perf repeats its
efficiency tests), and a small plugin reports each test's call duration. Command workloads each get
one hyperfine invocation doing the warm-ups and measured runs.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from effx.repos.hyperfine import HyperfineError, HyperfineRun, HyperfineTimeout, run_hyperfine
from effx.repos.models import RepoInstance, ResourceUsage, Workload
from effx.repos.shell import CommandRunner

PLUGIN_DIR = Path(__file__).parent / "pytest_plugin"
PLUGIN_NAME = "effx_call_durations"


@dataclass
class Timings:
    """Measured repetitions of one workload on one tree."""

    times: list[float] = field(default_factory=list)
    error: str | None = None
    """Set when a repetition failed; `times` then holds only the runs before the failure."""
    timed_out: bool = False
    sandbox_error: str | None = None
    """Set when the sandbox could not run the workload: the infrastructure's fault, not the tree's."""
    usage: ResourceUsage | None = None
    """Per-run CPU time and peak memory of the runs in `times`, when the tool measured them."""


def matches(nodeid: str, target: str) -> bool:
    """Whether pytest's `nodeid` lies under a workload `target` (a node id, file, class or folder)."""
    target = target.rstrip("/")
    return nodeid == target or any(nodeid.startswith(target + sep) for sep in ("::", "[", "/"))


_CONFIG_FILES = (("pytest.ini", None), (".pytest.ini", None), ("pyproject.toml", "[tool.pytest.ini_options]"),
                 ("tox.ini", "[pytest]"), ("setup.cfg", "[tool:pytest]"))
"""pytest's configuration files in its order of precedence, with the section that makes each one count."""


def own_config_args(workspace: Path) -> list[str]:
    """pytest options that confine it to the repository: its root, its conftests, its own config.

    pytest looks for a configuration file in every folder above the tests, so a worktree under
    another project (the default `runs/<id>/work` inside a checkout) would pick up that project's
    `addopts`, `testpaths` and rootdir, and node ids would no longer match the workload targets.
    The repository's own file is named explicitly; without one, an empty config is.
    """
    config = os.devnull
    for name, section in _CONFIG_FILES:
        path = workspace / name
        if path.is_file() and (section is None or section in path.read_text(encoding="utf-8", errors="replace")):
            config = str(path)
            break
    return ["--rootdir", str(workspace), "--confcutdir", str(workspace), "-c", config]


def plugin_env(runner: CommandRunner, report_file: Path) -> dict[str, str]:
    """Environment that makes any pytest run in the sandbox load effx's plugin and write its report.

    `PYTEST_PLUGINS` loads it even when a command disables plugin auto-loading, so the report of a
    correctness command says which tests failed, from pytest itself rather than from its console.
    """
    pythonpath = os.pathsep.join(p for p in (str(PLUGIN_DIR), runner.env.get("PYTHONPATH")) if p)
    return {"EFFX_DURATIONS_FILE": str(report_file), "PYTHONPATH": pythonpath, "PYTEST_PLUGINS": PLUGIN_NAME}


def measure(instance: RepoInstance, workspace: Path, runner: CommandRunner, *, runs: int, warmup: int,
            label: str, python: str | None = None) -> dict[str, Timings]:
    """Run every workload `warmup` + `runs` times on the tree in `workspace`.

    Args:
        instance: Whose workloads.
        workspace: The work tree.
        runner: The instance's command runner (its environment and log folder are used).
        runs: Measured repetitions.
        warmup: Unmeasured repetitions first.
        label: `base` or `patched`, for the logs.
        python: Interpreter for pytest (default: `python` from the instance's environment if it has a
            venv, else the one running effx).

    Returns:
        Timings per workload name.
    """
    results: dict[str, Timings] = {}
    pytest_wls = [w for w in instance.workloads if w.kind == "pytest"]
    if pytest_wls:
        py = python or ("python" if instance.venv else sys.executable)
        results.update(_measure_pytest(pytest_wls, workspace, runner, runs, warmup, label, py))
    for wl in instance.workloads:
        if wl.kind == "command":
            results[wl.name] = _measure_command(wl, workspace, runner, runs, warmup, label)
    return results


def _measure_pytest(workloads: list[Workload], workspace: Path, runner: CommandRunner, runs: int,
                    warmup: int, label: str, python: str) -> dict[str, Timings]:
    out = {w.name: Timings() for w in workloads}
    targets = [str(w.target) for w in workloads]
    durations_file = runner.outbox / f"durations-{label}.json"  # removed before each repetition
    budget = sum(w.timeout_s for w in workloads)
    deadline = time.monotonic() + budget
    extra_env = plugin_env(runner, durations_file)
    argv = [python, "-m", "pytest", "-p", "no:cacheprovider", *own_config_args(workspace),
            "-q", "--no-header", "-rN", *targets]
    for rep in range(warmup + runs):
        measured = rep >= warmup
        runner.report_path(durations_file.name)
        step = f"{label} pytest {'run' if measured else 'warmup'} {rep - warmup + 1 if measured else rep + 1}"
        outcome = runner.run(step, argv, timeout_s=max(1.0, deadline - time.monotonic()), extra_env=extra_env)
        if outcome.sandbox_error:
            for t in out.values():
                t.sandbox_error = outcome.sandbox_error
            return out
        if outcome.timed_out:
            for t in out.values():
                t.timed_out, t.error = True, f"pytest workloads exceeded {budget:g} s on {label}"
            return out
        try:
            report = json.loads(runner.read_report(durations_file.name) or b"")
        except json.JSONDecodeError:
            msg = f"pytest produced no durations on {label} (exit {outcome.returncode}): {outcome.tail(5)}"
            for t in out.values():
                t.error = msg
            return out
        failed = False
        for wl in workloads:
            tests = [t for t in report["tests"] if matches(t["nodeid"], str(wl.target))]
            bad = [t["nodeid"] for t in tests if t["outcome"] != "passed" or t["duration"] is None]
            if not tests:
                out[wl.name].error = f"no test collected for {wl.target!r} on {label}"
                failed = True
            elif bad:
                out[wl.name].error = f"test(s) did not pass on {label}: {', '.join(bad[:5])}"
                failed = True
            elif measured:
                out[wl.name].times.append(sum(t["duration"] for t in tests))
        if failed:
            return out
    return out


def _measure_command(wl: Workload, workspace: Path, runner: CommandRunner, runs: int, warmup: int,
                     label: str) -> Timings:
    log = runner.log_path(f"hyperfine-{label}-{_slug(wl.name)}.log")
    try:
        res = run_hyperfine(wl.target, runs=max(runs, 2), warmup=warmup, runner=runner,
                            step=f"{label} hyperfine {wl.name}", timeout_s=wl.timeout_s, log_path=log,
                            export_path=log.with_suffix(".json"))
    except HyperfineTimeout as exc:
        return Timings(error=str(exc), timed_out=True)
    except HyperfineError as exc:
        return Timings(error=str(exc))
    failures = [(i, c) for i, c in enumerate(res.exit_codes) if c != 0]
    if failures:
        i, code = failures[0]
        return Timings(times=res.times[:i], usage=_usage(res, i),
                       error=f"`{wl.target}` exited {code} in measured run {i + 1} on {label}")
    return Timings(times=res.times, usage=_usage(res, len(res.times)))


def _usage(res: HyperfineRun, n: int) -> ResourceUsage | None:
    """The first `n` runs' CPU times and peak memory, or None when hyperfine (1.x) gave no per-run data."""
    if not (res.user or res.system or res.peak_rss_bytes):
        return None
    return ResourceUsage(user_times=res.user[:n], system_times=res.system[:n],
                         peak_rss_bytes=res.peak_rss_bytes[:n])


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)[:60]
