"""What every backend does the same way around one execution: paths, launcher options, reading back.

The helpers here are careful about what the judged code controlled: names it supplies must stay inside
the work directory, and files it leaves behind are read without following symlinks out of it.
"""

from __future__ import annotations

import math
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from effx.models import Limits
from effx.sandbox.base import ExecRequest, Execution
from effx.sandbox.launcher import LauncherReport
from effx.sandbox.uids import lease

MARKER = ".effx-complete"
"""Written last into a compile-cache entry; an entry without it is incomplete."""
TOOLS = ".effx"
"""Reserved name: no staged file, output or collected entry may live under it (backends keep the
launcher and the stdio files of a command there)."""
STDERR_TAIL = 4096
STDERR_HEAD = 1024
"""Of a stderr longer than its cap, this much of its start is kept beside the tail: a crash report (a
Ruby `[BUG]`, a JVM fatal error, a Go panic with every goroutine) names its cause first and ends with
pages of memory maps or stacks."""
KILL_GRACE_S = 10.0
"""Extra time the Python-side deadline gives the launcher beyond the run's own wall limit."""
COMPILE_LIMITS = Limits(wall_s=60, cpu_s=120, memory_mb=2048, output_bytes=1 << 30, processes=512)
BASE_ENV = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
}


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


def stage_tree(source: Path, target: Path, *, link: bool, made: Callable[[Path], None] | None = None) -> None:
    """Place a compile-cache entry's files into a work or staging folder (its MARKER left out).

    Files are hard links when `link` (the cache files are read-only and owned by effx, so only a program
    that does not own them may get links), copies otherwise; symlinks are recreated as symlinks; `made` is
    called with every folder created (a backend hands it to the sandbox user).
    """
    for directory, subdirs, files in os.walk(source):
        here = Path(directory)
        into = target / here.relative_to(source)
        for name in subdirs:
            if (here / name).is_symlink():
                os.symlink(os.readlink(here / name), into / name)
            else:
                (into / name).mkdir(mode=0o755)
                if made is not None:
                    made(into / name)
        for name in files:
            if name == MARKER and here == source:
                continue
            if (here / name).is_symlink():
                os.symlink(os.readlink(here / name), into / name)
            else:
                place(here / name, into / name, link)


def copy_entries(source: Path, target: Path, names: tuple[str, ...] | None) -> None:
    """Copy work-directory entries (files or folders, symlinks kept as links) from `source` into `target`."""
    chosen = list(names) if names is not None else [entry.name for entry in source.iterdir()]
    for name in chosen:
        origin, into = source / relative_path(name), target / relative_path(name)
        if not origin.exists() and not origin.is_symlink():
            continue
        into.parent.mkdir(parents=True, exist_ok=True)
        if origin.is_dir() and not origin.is_symlink():
            shutil.copytree(origin, into, symlinks=True, dirs_exist_ok=True)
        else:
            shutil.copy2(origin, into, follow_symlinks=False)


def make_read_only(root: Path) -> None:
    for directory, _, files in os.walk(root):
        os.chmod(directory, 0o755)
        for name in files:
            path = Path(directory) / name
            if not path.is_symlink():
                executable = path.stat().st_mode & stat.S_IXUSR
                path.chmod(0o555 if executable else 0o444)


def stderr_head(cap: int) -> int:
    """How much of a stderr's start is kept when it is longer than `cap` (the rest of `cap` is its end)."""
    return min(STDERR_HEAD, cap // 4)


def cut_marker(cut: int) -> bytes:
    """What stands in for the `cut` bytes removed from the middle of a long stderr."""
    return f"\n[... {cut} bytes cut ...]\n".encode()


def read_file(workdir: Path, name: str, cap: int, tail: bool = False, head: int = 0) -> bytes | None:
    """At most `cap` bytes of a regular file in the work directory, or None if there is none.

    With `tail`, a longer file gives its last bytes; with `head` as well, its first `head` bytes, a
    marker saying how much was cut, and the last `cap - head`.

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
            start = handle.read(head) if head else b""
            handle.seek(info.st_size - (cap - len(start)))
            end = handle.read(cap)
            return start + cut_marker(info.st_size - len(start) - len(end)) + end if start else end
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


def launcher_options(request: ExecRequest, stdio: str, sandbox_processes: int, uid: int | None = None) -> list[str]:
    """The measuring launcher's options for `request`, with its stdio files in the folder `stdio`.

    `sandbox_processes` is how many processes of the sandbox itself (an init, a shell) count against the
    per-uid process limit besides the command's own. With `uid`, the launcher makes only the program that
    user (the launcher itself stays out of the program's reach).
    """
    limits = request.limits
    options = [
        "--timeout-ms", str(max(1, int(limits.wall_s * 1000))),
        "--cpu-s", str(max(1, math.ceil(limits.cpu_s))),
        "--mem-mb", str(limits.memory_mb),
        "--fsize", str(limits.output_bytes),
        "--nproc", str(limits.processes + sandbox_processes),
        "--no-aslr",
        "--stdin", f"{stdio}/stdin", "--stdout", f"{stdio}/stdout",
        "--stderr", f"{stdio}/stdout" if request.merge_stderr else f"{stdio}/stderr",
    ]
    if request.no_data_limit:
        options.append("--no-data-limit")
    if request.forked:
        options.append("--forked")
    if request.cpu is not None:
        options += ["--cpu", str(request.cpu)]
    if uid is not None:
        options += ["--uid", str(uid), "--gid", str(uid)]
    return options


def execution(report: LauncherReport, stdout: bytes, stderr: bytes, files: dict[str, bytes]) -> Execution:
    """The `Execution` a launcher report describes, with what was read back."""
    return Execution(
        exit_code=report.exit_code, signal=report.signal, timed_out=report.timed_out,
        memory_exceeded=report.memory_exceeded, output_exceeded=report.output_exceeded,
        wall_ms=report.wall_ns / 1e6, user_ms=report.user_ns / 1e6, sys_ms=report.sys_ns / 1e6,
        peak_rss_kb=report.peak_rss_kb, mem_integral_mb_s=report.mem_integral_mb_s,
        stdout=stdout, stderr_tail=stderr.decode("utf-8", "replace"), files=files,
        sandbox_error=f"cannot start the program: {report.exec_error}" if report.exec_error else None,
    )


def chown_tree(root: Path, uid: int) -> None:
    """Give a folder and everything in it to `uid` (links themselves, never what they point to).

    The folder was writable by sandboxed code before, so a file with more than one name is left alone: it
    may be a hard link to a file elsewhere on the host that must not change hands.
    """
    paths = [root]
    for directory, subdirs, files in os.walk(root):
        paths += [Path(directory) / name for name in (*subdirs, *files)]
    for path in paths:
        info = path.lstat()
        if info.st_uid != uid and not (stat.S_ISREG(info.st_mode) and info.st_nlink > 1):
            os.lchown(path, uid, uid)


def failed_execution(error: str, stderr_tail: str = "") -> Execution:
    return Execution(
        exit_code=None, signal=None, timed_out=False, memory_exceeded=False, output_exceeded=False,
        wall_ms=0.0, user_ms=0.0, sys_ms=0.0, peak_rss_kb=0, mem_integral_mb_s=0.0,
        stdout=b"", stderr_tail=stderr_tail, files={}, sandbox_error=error,
    )


def as_leased_uid(prefer: Path | None, run: Callable[[int], Execution]) -> Execution:
    """`run(uid)` with a uid leased for it alone (`effx.sandbox.uids`), `prefer` (a worktree) keeping its
    own when free; a pool that stays full is the infrastructure's fault."""
    try:
        with lease(prefer=str(prefer or "")) as uid:
            return run(uid)
    except TimeoutError as error:
        return failed_execution(str(error))
