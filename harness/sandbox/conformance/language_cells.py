"""Language cells: the same programs in every language, through the real measuring stack, judged.

A cell builds the suite's tasks (echo round trips of every vocabulary type, a stdio echo, and the sum
task solved well and badly in every way, see `solutions.py`), hands each task's jobs to `measure_task`
(one call per task, so a compile and its runs are shared by every check of that task) and judges each
result. Going through `measure_task` rather than the sandbox directly is the point: a backend or a
language conforms only if the verdict a user would get is right. Tasks run two at a time: compiles
dominate and a small machine has two cores.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from effx.sandbox.base import excerpt
from effx.sandbox.conformance.listener import HostListener
from effx.sandbox.conformance.result import CheckResult
from effx.sandbox.conformance.solutions import FAILURES, ROUND_TRIPS, STDIO_ECHO, echo_solution, sum_solution

if TYPE_CHECKING:
    from effx.measure.protocol import Job
    from effx.models import RunResult, Task
    from effx.sandbox.base import Sandbox

VERDICT_CASES = [case for case in FAILURES if case not in ("no_network", "no_write_outside")]
"""Sum variants judged by their status alone (the isolation cases need more)."""
SUM_CASES = [[1, 2, 3], [5] * 1000, []]
CONNECT_FAILED = re.compile(r"connect|refused|unreachable", re.I)
"""What every language's error for a failed connection mentions (so a crash for another reason fails)."""
WRITE_FAILED = re.compile(r"read-only|permission denied|no such file|erofs|eacces|enoent", re.I)
"""What every language's error for a refused write mentions."""
MESSAGE_TAIL = 1500


def language_cases() -> dict[str, str]:
    """Every case of a language cell, with what it must do."""
    cases = {case: f"ok (a {type_name} value round-trips unchanged)"
             for case, (type_name, _, _) in ROUND_TRIPS.items()}
    cases["stdio_echo"] = "ok (stdin copied to stdout)"
    for case in VERDICT_CASES:
        cases[case] = {
            "ok": "ok with a measured runtime",
            "runtime_error": "runtime_error carrying 'boom from solution'",
            "compile_error": "compile_error carrying the compiler's message",
        }.get(FAILURES[case], f"{FAILURES[case]} without a runtime")
    cases["no_network"] = "runtime_error naming the failed connection to the host"
    cases["no_write_outside"] = "runtime_error naming the refused write, nothing created on the host"
    return cases


def echo_task(case: str, type_name: str, inputs: list[object], outputs: list[object]) -> Task:
    """A function task whose solution returns its one argument of vocabulary type `type_name`."""
    from effx.models import Param, Signature, Task, TestCase

    expected = outputs or inputs
    return Task(
        id=f"echo_{case}", title=f"echo {type_name}", time_limit_s=10,
        signature=Signature(name="echo", params=[Param(name="x", type=type_name)], returns=type_name),
        cases=[TestCase(input=[value], expected=out) for value, out in zip(inputs, expected, strict=True)],
    )


def stdio_task() -> Task:
    """A stdio task whose program copies its input to its output."""
    from effx.models import Task, TestCase
    from effx.sandbox.conformance.solutions import STDIO_INPUTS

    return Task(id="stdio_echo", title="copy stdin to stdout", mode="stdio", time_limit_s=10,
                cases=[TestCase(input=text, expected=text) for text in STDIO_INPUTS])


def sum_task() -> Task:
    """The task every `FAILURES` variant solves (or fails to): the sum of a list of ints."""
    from effx.models import Param, Signature, Task, TestCase

    return Task(
        id="sum_list", title="sum of a list", time_limit_s=3, memory_limit_mb=256,
        signature=Signature(name="total", params=[Param(name="nums", type="list[int]")], returns="int64"),
        cases=[TestCase(input=[nums], expected=sum(nums)) for nums in SUM_CASES],
    )


def evaluate_cell(sandbox: Sandbox, language: str, *, port: int, escape: Path) -> dict[str, RunResult]:
    """Every case of the suite for `language` on `sandbox`, as `{case name: result}`.

    Args:
        sandbox: The backend to run on.
        language: A registered language name.
        port: Port of a TCP listener on the host's loopback (the `no_network` program connects to it).
        escape: Absolute path outside the work directory (the `no_write_outside` program creates it).
    """
    from effx.measure.protocol import Job, measure_task

    batches: list[tuple[Task, list[Job]]] = []
    for case, (type_name, inputs, outputs) in ROUND_TRIPS.items():
        task = echo_task(case, type_name, inputs, outputs)
        batches.append((task, [Job(task.id, language, echo_solution(language, type_name), case, 0, "reference")]))
    stdio = stdio_task()
    batches.append((stdio, [Job(stdio.id, language, STDIO_ECHO[language], "stdio_echo", 0, "reference")]))
    summing = sum_task()
    batches.append((summing, [
        Job(summing.id, language, sum_solution(language, case, port=port, escape=str(escape)), case, 0,
            "reference")
        for case in FAILURES
    ]))
    with ThreadPoolExecutor(max_workers=2) as pool:
        done = pool.map(lambda batch: measure_task(batch[0], batch[1], sandbox, repeat=1), batches)
        return {result.model: result for results in done for result in results}


def toolchain_problem(language: str) -> str | None:
    """Why `language` cannot run on this machine (its version probe fails), or None."""
    from effx.registry import get_language

    plugin = get_language(language)
    argv = plugin.toolchain.version_argv
    if shutil.which(argv[0]) is None:
        return f"{argv[0]} not found ({plugin.toolchain.install_hint})"
    probe = subprocess.run(argv, capture_output=True, timeout=60, check=False)
    return None if probe.returncode == 0 else f"`{' '.join(argv)}` failed ({plugin.toolchain.install_hint})"


def check_language(sandbox: Sandbox, language: str, *, listener: HostListener) -> list[CheckResult]:
    """Run and judge every case of `language` on `sandbox` (toolchain and image already checked).

    The isolation cases are skipped when the sandbox does not isolate (the local backend without
    bubblewrap): there is nothing to check.
    """
    isolated = getattr(sandbox, "isolation", "container") != "none"
    escape = Path("/etc") / f"effx-conformance-{uuid.uuid4().hex[:12]}"
    try:
        results = evaluate_cell(sandbox, language, port=listener.port, escape=escape)
    finally:
        escaped = escape.exists()
        escape.unlink(missing_ok=True)
        listener.accepted()  # the next check counts only its own connections
    checks = []
    for case, expected in language_cases().items():
        result = results.get(case)
        if case in ("no_network", "no_write_outside") and not isolated:
            checks.append(CheckResult(sandbox.name, language, case, False, expected, "not run",
                                      skipped="the local sandbox runs without bubblewrap here: no "
                                              f"{'network' if case == 'no_network' else 'filesystem'} "
                                              "isolation to check"))
        elif result is None:
            checks.append(CheckResult(sandbox.name, language, case, False, expected, "no result"))
        else:
            passed, notes = judge(case, result, escaped=escaped, escape=escape)
            got = ", ".join([result.status.value, *notes])
            checks.append(CheckResult(sandbox.name, language, case, passed, expected, got,
                                      excerpt(result.message, MESSAGE_TAIL)))
    return checks


def judge(case: str, result: RunResult, *, escaped: bool, escape: Path) -> tuple[bool, list[str]]:
    """Whether `result` is right for `case`, and notes on what was wrong beyond its status."""
    from effx.models import Status

    notes: list[str] = []
    if case in ROUND_TRIPS or case == "stdio_echo":
        return result.status == Status.ok, notes
    if case == "no_network":
        if not CONNECT_FAILED.search(result.message):
            notes.append("message does not name a failed connection")
        return result.status == Status.runtime_error and not notes, notes
    if case == "no_write_outside":
        if escaped:
            notes.append(f"created {escape} on the host")
        if not WRITE_FAILED.search(result.message):
            notes.append("message does not name a refused write")
        return result.status == Status.runtime_error and not notes, notes
    if result.status == Status.ok and (result.runtime_ms is None or not result.repeats):
        notes.append("no runtime measured")
    if result.status != Status.ok and (result.runtime_ms is not None or result.repeats):
        notes.append("a runtime was measured")
    if case == "runtime_error" and "boom from solution" not in result.message:
        notes.append("message lacks 'boom from solution'")
    if case == "compile_error" and not result.message.strip():
        notes.append("no compiler message")
    return result.status.value == FAILURES[case] and not notes, notes
