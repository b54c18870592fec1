"""A busy neighbour: a process spinning on one core for the length of a `with` block.

The precision benchmark starts it on a core other than the measured one, the way a user's editor,
browser or second benchmark loads a laptop, and stops it itself, so a failed benchmark never leaves
a spinner behind.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

_SPIN = "import os\nos.sched_setaffinity(0, {%d})\nwhile True: pass\n"


@contextmanager
def busy_neighbour(core: int | None) -> Iterator[None]:
    """Keep `core` 100% busy inside the block; None means no neighbour (the idle condition)."""
    if core is None:
        yield
        return
    spinner = subprocess.Popen([sys.executable, "-c", _SPIN % core])
    try:
        yield
    finally:
        spinner.kill()
        spinner.wait()
