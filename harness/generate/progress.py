"""A progress bar for model requests, whose total is known only once the resumable plan is made."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


@contextmanager
def counting_bar(title: str) -> Iterator[tuple[Callable[[int], None], Callable[[str], None]]]:
    """Yield `(on_plan(total), advance(label))`: set the total, then advance one step with a tally label."""
    tally: Counter[str] = Counter()
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), TextColumn("{task.fields[tally]}"), console=Console(stderr=True)) as bar:
        handle = bar.add_task(title, total=None, tally="")

        def on_plan(total: int) -> None:
            bar.update(handle, total=total)

        def advance(label: str) -> None:
            tally[label] += 1
            bar.update(handle, advance=1, tally=" ".join(f"{k}={v}" for k, v in sorted(tally.items())))

        yield on_plan, advance
