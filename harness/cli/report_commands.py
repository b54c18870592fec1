"""`effx runs list|show|rm|import` and `effx report`: the results store and HTML reports on the command line.

Each command opens the store named by `--db` (else `$EFFX_DB`, else SQLite under the user's data
folder), calls one library function and prints the outcome; errors print one line naming what to fix
and exit with code 2.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from effx.cli.checks import check_file_parent
from effx.cli.errors import fail

if TYPE_CHECKING:
    from effx.models import RunManifest, RunResult
    from effx.reports import Report
    from effx.store import Store

DbOption = Annotated[str | None, typer.Option(
    "--db", envvar="EFFX_DB", show_envvar=True,
    help="SQLAlchemy URL of the results store (default: sqlite:///~/.local/share/effx/effx.db).")]

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead (schema: `effx schema NAME`).")]

runs_app = typer.Typer(help="Manage the results store: import run folders, list, show and remove runs.",
                       no_args_is_help=True)



def _open(db: str | None) -> Store:
    from effx.store import Store

    try:
        return Store(db)
    except ConnectionError as exc:
        raise fail(str(exc)) from None


def _missing_store(db: str | None) -> str | None:
    """The store's URL when it is a SQLite file that does not exist yet, else None.

    Commands that only read check this first, so asking about a run never creates an empty store.
    """
    import sqlalchemy as sa

    from effx.store import default_url

    url = db or default_url()
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError:
        raise fail(f"--db {url!r} is not a database URL (e.g. sqlite:///path/effx.db or "
                   "postgresql://user@host/effx)") from None
    if parsed.drivername.startswith("sqlite") and parsed.database not in (None, "", ":memory:") \
            and not Path(parsed.database).expanduser().exists():
        return url
    return None


def _no_such_run(run_id: str, url: str) -> typer.Exit:
    return fail(f"no run {run_id!r}: the store at {url} does not exist yet; import a run with "
                "`effx runs import RUN_DIR`")


def _output_folder_exists(output: Path) -> Path:
    check_file_parent(output, "--output")
    return output


@runs_app.command("import")
def import_runs(run_dirs: Annotated[list[Path], typer.Argument(help="Run folders (runs/<run_id>).")],
                db: DbOption = None) -> None:
    """Import run folders; importing a run again replaces it."""
    from effx.store import RunDirError
    from effx.store.rundir import read_manifest

    for run_dir in run_dirs:  # before the store is opened (and perhaps created)
        try:
            read_manifest(run_dir)
        except RunDirError as exc:
            raise fail(str(exc)) from None
    with _open(db) as store:
        for run_dir in run_dirs:
            try:
                stored = store.import_run(run_dir)
            except (RunDirError, ConnectionError) as exc:  # a server may go away after the store opened
                raise fail(str(exc)) from None
            typer.echo(f"imported {stored.manifest.run_id}: {stored.results} results "
                       f"({', '.join(stored.models) or 'none'}) into {store.url}")


@runs_app.command("list")
def list_runs(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List stored runs, newest first."""
    from rich.console import Console
    from rich.table import Table

    from effx.cli.run_table import keep_whole

    runs = []
    if _missing_store(db) is None:
        with _open(db) as store:
            runs = store.list_runs()
    if as_json:
        typer.echo(json.dumps([run.model_dump(mode="json") for run in runs], indent=2))
        return
    if not runs:
        typer.echo("no runs stored; import one with `effx runs import runs/<run_id>`")
        return
    table = Table("run", "created", "suite", "languages", "status", "results", "models")
    for run in runs:
        m = run.manifest
        table.add_row(m.run_id, m.created, m.suite, ", ".join(m.languages), m.status, str(run.results),
                      ", ".join(run.models))
    Console().print(keep_whole(table, 0, [run.manifest.run_id for run in runs]))


@runs_app.command("show")
def show_run(run_id: Annotated[str, typer.Argument(help="A stored run id (see `effx runs list`).")],
             db: DbOption = None, as_json: JsonOption = False) -> None:
    """Show one run: manifest, machine, toolchains and verdict counts."""
    from collections import Counter

    from effx.cli.json_models import RunDetails
    from effx.store import UnknownRunError

    missing = _missing_store(db)
    if missing is not None:
        raise _no_such_run(run_id, missing)
    with _open(db) as store:
        try:
            stored = store.get_stored_run(run_id)
            results = store.results([run_id])
        except UnknownRunError as exc:
            raise fail(str(exc)) from None
    counts = Counter(r.status.value for r in results)
    if as_json:
        details = RunDetails(**stored.model_dump(), verdicts=dict(counts.most_common()))
        typer.echo(details.model_dump_json(indent=2))
        return
    m = stored.manifest
    lines = [f"run        {m.run_id} ({m.status})", f"created    {m.created}", f"suite      {m.suite}",
             f"languages  {', '.join(m.languages)}", f"sandbox    {m.sandbox}",
             f"metric     {m.metric}, {m.repeat} repeats", f"source     {stored.source}",
             f"models     {', '.join(stored.models)}"]
    lines += [f"machine    {k}: {v}" for k, v in m.machine.items()]
    lines += [f"toolchain  {k}: {v}" for k, v in m.toolchains.items()]
    lines += [f"warning    {w}" for w in m.warnings]
    lines.append("verdicts   " + ", ".join(f"{s} {n}" for s, n in counts.most_common()))
    typer.echo("\n".join(lines))


@runs_app.command("rm")
def remove_run(run_ids: Annotated[list[str], typer.Argument(help="Run ids to remove.")],
               db: DbOption = None) -> None:
    """Remove runs from the store (their run folders are left alone)."""
    from effx.store import UnknownRunError

    missing = _missing_store(db)
    if missing is not None:
        raise _no_such_run(run_ids[0], missing)
    with _open(db) as store:
        for run_id in run_ids:
            try:
                store.delete_run(run_id)
            except UnknownRunError as exc:
                raise fail(str(exc)) from None
            typer.echo(f"removed {run_id}")


def report(
    run_dirs: Annotated[list[Path] | None, typer.Argument(help="Run folders to report on.")] = None,
    all_runs: Annotated[bool, typer.Option("--all", help="Report on every run in the store.")] = False,
    run: Annotated[list[str] | None, typer.Option("--run", help="A stored run id (repeatable).")] = None,
    db: DbOption = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write (its folder must exist).",
                                         callback=_output_folder_exists)] = Path("report.html"),
    json_too: Annotated[bool, typer.Option("--json", help="Also write the report model as <output>.json.")]
    = False,
    title: Annotated[str, typer.Option(help="Page title.")] = "effx report",
) -> None:
    """Write one self-contained HTML report: leaderboard, a page per task and a page per run."""
    from effx.store import RunDirError, UnknownRunError, read_run_dir
    from effx.store.rundir import CODE_SHOWN

    if not run_dirs and not all_runs and not run:
        raise fail("nothing to report: give run folders (runs/<run_id>), --run RUN_ID or --all")
    runs: list[tuple[RunManifest, list[RunResult]]] = []
    for run_dir in run_dirs or []:
        try:
            runs.append(read_run_dir(run_dir, code_limit=CODE_SHOWN))
        except RunDirError as exc:
            raise fail(str(exc)) from None
    missing = _missing_store(db) if all_runs or run else None
    if missing is not None and run:
        raise _no_such_run(run[0], missing)
    if (all_runs or run) and missing is None:
        with _open(db) as store:
            try:
                ids = [s.manifest.run_id for s in store.list_runs()] if all_runs else list(run or [])
                runs += [(store.get_run(i), store.results([i])) for i in ids]
            except UnknownRunError as exc:
                raise fail(str(exc)) from None
    if not runs:
        raise fail("the store holds no runs; import some with `effx runs import runs/<run_id>`")
    from effx.reports import write_report

    path = write_report(build_cut_report(runs, title=title), output, with_json=json_too)
    typer.echo(f"wrote {path} ({len(runs)} run{'s' if len(runs) != 1 else ''})")


def build_cut_report(runs: list[tuple[RunManifest, list[RunResult]]], **options: Any) -> Report:
    """`effx.reports.build_report` over results whose code was read at most `CODE_SHOWN` bytes far.

    A cut source (`effx.store.rundir.CodeHead`) already fits the report's limit, so the report would
    show it as whole: its entries are given the source's true size, as a source cut by the report has.
    """
    from effx.reports import build_report
    from effx.store.rundir import CodeHead

    page = build_report(runs, **options)
    sizes = {r.code: r.code.size for _, results in runs for r in results if isinstance(r.code, CodeHead)}
    for section in page.tasks if sizes else []:
        for entry in [*section.references, *section.solutions]:
            if entry.code_bytes is None and entry.code is not None and entry.code in sizes:
                entry.code_bytes = sizes[entry.code]
    return page


def register(app: typer.Typer) -> None:
    """Add `effx runs ...` and `effx report` to the root app."""
    app.add_typer(runs_app, name="runs")
    app.command("report")(report)
