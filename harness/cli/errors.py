"""How every command reports a failure: one line on stderr and a distinct exit code, never a traceback.

Exit code 2 means the command itself was wrong (an unknown name, a malformed file, a missing option,
a folder that cannot be written), before anything was written; commands that ran and found problems
exit 1 instead. Commands raise `fail(...)` for the mistakes they check themselves; `EffxGroup`, the
root app's command class, turns every other exception into the same one line: a mistake the user can
fix (a file that is not UTF-8, a path naming a file where a folder belongs, a missing database driver)
exits 2, and anything else is a crash that exits 1 and says where its full traceback was saved.
"""

from __future__ import annotations

import errno
import os
import tempfile
import traceback
from typing import Any

import typer
from typer.core import TyperGroup

__all__ = ["EffxGroup", "deprecated", "explain", "fail", "message"]

USER_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EISDIR, errno.ENOENT, errno.EEXIST,
                         errno.EROFS, errno.ENAMETOOLONG})
"""OSErrors that name a path the user gave wrongly (exit 2); any other OSError is the machine's (exit 1)."""

PIP_NAMES = {"psycopg2": "psycopg2-binary", "psycopg": "psycopg[binary]", "pymysql": "PyMySQL",
             "MySQLdb": "mysqlclient", "pyarrow": "pyarrow", "ray": "effx[ray]", "docker": "effx[docker]"}
"""Module name -> what `pip install` needs for it, where the two differ."""


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print `error: message` on stderr and return the Exit to raise (`raise fail(...) from None`)."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def deprecated(old: str, new: str) -> None:
    """Say on stderr, in one line, that spelling `old` still works but `new` is the name to use."""
    typer.echo(f"note: {old} is deprecated; use {new}", err=True)


def message(exc: BaseException) -> str:
    """An exception's text as effx wrote it (a KeyError's without the quotes `str` adds)."""
    return exc.args[0] if isinstance(exc, KeyError) and exc.args and isinstance(exc.args[0], str) else str(exc)


def _user_error_types() -> tuple[type[Exception], ...]:
    """effx's own exceptions that describe a mistake in the command (imported only once one happened)."""
    from effx.orchestrate.runner import RunConfigError
    from effx.orchestrate.samples import SamplesError
    from effx.registry import UnknownNameError
    from effx.store.rundir import RunDirError
    from effx.tasks.suite import SuiteError

    return RunConfigError, SamplesError, UnknownNameError, RunDirError, SuiteError


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


def explain(exc: BaseException) -> tuple[str, int] | None:
    """The one line and exit code for an exception the user can act on; None for a crash (a bug)."""
    if isinstance(exc, UnicodeDecodeError):
        return (f"a file given is not UTF-8 text ({exc.reason} at byte {exc.start}); "
                "samples and data files must be UTF-8 text"), 2
    if isinstance(exc, ModuleNotFoundError) and exc.name and not exc.name.startswith("effx"):
        root = exc.name.split(".")[0]
        return (f"the Python package for module {root!r} is not installed; install it with "
                f"`pip install {PIP_NAMES.get(root, root)}`"), 2
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror}", 2 if exc.errno in USER_ERRNOS else 1
    if isinstance(exc, ConnectionError):  # the results store (or a server) is unreachable
        return _one_line(str(exc)), 1
    if isinstance(exc, _user_error_types()):
        return message(exc), 2
    return None


def save_traceback(exc: BaseException) -> str | None:
    """Write the full traceback of `exc` to a new file under the temp folder; its path, or None."""
    try:
        fd, path = tempfile.mkstemp(prefix="effx-crash-", suffix=".txt")
        with os.fdopen(fd, "w") as fh:
            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        return None
    return path


def report(exc: Exception) -> typer.Exit:
    """Print the one line for `exc` (see `explain`) and return the Exit to raise."""
    explained = explain(exc)
    if explained is not None:
        return fail(*explained)
    saved = save_traceback(exc)
    where = f"the full traceback is in {saved}" if saved else "the traceback could not be saved"
    return fail(f"unexpected {type(exc).__name__}: {_one_line(str(exc), 200)} ({where}; "
                "please report it)", 1)


def _plain_flags(command: Any) -> None:
    """Show boolean flags as flags: no `<bool>` value column for options that take no value."""
    help_option = command.get_help_option(typer.Context(command, **command.context_settings))
    for param in [*command.params, help_option]:
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
    for sub in getattr(command, "commands", {}).values():
        _plain_flags(sub)


class EffxGroup(TyperGroup):
    """The root command: every failure below it ends as one `error:` line (see the module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _plain_flags(self)

    def get_params(self, ctx: Any) -> list[Any]:
        """The root's options, those typer adds after construction (shell completion) shown as flags too."""
        params = super().get_params(ctx)
        for param in params:
            if getattr(param, "is_flag", False) and param.metavar is None:
                param.metavar = ""
        return params

    def invoke(self, ctx: Any) -> Any:  # typer's vendored click Context
        """Run the chosen command, turning any exception into one line and an exit code."""
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):  # typer's own: usage errors, exit codes
            raise
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None
        except Exception as exc:  # noqa: BLE001 -- the one place every other failure is turned into one line
            raise report(exc) from None
