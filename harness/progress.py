"""A progress bar over the jobs of a run, fed one result at a time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from effx.models import RunResult


@contextmanager
def job_progress(total: int, title: str) -> Iterator[Callable[[RunResult], None]]:
    """Yield a callback that advances a bar (on stderr) and tallies statuses as results arrive."""
    statuses: Counter[str] = Counter()
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), TextColumn("{task.fields[tally]}"), console=Console(stderr=True)) as bar:
        handle = bar.add_task(title, total=total, tally="")

        def advance(result: RunResult) -> None:
            statuses[result.status.value] += 1
            tally = " ".join(f"{k}={v}" for k, v in sorted(statuses.items()))
            bar.update(handle, advance=1, tally=tally)

        yield advance
