"""`effx validate`: are a suite's references correct, its cases reproducible and its rankings stable?

The command prints one table row per task and language and a summary line, and exits 1 when a
reference fails or a generator is not deterministic (with `--strict`, also when a task is flagged as
unable to rank solutions), 2 when the command itself is wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.table import Table

    from effx.validate import Validation


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}" if value < 10 else f"{value:.1f}"


def validation_table(validation: Validation) -> Table:
    """One row per task and language: references passed, tau, fastest and slowest runtime, flags."""
    from rich.table import Column, Table

    numbers = (Column(name, justify="right") for name in ("refs\npassed", "tau", "fastest\nms", "slowest\nms",
                                                          "spread"))
    table = Table(Column("task", overflow="fold"), Column("language", overflow="fold"), *numbers,
                  Column("flags", overflow="fold"), title="Reference validation")
    for row in validation.rows:
        passed = f"{row.passed}/{row.references}"
        table.add_row(row.task_id, row.language, passed if not row.failures else f"[red]{passed}[/red]",
                      "-" if row.tau is None else f"{row.tau:.2f}", _ms(row.fastest_ms), _ms(row.slowest_ms),
                      "-" if row.spread is None else f"{row.spread:.1f}x",
                      f"[yellow]{'; '.join(row.flags)}[/yellow]" if row.flags else "")
    return table


def summary_line(validation: Validation) -> str:
    """Counts of rows, failures and flags, the generators' verdicts and the median tau per language."""
    taus = ", ".join(f"{lang} {'-' if tau is None else f'{tau:.2f}'}"
                     for lang, tau in validation.median_tau().items())
    failing_rows = sum(bool(r.failures) for r in validation.rows)
    bad_generators = sum(p is not None for p in validation.generators.values())
    return (f"{len(validation.rows)} task-language pairs: {failing_rows} with failing references, "
            f"{len(validation.flagged)} flagged; generators: {len(validation.generators) - bad_generators} "
            f"deterministic, {bad_generators} not; median tau: {taus or '-'}")


def flag_legend(min_spread: float, min_tau: float) -> str:
    """What each flag means, with the thresholds in force."""
    from effx.validate import INDISTINCT, NO_TAU, UNSTABLE

    return (f"flags: {INDISTINCT} = slowest/fastest reference < {min_spread:g}x; {UNSTABLE} = Kendall tau "
            f"between the two runs < {min_tau:g}; {NO_TAU} = fewer than two passing references or all tied")


def register(app: typer.Typer) -> None:
    """Add `effx validate` to `app`."""

    @app.command()
    def validate(
        suite: Annotated[str, typer.Option(help="Suite to validate (see `effx suites`).")] = "core",
        lang: Annotated[list[str], typer.Option(
            "--lang", "-l", help="Language to validate (repeatable); default: every language with references "
                                 "whose toolchain is installed.")] = [],  # noqa: B006
        task: Annotated[list[str], typer.Option("--task", "-t", help="Only this task id (repeatable).")] = [],  # noqa: B006
        repeat: Annotated[int, typer.Option(min=1, help="Measured runs per reference in each of the two "
                                            "measurement runs (1 is enough for CI).")] = 3,
        runs_dir: Annotated[Path, typer.Option(help="Folder for the two reference runs.")] = Path("runs"),
        data: Annotated[Path | None, typer.Option(help="Dataset file or folder for published-format suites.")]
        = None,
        executor: Annotated[str, typer.Option(help="Where task batches run: serial, pool or ray.")] = "serial",
        workers: Annotated[int | None, typer.Option(min=1, help="Pool workers (default: physical cores).")]
        = None,
        sandbox: Annotated[str, typer.Option(help="Sandbox backend: local.")] = "local",
        min_spread: Annotated[float, typer.Option(help="Flag a task whose slowest reference is less than this "
                                                  "many times slower than its fastest.")] = 1.5,
        min_tau: Annotated[float, typer.Option(help="Flag a ranking whose Kendall tau between the two runs is "
                                               "below this.")] = 0.5,
        strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on flags too, not only on failures.")]
        = False,
    ) -> None:
        """Check that every reference passes, generators are deterministic and reference rankings are stable.

        The references are measured in two independent runs (written under --runs-dir); Kendall's tau
        between the two runtime rankings tells whether a task can rank solutions reproducibly. A task
        whose references are within --min-spread of each other, or whose tau is undefined, is flagged.
        Exit code: 0 when nothing failed, 1 on a failing reference or a non-deterministic generator
        (or any flag with --strict), 2 when the command cannot run as given.
        """
        from rich.console import Console

        from effx.cli.errors import fail, message
        from effx.orchestrate.progress import job_progress
        from effx.registry import UnknownNameError
        from effx.tasks.suite import SuiteError
        from effx.validate import ValidateConfig, ValidateError
        from effx.validate import validate as run_validation

        config = ValidateConfig(suite=suite, languages=tuple(lang), task_ids=tuple(task), repeat=repeat,
                                runs_dir=runs_dir, data=data, executor=executor, workers=workers, sandbox=sandbox,
                                min_spread=min_spread, min_tau=min_tau)
        try:
            validation = run_validation(config, progress=job_progress)
        except (ValidateError, SuiteError, UnknownNameError) as exc:
            raise fail(message(exc)) from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None
        console = Console()
        for language, reason in validation.skipped_languages.items():
            console.print(f"skipped {language}: {reason}")
        console.print(validation_table(validation))
        if validation.flagged:
            console.print(flag_legend(min_spread, min_tau), highlight=False)
        for line in validation.failures:
            console.print(f"[red]FAIL[/red] {line}", highlight=False)
        console.print(summary_line(validation), highlight=False)
        console.print(f"runs: {validation.run_dirs[0]} and {validation.run_dirs[1]}", highlight=False)
        raise typer.Exit(validation.exit_code(strict=strict))
