"""The cross-check of driver-reported times against the launcher's outside measurement.

The arithmetic is tested on measurements written down here; the whole path (a trusted baseline measured
in the real sandbox, a forging solution rejected, honest ones left alone) on real programs.
"""

from __future__ import annotations

import shutil

import pytest

from effx.measure.crosscheck import ABSOLUTE_MS, Baseline, cross_check
from effx.measure.protocol import Job, measure_task
from effx.models import Measurement, Param, Signature, Status, Task, TestCase


def _run(claimed: float, wall: float, cpu: float | None = None) -> Measurement:
    return Measurement(runtime_ms=claimed, wall_ms=wall, cpu_ms=wall if cpu is None else cpu, peak_rss_kb=1,
                       mem_integral_mb_s=0.0)


def contradiction(runs: list[Measurement], baseline: Baseline | None, *, cpu: bool) -> str | None:
    """Why `cross_check` rejects the runs, or None."""
    checked = cross_check(runs, baseline, cpu=cpu)
    return checked.problem if checked else None


BASE = Baseline(wall_ms=40.0, cpu_ms=30.0, runs=3, source="stub")


def test_a_claim_the_outside_measurement_allows_is_believed() -> None:
    # 40 ms of driver, 100 ms claimed, 180 ms seen: 40 ms unexplained, far under the slack
    assert contradiction([_run(100, 180)], BASE, cpu=False) is None


def test_a_claim_far_below_the_outside_measurement_is_rejected_and_the_message_says_what_disagreed() -> None:
    why = contradiction([_run(0.001, 340)] * 3, BASE, cpu=False)
    assert why is not None
    assert "0.0 ms inside the solution calls" in why and "340.0 ms of wall time" in why
    assert "driver alone takes 40.0 ms" in why and "340.0 ms of CPU time" in why
    assert "stub, 3 runs" in why and "3 of 3 runs" in why


def test_a_stalled_honest_run_is_not_rejected() -> None:
    """A neighbour that holds the core makes the wall clock long, but the process used no CPU for it."""
    assert contradiction([_run(2, wall=300, cpu=35)] * 3, BASE, cpu=False) is None


def test_the_slack_grows_with_the_expected_time() -> None:
    just_inside = 30 + 100 + ABSOLUTE_MS + (30 + 100) - 1  # on the CPU clock, whose baseline is 30 ms
    assert contradiction([_run(100, wall=1000, cpu=just_inside)], BASE, cpu=False) is None
    assert contradiction([_run(100, wall=1000, cpu=just_inside + 2)], BASE, cpu=False) is not None


def test_the_median_run_decides() -> None:
    forged, honest = _run(0.001, 340), _run(300, 340)
    assert contradiction([forged, honest, honest], BASE, cpu=False) is None  # one disturbed run
    assert contradiction([forged, forged, honest], BASE, cpu=False) is not None


def test_cpu_claims_are_checked_against_process_cpu_time() -> None:
    # waiting (sleep, preemption) shows in the wall clock but not in CPU time: no contradiction
    assert contradiction([_run(5, wall=900, cpu=40)], BASE, cpu=True) is None
    assert contradiction([_run(5, wall=400, cpu=390)], BASE, cpu=True) is not None
    # a claim of 300 ms of CPU for a process that used 390 ms is allowed
    assert contradiction([_run(300, wall=400, cpu=390)], BASE, cpu=True) is None


def test_without_a_trusted_baseline_nothing_is_rejected() -> None:
    assert contradiction([_run(0.001, 340)], None, cpu=False) is None


SQUARES = Task(
    id="crosscheck_squares", title="Sum of squares", mode="function",
    signature=Signature(name="squares", params=[Param(name="n", type="int")], returns="int64"),
    time_limit_s=5, memory_limit_mb=256,
    cases=[TestCase(input=[n], expected=sum(i * i for i in range(n))) for n in (10, 1000, 200_000)],
)

HONEST = {
    "python": "class Solution:\n    def squares(self, n):\n        return sum(i * i for i in range(n))\n",
    "c": "long long squares(int n) { long long s = 0; for (long long i = 0; i < n; i++) s += i * i; return s; }\n",
    "cpp": "class Solution { public: long long squares(int n) {\n"
           "  long long s = 0; for (long long i = 0; i < n; i++) s += i * i; return s; } };\n",
}
BURN_PY = "import time\n_end = time.monotonic() + 0.4\nwhile time.monotonic() < _end:\n    pass\n"
BURN_C = ("#include <time.h>\nstatic void effx_burn(void) { struct timespec a, b; clock_gettime(CLOCK_MONOTONIC, &a);\n"
          "  do clock_gettime(CLOCK_MONOTONIC, &b); while ((b.tv_sec - a.tv_sec) * 1000000000LL + b.tv_nsec - a.tv_nsec"
          " < 400000000LL); }\n")
FORGERS = {
    # the clock functions are captured before the solution loads: the patch changes nothing, and the
    # 400 ms burnt at import time are the first call's
    ("python", "patched_clock"): ("import time\ntime.perf_counter_ns = lambda: 0\ntime.thread_time_ns = lambda: 0\n"
                                  + BURN_PY + HONEST["python"], Status.ok),
    ("python", "forged_result"): (
        "import json, os, time\nclass Solution:\n    def squares(self, n):\n" + "".join(
            "        " + line + "\n" for line in BURN_PY.splitlines()[1:])
        + "        with open('result.json', 'w') as f:\n"
          "            json.dump({'outputs': [285, 332833500, 2666646666700000], 'times_ns': [1, 1, 1],"
          " 'cpu_times_ns': [1, 1, 1]}, f)\n        os._exit(0)\n", Status.measurement_rejected),
    # a solution-defined clock_gettime interposes on the driver's: every call seems to take no time
    ("c", "own_clock_gettime"): (
        "#include <time.h>\n#include <string.h>\n"
        "int clock_gettime(clockid_t id, struct timespec* t) { (void)id; memset(t, 0, sizeof *t); return 0; }\n"
        "long long squares(int n) { long long s = 0; for (long long i = 0; i < n; i++)\n"
        "  for (volatile int k = 0; k < 3000; k++) s += (k == 0) * i * i; return s; }\n", Status.measurement_rejected),
    ("cpp", "static_initialiser"): (
        BURN_C + "static int effx_burnt = (effx_burn(), 0);\n" + HONEST["cpp"], Status.measurement_rejected),
}


@pytest.mark.parametrize(("language", "name"), sorted(FORGERS))
def test_forgers_are_rejected_or_measured_at_their_true_cost(isolated_sandbox, language: str, name: str) -> None:
    code, expected = FORGERS[(language, name)]
    jobs = [Job(SQUARES.id, language, HONEST[language], "honest", 0), Job(SQUARES.id, language, code, name, 1)]
    honest, forger = measure_task(SQUARES, jobs, isolated_sandbox, repeat=3, protocol="process")
    assert honest.status == Status.ok, honest.message
    assert honest.unexplained_ratio is not None and honest.unexplained_ratio < 1
    assert forger.status == expected, forger.message
    if expected == Status.ok:
        assert forger.runtime_ms is not None and forger.runtime_ms >= 300, forger
    else:
        assert forger.runtime_ms is None and "unaccounted for" in forger.message
        assert forger.unexplained_ratio is not None and forger.unexplained_ratio > 1


@pytest.mark.parametrize(("language", "name"), sorted(FORGERS))
def test_forgers_measured_in_one_process_are_rejected_or_measured_at_their_true_cost(
        isolated_sandbox, language: str, name: str) -> None:
    """The same forgers under the persistent protocol: the whole execution is cross-checked at once.

    A forger that writes the result file and exits mid-call ends its pass without reporting: a runtime
    error, which is no better for it than a rejection; one whose clock stands still runs into the time
    limit."""
    code, expected = FORGERS[(language, name)]
    jobs = [Job(SQUARES.id, language, HONEST[language], "honest", 0), Job(SQUARES.id, language, code, name, 1)]
    honest, forger = measure_task(SQUARES, jobs, isolated_sandbox, repeat=3, protocol="persistent")
    assert honest.status == Status.ok and honest.protocol in ("fork", "fork+inner"), honest.message
    assert honest.unexplained_ratio is not None and honest.unexplained_ratio < 1
    if expected == Status.ok:
        assert forger.status == Status.ok and forger.runtime_ms is not None and forger.runtime_ms >= 300, forger
    else:
        # a clock that reads 0 makes calibration ask for the most passes: the backstop's timeout then ends it
        assert forger.status in (Status.measurement_rejected, Status.runtime_error, Status.timeout), forger.message
        assert forger.runtime_ms is None


CACHES_ACROSS_PASSES = (
    "import os\nclass Solution:\n    def squares(self, n):\n"
    "        path = f'/tmp/effx-cache-{n}'\n"
    "        if os.path.exists(path):\n            return int(open(path).read())\n"
    "        total = 0\n        for i in range(n):\n            for _ in range(20):\n                total += 0\n"
    "            total += i * i\n"
    "        with open(path, 'w') as f:\n            f.write(str(total))\n        return total\n")


def test_a_solution_that_leaves_its_answers_for_later_passes_is_measured_a_process_per_repetition(
        isolated_sandbox) -> None:
    """Passes of one execution share its /tmp: a cache there makes every pass after the first fast. The
    first (warm-up) pass then stands out, and the solution is measured again with a process per
    repetition, where its true cost shows."""
    jobs = [Job(SQUARES.id, "python", CACHES_ACROSS_PASSES, "cacher", 0)]
    honest_code = CACHES_ACROSS_PASSES.replace("os.path.exists(path)", "False").replace("open(path, 'w')",
                                                                                         "open(os.devnull, 'w')")
    jobs.append(Job(SQUARES.id, "python", honest_code, "honest", 1))
    cacher, honest = measure_task(SQUARES, jobs, isolated_sandbox, repeat=3)
    assert cacher.status == Status.ok and cacher.protocol == "fork+process", cacher
    assert honest.protocol in ("fork", "fork+inner"), honest
    assert cacher.runtime_ms is not None and honest.runtime_ms is not None
    assert cacher.runtime_ms > 0.7 * honest.runtime_ms, (cacher.runtime_ms, honest.runtime_ms)


def test_an_instruction_count_cannot_be_lowered_by_burning_instructions_in_the_skip_run(isolated_sandbox) -> None:
    """The driver's own count comes from a trusted program's skip run, never the solution's: a solution that
    burns instructions only when it was never called (an exit handler) would otherwise subtract them."""
    if shutil.which("valgrind") is None:
        pytest.skip("valgrind is not installed (scripts/test installs it)")
    burner = ("static int effx_called;\n__attribute__((destructor)) static void effx_burn(void) {\n"
              "  if (!effx_called) for (volatile long i = 0; i < 50000000; i++) {} }\n"
              "long long squares(int n) { effx_called = 1; long long s = 0;\n"
              "  for (long long i = 0; i < n; i++) s += i * i; return s; }\n")
    jobs = [Job(SQUARES.id, "c", HONEST["c"], "honest", 0), Job(SQUARES.id, "c", burner, "burner", 1)]
    honest, cheat = measure_task(SQUARES, jobs, isolated_sandbox, repeat=1, metric="instructions")
    assert honest.instructions and cheat.instructions, (honest.message, cheat.message)
    assert cheat.instructions >= 0.9 * honest.instructions


def test_a_baseline_cache_measures_the_driver_alone_once_for_many_single_solution_calls(isolated_sandbox) -> None:
    from effx.measure.protocol import BaselineCache

    skip_runs = []

    class Counting:
        def __getattr__(self, name: str):
            return getattr(isolated_sandbox, name)

        def run(self, program, compiled, **options):
            if program.env.get("EFFX_SKIP_CALLS") == "1":
                skip_runs.append(program.env.get("EFFX_INNER"))
            return isolated_sandbox.run(program, compiled, **options)

    cache = BaselineCache()
    for sample in range(3):
        [result] = measure_task(SQUARES, [Job(SQUARES.id, "python", HONEST["python"], "m", sample)], Counting(),
                                repeat=3, remeasure=0, baseline_cache=cache)
        assert result.status == Status.ok and result.unexplained_ratio is not None, result.message
    assert skip_runs and len(skip_runs) == len(set(skip_runs))  # once per plan (passes per repetition), not per call


def test_plans_between_the_measured_ones_get_a_baseline_on_the_straight_line_between_them() -> None:
    from effx.measure.protocol import _Baseline, _interpolate

    low = _Baseline("python", "stub", runs=[(30.0, 20.0)], plan=("fork", 5, 1))
    middle = _Baseline("python", "stub", plan=("fork", 5, 11))
    high = _Baseline("python", "stub", runs=[(130.0, 120.0), (132.0, 121.0), (128.0, 119.0)], plan=("fork", 5, 21))
    _interpolate([low, middle, high])
    assert middle.runs == [(80.0, 70.0)]
