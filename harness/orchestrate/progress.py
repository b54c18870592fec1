"""Progress displays on stderr for long work: the jobs of a run, and model requests.

Both show a bar with a tally of outcomes (statuses, or reply kinds) beside it, the elapsed time and an
estimate of the time left; `job_progress` knows its total up front, `counting_bar` learns it once the
resumable plan is made. A bar is drawn only on a terminal: into a pipe or a log file, both write a plain
line each time another tenth of the work is done.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from effx.models import RunResult, Status

LOG_STEPS = 10
"""Without a terminal, a progress line is written each time another tenth of the jobs is done."""

STATUS_STYLES: dict[str, str] = {
    Status.ok.value: "green",
    Status.sandbox_error.value: "dim blue",
}
"""rich style of each status where statuses are shown: ok green, sandbox_error (never the solution's fault)
dim blue, every other status (a failure of the solution) red."""


def status_style(status: str) -> str:
    """The colour a status is shown in (see `STATUS_STYLES`)."""
    return STATUS_STYLES.get(status, "red")


def styled_tally(counts: Counter[str], *, colour: bool = True) -> str:
    """`ok=3 wrong_answer=1` in name order, as rich markup with each status in its colour."""
    parts = [f"{name}={count}" for name, count in sorted(counts.items())]
    if not colour:
        return " ".join(parts)
    return " ".join(f"[{status_style(name)}]{part}[/]" for name, part in zip(sorted(counts), parts, strict=True))


class _Eta(ProgressColumn):
    """Time left at the mean pace so far (elapsed / done x left), from the first step on.

    rich's own estimate uses the pace of the last 30 s and needs two steps; a run's results come in
    bursts (a task's passing solutions are final together, after their cross-check), which the mean
    rides out.
    """

    def render(self, task: Task) -> Text:
        if task.finished:
            return Text("eta 0:00:00", style="progress.remaining")
        if not task.completed or not task.total or task.elapsed is None:
            return Text("eta -:--:--", style="progress.remaining")
        left = int(task.elapsed / task.completed * (task.total - task.completed))
        return Text(f"eta {left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d}", style="progress.remaining")


def _bar(console: Console) -> Progress:
    """A bar with its count, elapsed time, time left and the tally of outcomes so far."""
    return Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), _Eta(), TextColumn("{task.fields[tally]}"), console=console)


def _line_logger(console: Console, title: str) -> tuple[Callable[[int], None], Callable[[str], None]]:
    """`(set_total, step(outcome))` writing a plain line per tenth of the total, with the time left."""
    outcomes: Counter[str] = Counter()
    started, done, reported, total = time.monotonic(), 0, 0, 0

    def set_total(count: int) -> None:
        nonlocal total
        total = count

    def step(outcome: str) -> None:
        nonlocal done, reported
        outcomes[outcome] += 1
        done += 1
        step_no = done * LOG_STEPS // max(total, 1)
        if step_no > reported or done == total:
            reported = step_no
            elapsed = time.monotonic() - started
            left = f", about {elapsed / done * (total - done):.0f} s left" if 0 < done < total else ""
            console.print(f"{title}: {done}/{total} after {elapsed:.0f} s{left} {styled_tally(outcomes, colour=False)}",
                          highlight=False, soft_wrap=True, markup=False)

    return set_total, step


@contextmanager
def job_progress(total: int, title: str, *, console: Console | None = None) -> Iterator[Callable[[RunResult], None]]:
    """Yield a callback that advances a bar (on stderr) by one per solution result and tallies statuses.

    When stderr is not a terminal (CI logs, a redirected run) a live bar would only appear at the end,
    so plain lines are written instead, one per tenth of the jobs.
    """
    console = console or Console(stderr=True)
    if not console.is_terminal:
        set_total, step = _line_logger(console, title)
        set_total(total)
        yield lambda result: step(result.status.value)
        return
    statuses: Counter[str] = Counter()
    with _bar(console) as bar:
        handle = bar.add_task(title, total=total, tally="")

        def advance(result: RunResult) -> None:
            statuses[result.status.value] += 1
            bar.update(handle, advance=1, tally=styled_tally(statuses))

        yield advance


@contextmanager
def counting_bar(title: str, *, console: Console | None = None
                 ) -> Iterator[tuple[Callable[[int], None], Callable[[str], None]]]:
    """Yield `(on_plan(total), advance(label))`: set the total, then advance one step with a tally label.

    On a terminal a live bar; otherwise (a pipe, a log) no bar is drawn, only a plain line per tenth.
    """
    console = console or Console(stderr=True)
    if not console.is_terminal:
        yield _line_logger(console, title)
        return
    tally: Counter[str] = Counter()
    with _bar(console) as bar:
        handle = bar.add_task(title, total=None, tally="")

        def on_plan(total: int) -> None:
            bar.update(handle, total=total)

        def advance(label: str) -> None:
            tally[label] += 1
            bar.update(handle, advance=1, tally=" ".join(f"{k}={v}" for k, v in sorted(tally.items())))

        yield on_plan, advance
