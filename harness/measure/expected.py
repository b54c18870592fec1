"""Expected outputs: computed once by running the task's oracle reference, then cached on disk.

The cache key covers the case inputs, the oracle's code and its language's toolchain, so editing a
generator, a seed or the oracle recomputes the answers, and nothing else does.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from effx.cache import cache_dir, dump_json
from effx.languages.toolchains import toolchain_key
from effx.measure.verdict import execute
from effx.models import Limits, Status, Task
from effx.registry import get_language
from effx.sandbox.base import Sandbox


class OracleError(RuntimeError):
    """The oracle reference itself failed: the task, not the candidate, is broken."""


def _key(task: Task, code: str) -> str:
    blob = json.dumps([task.id, task.mode, [c.input for c in task.cases], code], sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:24]


def ensure_expected(task: Task, sandbox: Sandbox, *, cache: Path | None = None) -> None:
    """Fill `task.cases[i].expected` from the oracle reference (cached), unless already present."""
    if all(case.expected is not None for case in task.cases):
        return
    language, _, name = task.oracle.partition("/")
    oracle = next((r for r in task.references_for(language) if r.name == name), None)
    if oracle is None:
        raise OracleError(f"task {task.id}: oracle {task.oracle!r} is not among its references")
    path = (cache or cache_dir()) / "expected" / task.suite / f"{task.id}-{_key(task, oracle.code)}.json"
    if path.exists():
        outputs = json.loads(path.read_text())
    else:
        program = get_language(language).render(task, oracle.code, toolchain_key(language))
        compiled = sandbox.compile(program)
        if not compiled.ok:
            raise OracleError(f"task {task.id}: oracle {task.oracle} does not compile:\n{compiled.message}")
        limits = Limits(wall_s=max(60.0, task.time_limit_s), cpu_s=max(61.0, task.time_limit_s + 1),
                        memory_mb=max(2048, task.memory_limit_mb))
        outcome = execute(sandbox, task, program, compiled, limits=limits)
        if outcome.status != Status.ok:
            raise OracleError(f"task {task.id}: oracle {task.oracle} failed ({outcome.status.value}): "
                              f"{outcome.message}")
        outputs = outcome.outputs
        dump_json(path, outputs)
    for case, output in zip(task.cases, outputs, strict=True):
        case.expected = output
