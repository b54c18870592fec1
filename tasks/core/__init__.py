"""The built-in `core` suite: task folders under this package, loaded and validated by pydantic.

Layout of one task, `tasks/core/<task_id>/`:

* `task.json` -- a `TaskSpec` (see below): title, difficulty, mode, signature, checker, limits, oracle.
* `statement.md` -- the problem statement in Markdown.
* `generator.py` -- defines `generate(rng: random.Random) -> list`, returning the generated cases: for a
  function task each case is the list of positional arguments (JSON values), for a stdio task the
  stdin text. It must depend only on `rng`, so a seed fixes the cases.
* `references/<language>/<name>.<ext>` -- reference solutions, in the shape candidates must have.
* `checker.py` (optional, any name) -- a checker program for tasks whose valid answers are many, named by
  `"checker": {"kind": "program", "file": "checker.py"}` (see `effx.measure.judge`).

Fixed edge cases (`fixed_cases` in task.json) run before the generated ones. Expected outputs are not
stored: they come from running the oracle reference, cached by the runner. Generated cases are cached
too (`<effx cache>/cases/core/`, keyed by the generator's source, the seed and the Python version), because
running all generators costs seconds on every load; `EFFX_FRESH_CASES=1` ignores the cache, which is how
`effx validate` checks that a generator is deterministic.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import runpy
import sys
import tempfile
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from effx.models import Checker, Reference, Signature, Task, TestCase
from effx.tasks.suite import Suite, SuiteError

ROOT = Path(__file__).parent
EXTENSIONS = {"py": "python", "cpp": "cpp", "c": "c", "java": "java", "js": "javascript",
              "go": "go", "rs": "rust", "rb": "ruby"}


class TaskSpec(BaseModel):
    """Schema of `task.json`."""

    model_config = {"extra": "forbid"}

    title: str
    """Human-readable title."""
    difficulty: Literal["easy", "medium", "hard"]
    """Difficulty label."""
    mode: Literal["function", "stdio"] = "function"
    """function or stdio."""
    signature: Signature | None = None
    """Required for function tasks."""
    checker: Checker = Field(default_factory=Checker)
    """Output comparison."""
    oracle: str
    """`language/name` of the reference that defines expected outputs (normally the fastest)."""
    seed: int = 1
    """Seed of the case generator."""
    time_limit_s: float = 10.0
    """Wall-clock limit of one run over all cases."""
    memory_limit_mb: int = 1024
    """Memory limit of one run."""
    fixed_cases: list[Any] = Field(default_factory=list)
    """Edge cases run before the generated ones, in the same shape as generated cases."""
    complexity: dict[str, str] = Field(default_factory=dict)
    """Reference name -> complexity, for documentation."""
    tags: list[str] = Field(default_factory=list)
    """Topic tags."""


class TaskFileError(SuiteError):
    """A task folder whose files do not validate; the message names the file and field."""


def _spec(folder: Path) -> TaskSpec:
    path = folder / "task.json"
    try:
        spec = TaskSpec.model_validate(json.loads(path.read_text()))
    except (OSError, json.JSONDecodeError) as exc:
        raise TaskFileError(f"{path}: {exc}") from exc
    except ValidationError as exc:
        fields = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise TaskFileError(f"{path}: {fields}") from exc
    if spec.mode == "function" and spec.signature is None:
        raise TaskFileError(f"{path}: signature: required for a function task")
    return spec


FRESH_CASES_ENV = "EFFX_FRESH_CASES"
"""Set to 1 to run every generator instead of reading its cached cases."""


def generate_cases(folder: Path, seed: int) -> list[Any]:
    """The task's generated cases: its generator run with `random.Random(seed)`, or the cached result of that."""
    source = (folder / "generator.py").read_bytes()
    key = hashlib.sha256(source + f"|{seed}|{sys.version_info[:2]}".encode()).hexdigest()[:16]
    from effx.cache import cache_dir

    path = cache_dir() / "cases" / "core" / f"{folder.name}-{key}.json"
    if os.environ.get(FRESH_CASES_ENV) != "1" and path.is_file():
        try:
            cached: list[Any] = json.loads(path.read_text(encoding="utf-8"))
            return cached
        except (OSError, ValueError):
            pass  # a damaged entry: generate again and replace it
    namespace = runpy.run_path(str(folder / "generator.py"))
    cases = list(namespace["generate"](random.Random(seed)))
    _write_atomically(path, json.dumps(cases))
    return cases


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temporary, path)


def load_task(folder: Path, *, with_cases: bool = True) -> Task:
    """Load one task folder into a Task (cases without expected outputs)."""
    spec = _spec(folder)
    references = []
    for path in sorted((folder / "references").glob("*/*")):
        language = path.parent.name
        if EXTENSIONS.get(path.suffix.lstrip(".")) != language:
            raise TaskFileError(f"{path}: extension does not match language folder {language!r}")
        references.append(Reference(name=path.stem, language=language, code=path.read_text(),
                                    complexity=spec.complexity.get(path.stem, "")))
    if spec.oracle not in {f"{r.language}/{r.name}" for r in references}:
        raise TaskFileError(f"{folder / 'task.json'}: oracle: no reference {spec.oracle!r}")
    cases = []
    if with_cases:
        raw = spec.fixed_cases + generate_cases(folder, spec.seed)
        cases = [TestCase(input=c) for c in raw]
    statement = folder / "statement.md"
    checker = spec.checker
    if checker.kind == "program" and checker.file:
        path = (folder / checker.file).resolve()
        if not path.is_relative_to(folder.resolve()) or not path.is_file():
            raise TaskFileError(f"{folder / 'task.json'}: checker.file: no file {checker.file!r} in the task folder")
        checker = checker.model_copy(update={"source": path.read_text(encoding="utf-8")})
    return Task(id=folder.name, suite="core", title=spec.title, difficulty=spec.difficulty,
                statement=statement.read_text() if statement.exists() else "", mode=spec.mode,
                signature=spec.signature, checker=checker, time_limit_s=spec.time_limit_s,
                memory_limit_mb=spec.memory_limit_mb, cases=cases, references=references,
                oracle=spec.oracle, tags=spec.tags)


def load_core(*, with_cases: bool = True, data: Path | None = None, strict: bool = False) -> Suite:
    """Load every task folder of the core suite (or of `data`, a folder of task folders), in name order.

    A folder that does not validate is listed in `Suite.skipped` with the file and field at fault, so one
    broken task does not take the others down; `strict=True` raises instead (for validation).
    """
    root = ROOT if data is None else Path(data)
    folders = sorted(p.parent for p in root.glob("*/task.json"))
    if not folders:
        raise SuiteError(f"{root}: no task folders (each needs a task.json)")
    tasks: dict[str, Task] = {}
    skipped: dict[str, str] = {}
    for folder in folders:
        try:
            tasks[folder.name] = load_task(folder, with_cases=with_cases)
        except TaskFileError as exc:
            if strict:
                raise
            skipped[folder.name] = str(exc)
    examples = root / "examples.jsonl"
    return Suite(name="core", tasks=tasks, examples=examples if examples.exists() else None, skipped=skipped)
