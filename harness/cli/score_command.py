"""`effx score RUN_DIR`: recompute every applicable metric from a run's saved results.

Nothing is executed: the command reads `manifest.json` and `results.jsonl`, calls
`effx.scoring.summary.summarize` once per measure (the chosen time measure, peak memory, memory
integral), and prints one leaderboard: a row per model and language, ranked by Pass@1 then Beyond@1
(ties share a rank), a column per metric. A metric family appears only when it applies, e.g. the
reference-relative columns need measured references.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from effx.cli.errors import deprecated, fail

if TYPE_CHECKING:
    from rich.table import Table

    from effx.models import RunManifest, RunResult
    from effx.scoring.summary import ModelSummary, ScoreSet

Row = tuple[str, str, str, Callable[["ScoreSet"], str | None]]
"""(family, label, source measure: time|memory|integral, formatter); family "" is always shown. Each is
a column of the leaderboard."""


def _pct(value: float | None) -> str | None:
    return None if value is None else f"{100 * value:.1f}%"


def _with_ci(value: float | None, ci: tuple[float, float] | None) -> str | None:
    if value is None:
        return None
    return f"{100 * value:.1f}% [{100 * ci[0]:.1f}, {100 * ci[1]:.1f}]" if ci else _pct(value)


def _times(value: float | None) -> str | None:
    return None if value is None else f"{value:.2f}x"


def _num(value: float | None) -> str | None:
    return None if value is None else f"{value:.1f}"


def _per_measure(family: str, labels: tuple[str, str, str], source: str,
                 cell: Callable[[ScoreSet], str | None]) -> list[Row]:
    """One row per measure (time, memory, integral) of a metric family that scores all three alike."""
    return [(family, f"{label} ({source})", measure, cell)
            for label, measure in zip(labels, ("time", "memory", "integral"), strict=True)]


ROWS: list[Row] = [
    ("", "tasks", "time", lambda s: str(s.n_tasks)),
    ("", "samples", "time", lambda s: str(s.n_samples)),
    ("pass", "Pass@1 [95% CI]", "time", lambda s: _with_ci(s.pass_at_1, s.pass_at_1_ci)),
    ("beyond", "Beyond@1 [95% CI]", "time", lambda s: _with_ci(s.beyond_at_1, s.beyond_at_1_ci)),
    ("ratio", "median ratio to fastest ref", "time", lambda s: _times(s.median_ratio_to_fastest)),
    *_per_measure("effibench_x", ("ET", "MP", "MI"), "EffiBench-X", lambda s: _pct(s.efficiency_ratio)),
    *_per_measure("effibench", ("NET", "NMU", "NTMU"), "EffiBench", lambda s: _times(s.normalized_ratio)),
    *_per_measure("afterburner", ("Time%", "Memory%", "Integral%"), "Afterburner",
                  lambda s: _pct(s.percentile_score)),
    ("dps", "DPS (EvalPerf)", "time", lambda s: _num(s.dps)),
    ("dps", "DPS_norm (EvalPerf)", "time", lambda s: _num(s.dps_norm)),
]
"""Leaderboard columns in display order; `--score` selects families."""

FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(family for family, *_ in ROWS if family))
"""Names accepted by `--score`."""



def _load(run_dir: Path) -> tuple[RunManifest, list[RunResult]]:
    """The run's manifest and results; raises typer.Exit(2) with one line when the folder is not a run."""
    from pydantic import ValidationError

    from effx.models import RunManifest
    from effx.store.rundir import RunDirError, read_results

    manifest, results = run_dir / "manifest.json", run_dir / "results.jsonl"
    for path in (manifest, results):
        if not path.is_file():
            raise fail(f"{path} is missing: RUN_DIR must be a run folder written by `effx run`")
    try:
        saved = RunManifest.model_validate_json(manifest.read_text())
    except ValidationError as exc:
        raise fail(f"{manifest} is not a run manifest ({exc.errors()[0]['msg']})") from None
    try:
        return saved, read_results(results)
    except RunDirError as exc:
        raise fail(str(exc)) from None


def rank_key(s: ScoreSet) -> tuple[float, float]:
    """The leaderboard order of every view: Pass@1, then Beyond@1 (undefined Beyond below any defined one)."""
    return (round(s.pass_at_1, 9), -1.0 if s.beyond_at_1 is None else round(s.beyond_at_1, 9))


HEADERS = {"median ratio to fastest ref": "ratio"}
"""Column headers that are not the label's first word (the legend below the table gives every label)."""


def _header(label: str) -> str:
    return HEADERS.get(label, label.split(" ")[0])


def _cell(text: str | None) -> str:
    """A cell with its confidence interval, if any, on a line of its own: `75.0%` over `[50.0–100.0]`."""
    if text is None:
        return "-"
    value, _, ci = text.partition(" [")
    return f"{value}\n[{ci.replace(', ', '–')}" if ci else text


def _table(by_measure: dict[str, list[ModelSummary]], families: tuple[str, ...]) -> tuple[Table, str]:
    """One leaderboard (a row per model and language ranked by Pass@1 then Beyond@1, a column per metric)
    and the legend naming each column's metric in full."""
    from rich import box
    from rich.table import Table

    per_key = {m: {(s.model, s.language): s for s in group} for m, group in by_measure.items()}
    ordered = sorted(by_measure["time"], key=lambda s: (s.model, s.language))
    ordered.sort(key=rank_key, reverse=True)
    columns = [(label, source, fmt) for family, label, source, fmt in ROWS
               if (not family or family in families)
               and any(fmt(per_key[source][key]) is not None for key in per_key["time"] if key in per_key[source])]
    table = Table(title=f"Leaderboard  (time measure: {ordered[0].measure}; ranked by Pass@1, then Beyond; "
                        "ties share a rank)", box=box.SIMPLE_HEAD, padding=(0, 1), pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("model", overflow="fold")
    table.add_column("language", no_wrap=True)
    for label, _, _ in columns:
        table.add_column(_header(label), justify="right", no_wrap=True)
    rank = 0
    for i, s in enumerate(ordered):
        rank = rank if i and rank_key(ordered[i - 1]) == rank_key(s) else i + 1
        key = (s.model, s.language)
        table.add_row(str(rank), s.model, s.language,
                      *[_cell(fmt(per_key[source][key]) if key in per_key[source] else None)
                        for _, source, fmt in columns])
    sources = [label for label, _, _ in columns if label.endswith(")")]
    named = [f"{_header(label)} = {label}" for label, _, _ in columns if label in HEADERS]
    cis = [_header(label) for label, _, _ in columns if label.endswith("[95% CI]")]
    legend = [f"sources: {', '.join(sources)}" if sources else "", "; ".join(named),
              f"under {' and '.join(cis)}: 95% bootstrap interval over tasks" if cis else ""]
    return table, "; ".join(part for part in legend if part)


def _excluded_note(summaries: list[ModelSummary]) -> str | None:
    excluded = [f"{s.model}/{s.language} {s.n_excluded}" for s in summaries if s.n_excluded]
    return f"sandbox errors (excluded): {', '.join(excluded)}, left out of every score" if excluded else None


def _measure_for(metric: str, run_metric: str) -> str:
    """The RunResult field the time-based scores use for `--metric` on a run measured with `run_metric`.

    The run's own metric scores its `runtime_ms` (time or CPU inside the solution calls; instructions
    are their own field). Another metric can only use what every run records besides: the process's
    wall time (`time`) or CPU time (`cpu`), start-up included.
    """
    if metric == "instructions":
        return "instructions"
    if metric == run_metric:
        return "runtime_ms"
    return "wall_ms" if metric == "time" else "cpu_ms"


def _unknown(what: str, name: str, choices: tuple[str, ...]) -> typer.Exit:
    close = difflib.get_close_matches(name, choices, n=2)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return fail(f"unknown {what} {name!r}{hint}; choose from {', '.join(choices)}")


def score(
    run_dir: Annotated[Path, typer.Argument(help="Run folder holding manifest.json and results.jsonl.")],
    scores: Annotated[list[str], typer.Option(
        "--score", "-s", metavar="FAMILY",
        help=f"Score family to show (repeatable): {', '.join(FAMILIES)}. Default: all.")]
    = [],  # noqa: B006
    metric: Annotated[list[str], typer.Option(
        "--metric", "-m", metavar="time|cpu|instructions",
        help="What the time-based scores are computed from, as `effx run --metric`: time, cpu "
        "or instructions. Default: the run's own metric (another one uses the process's wall or CPU time, "
        "start-up included).")] = [],  # noqa: B006
    measure: Annotated[str | None, typer.Option(hidden=True, help="Deprecated: a RunResult field (runtime_ms, "
                                                "cpu_ms, wall_ms, instructions); use --metric.")] = None,
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap confidence intervals.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summaries as JSON instead.")] = False,
) -> None:
    """Recompute the scores of a finished (or interrupted) run from its saved results, running nothing.

    Pass@1 and Beyond@1 come with bootstrap 95% intervals over tasks; every reference-relative score
    uses the fastest passing reference of the task as the canonical solution. Results with
    sandbox_error are excluded from every score and counted apart.
    """
    from effx.measure.metric_mode import METRICS
    from effx.scoring.summary import MEASURES, summarize

    chosen: list[str] = []
    for name in metric:  # --metric once named score families: those names still work, with a note
        if name in FAMILIES:
            deprecated(f"--metric {name} (a score family)", f"--score {name}; --metric is time, cpu or instructions")
            scores = [*scores, name]
        elif name in METRICS:
            chosen.append(name)
        else:
            close = difflib.get_close_matches(name, (*METRICS, *FAMILIES), n=2)
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            raise fail(f"unknown metric {name!r}{hint}; --metric is {', '.join(METRICS)}; --score is "
                       f"{', '.join(FAMILIES)}")
    if len(set(chosen)) > 1:
        raise fail(f"--metric given twice ({', '.join(chosen)}): the scores are computed from one metric")
    for name in scores:
        if name not in FAMILIES:
            raise _unknown("score family", name, FAMILIES)
    if measure is not None:
        deprecated("--measure", "--metric time|cpu|instructions")
        if measure not in MEASURES:
            raise fail(f"unknown measure {measure!r}; choose one of {', '.join(MEASURES)}")
    manifest, results = _load(run_dir)
    if chosen:
        measure = _measure_for(chosen[0], manifest.metric)
    measure = measure or _measure_for(manifest.metric, manifest.metric)
    by_measure = {
        source: summarize(results, measure=field, seed=seed)
        for source, field in (("time", measure), ("memory", "peak_rss_kb"), ("integral", "mem_integral_mb_s"))
    }
    if as_json:
        typer.echo(json.dumps({k: [s.model_dump(mode="json") for s in v] for k, v in by_measure.items()},
                              indent=2))
        return
    if not by_measure["time"]:
        typer.echo(f"{run_dir}: no candidate results to score (references only?)")
        return
    from rich.console import Console
    from rich.measure import Measurement

    console = Console()
    table, legend = _table(by_measure, tuple(scores) or FAMILIES)
    wide = Measurement.get(console, console.options.update_width(10_000), table).maximum
    if wide > console.width:  # wider than the terminal: let lines run on rather than cut every cell short
        console = Console(width=wide)
    console.print(table)
    for line in (legend, _excluded_note(by_measure["time"])):
        if line:
            console.print(line, highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add the `score` command to the effx app."""
    app.command("score")(score)
