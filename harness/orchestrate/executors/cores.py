"""Exclusive cores: one measuring job per core, across every process on the machine.

Workers of a pool, Ray tasks and separate effx processes all claim a core by taking an exclusive
`flock` on `/tmp/effx-cores/<n>.lock`. The kernel releases the lock when its holder dies, so a killed
worker never leaves a core claimed. Measured runs are pinned to the claimed core; nothing else that
effx starts is measured there.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_DIR = Path(tempfile.gettempdir()) / "effx-cores"


def usable_cores() -> list[int]:
    """Cores this process may run on, last first (core 0 takes most interrupts, so it is the last pick)."""
    try:
        return sorted(os.sched_getaffinity(0), reverse=True)
    except (AttributeError, OSError):
        return list(range((os.cpu_count() or 1) - 1, -1, -1))


@contextmanager
def claim_core(preferred: int | None = None, *, poll_s: float = 0.05) -> Iterator[int]:
    """Hold one core exclusively for the duration of the block; waits while every core is taken.

    Args:
        preferred: try this core first (e.g. `--cpu`), then any other.
        poll_s: how often to look again while all cores are claimed.
    """
    LOCK_DIR.mkdir(parents=True, exist_ok=True)
    cores = usable_cores()
    if preferred is not None:
        cores = [preferred] + [c for c in cores if c != preferred]
    while True:
        for core in cores:
            fd = os.open(LOCK_DIR / f"{core}.lock", os.O_RDWR | os.O_CREAT, 0o666)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            try:
                yield core
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
            return
        time.sleep(poll_s)
