"""One measuring process per solution: the driver's repeat mode, and what its result means.

The per-process protocol starts the program once per repetition, so a solution of a millisecond is
measured between an interpreter's start-up and a cold cache, and most of the command's time goes to
starting processes. In repeat mode (`EFFX_REPEAT`, see the drivers) the program loads the solution and
parses the cases once, then runs a warm-up pass and `repeat` repetitions of K passes itself. Fork
languages (`LanguagePlugin.repetitions == "fork"`) run every pass in a fresh fork of the loaded but never
called solution, so a module-level cache or a mutated argument never reaches the next pass; in-process
languages (JVM, Node, Go; only with the `shared` protocol) run the passes in one process on fresh
arguments and fresh instances, and static state carries over (README).

Calibration: K is chosen by the driver from the warm-up so that a repetition spans `floor_ns` of calls
(`MIN_REP_NS`); each repetition's runtime is the mean of its K passes.

What the launcher measured belongs to the whole execution, not to one repetition: each repetition's
`Measurement` carries the execution's wall and CPU time and memory integral divided by the number of
passes, and its peak resident memory. The cross-check (`effx.measure.crosscheck`) therefore judges the
whole execution at once: its claim is the median pass times the number of passes (`Repeated.execution`),
so a solution that computes once and reuses the answer in later passes cannot hide the work it skipped
behind honest but short later passes; the baseline is the trusted stub's skip run with the same plan.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass

from effx.measure.crosscheck import SKIP_ENV
from effx.measure.verdict import CASES_FILE, RESULT_FILE, Metric, Outcome, cases_file, failure
from effx.models import Limits, Measurement, Program, Status, Task
from effx.sandbox.base import CompileOutcome, Execution, Sandbox

REPEAT_ENV, INNER_ENV, FLOOR_ENV, PASS_TIMEOUT_ENV = ("EFFX_REPEAT", "EFFX_INNER", "EFFX_MIN_REP_NS",
                                                      "EFFX_PASS_TIMEOUT_MS")
MIN_REP_NS = 2_000_000
"""Calibration floor: a repetition spans at least 2 ms of calls. Every pass of a fork language is a fork
(about a millisecond of harness in Python), so a higher floor buys sub-millisecond precision with
throughput (README, "Measuring in one process")."""
PASS_TIMEOUT_EXIT, PASS_TIMEOUT_MARK = 124, "effx: time limit exceeded"
"""How a fork driver ends when it killed a pass that ran past `EFFX_PASS_TIMEOUT_MS`."""
MAX_INNER = 256
"""The drivers' cap on passes per repetition."""


def plan_env(repeat: int, *, inner: int | None = None, floor_ns: int = MIN_REP_NS,
             pass_timeout_ms: int = 0) -> dict[str, str]:
    """The environment that puts a driver in repeat mode."""
    env = {REPEAT_ENV: str(repeat), FLOOR_ENV: str(floor_ns)}
    if inner is not None:
        env[INNER_ENV] = str(inner)
    if pass_timeout_ms:
        env[PASS_TIMEOUT_ENV] = str(pass_timeout_ms)
    return env


def execution_limits(limits: Limits, repeat: int, floor_ns: int, kind: str) -> Limits:
    """The launcher's limits for a whole repeat-mode execution.

    Every pass is held to the task's limits: fork drivers kill a pass over the wall limit themselves, and
    RLIMIT_CPU counts each forked pass afresh. The launcher's limits are then only the backstop for all
    passes together (warm-up, `repeat` repetitions, calibration's extra passes of at most twice the floor
    per repetition); in-process languages share one CPU clock across passes, so it is scaled too.
    """
    extra_s = 2 * repeat * floor_ns / 1e9
    backstop = dict(wall_s=limits.wall_s * (repeat + 2) + extra_s)
    if kind == "in_process":
        backstop["cpu_s"] = limits.cpu_s * (repeat + 2) + extra_s
    return limits.model_copy(update=backstop)


@dataclass(frozen=True)
class Repeated:
    """A repeat-mode execution read back: the warm-up outcome and one measurement per repetition."""

    outcome: Outcome
    """The warm-up pass's status, outputs and measurement (ok outcomes only carry outputs to check)."""
    reps: list[Measurement]
    inner: int
    warmup_ms: float
    """The warm-up pass's claimed time on the metric's clock."""
    execution: Measurement | None
    """The whole execution for the cross-check: claimed = median pass x passes, outside = the launcher's."""


def _failed(outcome: Outcome) -> Repeated:
    return Repeated(outcome, [], 0, 0.0, None)


def run_repeated(sandbox: Sandbox, task: Task, program: Program, compiled: CompileOutcome, *, limits: Limits,
                 kind: str, repeat: int, cpu: int | None, metric: Metric, inner: int | None = None,
                 floor_ns: int = MIN_REP_NS, skip: bool = False) -> Repeated:
    """Run `program` once in repeat mode over every case of `task`, without checking outputs.

    Args:
        kind: the plugin's `repetitions` (`fork` or `in_process`).
        inner: passes per repetition; None lets the driver calibrate to `floor_ns`.
        skip: a skip run (`EFFX_SKIP_CALLS=1`) of a trusted program, for the cross-check's baseline.
    """
    env = plan_env(repeat, inner=inner, floor_ns=floor_ns,
                   pass_timeout_ms=int(limits.wall_s * 1000) if kind == "fork" else 0)
    if skip:
        env[SKIP_ENV] = "1"
    backstop = execution_limits(limits, repeat, floor_ns, kind)
    ex = sandbox.run(program.model_copy(update={"env": {**program.env, **env}}), compiled, limits=backstop,
                     inputs={CASES_FILE: cases_file(task)}, outputs=(RESULT_FILE,), cpu=cpu, forked=kind == "fork")
    if ex.exit_code == PASS_TIMEOUT_EXIT and PASS_TIMEOUT_MARK in ex.stderr_tail:
        return _failed(Outcome(Status.timeout, f"exceeded the {limits.wall_s:g} s time limit"))
    failed = failure(ex, backstop)
    if failed:
        return _failed(failed)
    return read_repeated(ex, task, limits, metric, skip=skip)


def read_repeated(ex: Execution, task: Task, limits: Limits, metric: Metric, *, skip: bool = False) -> Repeated:
    """Turn a finished repeat-mode execution's `result.json` into repetitions."""
    try:
        result = json.loads(ex.files[RESULT_FILE])
        outputs, inner = result["outputs"], int(result["inner"])
        key = "cpu_" if metric == "cpu" else ""
        warmup, reps = result[f"{key}times_ns"], result[f"{key}reps"]
        if not isinstance(reps, list) or not reps or not 1 <= inner <= 100_000:
            raise ValueError(f"{len(reps)} repetitions of {inner} passes")
    except (KeyError, ValueError, TypeError) as exc:
        return _failed(Outcome(Status.runtime_error, f"the driver wrote no valid {RESULT_FILE} in repeat mode "
                               f"({exc})\n{ex.stderr_excerpt(1000)}"))
    expected = 0 if skip else len(task.cases)
    if len(outputs) != expected or any(len(rep) != expected for rep in reps) or len(warmup) != expected:
        return _failed(Outcome(Status.runtime_error, f"{len(outputs)} outputs for {len(task.cases)} cases"))
    values = [value for rep in [warmup, *reps] for value in rep]
    bad = [value for value in values if not isinstance(value, int | float) or value < 0]
    if bad:  # no clock runs backwards: the driver's clock or its result was tampered with
        return _failed(Outcome(Status.measurement_rejected, f"measurement rejected: the driver reported a "
                               f"negative or non-numeric time ({bad[0]!r})"))
    passes = 1 + inner * len(reps)
    per_pass = [sum(rep) / inner / 1e6 for rep in reps]
    slowest = max(per_pass, default=0.0)
    if slowest > limits.wall_s * 1000:
        return _failed(Outcome(Status.timeout, f"a repetition's pass took {slowest:.0f} ms, over the "
                               f"{limits.wall_s:g} s time limit"))
    share = dict(wall_ms=ex.wall_ms / passes, cpu_ms=ex.cpu_ms / passes, peak_rss_kb=ex.peak_rss_kb,
                 mem_integral_mb_s=ex.mem_integral_mb_s / passes)
    runs = [Measurement(runtime_ms=ms, **share) for ms in per_pass]  # type: ignore[arg-type]
    warmup_ms = sum(warmup) / 1e6
    execution = Measurement(runtime_ms=statistics.median(per_pass) * passes if per_pass else 0.0,
                            wall_ms=ex.wall_ms, cpu_ms=ex.cpu_ms, peak_rss_kb=ex.peak_rss_kb,
                            mem_integral_mb_s=ex.mem_integral_mb_s)
    first = Measurement(runtime_ms=warmup_ms, **share)  # type: ignore[arg-type]
    return Repeated(Outcome(Status.ok, measurement=first, outputs=outputs), runs, inner, warmup_ms, execution)


def inconsistent(repeated: Repeated) -> bool:
    """Whether the warm-up pass took far longer than the measured passes of a fork language.

    Every fork starts from the same state, so an honest solution's passes take alike (the first one only
    meets colder caches). A warm-up several times slower than the rest means later passes found something
    an earlier one left: a file in the work directory, shared memory set up at load time. Such a solution
    is measured again with a process per repetition, where no pass can leave anything to the next.
    """
    if not repeated.reps:
        return False
    median = statistics.median(run.runtime_ms for run in repeated.reps)
    return repeated.warmup_ms > 3 * median + 2.0
