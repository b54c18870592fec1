"""How every command reports a mistake the user can fix: one line on stderr and a distinct exit code.

Exit code 2 means the command itself was wrong (an unknown name, a malformed file, a missing option),
before anything was written; commands that ran and found problems exit 1 instead.
"""

from __future__ import annotations

import typer

__all__ = ["fail"]


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print `error: message` on stderr and return the Exit to raise (`raise fail(...) from None`)."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)
