"""`effx repo run`, `effx repo report` and `effx repo validate`: thin commands over `effx.repos`.

Exit codes: 0 done; 1 validation found problems; 2 the input files are malformed (the message names
the file and line).
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from effx.cli.checks import check_run_id, check_sandbox, check_writable_folder
from effx.cli.errors import deprecated, fail

if TYPE_CHECKING:
    from effx.repos.models import InstanceResult, Prediction, RepoInstance

app = typer.Typer(help="Repository mode (SWE-Perf style): patch, test and time real repositories.",
                  no_args_is_help=True)

_CACHE_HELP = "Mirror cache (default ~/.cache/effx/repos)."
_REPOS_HELP = "Folder of clones for `owner/name` repos."
_INSTANCES = typer.Option(..., "--instances", help="Instances JSONL: effx format or SWE-Perf rows.",
                          exists=True, dir_okay=False)


def register(app_: typer.Typer) -> None:
    """Add the `repo` sub-app to the root `effx` app."""
    app_.add_typer(app, name="repo")


def _load(instances: Path, predictions: str | None) -> tuple[list[RepoInstance], dict[str, Prediction]]:
    from effx.repos.instances import InputError, gold_predictions, load_instances, load_predictions

    option, path = "--instances", instances
    try:
        insts = load_instances(instances)
        if predictions is None:
            return insts, {}
        option, path = "--predictions", Path(predictions)
        preds = gold_predictions(insts) if predictions == "gold" else load_predictions(path)
    except InputError as exc:
        raise fail(str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise fail(f"{option} {path} is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    unknown = sorted(set(preds) - {i.instance_id for i in insts})
    if unknown:
        typer.secho(f"warning: predictions for unknown instances ignored: {', '.join(unknown[:10])}",
                    err=True, fg="yellow")
    return insts, preds


@app.command("run")
def run_command(
    instances: Annotated[Path, _INSTANCES],
    predictions: Annotated[str, typer.Option(help="Predictions JSONL (instance_id, model_name_or_path, "
                                                  "model_patch), or `gold` for the instances' own patches.")],
    repeat: Annotated[int, typer.Option(min=1, help="Measured repetitions per workload and tree (as `effx run "
                                        "--repeat`).")] = 20,
    runs: Annotated[int | None, typer.Option(min=1, hidden=True, help="Deprecated: use --repeat.")] = None,
    warmup: Annotated[int, typer.Option(min=0, help="Warm-up repetitions per workload and tree.")] = 3,
    run_id: Annotated[str | None, typer.Option(help="Run id; reuse it to resume (default: a time).")] = None,
    runs_dir: Annotated[Path, typer.Option(help="Folder holding run directories.")] = Path("runs"),
    repos_dir: Annotated[Path | None, typer.Option(help=_REPOS_HELP)] = None,
    cache_dir: Annotated[Path | None, typer.Option(help=_CACHE_HELP)] = None,
    work_dir: Annotated[Path | None, typer.Option(help="Worktrees and venvs (default <run>/work).")] = None,
    keep_workspaces: Annotated[bool, typer.Option(help="Keep worktrees and venvs afterwards.")] = False,
    sandbox: Annotated[str, typer.Option(help="Where the repository's commands run: `local` (bubblewrap) or "
                                              "`docker` (the python image, toolchains mounted).")] = "local",
) -> None:
    """Time each instance's workloads before and after its predicted patch; report SWE-Perf metrics.

    Every command that runs the repository's code (set-up, builds, tests, workloads) runs in the sandbox:
    no network (set-up excepted), nothing writable but the worktree, limits on time, memory and processes.
    """
    from effx.repos.pipeline import RepoRunConfig
    from effx.repos.repo_run import run_instances
    from effx.repos.table import summary_line

    if runs is not None:
        deprecated("--runs", "--repeat")
        repeat = runs
    check_run_id(run_id)
    check_writable_folder(runs_dir, "--runs-dir")
    check_sandbox(sandbox)
    insts, preds = _load(instances, predictions)
    run_id = run_id or _dt.datetime.now().strftime("repo-%Y%m%d-%H%M%S")
    config = RepoRunConfig(run_dir=runs_dir / run_id, runs=repeat, warmup=warmup, repos_dir=repos_dir,
                           keep_workspaces=keep_workspaces, work_dir=work_dir, sandbox=sandbox,
                           **({"cache_dir": cache_dir} if cache_dir else {}))

    def show(result: InstanceResult, resumed: bool) -> None:
        tag = " (resumed)" if resumed else ""
        speed = ", ".join(f"{w.name} x{w.speedup:.2f}" for w in result.workloads if w.speedup)
        typer.echo(f"{result.instance_id}: {result.status.value} gain={result.gain:.3f}"
                   f"{' ' + speed if speed else ''}{tag}")
        if result.error:
            typer.echo(f"    {result.error.splitlines()[0]}")

    finished: list[InstanceResult] = []

    def show_and_keep(result: InstanceResult, resumed: bool) -> None:
        finished.append(result)
        show(result, resumed)

    summary = run_instances(insts, preds, config, on_result=show_and_keep)
    _print_tables(finished)
    typer.echo(f"{summary_line(summary)}  -> {config.run_dir}")


_MAX_WIDTH = 240


def _print_tables(results: list[InstanceResult]) -> None:
    from rich.console import Console

    from effx.repos.table import instance_gains, workload_table

    for table in (workload_table(results), instance_gains(results)):
        # As wide as the table needs (capped), so no number is cut short on a narrow terminal or a pipe.
        natural = Console(width=_MAX_WIDTH).measure(table).maximum
        Console(width=min(_MAX_WIDTH, max(Console().width, natural))).print(table)


@app.command("report")
def report_command(
    run_dir: Annotated[Path, typer.Argument(help="A run directory of `effx repo run` (runs/<run_id>).",
                                            exists=True, file_okay=False)],
    iqr_k: Annotated[float, typer.Option(min=0, help="Outlier fence width in IQRs (SWE-Perf: 1).")] = 1.0,
    alpha: Annotated[float, typer.Option(min=0, max=1, help="Significance level of the gain (SWE-Perf: 0.1).")
                     ] = 0.1,
    confidence: Annotated[float, typer.Option(min=0.5, max=0.999, help="Coverage of the speedup interval.")
                          ] = 0.95,
    write: Annotated[bool, typer.Option(help="Write <run_dir>/repo_report.json.")] = True,
) -> None:
    """Re-score a finished run from its saved timings, without running anything; print its tables."""
    from effx.repos.rescore import REPORT_FILE, RescoreError, rescore_run
    from effx.repos.stats import ScoringParams
    from effx.repos.table import summary_line

    try:
        report = rescore_run(run_dir, ScoringParams(iqr_k=iqr_k, alpha=alpha, confidence=confidence),
                             write=write)
    except RescoreError as exc:
        raise fail(str(exc)) from exc
    _print_tables(report.results)
    if report.unfinished:
        typer.secho(f"warning: not finished, left out: {', '.join(report.unfinished)}", err=True,
                    fg="yellow")
    typer.echo(summary_line(report.summary) + (f"  -> {run_dir / REPORT_FILE}" if write else ""))


@app.command("validate")
def validate_command(
    instances: Annotated[Path, _INSTANCES],
    predictions: Annotated[str | None, typer.Option(help="Predictions JSONL or `gold` to check too.")] = None,
    repos_dir: Annotated[Path | None, typer.Option(help=_REPOS_HELP)] = None,
    cache_dir: Annotated[Path | None, typer.Option(help=_CACHE_HELP)] = None,
    apply: Annotated[bool, typer.Option(help="Also check that each patch applies at its base.")] = False,
) -> None:
    """Check instance and prediction files, repositories, base commits and (with --apply) patches."""
    from effx.repos.preflight import validate

    insts, preds = _load(instances, predictions)
    problems = 0
    for line in validate(insts, preds if predictions else None, repos_dir=repos_dir, cache_dir=cache_dir,
                         apply=apply):
        typer.echo(f"{line.instance_id}: {line.status}{' - ' + line.detail if line.detail else ''}")
        problems += not line.ok
    typer.echo(f"{len(insts)} instance(s), {problems} problem(s)")
    if problems:
        raise typer.Exit(1)
