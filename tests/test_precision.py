"""Noise control and CPU mode: the noise check sees a loaded core, CPU time leaves out waiting.

Timing bounds are deliberately wide (factors, not percentages): the machine is shared and loaded.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from effx.measure.noise import core_loads, noise_warnings
from effx.measure.verdict import execute
from effx.models import Param, Signature, Status, Task, TestCase
from effx.orchestrate.executors.cores import usable_cores
from effx.registry import get_language

SPIN = "import os, time\nos.sched_setaffinity(0, {%d})\nend = time.time() + %f\nwhile time.time() < end: pass\n"


def test_noise_check_warns_when_another_process_loads_the_measured_core():
    core = usable_cores()[0]
    spinner = subprocess.Popen([sys.executable, "-c", SPIN % (core, 5.0)])
    try:
        loads = core_loads([core], 0.3)  # the spinner needs no warm-up: it is busy from its first tick
        warnings = noise_warnings([core])
    finally:
        spinner.kill()
        spinner.wait()
    assert loads and loads[0].busy > 0.5, loads
    assert len(warnings) == 1 and f"core {core}," in warnings[0] and "% busy" in warnings[0]


SLEEPY_PY = """
import time
class Solution:
    def work(self, n):
        time.sleep(n / 1000)
        s = 0
        for i in range(20000):
            s += i
        return n
"""
SLEEPY_CPP = """
#include <thread>
class Solution { public:
    int work(int n) {
        std::this_thread::sleep_for(std::chrono::milliseconds(n));
        volatile long s = 0;
        for (int i = 0; i < 200000; ++i) s = s + i;
        return n;
    }
};
"""


@pytest.mark.parametrize(("language", "code"), [("python", SLEEPY_PY), ("cpp", SLEEPY_CPP)])
def test_cpu_mode_reports_per_call_cpu_time_without_the_time_spent_waiting(sandbox, language, code):
    signature = Signature(name="work", params=[Param(name="n", type="int")], returns="int")
    task = Task(id="sleepy", title="sleepy", signature=signature,
                cases=[TestCase(input=[40], expected=40), TestCase(input=[40], expected=40)])
    program = get_language(language).render(task, code)
    compiled = sandbox.compile(program)
    assert compiled.ok, compiled.message
    wall = execute(sandbox, task, program, compiled, metric="time")
    cpu = execute(sandbox, task, program, compiled, metric="cpu")
    assert wall.status == cpu.status == Status.ok, (wall.message, cpu.message)
    assert wall.measurement and cpu.measurement
    assert wall.measurement.runtime_ms >= 80  # two calls sleeping 40 ms each
    assert 0 < cpu.measurement.runtime_ms < 40, cpu.measurement  # the loops, not the sleeps
    # Start-up stays out in CPU mode as in time mode: the process used more CPU than the calls did.
    assert cpu.measurement.cpu_ms > cpu.measurement.runtime_ms


def test_memory_integral_of_a_program_holding_memory_matches_size_times_duration(sandbox):
    """A program holding 64 MB for 0.6 s integrates to about 64 * 0.6 MB*s (sampled every 1 ms)."""
    from effx.models import Limits, Program

    hold = ("import time\nblock = bytearray(64 << 20)\nfor i in range(0, len(block), 4096): block[i] = 1\n"
            "time.sleep(0.6)\n")
    program = Program(language="python", files={"hold.py": hold}, run_argv=["/usr/bin/python3", "-S", "hold.py"])
    compiled = sandbox.compile(program)
    ex = sandbox.run(program, compiled, limits=Limits(memory_mb=512))
    assert ex.exit_code == 0, ex.stderr_tail
    assert ex.peak_rss_kb > 64 * 1024
    held = 64 * 0.6
    # At least the held block for the sleep; at most the peak for the whole run (start-up and the touch
    # loop stretch under load, so the bound uses the measured wall time rather than 0.6 s).
    upper = ex.peak_rss_kb / 1024 * ex.wall_ms / 1000
    assert held * 0.97 < ex.mem_integral_mb_s <= upper * 1.01, (ex.mem_integral_mb_s, upper)
