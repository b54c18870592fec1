"""Seeded test cases from a dataset's generator code, run in isolation because the code is untrusted.

A public dataset's generator is arbitrary Python written by its authors (or a model). effx never
executes it in its own process: `generate_cases` writes a small program (`gen.py`, the source of
`case_generator.py`, plus the generator as `generator.py`) and hands it to a `ScriptRunner` with
`cases.json` to read back. The runner is the caller's: tasks are data and never start a process, so
whoever loads the suite (`effx.registry.get_suite_loader`) passes one that runs scripts in the sandbox.
Results are cached on disk by (generator, parameters, seed, count), so loading a suite twice runs
nothing the second time. Generated cases have no expected outputs: the runner fills them from the task's
oracle reference.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from effx.cache import cache_dir, dump_json
from effx.models import Limits

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


class ScriptRun(Protocol):
    """What `generate_cases` reads of one finished run of a script (a sandbox `Execution` is one)."""

    @property
    def exit_code(self) -> int | None: ...
    @property
    def signal(self) -> int | None: ...
    @property
    def timed_out(self) -> bool: ...
    @property
    def memory_exceeded(self) -> bool: ...
    @property
    def stderr_tail(self) -> str: ...
    @property
    def files(self) -> Mapping[str, bytes]: ...
    @property
    def sandbox_error(self) -> str | None: ...


class ScriptRunner(Protocol):
    """Runs the Python script `script` among `files` in isolation, reading `outputs` back.

    Returns the finished run, or why the script could not even be prepared.
    """

    def __call__(self, files: dict[str, str], script: str, *, env: dict[str, str], limits: Limits,
                 outputs: tuple[str, ...]) -> ScriptRun | str: ...


OpenScripts = Callable[[], AbstractContextManager[ScriptRunner]]
"""Opens a script runner for a batch of generators, and closes it after; called only when one must run."""


def _run(run_script: ScriptRunner, job: GeneratorJob, seed: int, count: int) -> list[Any] | str:
    config = json.dumps({"seed": seed, "count": count, "params": list(job.params)})
    files = {"gen.py": _SCRIPT.read_text(), "generator.py": job.source, "gen_config.json": config}
    ex = run_script(files, "gen.py", env={"PYTHONHASHSEED": "0"}, limits=LIMITS, outputs=("cases.json",))
    if isinstance(ex, str):
        return f"could not prepare the generator: {ex}"
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
                   scripts: OpenScripts) -> dict[str, list[Any] | str]:
    """Generated argument lists per task id, or the reason generation failed for that task.

    Args:
        jobs: the generators to run.
        suite: suite name, part of the cache path.
        seed: seed given to `random.seed` before the first call.
        count: cases per task.
        scripts: opens where the generators run; not called when every result is cached.
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
    with scripts() as run_script:
        for job, path in todo:
            outcome = _run(run_script, job, seed, count)
            results[job.task_id] = outcome
            if not isinstance(outcome, str):
                dump_json(path, outcome)
    return results
