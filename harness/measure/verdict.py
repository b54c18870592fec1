"""One execution of a solution over all of a task's cases, and the verdict it earns.

This is where a sandbox's raw `Execution` becomes a status: limits hit, crashes, compile errors that only
show at import time (Python), and outputs checked against the expected ones.

`metric` decides what `Measurement.runtime_ms` holds: `time` (and `instructions`, whose counts are taken
separately, see `effx.measure.instructions`) the driver's monotonic-clock time inside the solution calls; `cpu`
the driver's thread CPU time inside the same calls (`cpu_times_ns`), which a neighbour that preempts
the program cannot inflate. Thread, not process, CPU time: under RLIMIT_CPU the kernel updates the
process clock only at scheduler ticks (4-10 ms), while the thread clock stays nanosecond-precise;
threads a solution starts itself are therefore not counted. Stdio tasks have no driver: their runtime is the wall time
(time) or the user + system CPU time (cpu) of the whole process, start-up included.
"""

from __future__ import annotations

import json
import signal as signals
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from effx.measure.checkers import accepts, preview
from effx.models import Limits, Measurement, Program, Status, Task
from effx.sandbox.base import CompileOutcome, Execution, Sandbox

CASES_FILE = "cases.json"
RESULT_FILE = "result.json"
COMPILE_ERROR_MARK = "effx: compile error"
"""Drivers of languages without a compile step print this on stderr when the solution fails to load."""
Metric = Literal["time", "cpu", "instructions"]
"""What a run is scored by; see the module docstring."""
_MEMORY_MARKS = ("MemoryError", "std::bad_alloc", "OutOfMemoryError", "out of memory",
                 "memory allocation of", "failed to allocate", "heap out of memory", "NoMemoryError")


@dataclass
class Outcome:
    """The verdict of one execution: a status and, when it ran to the end, a measurement and outputs."""

    status: Status
    message: str = ""
    measurement: Measurement | None = None
    outputs: list[Any] = field(default_factory=list)
    judge: str = ""
    """Which judge decided an ok or wrong_answer verdict (`Checker.label`); empty before judging."""


def limits_for(task: Task) -> Limits:
    """Run limits of a task (wall clock from the task, CPU a little above it)."""
    return Limits(wall_s=task.time_limit_s, cpu_s=task.time_limit_s + 1, memory_mb=task.memory_limit_mb)


def cases_file(task: Task) -> bytes:
    """The content of `cases.json` for a function task: one list of positional arguments per case.

    Kept per case list (a server or a reward loop measures one task over and over, and encoding thousands
    of cases costs about 10 ms each time); the list itself is held, so its identity cannot be reused.
    """
    key = id(task.cases)
    kept = _ENCODED.get(key)
    if kept is not None and kept[0] is task.cases and kept[1] == len(task.cases):
        return kept[2]
    encoded = json.dumps([case.input for case in task.cases]).encode()
    if len(_ENCODED) >= ENCODED_KEPT:
        _ENCODED.pop(next(iter(_ENCODED)))
    _ENCODED[key] = (task.cases, len(task.cases), encoded)
    return encoded


ENCODED_KEPT = 64
_ENCODED: dict[int, tuple[list[Any], int, bytes]] = {}
"""Encoded `cases.json` by the identity of the case list it encodes (oldest dropped first)."""


def failure(ex: Execution, limits: Limits) -> Outcome | None:
    """The status of an execution that did not run to a normal end, or None if it did."""
    if ex.sandbox_error:
        return Outcome(Status.sandbox_error, ex.sandbox_error)
    tail = ex.stderr_excerpt(2000)
    # Checked first: runtimes that swallow write errors (Java) keep looping until the clock runs out.
    if ex.output_exceeded or ex.signal == signals.SIGXFSZ or "File too large" in tail:
        return Outcome(Status.output_limit, f"wrote more than {limits.output_bytes} bytes")
    if ex.timed_out or ex.signal in (signals.SIGXCPU, signals.SIGKILL) and ex.wall_ms >= limits.wall_s * 1000:
        return Outcome(Status.timeout, f"exceeded the {limits.wall_s:g} s time limit")
    if ex.signal == signals.SIGXCPU:
        return Outcome(Status.timeout, f"exceeded the {limits.cpu_s:g} s CPU-time limit")
    if ex.memory_exceeded:
        return Outcome(Status.memory_limit, f"exceeded the {limits.memory_mb} MB memory limit")
    if ex.exit_code == 0 and ex.signal is None:
        return None
    if COMPILE_ERROR_MARK in tail:
        return Outcome(Status.compile_error, tail)
    if any(mark in tail for mark in _MEMORY_MARKS):
        return Outcome(Status.memory_limit, f"ran out of memory under the {limits.memory_mb} MB limit\n{tail}")
    how = f"killed by signal {ex.signal}" if ex.signal else f"exit code {ex.exit_code}"
    return Outcome(Status.runtime_error, f"{how}\n{tail}".strip())


def _measurement(runtime_ms: float, ex: Execution) -> Measurement:
    return Measurement(runtime_ms=runtime_ms, wall_ms=ex.wall_ms, cpu_ms=ex.cpu_ms,
                       peak_rss_kb=ex.peak_rss_kb, mem_integral_mb_s=ex.mem_integral_mb_s)


def _run_function(sandbox: Sandbox, task: Task, program: Program, compiled: CompileOutcome,
                  limits: Limits, cpu: int | None, metric: Metric) -> Outcome:
    ex = sandbox.run(program, compiled, limits=limits, inputs={CASES_FILE: cases_file(task)},
                     outputs=(RESULT_FILE,), cpu=cpu)
    failed = failure(ex, limits)
    if failed:
        return failed
    try:
        result = json.loads(ex.files[RESULT_FILE])
        outputs, times = result["outputs"], result["times_ns" if metric != "cpu" else "cpu_times_ns"]
    except (KeyError, ValueError, TypeError) as exc:
        return Outcome(Status.runtime_error, f"the driver wrote no valid {RESULT_FILE} ({exc})\n"
                       f"{ex.stderr_excerpt(1000)}")
    if len(outputs) != len(task.cases):
        return Outcome(Status.runtime_error, f"{len(outputs)} outputs for {len(task.cases)} cases")
    negative = [index + 1 for index, value in enumerate(times) if not isinstance(value, int | float) or value < 0]
    if negative:  # no clock runs backwards: the driver's clock or its result was tampered with
        return Outcome(Status.measurement_rejected, f"measurement rejected: the driver reported a negative or "
                       f"non-numeric time for case {negative[0]} of {len(task.cases)} ({times[negative[0] - 1]!r})")
    return Outcome(Status.ok, measurement=_measurement(sum(times) / 1e6, ex), outputs=outputs)


def _run_stdio(sandbox: Sandbox, task: Task, program: Program, compiled: CompileOutcome,
               limits: Limits, cpu: int | None, metric: Metric) -> Outcome:
    outputs: list[Any] = []
    total: Measurement | None = None
    for case in task.cases:
        ex = sandbox.run(program, compiled, limits=limits, stdin=str(case.input).encode(), cpu=cpu)
        failed = failure(ex, limits)
        if failed:
            return failed
        outputs.append(ex.stdout.decode("utf-8", "replace"))
        m = _measurement(ex.cpu_ms if metric == "cpu" else ex.wall_ms, ex)
        total = m if total is None else Measurement(
            runtime_ms=total.runtime_ms + m.runtime_ms, wall_ms=total.wall_ms + m.wall_ms,
            cpu_ms=total.cpu_ms + m.cpu_ms, peak_rss_kb=max(total.peak_rss_kb, m.peak_rss_kb),
            mem_integral_mb_s=total.mem_integral_mb_s + m.mem_integral_mb_s)
    return Outcome(Status.ok, measurement=total, outputs=outputs)


def execute(sandbox: Sandbox, task: Task, program: Program, compiled: CompileOutcome,
            *, limits: Limits | None = None, cpu: int | None = None, metric: Metric = "time") -> Outcome:
    """Run a compiled program once over every case of `task`, without checking outputs.

    Raises nothing for the solution's failures (they become the outcome's status); a driver without
    `cpu_times_ns` under `metric="cpu"` is a runtime_error naming the missing field.
    """
    limits = limits or limits_for(task)
    run = _run_stdio if task.mode == "stdio" else _run_function
    return run(sandbox, task, program, compiled, limits, cpu, metric)


def check(task: Task, outcome: Outcome, sandbox: Sandbox | None = None) -> Outcome:
    """Judge an ok outcome's outputs: the first rejected case becomes wrong_answer.

    Built-in checker kinds compare here; a `program` checker runs in `sandbox` (`effx.measure.judge`), and
    when it fails itself the outcome is a `sandbox_error` (the judge's fault, never the solution's).
    The returned outcome records which judge decided (`Outcome.judge`).
    """
    if outcome.status != Status.ok:
        return outcome
    judge = task.checker.label
    rejected, reason = None, ""
    if task.checker.kind == "program":
        from effx.measure.judge import run_checker

        if sandbox is None:
            raise ValueError(f"task {task.id}: a checker program needs a sandbox to run in")
        judgement = run_checker(sandbox, task, outcome.outputs)
        if judgement.error:
            return replace(outcome, status=Status.sandbox_error, message=f"judge error: {judgement.error}",
                           judge=judge)
        rejected, reason = judgement.rejected, judgement.message
    else:
        stdio = task.mode == "stdio"
        rejected = next((index for index, (case, actual) in enumerate(zip(task.cases, outcome.outputs, strict=True))
                         if not accepts(task.checker, case.expected, actual, stdio=stdio)), None)
    if rejected is None:
        return replace(outcome, judge=judge)
    case, actual = task.cases[rejected], outcome.outputs[rejected]
    message = (f"case {rejected + 1} of {len(task.cases)}: input {preview(case.input)}\n"
               f"expected {preview(case.expected)}\ngot      {preview(actual)}")
    if reason:
        message += f"\n{judge}: {reason}"
    return Outcome(Status.wrong_answer, message, outcome.measurement, outcome.outputs, judge=judge)
