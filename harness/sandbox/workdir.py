"""Work directories and compile-cache entries, shared by the sandbox backends.

Every backend stages a program the same way: a fresh work directory holding the program's files, the
compiled artifacts from the cache and a `.effx` folder (TOOLS) for the launcher and the program's stdio; a
cache entry is complete once its MARKER file exists. The helpers here are careful about what the
program controlled: names it supplies must stay inside the work directory, and files it leaves behind
are read without following symlinks out of it.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path, PurePosixPath

from effx.launcher import LauncherReport
from effx.models import Limits, Program
from effx.sandbox.base import CompileOutcome, Execution

MARKER = ".effx-complete"
"""Written last into a compile-cache entry; an entry without it is incomplete."""
TOOLS = ".effx"
"""Work-directory subfolder holding the launcher and the program's stdio files."""
STDERR_TAIL = 4096
COMMAND_NOT_FOUND = 127
"""Exit code of a shell whose command does not exist: a compile script exiting so lacks its compiler."""
KILL_GRACE_S = 10.0
"""Extra time the Python-side deadline gives the launcher beyond the run's own wall limit."""
COMPILE_LIMITS = Limits(wall_s=60, cpu_s=120, memory_mb=2048, output_bytes=1 << 30, processes=512)
BASE_ENV = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
}


def compiler_start_error(program: Program, report: LauncherReport) -> str | None:
    """Why the compiler could not be started at all (the infrastructure's fault, not the program's), or None."""
    if report.exec_error:
        return f"cannot start the compiler: {report.exec_error}"
    if report.exit_code == COMMAND_NOT_FOUND and program.compile_argv and program.compile_argv[0] == "sh":
        return "cannot start the compiler: the compile script exited 127 (command not found)"
    return None


def require_runnable(program: Program, compiled: CompileOutcome) -> None:
    """Refuse to run a program whose compile failed or whose cache entry has since disappeared."""
    if not compiled.ok or not (compiled.directory / MARKER).is_file():
        raise ValueError(
            f"cannot run {program.language} program: it did not compile (or its cache entry "
            f"{compiled.directory} is gone); call compile() and check `ok` first"
        )


def relative_path(name: str) -> PurePosixPath:
    """A program-supplied path, checked to stay inside the work directory."""
    path = PurePosixPath(name)
    if not name or path.is_absolute() or ".." in path.parts or (path.parts and path.parts[0] == TOOLS):
        raise ValueError(f"file name {name!r} must be a relative path inside the work directory "
                         f"(no '..', not under {TOOLS}/)")
    return path


def place(source: Path, target: Path, link: bool) -> None:
    if link:
        try:
            os.link(source, target)
            return
        except OSError:
            pass  # another filesystem, or hard links not permitted: copy instead
    shutil.copy2(source, target)


def make_read_only(root: Path) -> None:
    for directory, _, files in os.walk(root):
        os.chmod(directory, 0o755)
        for name in files:
            path = Path(directory) / name
            if not path.is_symlink():
                executable = path.stat().st_mode & stat.S_IXUSR
                path.chmod(0o555 if executable else 0o444)


def read_file(workdir: Path, name: str, cap: int, tail: bool = False) -> bytes | None:
    """At most `cap` bytes of a regular file in the work directory, or None if there is none.

    The program controlled the directory, so symlinks pointing out of it and special files (a FIFO
    would block the read forever) are refused rather than followed.
    """
    path = workdir / name
    try:
        real = path.resolve(strict=True)
        if not real.is_relative_to(workdir.resolve()):
            return None
        fd = os.open(real, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except (OSError, RuntimeError):
        return None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None
        if tail and info.st_size > cap:
            handle.seek(info.st_size - cap)
        return handle.read(cap)


def remove_tree(path: Path) -> None:
    """Delete a work directory even if the program left unreadable or unwritable folders in it."""
    shutil.rmtree(path, ignore_errors=True)
    if path.exists():  # only without root: a folder the program made unreadable; open it up and retry
        for directory, subdirs, _ in os.walk(path):
            for name in subdirs:
                inner = Path(directory) / name
                if not inner.is_symlink():  # chmod would follow a link out of the work directory
                    inner.chmod(0o700)
        shutil.rmtree(path, ignore_errors=True)


def failed_execution(error: str, stderr_tail: str) -> Execution:
    return Execution(
        exit_code=None, signal=None, timed_out=False, memory_exceeded=False, output_exceeded=False,
        wall_ms=0.0, user_ms=0.0, sys_ms=0.0, peak_rss_kb=0, mem_integral_mb_s=0.0,
        stdout=b"", stderr_tail=stderr_tail, files={}, sandbox_error=error,
    )
