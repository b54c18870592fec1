"""Fixed costs of one measured run: sandbox + launcher overhead, and the memory-integral error.

Overhead: `LocalSandbox.run` of `/bin/true` (bubblewrap, setpriv, the launcher, staging and cleaning the
work folder, reading files back) against a bare `subprocess.run(["true"])` from the same process,
interleaved, so the difference is what the sandbox adds per run.

Memory integral: the launcher samples the resident memory of the program's process tree every 1 ms
(`--sample-us 1000`) and integrates it with trapezoids. A program that holds X MB for T s should add
X*T MB*s over the same program holding nothing; the ratio of the measured difference to X*T is the
integral's error. The program reports how long it spent allocating (a ramp from 0 to X, counted as
X * ramp / 2) and how long it then held the block, so the expectation follows the actual timeline
even when a loaded machine stretches it.
"""

from __future__ import annotations

import statistics
import subprocess
import time

from effx.models import Limits, Program
from effx.sandbox.local import LocalSandbox

HOLD = ("import sys, time\nt0 = time.monotonic()\nblock = bytearray(int(sys.argv[1]) << 20)\n"
        "for i in range(0, len(block), 4096): block[i] = 1\n"
        "t1 = time.monotonic()\ntime.sleep(float(sys.argv[2]))\nprint(t1 - t0, time.monotonic() - t1)\n")
"""Prints how long allocating and touching took (memory ramps up) and how long the block was then held."""


def sandbox_overhead(sandbox: LocalSandbox, runs: int, cpu: int | None) -> dict[str, float]:
    """Median and minimum milliseconds the sandbox adds to a run of `true`."""
    program = Program(language="bench", files={"empty.txt": ""}, run_argv=["true"])
    compiled = sandbox.compile(program)
    boxed, bare, inner = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        ex = sandbox.run(program, compiled, limits=Limits(), cpu=cpu)
        boxed.append((time.perf_counter() - start) * 1000)
        inner.append(ex.wall_ms)
        start = time.perf_counter()
        subprocess.run(["true"], check=True)
        bare.append((time.perf_counter() - start) * 1000)
    return {"sandboxed_median_ms": statistics.median(boxed), "bare_median_ms": statistics.median(bare),
            "overhead_median_ms": statistics.median(boxed) - statistics.median(bare),
            "overhead_min_ms": min(boxed) - min(bare), "launcher_wall_median_ms": statistics.median(inner)}


def integral_error(sandbox: LocalSandbox, megabytes: int = 64, seconds: float = 1.0,
                   cpu: int | None = None) -> dict[str, float]:
    """Measured integral of holding `megabytes` for `seconds`, against megabytes * seconds."""
    program = Program(language="bench", files={"hold.py": HOLD}, run_argv=["/usr/bin/python3", "-S", "hold.py"])
    compiled = sandbox.compile(program)
    limits = Limits(memory_mb=megabytes * 4 + 256)

    def integral(mb: int) -> tuple[float, float, float]:
        staged = program.model_copy(update={"run_argv": [*program.run_argv, str(mb), str(seconds)]})
        ex = sandbox.run(staged, compiled, limits=limits, cpu=cpu)
        if ex.exit_code != 0:
            raise RuntimeError(f"memory holder failed: {ex.stderr_tail}")
        ramp, hold = (float(x) for x in ex.stdout.split())
        return ex.mem_integral_mb_s, ex.peak_rss_kb / 1024, mb * (ramp / 2 + hold)

    base = [integral(0) for _ in range(3)]
    held = [integral(megabytes) for _ in range(3)]
    measured = statistics.median(h[0] for h in held) - statistics.median(b[0] for b in base)
    expected = statistics.median(h[2] for h in held)
    return {"held_mb": megabytes, "seconds": seconds, "expected_mb_s": expected, "measured_mb_s": measured,
            "relative_error": measured / expected - 1,
            "peak_mb": statistics.median(h[1] for h in held) - statistics.median(b[1] for b in base)}
