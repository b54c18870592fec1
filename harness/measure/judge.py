"""Checker programs: a task's own judge, run in the sandbox over a solution's outputs.

A task whose answers are many (any topological order, any shortest path) or whose dataset ships its own
judge (Mercury's `evaluate_offline`) names a checker program (`Checker(kind="program")`). After a
solution's run, and outside its timed region, the checker sees every case's input, expected output (the
oracle's) and the solution's output, in one sandboxed process per judged solution, and accepts or
rejects each case with a message. The same checker on the same checks (references and many samples
answer alike) runs once: its verdict is kept, failures aside.

* A Python checker defines `check(input, expected, output)` returning True / False or
  `(accepted, message)`; effx's runner (`judge_files/check_runner.py`) calls it case by case and stops at
  the first rejection. The `lctk` list/tree helpers (`judge_files/lctk.py`) sit beside it.
* A checker in another plugin language is a whole program, built as that plugin builds a stdio solution:
  it reads `checks.json`, a JSON list of `{"input", "expected", "output"}`, and writes `verdicts.json`, a
  JSON list of `[accepted, message]` (one per case, in order; it may stop after a rejection).

A Python `check()` that raises on an output while it judges the expected output without raising rejects
that output (the runner's `blame`). A checker that crashes otherwise, runs out of time or memory, or
writes no valid `verdicts.json` is the judge's failure, never the solution's: the result is a
`sandbox_error` naming the checker, with its stderr.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from effx.models import Limits, Program, Task

if TYPE_CHECKING:
    from effx.sandbox.base import Sandbox

CHECKS_FILE = "checks.json"
VERDICTS_FILE = "verdicts.json"
FILES = Path(__file__).parent / "judge_files"
LIMITS = Limits(wall_s=60, cpu_s=60, memory_mb=2048, output_bytes=16 << 20)
"""A checker's own limits: generous, since its cost is never the solution's."""
JUDGED_KEPT = 4096
_JUDGED: dict[str, Judgement] = {}
"""Verdicts by checker program and checks (oldest dropped first); failures are never kept."""


@dataclass(frozen=True)
class Judgement:
    """What a checker program said about one solution's outputs."""

    rejected: int | None = None
    """0-based index of the first rejected case; None when every case was accepted."""
    message: str = ""
    """The checker's reason for the rejection."""
    error: str | None = None
    """Set when the checker itself failed (crash, limit, garbage): no verdict on the solution."""


@cache
def _judge_file(name: str) -> str:
    return (FILES / name).read_text(encoding="utf-8")


def checker_program(task: Task) -> Program:
    """The sandbox program of `task`'s checker: effx's runner around a Python `check`, or the plugin's
    stdio build of a checker written in another language."""
    from effx.languages.toolchains import toolchain_key
    from effx.registry import get_language

    checker = task.checker
    stdio = Task(id=f"{task.id}.checker", title=f"checker of {task.id}", mode="stdio")
    plugin = get_language(checker.language)
    if checker.language != "python":
        return plugin.render(stdio, checker.source, toolchain_key(checker.language))
    program = plugin.render(stdio, _judge_file("check_runner.py"), toolchain_key("python"))
    files = {**program.files, "checker.py": checker.source, "lctk.py": _judge_file("lctk.py")}
    return program.model_copy(update={"files": files})


def run_checker(sandbox: Sandbox, task: Task, outputs: list[Any]) -> Judgement:
    """Judge `outputs` (one per case of `task`) with the task's checker program, in `sandbox`."""
    program = checker_program(task)
    compiled = sandbox.compile(program)
    name = task.checker.label
    if not compiled.ok:
        return Judgement(error=f"the {name} does not build: "
                               f"{compiled.sandbox_error or compiled.message.strip()[-1000:]}")
    checks = [{"input": case.input, "expected": case.expected, "output": output}
              for case, output in zip(task.cases, outputs, strict=True)]
    payload = json.dumps(checks).encode()
    # References (and many samples) answer alike: the same checker on the same checks says the same.
    key = hashlib.sha256(b"\0".join([program.model_dump_json().encode(), payload])).hexdigest()
    if key in _JUDGED:
        return _JUDGED[key]
    ex = sandbox.run(program, compiled, limits=LIMITS, inputs={CHECKS_FILE: payload}, outputs=(VERDICTS_FILE,))
    if not ex.ok:
        how = (ex.sandbox_error or ("timed out" if ex.timed_out else "ran out of memory" if ex.memory_exceeded
               else f"killed by signal {ex.signal}" if ex.signal else f"exit code {ex.exit_code}"))
        return Judgement(error=f"the {name} failed ({how}): {ex.stderr_excerpt(1500)}")
    judgement = _read_verdicts(ex.files.get(VERDICTS_FILE), len(checks), name)
    if judgement.error is None:
        if len(_JUDGED) >= JUDGED_KEPT:
            _JUDGED.pop(next(iter(_JUDGED)))
        _JUDGED[key] = judgement
    return judgement


def _read_verdicts(raw: bytes | None, cases: int, name: str) -> Judgement:
    if raw is None:
        return Judgement(error=f"the {name} wrote no {VERDICTS_FILE}")
    try:
        verdicts = json.loads(raw)
    except ValueError as exc:
        return Judgement(error=f"the {name} wrote a {VERDICTS_FILE} that is not JSON ({exc}): {raw[:200]!r}")
    shape = (isinstance(verdicts, list) and 0 < len(verdicts) <= cases
             and all(isinstance(v, list) and len(v) == 2 and isinstance(v[0], bool) for v in verdicts))
    if not shape:
        return Judgement(error=f"the {name}'s {VERDICTS_FILE} is not a list of [accepted, message] pairs, one "
                               f"per case: {raw[:200]!r}")
    for index, (accepted, message) in enumerate(verdicts):
        if not accepted:
            return Judgement(rejected=index, message=str(message))
    if len(verdicts) < cases:
        return Judgement(error=f"the {name} judged {len(verdicts)} of {cases} cases and rejected none")
    return Judgement()
