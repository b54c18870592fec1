"""What every public-suite loader does after reading its rows: references, generated cases, the report.

Loaders turn rows into `Task`s and collect, in a `Collector`, the rows they could not carry (keyed by
task id, or `row N` when a row has no usable id) and the generators still to run. `Collector.finish`
then adds Venus references in other languages, runs the generators through the caller's script runner
and builds the `Suite`. Notes about tasks that *did* load but lack something (no references in a language, a failed
generator) are kept in `Suite.skipped` too, under `<task id>: <what>`, so nothing is dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from effx.models import Task, TestCase
from effx.tasks.public.generate import GeneratorJob, OpenScripts, generate_cases
from effx.tasks.public.references import ReferenceIndex, make_references
from effx.tasks.public.rows import Row, read_rows
from effx.tasks.suite import Suite, SuiteError

Difficulty = Literal["easy", "medium", "hard"]


def difficulty(value: Any) -> Difficulty:
    """Mercury/LeetCode difficulty (`Easy`, `Medium`, `Hard`, any case); anything else counts as medium."""
    text = str(value or "").strip().lower()
    if text == "easy":
        return "easy"
    if text == "hard":
        return "hard"
    return "medium"


def validation_reason(exc: ValidationError) -> str:
    """A pydantic error as `field: message; field: message`."""
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'row'}: {e['msg']}" for e in exc.errors())


@dataclass
class Collector:
    """Tasks, skipped rows and pending generators of one suite being loaded."""

    suite: str
    tasks: dict[str, Task] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    jobs: list[GeneratorJob] = field(default_factory=list)
    keys: dict[str, list[str]] = field(default_factory=dict)
    """Task id -> keys (slug, `id:<question id>`) for matching Venus references."""

    def add(self, task: Task, keys: list[str]) -> None:
        """Keep a loaded task; a second row with the same id is reported instead of replacing the first."""
        if task.id in self.tasks:
            self.skipped[f"{task.id} (duplicate)"] = "a second row has the same task id; the first is kept"
            return
        self.tasks[task.id] = task
        self.keys[task.id] = keys

    @classmethod
    def from_rows(cls, suite: str, path: Path, make_task: Callable[[Row, Collector, int | None], None],
                  limit: int | None) -> Collector:
        """Read every row of the dataset file at `path` and hand the readable ones to `make_task`.

        A row the reader could not make sense of is reported as skipped; `limit` is passed on (how many
        references or cases a task keeps).
        """
        collector = cls(suite)
        for row in read_rows(path):
            if row.error:
                collector.skip(row.label, row.error)
            else:
                make_task(row, collector, limit)
        return collector

    def skip(self, key: str, reason: str) -> None:
        """Report a row that could not become a task."""
        self.skipped[key] = reason

    def add_references(self, index: ReferenceIndex, limit: int | None) -> None:
        """Attach Venus solutions in languages the tasks do not have yet; note the tasks left without."""
        for task_id, task in self.tasks.items():
            found = index.lookup(self.keys.get(task_id, []))
            own = {r.language for r in task.references}
            for language in index.languages:
                if language in own:
                    continue
                codes = found.get(language, [])
                if codes:
                    task.references.extend(make_references(language, codes, limit))
                else:
                    self.skipped[f"{task_id}: {language} references"] = (
                        f"no {language} solution for this problem in the Venus files; {language} runs still "
                        f"report Pass@k and runtimes, but Beyond needs references")

    def run_generators(self, *, seed: int, count: int, scripts: OpenScripts | None) -> None:
        """Append generated cases to each task; a task left with no case at all is skipped."""
        if self.jobs and count > 0:
            if scripts is None:
                raise SuiteError(f"suite {self.suite!r} runs its dataset's generators: load it through "
                                 f"effx.get_suite_loader({self.suite!r}), which runs them in the sandbox")
            outcomes = generate_cases(self.jobs, suite=self.suite, seed=seed, count=count, scripts=scripts)
            for job in self.jobs:
                task = self.tasks.get(job.task_id)
                if task is None:
                    continue
                outcome = outcomes.get(job.task_id, [])
                if isinstance(outcome, str):
                    self.skipped[f"{job.task_id}: generator"] = f"{outcome}; the task keeps only its listed cases"
                    continue
                task.cases.extend(TestCase(input=args) for args in outcome)
        for task_id in [t.id for t in self.tasks.values() if not t.cases]:
            note = self.skipped.pop(f"{task_id}: generator", "it has no generator")
            self.skipped[task_id] = f"no test cases: the row lists none and {note.split(';')[0]}"
            del self.tasks[task_id]

    def finish(self, *, with_cases: bool, seed: int, count: int, index: ReferenceIndex | None = None,
               reference_limit: int | None = None, scripts: OpenScripts | None = None) -> Suite:
        """The suite: references from `index` added, generators run through `scripts` (when `with_cases`)."""
        if index is not None:
            self.add_references(index, reference_limit)
        if with_cases:
            self.run_generators(seed=seed, count=count, scripts=scripts)
        return Suite(name=self.suite, tasks=self.tasks, skipped=self.skipped)
