"""A suite: a named, ordered collection of tasks, plus optional example samples."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from effx.models import Task


class SuiteError(ValueError):
    """A suite that cannot be loaded as asked (missing data, malformed files); the message says how to fix it."""


@dataclass
class Suite:
    """Tasks by id, in the suite's order."""

    name: str
    tasks: dict[str, Task]
    examples: Path | None = None
    """A samples JSONL shipped with the suite, used when `effx run` is given no samples."""
    skipped: dict[str, str] = field(default_factory=dict)
    """Task ids that could not be loaded or carried into the language, with the reason."""

    def get(self, task_id: str) -> Task:
        """The task `task_id`; an unknown id raises with close matches."""
        if task_id not in self.tasks:
            from effx.registry import unknown

            raise unknown(f"task in suite {self.name!r}:", task_id, list(self.tasks))
        return self.tasks[task_id]
