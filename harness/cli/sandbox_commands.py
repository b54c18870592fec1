"""`effx sandbox check [--sandbox docker] [--lang L]`: does this machine's sandbox conform?

A thin command over `effx.sandbox.conformance`: it runs the conformance programs through every
language (or the ones named) and the repository-command row on one backend, prints the grid and exits 1
when a cell does not conform, 2 when the command itself is wrong (an unknown backend or language).
"""

from __future__ import annotations

from typing import Annotated

import typer

from effx.cli.errors import fail


def register(app: typer.Typer) -> None:
    """Add the `sandbox` command group to the root app."""
    sandbox = typer.Typer(name="sandbox", no_args_is_help=True,
                          help="Check the sandbox backends on this machine.")

    @sandbox.command()
    def check(
        backend: Annotated[str, typer.Option("--sandbox", help="Backend to check: `local` (bubblewrap) or "
                                                                "`docker`.")] = "local",
        lang: Annotated[list[str], typer.Option("--lang", "-l", help="Language to check (repeatable); "
                                                "default: every registered language.")] = [],  # noqa: B006
    ) -> None:
        """Run the conformance suite on one backend and print the language x case grid.

        Every language (solutions' verdicts, limits, no network, no writes outside the work directory)
        and the repository-command row (worktree, network, writes outside, host secrets, fork bomb, wall
        limit, commands that cannot start). Languages whose toolchain or image is missing are skipped with
        the reason; the exit code is 1 when any checked cell fails.
        """
        from effx.registry import UnknownNameError
        from effx.sandbox.conformance import main

        try:
            code = main(backend, lang or None)
        except UnknownNameError as error:
            raise fail(str(error)) from None
        raise typer.Exit(code)

    app.add_typer(sandbox)
