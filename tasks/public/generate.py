"""Seeded test cases from a dataset's generator code, run in the sandbox because the code is untrusted.

A public dataset's generator is arbitrary Python written by its authors (or a model). effx never
executes it in its own process: `generate_cases` renders a small program (`gen.py`, the source of
`case_generator.py`, plus the generator as `generator.py`) and runs it in the sandbox with
`cases.json` read back. Results are cached on disk by (generator, parameters, seed, count), so
loading a suite twice runs nothing the second time. Generated cases have no expected outputs: the
runner fills them from the task's oracle reference.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from effx.cache import cache_dir, dump_json
from effx.models import Limits, Program
from effx.sandbox.base import Sandbox

DEFAULT_COUNT = 20
"""Generated cases per task when neither the loader argument nor `EFFX_GENERATED_CASES` says otherwise."""
LIMITS = Limits(wall_s=60, cpu_s=61, memory_mb=2048, output_bytes=256 * 1024 * 1024)
_SCRIPT = Path(__file__).with_name("case_generator.py")


@dataclass(frozen=True)
class GeneratorJob:
    """One task's generator and the parameters its cases must fill."""

    task_id: str
    source: str
    params: tuple[str, ...]


def case_count(requested: int | None) -> int:
    """Cases to generate per task: the loader argument, else `$EFFX_GENERATED_CASES`, else 20."""
    if requested is not None:
        return max(0, requested)
    text = os.environ.get("EFFX_GENERATED_CASES", "")
    try:
        return max(0, int(text)) if text else DEFAULT_COUNT
    except ValueError:
        raise ValueError(f"EFFX_GENERATED_CASES={text!r} is not a whole number") from None


def _cache_path(suite: str, job: GeneratorJob, seed: int, count: int) -> Path:
    blob = json.dumps([job.source, job.params, seed, count, _SCRIPT.read_text()], sort_keys=True)
    key = hashlib.sha256(blob.encode()).hexdigest()[:24]
    return cache_dir() / "generated" / suite / f"{job.task_id}-{key}.json"


def _program(job: GeneratorJob, seed: int, count: int) -> Program:
    from effx.languages.python.plugin import find_interpreter

    config = json.dumps({"seed": seed, "count": count, "params": list(job.params)})
    return Program(language="python", files={"gen.py": _SCRIPT.read_text(), "generator.py": job.source,
                                             "gen_config.json": config},
                   run_argv=[find_interpreter(), "-B", "gen.py"], env={"PYTHONHASHSEED": "0"})


def _run(sandbox: Sandbox, job: GeneratorJob, seed: int, count: int) -> list[Any] | str:
    program = _program(job, seed, count)
    compiled = sandbox.compile(program)
    if not compiled.ok:
        return f"could not prepare the generator: {compiled.sandbox_error or compiled.message}"
    ex = sandbox.run(program, compiled, limits=LIMITS, outputs=("cases.json",))
    if ex.sandbox_error:
        return f"sandbox error while generating cases: {ex.sandbox_error}"
    if ex.timed_out:
        return f"the generator ran longer than {LIMITS.wall_s:g} s for {count} cases"
    if ex.memory_exceeded:
        return f"the generator exceeded {LIMITS.memory_mb} MB"
    if ex.exit_code != 0 or "cases.json" not in ex.files:
        tail = ex.stderr_tail.strip().splitlines()
        return f"the generator failed: {tail[-1] if tail else f'exit code {ex.exit_code}, signal {ex.signal}'}"
    cases: list[Any] = json.loads(ex.files["cases.json"])
    return cases


def generate_cases(jobs: list[GeneratorJob], *, suite: str, seed: int, count: int,
                   sandbox: Sandbox | None = None) -> dict[str, list[Any] | str]:
    """Generated argument lists per task id, or the reason generation failed for that task.

    Args:
        jobs: the generators to run.
        suite: suite name, part of the cache path.
        seed: seed given to `random.seed` before the first call.
        count: cases per task.
        sandbox: where to run them; default a new `local` sandbox, closed afterwards.
    """
    results: dict[str, list[Any] | str] = {}
    todo: list[tuple[GeneratorJob, Path]] = []
    for job in jobs:
        path = _cache_path(suite, job, seed, count)
        if count == 0:
            results[job.task_id] = []
        elif path.is_file():
            results[job.task_id] = json.loads(path.read_text())
        else:
            todo.append((job, path))
    if not todo:
        return results
    owned = sandbox is None
    if sandbox is None:
        from effx.sandbox import get_sandbox

        sandbox = get_sandbox("local")
    try:
        for job, path in todo:
            outcome = _run(sandbox, job, seed, count)
            results[job.task_id] = outcome
            if not isinstance(outcome, str):
                dump_json(path, outcome)
    finally:
        if owned:
            sandbox.close()
    return results
