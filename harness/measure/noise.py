"""Machine-noise check: is something else already loading the core a run will measure on?

Pinning a run to a core does not keep other processes off it. A neighbour on the measured core
time-slices with the program and inflates wall-clock runtimes by tens of percent, which no amount of
repetition removes. Before a run starts, effx samples the per-core CPU times (psutil's `cpu_times`, read
from `/proc/stat` on Linux) for the cores it will use over a short window (200 ms) and warns, in the run
manifest and on the console, when a core was busy for more than 20% of that window. The check is
read-only and costs one sleep; effx itself sleeps meanwhile, so its own load does not count.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["BUSY_THRESHOLD", "CoreLoad", "busy_cores", "core_loads", "noise_warnings"]

BUSY_THRESHOLD = 0.20
"""Busy share of a core above which a run's timings are at risk."""
WINDOW_S = 0.2
"""How long the per-core times are sampled."""


@dataclass(frozen=True)
class CoreLoad:
    """How busy one core was over the sampling window."""

    core: int
    busy: float
    """Share of the window the core spent running anything (0..1)."""


def _snapshot() -> dict[int, tuple[float, float]]:
    """core -> (busy seconds, total seconds) since boot.

    psutil lists the cores in the kernel's order (cpu0, cpu1, ...), so a core's position is its number
    on a machine whose cores are all online. Busy is everything but idle and iowait; psutil leaves guest
    time out of the total, as it is already inside user and nice. psutil costs ~11 ms to import, and only
    a run that starts imports it.
    """
    import psutil

    out: dict[int, tuple[float, float]] = {}
    for core, times in enumerate(psutil.cpu_times(percpu=True)):
        total = sum(times) - getattr(times, "guest", 0.0) - getattr(times, "guest_nice", 0.0)
        idle = times.idle + getattr(times, "iowait", 0.0)
        out[core] = (total - idle, total)
    return out


def core_loads(cores: Iterable[int], window_s: float = WINDOW_S) -> list[CoreLoad]:
    """The busy share of each of `cores` over `window_s` seconds (cores the kernel does not list are skipped).

    The kernel counts in clock ticks (usually 10 ms), so a 200 ms window resolves about 5% per core.
    """
    wanted = sorted(set(cores))
    before = _snapshot()
    time.sleep(window_s)
    after = _snapshot()
    loads = []
    for core in wanted:
        if core not in before or core not in after:
            continue
        busy = after[core][0] - before[core][0]
        total = after[core][1] - before[core][1]
        loads.append(CoreLoad(core, min(1.0, max(0.0, busy / total)) if total > 0 else 0.0))
    return loads


def busy_cores(cores: Iterable[int], threshold: float = BUSY_THRESHOLD,
               window_s: float = WINDOW_S) -> list[CoreLoad]:
    """The cores among `cores` that were busier than `threshold`."""
    return [load for load in core_loads(cores, window_s) if load.busy > threshold]


def noise_warnings(cores: Iterable[int], threshold: float = BUSY_THRESHOLD,
                   window_s: float = WINDOW_S) -> list[str]:
    """One warning per measured core that another process keeps busy, naming the core and its load."""
    try:
        busy = busy_cores(cores, threshold, window_s)
    except (OSError, ValueError, NotImplementedError, ImportError):  # no per-core times here: nothing to say
        return []
    return [f"core {load.core}, which this run measures on, was {100 * load.busy:.0f}% busy before the run "
            f"started (threshold {100 * threshold:.0f}%): another process is loading it, so wall-clock "
            "runtimes will be inflated and noisy; stop it, pick another core with --cpu, or use --metric cpu "
            "or --metric instructions" for load in busy]
