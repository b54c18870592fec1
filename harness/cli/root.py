"""The `effx` command line: thin commands that validate options and call one library function each.

Errors a user can fix (unknown names, malformed files) print one line and exit with code 2, before
anything is written. Heavy modules are imported inside the commands so `effx --help` stays fast.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from effx.cli.checks import check_run_id, check_writable_folder
from effx.cli.errors import EffxGroup, fail, message
from effx.registry import Registry

if TYPE_CHECKING:
    from effx.cli.json_models import LanguageInfo, RunSummary, SuiteInfo
    from effx.store.rundir import RunDir

app = typer.Typer(
    name="effx",
    cls=EffxGroup,
    help="Benchmark the efficiency of code: runtime, CPU time and memory of solutions in many languages.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion and --show-completion (bash, zsh, fish, powershell)
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"effx {version('effx')}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                          help="Print effx's version and exit.")] = False,
) -> None:
    pass

COMMANDS: Registry[Callable[[typer.Typer], None]] = Registry("command group", "effx.commands", {
    "score": "effx.cli.score_command:register",
    "report": "effx.cli.report_commands:register",
    "repo": "effx.cli.repo_commands:register",
    "generate": "effx.cli.model_commands:register",
    "validate": "effx.cli.validate_command:register",
    "images": "effx.cli.image_commands:register",
    "sandbox": "effx.cli.sandbox_commands:register",
    "judge": "effx.cli.arena_commands:register",
})
"""Command groups beside the built-in commands: each `register(app)` adds its commands to the root app, in this
order (the order `effx --help` lists them)."""


JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead (schema: `effx schema NAME`).")]


def fail_filtered_out(samples: Path, lang: list[str], task: list[str]) -> Callable[[], typer.Exit]:
    """The error for a samples file none of whose samples survive --lang and --task (raised lazily)."""
    filters = " ".join([*(f"--lang {x}" for x in lang), *(f"--task {x}" for x in task)])

    def error() -> typer.Exit:
        return fail(f"no sample in {samples} is left after {filters or 'the filters'}: the file's samples "
                    "are all for other languages or tasks")
    return error


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
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON instead of tables "
                                          "(schema: `effx schema run`).")] = False,
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

    check_run_id(run_id)
    check_writable_folder(runs_dir, "--runs-dir")
    config = RunConfig(suite=suite, languages=tuple(lang), samples=samples, references_only=references,
                       task_ids=tuple(task), run_id=run_id, runs_dir=runs_dir, repeat=repeat,
                       sandbox=sandbox, cpu=cpu, data=data, executor=executor, workers=workers,
                       ray_address=ray_address, metric=metric, protocol=protocol)
    filtered_out = fail_filtered_out(samples, lang, task) if samples is not None and not references else None
    try:
        plan = plan_run(config)
    except RunConfigError as exc:
        if filtered_out is not None and str(exc).startswith("nothing to run"):
            raise filtered_out() from None
        raise fail(message(exc)) from None
    except (SamplesError, SuiteError, UnknownNameError) as exc:
        raise fail(message(exc)) from None
    except UnicodeDecodeError as exc:  # the samples file says so itself; what is left is the data
        raise fail(f"--data {data} is not UTF-8 text ({exc.reason} at byte {exc.start})" if data else
                   f"a file of suite {suite!r} is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if filtered_out is not None and not any(job.kind == "candidate" for jobs in plan.jobs.values() for job in jobs):
        raise filtered_out()
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

    if not as_json:
        print_run_summary(run_dir)
    report_path = None
    if report:
        from effx.cli.report_commands import build_cut_report
        from effx.reports import write_report
        from effx.store.rundir import CODE_SHOWN

        page = build_cut_report([(run_dir.read_manifest(), run_dir.results(code_limit=CODE_SHOWN))],
                                tasks=plan.suite.tasks, title=f"effx run {plan.run_id}")
        try:
            report_path = write_report(page, run_dir.path / 'report.html')
            if not as_json:
                typer.echo(f"report written to {report_path}")
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
    if as_json:
        typer.echo(_run_summary(run_dir, report_path).model_dump_json(indent=2))


def _run_summary(run_dir: RunDir, report_path: Path | None) -> RunSummary:
    """What `effx run --json` prints: the run's place, counts and leaderboard."""
    from effx.cli.json_models import RunSummary
    from effx.measure.metric_mode import score_measure
    from effx.models import Status
    from effx.scoring.summary import summarize

    manifest, results = run_dir.read_manifest(), run_dir.results(code=False)
    return RunSummary(run_id=manifest.run_id, run_dir=str(run_dir.path), status=manifest.status,
                      results=len(results), warnings=list(manifest.warnings),
                      sandbox_errors=sum(r.status == Status.sandbox_error for r in results),
                      measurements_rejected=sum(r.status == Status.measurement_rejected for r in results),
                      leaderboard=summarize(results, measure=score_measure(manifest.metric)),
                      report=None if report_path is None else str(report_path))


def _suite_info(name: str, with_tasks: bool = False) -> SuiteInfo:
    """What `effx suites` shows of one suite (its task list too with `with_tasks`)."""
    from effx.cli.json_models import SuiteInfo, SuiteTask
    from effx.registry import get_suite_loader
    from effx.tasks.suite import SuiteError

    try:
        suite = get_suite_loader(name)(with_cases=False)
    except SuiteError:
        return SuiteInfo(name=name, tasks=None, function_tasks=None, stdio_tasks=None, reference_languages=[],
                         note=f"needs its dataset: effx run --suite {name} --data FILE")
    tasks = list(suite.tasks.values())
    task_list = [SuiteTask(id=t.id, title=t.title, difficulty=t.difficulty, mode=t.mode,
                           reference_languages=sorted({r.language for r in t.references})) for t in tasks]
    return SuiteInfo(name=name, tasks=len(tasks), function_tasks=sum(t.mode == "function" for t in tasks),
                     stdio_tasks=sum(t.mode == "stdio" for t in tasks),
                     reference_languages=sorted({r.language for t in tasks for r in t.references}),
                     task_list=task_list if with_tasks else None)


@app.command()
def suites(
    name: Annotated[str | None, typer.Argument(help="A suite: list its tasks instead.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """List the registered suites and how many tasks each has, or one suite's tasks."""
    from rich.console import Console
    from rich.table import Table

    from effx.cli.run_table import keep_whole
    from effx.registry import suite_names, unknown

    if name is not None and name not in suite_names():
        raise fail(str(unknown("suite", name, suite_names())))
    infos = [_suite_info(n, with_tasks=name is not None) for n in ([name] if name else suite_names())]
    if as_json:
        exclude = {"task_list"} if name is None else None
        typer.echo(json.dumps([i.model_dump(mode="json", exclude=exclude) for i in infos], indent=2))
        return
    if name is not None:
        (info,) = infos
        if info.task_list is None:
            raise fail(f"suite {name!r} {info.note}")
        table = Table("task", "title", "difficulty", "mode", "languages with references",
                      title=f"{name}: {info.tasks} tasks")
        for t in info.task_list:
            table.add_row(t.id, t.title, t.difficulty, t.mode, ", ".join(t.reference_languages))
        Console().print(keep_whole(table, 0, [t.id for t in info.task_list]))
        return
    table = Table("suite", "tasks", "function", "stdio", "languages with references")
    for info in infos:
        if info.tasks is None:
            table.add_row(info.name, "-", "-", "-", info.note)
        else:
            table.add_row(info.name, str(info.tasks), str(info.function_tasks), str(info.stdio_tasks),
                          ", ".join(info.reference_languages))
    Console().print(table)


def _language_info(name: str) -> LanguageInfo:
    from effx.cli.json_models import LanguageInfo
    from effx.languages.toolchains import toolchain_version
    from effx.registry import get_language

    plugin = get_language(name)
    version = toolchain_version(name)
    return LanguageInfo(name=name, display_name=plugin.display_name, found=version != "missing",
                        toolchain=version, solution_shape=plugin.solution_shape,
                        install_hint=plugin.toolchain.install_hint)


@app.command()
def languages(
    name: Annotated[str | None, typer.Argument(help="A language: show its details.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show every language's details.")] = False,
    as_json: JsonFlag = False,
) -> None:
    """List the language plugins, one line each: whether the toolchain is found, and its version."""
    from effx.registry import language_names, unknown

    if name is not None and name not in language_names():
        raise fail(str(unknown("language", name, language_names())))
    infos = [_language_info(n) for n in ([name] if name else language_names())]
    if as_json:
        typer.echo(json.dumps([i.model_dump(mode="json") for i in infos], indent=2))
        return
    if name is None and not verbose:
        width = max(len(i.name) for i in infos)
        for i in infos:
            found = i.toolchain.splitlines()[0] if i.found else f"missing (install: {i.install_hint})"
            typer.echo(f"{i.name:<{width}}  {found}")
        return
    for i in infos:
        typer.echo(f"{i.name} ({i.display_name})\n  toolchain  {i.toolchain}\n"
                   f"  solution   {i.solution_shape}" + ("" if i.found else f"\n  install    {i.install_hint}"))


@app.command()
def schema(name: Annotated[str, typer.Argument(help="The output: run, runs-list, runs-show, suites or languages.")]
           ) -> None:
    """Print the JSON Schema of what a command prints with --json."""
    from effx.cli.json_models import SCHEMAS, json_schema
    from effx.registry import unknown

    if name not in SCHEMAS:
        raise fail(str(unknown("schema", name, SCHEMAS)))
    typer.echo(json.dumps(json_schema(name), indent=2))


_registered = False


def build_app() -> typer.Typer:
    """The root app with every command group of `COMMANDS` registered (once, however often it is called)."""
    global _registered
    if not _registered:
        _registered = True
        for name in COMMANDS.in_order():
            COMMANDS.get(name)(app)
    return app


def main() -> None:
    """Entry point of the `effx` script."""
    build_app()()


if __name__ == "__main__":
    main()
