"""Progress displays on stderr for long work: the jobs of a run, and model requests.

Both show a bar with a tally of outcomes (statuses, or reply kinds) beside it; `job_progress` knows its
total up front, `counting_bar` learns it once the resumable plan is made.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from effx.models import RunResult

LOG_STEPS = 10
"""Without a terminal, a progress line is written each time another tenth of the jobs is done."""


def _bar(console: Console) -> Progress:
    """A bar with its count, elapsed time and the tally of outcomes so far."""
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TextColumn("{task.fields[tally]}"), console=console)


@contextmanager
def job_progress(total: int, title: str) -> Iterator[Callable[[RunResult], None]]:
    """Yield a callback that advances a bar (on stderr) and tallies statuses as results arrive.

    When stderr is not a terminal (CI logs, a redirected run) a live bar would only appear at the end,
    so plain lines are written instead, one per tenth of the jobs.
    """
    statuses: Counter[str] = Counter()
    console = Console(stderr=True)

    def tally() -> str:
        return " ".join(f"{k}={v}" for k, v in sorted(statuses.items()))

    if not console.is_terminal:
        started, done, reported = time.monotonic(), 0, 0

        def log_line(result: RunResult) -> None:
            nonlocal done, reported
            statuses[result.status.value] += 1
            done += 1
            step = done * LOG_STEPS // max(total, 1)
            if step > reported or done == total:
                reported = step
                console.print(f"{title}: {done}/{total} after {time.monotonic() - started:.0f} s {tally()}",
                              highlight=False, soft_wrap=True)

        yield log_line
        return
    with _bar(console) as bar:
        handle = bar.add_task(title, total=total, tally="")

        def advance(result: RunResult) -> None:
            statuses[result.status.value] += 1
            bar.update(handle, advance=1, tally=tally())

        yield advance


@contextmanager
def counting_bar(title: str) -> Iterator[tuple[Callable[[int], None], Callable[[str], None]]]:
    """Yield `(on_plan(total), advance(label))`: set the total, then advance one step with a tally label."""
    tally: Counter[str] = Counter()
    with _bar(Console(stderr=True)) as bar:
        handle = bar.add_task(title, total=None, tally="")

        def on_plan(total: int) -> None:
            bar.update(handle, total=total)

        def advance(label: str) -> None:
            tally[label] += 1
            bar.update(handle, advance=1, tally=" ".join(f"{k}={v}" for k, v in sorted(tally.items())))

        yield on_plan, advance
