"""The measuring launcher: a small C program, built from source on first use and cached by its hash.

`effx-launch [options] -- PROGRAM ARGS...` forks and execs the program under limits and prints one JSON
object (see `LauncherReport`). It exists because a Python parent cannot measure a child's peak memory:
the kernel's RSS high-water mark survives fork+exec, so only a tiny parent gives a truthful `ru_maxrss`.

The binary is linked statically when the toolchain allows it, so the same file can be copied into
containers and bubblewrap sandboxes that lack the host's libraries. Builds are keyed by a hash of the
C source and the compile flags, land in `<cache>/launcher/<hash>/effx-launch`, and are published with
an atomic rename so concurrent first uses never see a half-written binary.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from effx.cache import cache_dir

__all__ = ["LauncherError", "LauncherReport", "cache_dir", "launcher_path", "parse_report"]

SOURCE = Path(__file__).with_name("launcher.c")
BINARY_NAME = "effx-launch"
_FLAGS = ["-std=c11", "-O2", "-Wall"]


class LauncherError(RuntimeError):
    """The launcher could not be built or its report could not be read."""


def _compiler() -> str:
    for name in (os.environ.get("CC", ""), "cc", "gcc", "clang"):
        if name and (found := shutil.which(name)):
            return found
    raise LauncherError(
        "no C compiler found to build the measuring launcher (tried $CC, cc, gcc, clang); "
        "install one, e.g. `apt-get install gcc`"
    )


def launcher_path(cache: Path | None = None) -> Path:
    """Path of the launcher binary for the current source, building it if needed.

    Args:
        cache: cache root; defaults to `cache_dir()`.

    Raises:
        LauncherError: no C compiler, or the source failed to compile (the message holds its output).
    """
    source = SOURCE.read_bytes()
    key = hashlib.sha256(source + " ".join(_FLAGS).encode()).hexdigest()[:16]
    target = (cache or cache_dir()) / "launcher" / key / BINARY_NAME
    if target.is_file() and os.access(target, os.X_OK):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    cc = _compiler()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{BINARY_NAME}-", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        # Static first (portable into containers); dynamic when static libc is not installed.
        for extra in (["-static"], []):
            done = subprocess.run(
                [cc, *_FLAGS, *extra, str(SOURCE), "-o", str(tmp)],
                capture_output=True, text=True, check=False,
            )
            if done.returncode == 0:
                break
        else:
            raise LauncherError(f"building the measuring launcher with {cc} failed:\n{done.stderr[-4000:]}")
        tmp.chmod(0o755)
        os.replace(tmp, target)  # atomic: a concurrent builder's rename is equally complete
    finally:
        tmp.unlink(missing_ok=True)
    return target


@dataclass(frozen=True)
class LauncherReport:
    """The launcher's JSON report, with times in nanoseconds as it printed them."""

    exit_code: int | None
    """Exit status; None when killed by a signal; 127 when the program could not be started."""
    signal: int | None
    """Number of the signal that ended the program, or None."""
    timed_out: bool
    """The wall-clock limit passed (group killed) or the CPU-time limit was hit (SIGXCPU)."""
    memory_exceeded: bool
    """Sampled resident memory of the process tree passed the limit and the group was killed."""
    output_exceeded: bool
    """RLIMIT_FSIZE was hit: SIGXFSZ, or the stdout/stderr file reached the limit (EFBIG)."""
    wall_ns: int
    """Monotonic time from fork to the exit being seen, exec and start-up included."""
    user_ns: int
    """User CPU time of the program and its waited-for descendants (wait4)."""
    sys_ns: int
    """System CPU time, likewise."""
    peak_rss_kb: int
    """Kernel high-water mark of resident memory (ru_maxrss) of the largest process in the tree."""
    mem_integral_mb_s: float
    """Resident memory of the tree integrated over wall time (trapezoids between samples), MB*s."""
    samples: int
    """How many RSS samples were taken; 0 for programs that end before the first tick."""
    exec_error: str | None
    """Why the program could not be started (not found, stdio file, CPU pinning), else None."""


def parse_report(text: str) -> LauncherReport:
    """Parse the last line of the launcher's stdout.

    Raises:
        LauncherError: the output holds no valid report (the launcher crashed or was killed).
    """
    lines = text.strip().splitlines()
    try:
        data: dict[str, Any] = json.loads(lines[-1])
        return LauncherReport(**data)
    except (IndexError, ValueError, TypeError) as error:
        raise LauncherError(f"unreadable launcher report ({error}): {text[-500:]!r}") from error
