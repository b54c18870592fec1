"""A user id of its own for every running program, leased from a machine-wide pool.

The kernel's process limit (RLIMIT_NPROC) counts every process of a uid on the host. With one shared
sandbox user, a fork bomb holding its full quota in one run leaves no process, and no thread, for any
other run on the machine at the same moment: a JVM or Go program measured beside it fails through no
fault of its own, and on a shared judge one submission could sabotage another's verdict. Leasing each
execution a uid nobody else holds makes the limit per execution.

Leases are `flock`s on one file per uid in a root-only folder, so every effx process on the machine
(two runs, a server, workers) shares the pool, and a lease dies with the process that held it. The pool
lies far above the uids of real users and of the usual subordinate-uid ranges of rootless containers.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import random
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BASE = 2_000_000_000
"""First uid of the pool (below 2**31: some programs still keep uids in a signed 32-bit int)."""
SIZE = 256
"""Executions that may run at once on one machine; more wait for a free uid."""
PROGRAM_UIDS = range(BASE, BASE + SIZE)
"""Every uid a program may run as."""


def _folder() -> Path:
    for candidate in (Path("/run/effx-uids"), Path(tempfile.gettempdir()) / "effx-uids"):
        try:
            candidate.mkdir(mode=0o700, exist_ok=True)
            if candidate.stat().st_uid == os.geteuid():
                return candidate
        except OSError:
            continue
    raise RuntimeError("no folder for effx's uid leases: neither /run/effx-uids nor the temp folder is writable")


@contextmanager
def lease(prefer: str = "", wait_s: float = 600.0) -> Iterator[int]:
    """Hold a uid of the pool for the block.

    Args:
        prefer: a key (e.g. a worktree's path) whose uid to try first, so repeated commands in one folder
            keep its files' owner and need no re-chown; empty: start anywhere.
        wait_s: how long to wait for a free uid before giving up.

    Raises:
        TimeoutError: every uid stayed leased for `wait_s`.
    """
    folder = _folder()
    start = int(hashlib.sha256(prefer.encode()).hexdigest(), 16) % SIZE if prefer else random.randrange(SIZE)
    deadline = time.monotonic() + wait_s
    while True:
        for step in range(SIZE):
            uid = BASE + (start + step) % SIZE
            fd = os.open(folder / str(uid), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            try:
                yield uid
            finally:
                os.close(fd)  # releases the lock
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"all {SIZE} sandbox uids stayed in use for {wait_s:.0f} s")
        time.sleep(0.02)
