"""The `effx` command line: thin commands that validate options and call one library function each.

Errors a user can fix (unknown names, malformed files) print one line and exit with code 2, before
anything is written. Heavy modules are imported inside the commands so `effx --help` stays fast.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from effx.cli.errors import fail
from effx.registry import Registry

app = typer.Typer(
    name="effx",
    help="Benchmark the efficiency of code: runtime, CPU time and memory of solutions in many languages.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMANDS: Registry[Callable[[typer.Typer], None]] = Registry("command group", "effx.commands", {
    "score": "effx.cli.score_command:register",
    "report": "effx.cli.report_commands:register",
    "repo": "effx.cli.repo_commands:register",
    "generate": "effx.cli.model_commands:register",
    "validate": "effx.cli.validate_command:register",
    "images": "effx.cli.image_commands:register",
    "sandbox": "effx.cli.sandbox_commands:register",
})
"""Command groups beside the built-in commands: each `register(app)` adds its commands to the root app, in this
order (the order `effx --help` lists them)."""


@app.command()
def run(
    lang: Annotated[list[str], typer.Option("--lang", "-l", help="Language to evaluate (repeatable); "
                                            "default: every language in the samples.")] = [],  # noqa: B006
    suite: Annotated[str, typer.Option(help="Suite to run (see `effx suites`).")] = "core",
    samples: Annotated[Path | None, typer.Option(
        help="Samples JSONL: one {task_id, language, model, solution|completion} object per line; the tasks "
             "with samples are evaluated, with their references. Default: the suite's example samples.")] = None,
    references: Annotated[bool, typer.Option(
        "--references", help="Evaluate only the suite's own reference solutions.")] = False,
    task: Annotated[list[str], typer.Option("--task", "-t", help="Only this task id (repeatable).")] = [],  # noqa: B006
    run_id: Annotated[str | None, typer.Option(
        help="Name of the run folder; an existing run with this id is resumed, never duplicated.")] = None,
    runs_dir: Annotated[Path, typer.Option(help="Folder holding run folders.")] = Path("runs"),
    repeat: Annotated[int, typer.Option(min=1, help="Measured runs per solution after one warm-up.")] = 5,
    sandbox: Annotated[str, typer.Option(help="Sandbox backend: local (bubblewrap) or docker (per-language "
                                          "containers, see `effx images`).")] = "local",
    cpu: Annotated[int | None, typer.Option(help="Core to pin measured runs to (default: the last).")] = None,
    data: Annotated[Path | None, typer.Option(help="Dataset file or folder for published-format suites.")]
    = None,
    executor: Annotated[str, typer.Option(help="Where task batches run: serial, pool (local processes, one "
                                          "per core) or ray.")] = "serial",
    workers: Annotated[int | None, typer.Option(min=1, help="Pool workers (default: physical cores); for "
                                                "--executor ray without an address, the local Ray CPUs.")] = None,
    ray_address: Annotated[str | None, typer.Option(help="Ray cluster address (e.g. ray://head:10001 or "
                                                    "auto); default: start a local Ray instance.")] = None,
    metric: Annotated[str, typer.Option(help="What runtime is scored by: time (wall clock inside the solution "
                                        "calls), cpu (CPU time inside them) or instructions (valgrind count, "
                                        "exact; C, C++, Rust, Python).")] = "time",
    protocol: Annotated[str, typer.Option(help="persistent: one measuring process per solution that runs the "
                                          "warm-up and every repetition, each pass a fresh fork (Python, C, "
                                          "C++, Rust, Ruby; a process per repetition elsewhere); shared: "
                                          "also Java, JavaScript and Go in one process, whose passes share "
                                          "static state; process: a fresh process per repetition.")]
    = "persistent",
    report: Annotated[bool, typer.Option(help="Write runs/<run_id>/report.html at the end.")] = True,
    store: Annotated[bool, typer.Option(help="Record the run in the results store (see --db).")] = True,
    db: Annotated[str | None, typer.Option(help="Results store URL (default: $EFFX_DB or a SQLite file "
                                           "under ~/.local/share/effx).")] = None,
) -> None:
    """Evaluate samples (or references) on a suite and write runs/<run_id>/{manifest.json,results.jsonl}.

    Every solution is compiled once, run once as a warm-up and correctness check, then measured
    --repeat times beside the task's references (by default in one measuring process per solution,
    calls too short to time precisely repeated within each repetition); the median and the
    coefficient of variation are recorded. The summary table shows, per model, Pass@1, Beyond@1 (runtime against the
    references, Mercury's definition) and the median runtime ratio to the fastest reference.
    """
    from effx.orchestrate.runner import RunConfig, RunConfigError, execute_plan, plan_run
    from effx.orchestrate.samples import SamplesError
    from effx.registry import UnknownNameError
    from effx.tasks.suite import SuiteError

    config = RunConfig(suite=suite, languages=tuple(lang), samples=samples, references_only=references,
                       task_ids=tuple(task), run_id=run_id, runs_dir=runs_dir, repeat=repeat,
                       sandbox=sandbox, cpu=cpu, data=data, executor=executor, workers=workers,
                       ray_address=ray_address, metric=metric, protocol=protocol)
    try:
        plan = plan_run(config)
    except (RunConfigError, SamplesError, SuiteError, UnknownNameError) as exc:
        raise fail(str(exc).strip("'\"")) from None
    from effx.orchestrate.executors import WorkerLostError
    from effx.orchestrate.progress import job_progress
    from effx.store.rundir import RunDirWriteError

    if plan.suite.skipped:
        typer.echo(f"note: {len(plan.suite.skipped)} task(s) of suite {suite!r} skipped or loaded with notes; "
                   f"first: {next(iter(plan.suite.skipped.items()))}", err=True)

    with job_progress(plan.job_count, f"{plan.run_id}") as advance:
        try:
            run_dir = execute_plan(plan, progress=advance)
        except RunConfigError as exc:
            raise fail(str(exc)) from None
        except WorkerLostError as exc:
            raise fail(f"{exc}: --run-id {plan.run_id}", 1) from None
        except RunDirWriteError as exc:
            raise fail(f"{exc}; every result written before is kept: fix that, then resume with the same "
                       f"command and --run-id {plan.run_id}", 1) from None
        except KeyboardInterrupt:
            raise fail(f"interrupted; resume with the same command and --run-id {plan.run_id}", 130) from None
    from effx.cli.run_table import print_run_summary

    print_run_summary(run_dir)
    if report:
        from effx.reports import build_report, write_report

        page = build_report([(run_dir.read_manifest(), run_dir.results())], tasks=plan.suite.tasks,
                            title=f"effx run {plan.run_id}")
        try:
            typer.echo(f"report written to {write_report(page, run_dir.path / 'report.html')}")
        except OSError as exc:
            raise fail(f"cannot write the report into {run_dir.path}: {exc.strerror or exc}; the run itself is "
                       f"complete (`effx report {run_dir.path}` writes it later)", 1) from None
    if store:
        from effx.store import Store

        # The run folder is the record; the store is an index over it that can be brought up to date
        # later, so a store that is down costs one command, not the run.
        try:
            with Store(db) as results_store:
                results_store.import_run(run_dir.path)
        except ConnectionError as exc:
            raise fail(f"{exc} The run itself is complete in {run_dir.path}; record it in the store later with "
                       f"`effx runs import {run_dir.path}`", 1) from None


@app.command()
def suites() -> None:
    """List the registered suites and how many tasks each has."""
    from rich.console import Console
    from rich.table import Table

    from effx.registry import get_suite_loader, suite_names
    from effx.tasks.suite import SuiteError

    table = Table("suite", "tasks", "function", "stdio", "languages with references")
    for name in suite_names():
        try:
            suite = get_suite_loader(name)(with_cases=False)
        except SuiteError:
            table.add_row(name, "-", "-", "-", "needs its dataset: effx run --suite " + name + " --data FILE")
            continue
        tasks = list(suite.tasks.values())
        langs = sorted({r.language for t in tasks for r in t.references})
        table.add_row(name, str(len(tasks)), str(sum(t.mode == "function" for t in tasks)),
                      str(sum(t.mode == "stdio" for t in tasks)), ", ".join(langs))
    Console().print(table)


@app.command()
def languages() -> None:
    """List every language plugin, whether its toolchain is installed, and the solution shape it expects."""
    from rich.console import Console
    from rich.table import Table

    from effx.languages.toolchains import toolchain_version
    from effx.registry import get_language, language_names

    table = Table("language", "toolchain", "found", "solution shape", "install")
    for name in language_names():
        plugin = get_language(name)
        version = toolchain_version(name)
        found = version != "missing"
        table.add_row(name, version, "yes" if found else "no", plugin.solution_shape,
                      "" if found else plugin.toolchain.install_hint)
    Console().print(table)


def _register_command_modules() -> None:
    for name in COMMANDS.in_order():
        COMMANDS.get(name)(app)


def main() -> None:
    """Entry point of the `effx` script."""
    _register_command_modules()
    app()


if __name__ == "__main__":
    main()
