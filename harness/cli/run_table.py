"""The tables `effx run` prints at the end: a leaderboard per model and the references per task."""

from __future__ import annotations

import statistics
from collections import defaultdict

from rich.console import Console
from rich.table import Table

from effx.models import RunResult, Status
from effx.store.rundir import RunDir


def keep_whole(table: Table, index: int, values: list[str]) -> Table:
    """Never wrap or cut column `index` (an id other commands take); the other columns shrink instead."""
    column = table.columns[index]
    column.no_wrap = True
    column.min_width = max([len(v) for v in values], default=0)
    return table


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _ci(interval: tuple[float, float] | None) -> str:
    return "" if interval is None else f" [{interval[0]:.2f}, {interval[1]:.2f}]"


def leaderboard(results: list[RunResult], difficulties: dict[str, str] | None = None,
                measure: str = "runtime_ms") -> Table | None:
    """Pass@1, Beyond@1 and the median runtime ratio to the fastest reference, per model and language."""
    from effx.scoring.summary import summarize

    if not any(r.kind == "candidate" for r in results):
        return None
    table = Table("model", "language", "tasks", "Pass@1", "Beyond@1 [95% CI]", "median ratio to fastest ref",
                  title="Leaderboard")
    rows = summarize(results, difficulties=difficulties, measure=measure)
    rows.sort(key=lambda s: (-(s.beyond_at_1 or 0), -s.pass_at_1))
    for s in rows:
        ratio = "-" if s.median_ratio_to_fastest is None else f"{s.median_ratio_to_fastest:.2f}x"
        table.add_row(s.model, s.language, str(s.n_tasks), _pct(s.pass_at_1),
                      _pct(s.beyond_at_1) + _ci(s.beyond_at_1_ci), ratio)
    return table


def reference_table(results: list[RunResult]) -> Table | None:
    """Per task and language: references passing, fastest and slowest median runtime, median CV."""
    grouped: dict[tuple[str, str], list[RunResult]] = defaultdict(list)
    for r in results:
        if r.kind == "reference":
            grouped[(r.task_id, r.language)].append(r)
    if not grouped:
        return None
    table = Table("task", "language", "passed", "fastest ms", "slowest ms", "spread", "median CV",
                  title="References")
    for (task, language), refs in sorted(grouped.items()):
        ok = [r for r in refs if r.status == Status.ok and r.runtime_ms is not None]
        times = sorted(r.runtime_ms for r in ok if r.runtime_ms is not None)
        cvs = [r.cv for r in ok if r.cv is not None]
        failed = [f"{r.reference_name}: {r.status.value}" for r in refs if r.status != Status.ok]
        table.add_row(
            task, language, f"{len(ok)}/{len(refs)}" + (f" ({'; '.join(failed)})" if failed else ""),
            f"{times[0]:.1f}" if times else "-", f"{times[-1]:.1f}" if times else "-",
            f"{times[-1] / times[0]:.1f}x" if times and times[0] > 0 else "-",
            f"{100 * statistics.median(cvs):.1f}%" if cvs else "-")
    return table


def print_run_summary(run_dir: RunDir, console: Console | None = None) -> None:
    """Print the tables of a finished run and where its files are."""
    console = console or Console()
    results = run_dir.results()
    manifest = run_dir.read_manifest()
    for warning in manifest.warnings:
        console.print(f"[yellow]warning:[/] {warning}")
    measure = "instructions" if manifest.metric == "instructions" else "runtime_ms"
    for table in (reference_table(results), leaderboard(results, measure=measure)):
        if table is not None:
            console.print(table)
    errors = [r for r in results if r.status == Status.sandbox_error]
    if errors:
        console.print(f"[red]{len(errors)} sandbox errors[/] (not counted against solutions): {errors[0].message}")
    rejected = [r for r in results if r.status == Status.measurement_rejected]
    if rejected:
        first = rejected[0]
        console.print(f"[magenta]{len(rejected)} measurements rejected[/] (reported times contradicted by the "
                      f"launcher), e.g. {first.model} on {first.task_id} ({first.language}): {first.message}")
    console.print(f"run written to {run_dir.path}")
