"""The serialised data of repository mode: instances, predictions and per-instance results.

An instance says *where* the code is (repository and base commit), *how* to make it runnable (setup and
build commands), *how* to tell it still works (a correctness command) and *what* to time (workloads).
SWE-Perf rows are converted into this model on load (see `effx.repos.instances`), so everything after
loading speaks one format.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Command = str | list[str]
"""A shell command string (run with `sh -c`) or an argv list (run directly, no shell)."""


class Workload(BaseModel):
    """One thing to time, repeatedly, before and after the patch."""

    model_config = ConfigDict(extra="forbid")

    name: str
    """Unique name within the instance; results are keyed by it."""
    kind: Literal["pytest", "command"]
    """`pytest`: the call duration pytest reports for the test(s) under `target` (setup and teardown are
    excluded, as in SWE-Perf). `command`: the wall-clock time of a command, measured by hyperfine."""
    target: Command
    """pytest: a node id (`tests/test_x.py::test_y`), or a file/class prefix whose tests' call durations
    are summed. command: the command, run in the workspace root."""
    timeout_s: float = 600.0
    """Budget for all repetitions of this workload on one tree; exceeding it gives `workload_timeout`."""


class RepoInstance(BaseModel):
    """effx's own instance format: one repository task (one JSON object per line of a JSONL file)."""

    model_config = ConfigDict(extra="forbid")

    instance_id: str = Field(min_length=1)
    """Unique id; names the log folder and matches a prediction's `instance_id`."""
    repo: str
    """Where the code is: a local path (relative paths are resolved against the instances file's
    folder), a git URL, or `owner/name` looked up under `--repos-dir`."""
    base_commit: str
    """Commit (or any revision git understands) that the workspace is checked out at."""
    setup: list[Command] = Field(default_factory=list)
    """Commands run once in the fresh workspace, before anything is measured (e.g.
    `pip install --no-build-isolation -e .`). A failure gives `build_failed`."""
    build: list[Command] = Field(default_factory=list)
    """Commands run on the base tree and again after the patch (e.g. `make`, `cargo build --release`).
    A failure gives `build_failed`."""
    test_command: Command | None = None
    """Correctness check run on the patched tree; exit status 0 means correct. When absent, correctness
    means every workload ran and (for pytest workloads) passed, as in SWE-Perf."""
    workloads: list[Workload] = Field(min_length=1)
    """What to time; at least one."""
    venv: bool = False
    """Create a virtualenv for this instance (outside the work tree) and run every command with it
    activated (its `bin/` first on PATH, `VIRTUAL_ENV` set)."""
    venv_system_site_packages: bool = True
    """Let the virtualenv see the interpreter's installed packages (pytest, pip, setuptools), so that
    installing a package without dependencies needs no network. `pip` in the venv installs into it."""
    python: str | None = None
    """Interpreter that creates the virtualenv; default: the one running effx."""
    env: dict[str, str] = Field(default_factory=dict)
    """Extra environment variables for every command of this instance."""
    test_patch: str = ""
    """Diff applied before the base measurement (SWE-Perf's `test_patch`: tests the workloads need)."""
    patch: str = ""
    """Reference ("gold") patch, used by `--predictions gold`."""
    command_timeout_s: float = 1800.0
    """Limit for each setup, build and correctness command."""


class Prediction(BaseModel):
    """One line of a SWE-bench style predictions JSONL file."""

    model_config = ConfigDict(extra="ignore")

    instance_id: str = Field(min_length=1)
    """Which instance the patch is for."""
    model_name_or_path: str = ""
    """Who produced the patch; recorded with the result."""
    model_patch: str | None = None
    """The unified diff to apply at the base commit; empty or null counts as not applied."""


class InstanceStatus(str, Enum):
    """Outcome of one instance, in the order the pipeline can stop.

    `applied` is only given by validation (the patch applied, nothing was run); a full run ends in one
    of the others.
    """

    applied = "applied"
    apply_failed = "apply_failed"
    build_failed = "build_failed"
    tests_failed = "tests_failed"
    workload_timeout = "workload_timeout"
    ok = "ok"
    sandbox_error = "sandbox_error"
    """The infrastructure failed (no sandbox, no hyperfine, a command that could not be started): never
    counted against the patch, left out of the run's metrics, and retried when the run is resumed."""


class ResourceUsage(BaseModel):
    """CPU time and peak memory of each measured run of a command workload on one tree.

    hyperfine 2.x measures these per run (from `wait4`'s rusage of the benchmarked process); 1.x reports
    only their means, so with 1.x a workload has no `ResourceUsage`. Wall-clock time stays the primary
    measure (it is what the gain is computed on); these say *where* a change in it came from: a patch
    that halves CPU time but not wall time is waiting on something else.
    """

    user_times: list[float] = Field(default_factory=list)
    """User CPU seconds per measured run, in run order."""
    system_times: list[float] = Field(default_factory=list)
    """System CPU seconds per measured run, in run order."""
    peak_rss_bytes: list[float] = Field(default_factory=list)
    """Peak resident memory per measured run, bytes; empty when hyperfine did not report it."""
    cpu_median: float | None = None
    """Median of user + system seconds over the runs that report both."""
    peak_rss_median: float | None = None
    """Median peak resident memory, bytes."""


class WorkloadResult(BaseModel):
    """Timings of one workload on the base and the patched tree, and what they say."""

    name: str
    """The workload's name."""
    kind: Literal["pytest", "command"]
    """The workload's kind."""
    base_times: list[float] = Field(default_factory=list)
    """Measured (post-warm-up) times on the base tree, seconds, in run order."""
    patched_times: list[float] = Field(default_factory=list)
    """Measured times on the patched tree, seconds; empty when the patch never got that far."""
    base_median: float | None = None
    """Median of the IQR-filtered base times."""
    patched_median: float | None = None
    """Median of the IQR-filtered patched times."""
    speedup: float | None = None
    """base_median / patched_median (> 1 means the patch is faster)."""
    speedup_ci: tuple[float, float] | None = None
    """95% percentile-bootstrap interval of the speedup (ratio of medians of resampled filtered times)."""
    gain: float | None = None
    """SWE-Perf gain of this workload (`effx.scoring.sweperf.test_gain` on the filtered times)."""
    base_error: str | None = None
    """Why the base measurement is missing or incomplete (failed test, timeout, crash)."""
    patched_error: str | None = None
    """Why the patched measurement is missing or incomplete."""
    base_usage: ResourceUsage | None = None
    """Per-run CPU time and peak memory on the base tree (command workloads under hyperfine 2.x)."""
    patched_usage: ResourceUsage | None = None
    """Per-run CPU time and peak memory on the patched tree (command workloads under hyperfine 2.x)."""


class InstanceResult(BaseModel):
    """Everything known about one instance after a run; one line of `repo_results.jsonl`."""

    instance_id: str
    """The instance."""
    model_name_or_path: str = ""
    """Author of the prediction."""
    status: InstanceStatus
    """Final status (see `InstanceStatus`)."""
    attempted: bool = False
    """The instance got as far as trying to apply the patch (false: it stopped before, e.g. in set-up)."""
    applied: bool = False
    """The patch applied (SWE-Perf's Apply)."""
    apply_method: str | None = None
    """Which step of the fallback chain applied it: `git apply`, `git apply --3way` or `patch`."""
    correct: bool = False
    """Applied, built, and the correctness check plus every workload passed (SWE-Perf's Correctness)."""
    gain: float = 0.0
    """SWE-Perf instance gain: mean workload gain when correct, else 0."""
    error: str | None = None
    """Human-readable reason for a non-ok status, naming the step that failed."""
    workloads: list[WorkloadResult] = Field(default_factory=list)
    """Per-workload timings and statistics; base timings are kept whatever happens to the patch."""
    runs: int = 0
    """Measured repetitions per workload and tree."""
    warmup: int = 0
    """Unmeasured warm-up repetitions per workload and tree."""
    duration_s: float = 0.0
    """Wall-clock time this instance took to evaluate."""


class RepoSummary(BaseModel):
    """SWE-Perf's three headline metrics over a run's N instances."""

    n: int
    """Number of instances (the denominator of all three)."""
    apply: float
    """Share of instances whose patch applied."""
    correctness: float
    """Share of instances whose patch applied, built and passed its checks."""
    performance: float
    """Sum of instance gains (failures 0) over N."""
    statuses: dict[str, int]
    """How many instances ended in each status."""
