"""The tables `effx run` prints at the end: a leaderboard per model and the references per task."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from effx.models import RunResult, Status
from effx.store.rundir import RunDir


def keep_whole(table: Table, index: int, values: list[str]) -> Table:
    """Never wrap or cut column `index` (an id other commands take); the other columns shrink instead."""
    column = table.columns[index]
    column.no_wrap = True
    column.min_width = max([len(v) for v in values], default=0)
    return table


def _with_ci(value: float | None, interval: tuple[float, float] | None) -> str:
    """A share over its interval, as the HTML report shows them: `75.0%` over `[50.0%–100.0%]`."""
    from effx.reports.formats import pct

    return pct(value) + ("" if value is None or interval is None else f"\n[{pct(interval[0])}–{pct(interval[1])}]")


def leaderboard(results: list[RunResult], difficulties: dict[str, str] | None = None,
                measure: str = "runtime_ms") -> Table | None:
    """Pass@1, Beyond@1 and the median runtime ratio to the fastest reference, per model and language.

    Ranked as `effx score` and the HTML report rank: by Pass@1, then Beyond@1, ties sharing a rank; numbers
    in the report's formats (`effx.reports.formats`). The statuses of each row's samples, in colour, are the
    caption, so the table fits 80 columns (as does dropping the language column when there is one language).
    """
    from effx.cli.score_command import rank_key
    from effx.orchestrate.progress import styled_tally
    from effx.reports.formats import ratio
    from effx.scoring.summary import summarize

    if not any(r.kind == "candidate" for r in results):
        return None
    statuses: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for r in results:
        if r.kind == "candidate":
            statuses[(r.model, r.language)][r.status.value] += 1
    rows = sorted(summarize(results, difficulties=difficulties, measure=measure), key=lambda s: (s.model, s.language))
    rows.sort(key=rank_key, reverse=True)
    one_language = len({s.language for s in rows}) == 1
    headers = ["#", "model", *([] if one_language else ["language"]), "tasks", "Pass@1\n[95% CI]",
               "Beyond@1\n[95% CI]", "median ratio\nto fastest"]
    title = "Leaderboard (ranked by Pass@1, then Beyond@1; ties share a rank)"
    table = Table(*headers, box=box.SIMPLE_HEAD, title=f"{title} ({rows[0].language})" if one_language else title)
    for column in table.columns:
        column.justify = "left" if column.header in ("model", "language") else "right"
    for column in table.columns[-3:-1]:
        column.min_width = len("[100.0%–100.0%]")  # an interval on one line
    rank, caption = 0, []
    for i, s in enumerate(rows):
        rank = rank if i and rank_key(rows[i - 1]) == rank_key(s) else i + 1
        table.add_row(str(rank), escape(s.model), *([] if one_language else [s.language]), str(s.n_tasks),
                      _with_ci(s.pass_at_1, s.pass_at_1_ci), _with_ci(s.beyond_at_1, s.beyond_at_1_ci),
                      ratio(s.median_ratio_to_fastest))
        caption.append(f"{escape(s.model)}{'' if one_language else f' ({s.language})'}: "
                       f"{styled_tally(statuses[(s.model, s.language)])}")
    table.caption = "statuses: " + "; ".join(caption)
    table.caption_justify = "left"
    table.caption_style = "none"  # the statuses keep their own colours
    return keep_whole(table, 1, [s.model for s in rows])  # the model is what a reader looks for


def reference_table(results: list[RunResult]) -> Table | None:
    """Per task and language: references passing, fastest and slowest median runtime, median CV."""
    from effx.orchestrate.progress import status_style

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
        failed = [f"{escape(r.reference_name or '')}: [{status_style(r.status.value)}]{r.status.value}[/]"
                  for r in refs if r.status != Status.ok]
        passed = status_style("ok" if len(ok) == len(refs) else "failed")
        table.add_row(
            task, language, f"[{passed}]{len(ok)}/{len(refs)}[/]" + (f" ({'; '.join(failed)})" if failed else ""),
            f"{times[0]:.1f}" if times else "-", f"{times[-1]:.1f}" if times else "-",
            f"{times[-1] / times[0]:.1f}x" if times and times[0] > 0 else "-",
            f"{100 * statistics.median(cvs):.1f}%" if cvs else "-")
    return table


def print_run_summary(run_dir: RunDir, console: Console | None = None) -> None:
    """Print the tables of a finished run and where its files are."""
    console = console or Console()
    results = run_dir.results(code=False)
    manifest = run_dir.read_manifest()
    from effx.orchestrate.runner import SHOWN_WARNINGS

    for warning in manifest.warnings:
        if warning not in SHOWN_WARNINGS:  # shown once: a warning logged as the run started is not repeated
            console.print(f"[yellow]warning:[/] {warning}")
    measure = "instructions" if manifest.metric == "instructions" else "runtime_ms"
    for table in (reference_table(results), leaderboard(results, measure=measure)):
        if table is not None:
            console.print(table)
    errors = [r for r in results if r.status == Status.sandbox_error]
    if errors:
        console.print(f"[dim blue]{len(errors)} sandbox errors[/] (not counted against solutions): {errors[0].message}")
    rejected = [r for r in results if r.status == Status.measurement_rejected]
    if rejected:
        first = rejected[0]
        console.print(f"[magenta]{len(rejected)} measurements rejected[/] (reported times contradicted by the "
                      f"launcher), e.g. {first.model} on {first.task_id} ({first.language}): {first.message}")
    console.print(f"run written to {run_dir.path}")
