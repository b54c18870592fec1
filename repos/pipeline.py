"""One instance, end to end: workspace, environment, base timings, patch, checks, patched timings.

The order is fixed so that each failure maps to one status, and so that base timings are taken before
the patch is even looked at: they are kept whatever the patch does. Every command that executes the
repository's code runs in the sandbox (`effx.repos.shell`); a command the sandbox could not run at all
ends the instance as `sandbox_error`, which is never counted against the patch and is retried when the
run is resumed. Everything that runs is logged in the instance's folder
(`runs/<run_id>/repos/<instance_id>/`), which ends with its `report.json`.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from effx.repos.environment import VenvError, create_venv, runner_for
from effx.repos.hyperfine import HyperfineError, find_hyperfine
from effx.repos.models import (
    InstanceResult,
    InstanceStatus,
    Prediction,
    RepoInstance,
    WorkloadResult,
)
from effx.repos.patching import UnsafePatchError, apply_patch
from effx.repos.shell import CommandOutcome, CommandRunner
from effx.repos.stats import ScoringParams, summarise
from effx.repos.workloads import Timings, measure, plugin_env
from effx.repos.workspace import Workspace, WorkspaceError, cached_mirror, resolve_source
from effx.sandbox.base import Sandbox
from effx.scoring.sweperf import instance_gain


@dataclass(frozen=True)
class RepoRunConfig:
    """Options shared by every instance of a run."""

    run_dir: Path
    """`runs/<run_id>`; instance logs go to `repos/<instance_id>/` below it."""
    runs: int = 20
    """Measured repetitions per workload and tree (SWE-Perf: 20)."""
    warmup: int = 3
    """Warm-up repetitions per workload and tree (SWE-Perf: 3)."""
    repos_dir: Path | None = None
    """Folder holding clones for `owner/name` repos."""
    cache_dir: Path = Path.home() / ".cache" / "effx" / "repos"
    """Where repository mirrors are cached across runs."""
    work_dir: Path | None = None
    """Where worktrees and venvs are made (default: `<run_dir>/work`)."""
    keep_workspaces: bool = False
    """Leave each instance's worktree and venv on disk after it is evaluated."""
    scoring: ScoringParams = field(default_factory=ScoringParams)
    """Outlier filter, significance level and interval of the statistics (`effx repo report` can
    re-score a finished run with others)."""
    sandbox: str = "local"
    """Sandbox backend every repository command runs in (`local` or `docker`)."""
    memory_mb: int = 4096
    """Memory limit of each command's process tree."""
    processes: int = 512
    """Process and thread limit of each command."""


class _Stop(Exception):
    """Ends an instance early with a status; the partial result is still reported."""

    def __init__(self, status: InstanceStatus, error: str) -> None:
        super().__init__(error)
        self.status = status
        self.error = error


def evaluate_instance(instance: RepoInstance, prediction: Prediction | None,
                      config: RepoRunConfig, sandbox: Sandbox | None = None) -> InstanceResult:
    """Evaluate one prediction on one instance and write its `report.json`.

    Args:
        instance: The instance.
        prediction: Its patch, or None (the instance then ends `apply_failed` after its base timings).
        config: Run options.
        sandbox: Where its commands run; default: a new sandbox of `config.sandbox`, closed afterwards.

    Returns:
        The result; its status is `ok` only if the patch applied, built, passed every check, and both
        trees were timed.
    """
    start = time.monotonic()
    # Absolute, because commands run in the worktree and are handed paths under these folders.
    log_dir = (config.run_dir / "repos" / instance.instance_id).absolute()
    log_dir.mkdir(parents=True, exist_ok=True)
    (log_dir / "instance.json").write_text(instance.model_dump_json(indent=2))
    patch = (prediction.model_patch or "") if prediction else ""
    (log_dir / "model.patch").write_text(patch)
    work = ((config.work_dir or config.run_dir / "work") / instance.instance_id).absolute()
    result = InstanceResult(instance_id=instance.instance_id, status=InstanceStatus.ok,
                            model_name_or_path=prediction.model_name_or_path if prediction else "",
                            runs=config.runs, warmup=config.warmup,
                            workloads=[WorkloadResult(name=w.name, kind=w.kind) for w in instance.workloads])
    workspace: Workspace | None = None
    own_sandbox = sandbox is None
    try:
        if sandbox is None:
            sandbox = _open_sandbox(config.sandbox)
        workspace, runner = _prepare(instance, config, work, log_dir, sandbox)
        _time_tree(instance, workspace, runner, config, result, "base")
        workspace.snapshot()
        _apply(instance, prediction, patch, workspace, runner, log_dir, result)
        _build(instance, workspace, runner, "patched")
        if instance.test_command is not None:
            _check(instance, runner)
        _time_tree(instance, workspace, runner, config, result, "patched")
        result.correct = True
    except _Stop as stop:
        result.status, result.error = stop.status, stop.error
    finally:
        if workspace is not None and not config.keep_workspaces:
            workspace.remove()
        if own_sandbox and sandbox is not None:
            sandbox.close()
    result = score_instance(result, config.scoring)
    result.duration_s = round(time.monotonic() - start, 3)
    (log_dir / "report.json").write_text(result.model_dump_json(indent=2))
    return result


def score_instance(result: InstanceResult, params: ScoringParams) -> InstanceResult:
    """Recompute an instance's workload statistics and gain from its raw timings.

    The status and correctness are not touched: they record what the commands did, which only
    running them again could change. This is what a run does at the end of each instance and what
    `effx repo report` does over saved results.
    """
    workloads = [summarise(w, params) for w in result.workloads]
    gain = instance_gain([w.gain or 0.0 for w in workloads]) if result.correct else 0.0
    return result.model_copy(update={"workloads": workloads, "gain": gain})


def _open_sandbox(name: str) -> Sandbox:
    from effx.sandbox import get_sandbox

    try:
        return get_sandbox(name)
    except Exception as exc:  # noqa: BLE001 -- no engine, no bubblewrap when required: not the patch's fault
        raise _Stop(InstanceStatus.sandbox_error, f"cannot open the {name} sandbox: {exc}") from exc


def _prepare(instance: RepoInstance, config: RepoRunConfig, work: Path, log_dir: Path,
             sandbox: Sandbox) -> tuple[Workspace, CommandRunner]:
    if any(w.kind == "command" for w in instance.workloads):
        try:
            find_hyperfine()
        except HyperfineError as exc:
            raise _Stop(InstanceStatus.sandbox_error, str(exc)) from exc
    try:
        source = resolve_source(instance.repo, config.repos_dir)
        mirror = cached_mirror(source, config.cache_dir, instance.base_commit)
        workspace = Workspace.create(mirror, work / "src", instance.base_commit)
        venv_bin = create_venv(instance, work / "venv") if instance.venv else None
    except (WorkspaceError, VenvError) as exc:
        raise _Stop(InstanceStatus.build_failed, f"workspace: {exc}") from exc
    runner = runner_for(instance, sandbox, log_dir=log_dir, workdir=workspace.path, outbox=work / "outbox",
                        venv_bin=venv_bin, git_dir=Path(mirror.git_dir), memory_mb=config.memory_mb,
                        processes=config.processes)
    if instance.test_patch:
        outcome = apply_patch(workspace, instance.test_patch, runner, log_dir / "test.patch", "test patch")
        if not outcome.applied:
            raise _Stop(InstanceStatus.build_failed, f"the test_patch does not apply: {outcome.error}")
        workspace.commit_all("effx: test patch")
    for i, command in enumerate(instance.setup, start=1):
        # Set-up installs from the package registries, on the base tree: the one step given the network.
        outcome_ = runner.run(f"setup {i}", command, instance.command_timeout_s, network=True, installs=True)
        _stop_unless_ok(outcome_, InstanceStatus.build_failed, f"setup command {i}")
    _build(instance, workspace, runner, "base")
    return workspace, runner


def _stop_unless_ok(outcome: CommandOutcome, status: InstanceStatus, what: str, detail: str = "") -> None:
    if outcome.sandbox_error:
        raise _Stop(InstanceStatus.sandbox_error, f"{what} could not run: {outcome.sandbox_error}")
    if not outcome.ok:
        raise _Stop(status, f"{what} {outcome.describe_failure()}:\n{detail or outcome.tail()}")


def _build(instance: RepoInstance, workspace: Workspace, runner: CommandRunner, label: str) -> None:
    for i, command in enumerate(instance.build, start=1):
        outcome = runner.run(f"{label} build {i}", command, instance.command_timeout_s, installs=True)
        _stop_unless_ok(outcome, InstanceStatus.build_failed, f"{label} build command {i}")


def _check(instance: RepoInstance, runner: CommandRunner) -> None:
    """Run the correctness command on the patched tree; a failure names the failing tests when pytest ran.

    The names come from pytest's own report (effx's plugin is loaded into any pytest the command starts),
    not from its console output, where a warning summary can look like a failing test.
    """
    assert instance.test_command is not None
    report_file = runner.report_path("correctness.json")
    check = runner.run("patched correctness", instance.test_command, instance.command_timeout_s,
                       extra_env=plugin_env(runner, report_file))
    if not check.ok:
        _stop_unless_ok(check, InstanceStatus.tests_failed, "correctness command",
                        _failing_tests(runner.read_report(report_file.name)))


def _failing_tests(report: bytes | None, most: int = 10) -> str:
    """`failing tests: a, b, ...` from a pytest report, or empty when there is none or nothing failed."""
    try:
        tests = json.loads(report or b"")["tests"]
    except (ValueError, KeyError, TypeError):
        return ""
    failed = [t["nodeid"] for t in tests if t.get("outcome") in ("failed", "error")]
    if not failed:
        return ""
    more = f" and {len(failed) - most} more" if len(failed) > most else ""
    return f"failing tests: {', '.join(failed[:most])}{more}"


def _time_tree(instance: RepoInstance, workspace: Workspace, runner: CommandRunner, config: RepoRunConfig,
               result: InstanceResult, label: str) -> None:
    timings = measure(instance, workspace.path, runner, runs=config.runs, warmup=config.warmup, label=label)
    for wl in result.workloads:
        t = timings.get(wl.name, Timings(error="not measured"))
        if label == "base":
            wl.base_times, wl.base_error, wl.base_usage = t.times, t.error, t.usage
        else:
            wl.patched_times, wl.patched_error, wl.patched_usage = t.times, t.error, t.usage
    broken = [t.sandbox_error for t in timings.values() if t.sandbox_error]
    if broken:
        raise _Stop(InstanceStatus.sandbox_error, f"{label} workloads could not run: {broken[0]}")
    failed = [(n, t) for n, t in timings.items() if t.error]
    if failed:
        status = (InstanceStatus.workload_timeout if any(t.timed_out for _, t in failed)
                  else InstanceStatus.tests_failed)
        raise _Stop(status, f"{label} workload {failed[0][0]!r}: {failed[0][1].error}")


def _apply(instance: RepoInstance, prediction: Prediction | None, patch: str, workspace: Workspace,
           runner: CommandRunner, log_dir: Path, result: InstanceResult) -> None:
    result.attempted = True
    if prediction is None:
        raise _Stop(InstanceStatus.apply_failed, "no prediction for this instance")
    if not patch.strip():
        raise _Stop(InstanceStatus.apply_failed, "the prediction's model_patch is empty")
    try:
        outcome = apply_patch(workspace, patch, runner, log_dir / "model.patch")
    except UnsafePatchError as exc:
        raise _Stop(InstanceStatus.apply_failed, f"patch rejected: {exc}") from exc
    if not outcome.applied:
        raise _Stop(InstanceStatus.apply_failed, outcome.error or "patch did not apply")
    result.applied, result.apply_method = True, outcome.method
