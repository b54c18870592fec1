"""Checks of paths and names given on the command line, made before a command writes anything.

Each check raises `fail(...)` (exit 2, one line naming the option) when the value cannot work, so a
wrong `--run-id`, `--runs-dir` or `--output` is refused up front rather than half-way through a run.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from effx.cli.errors import fail

__all__ = ["SAFE_NAME", "check_file_parent", "check_run_id", "check_sandbox", "check_writable_folder"]

SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
"""A run id: letters, digits, `.`, `_` and `-`, starting with a letter or digit (so never `..` or a path)."""


def check_run_id(run_id: str | None) -> None:
    """Refuse a run id that is not a plain folder name, so a run never lands outside --runs-dir."""
    if run_id is not None and not SAFE_NAME.fullmatch(run_id):
        raise fail(f"--run-id {run_id!r} is not a plain name: use letters, digits, '.', '_' and '-' "
                   "(starting with a letter or digit, at most 128 characters)")


def _nearest_existing(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def check_writable_folder(path: Path, option: str) -> None:
    """Refuse a folder option that names a file, or a place where no folder can be created or written.

    Writability is probed by creating and removing a temporary folder in the nearest existing ancestor
    (permission bits do not tell for root, read-only mounts or /proc), so nothing is left behind.
    """
    existing = _nearest_existing(path)
    if not existing.is_dir():
        where = "" if existing == path.absolute() else f": {existing}"
        raise fail(f"{option} {path}{where} is a file, not a folder")
    try:
        Path(tempfile.mkdtemp(prefix=".effx-probe-", dir=existing)).rmdir()
    except OSError as exc:
        raise fail(f"{option} {path}: cannot create anything in {existing} ({exc.strerror or exc})") from None


def check_file_parent(path: Path, option: str) -> None:
    """Refuse an output file whose folder does not exist (or is a file), naming that folder."""
    parent = path.absolute().parent
    if not parent.exists():
        raise fail(f"{option} {path}: the folder {parent} does not exist")
    if not parent.is_dir():
        raise fail(f"{option} {path}: {parent} is not a folder")


def check_sandbox(name: str) -> None:
    """Refuse an unknown --sandbox before anything (a run folder, a server) is made for it."""
    from effx.registry import SANDBOXES, unknown

    if name not in SANDBOXES.names():
        raise fail(str(unknown("sandbox", name, sorted(SANDBOXES.names()))))
