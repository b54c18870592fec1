"""A solution that replaces the clock before it is called is still measured at its true cost.

The attack: module-level code that makes `time.perf_counter_ns` and `time.thread_time_ns` return 0, so
that a driver reading the clock after loading the solution records every call as free. The driver takes
its clocks before the solution loads, so the forged copy of a quadratic solution is measured as slow as
the honest copy, in both the time and the CPU metric.
"""

from __future__ import annotations

import random

import pytest

from effx.measure.protocol import Job, measure_task
from effx.models import Param, Signature, Status, Task, TestCase

QUADRATIC = """
class Solution:
    def pairs(self, nums: List[int]) -> int:
        count = 0
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                count += nums[i] == nums[j]
        return count
"""
FORGED = """
import time as _t
_t.perf_counter_ns = lambda: 0
_t.thread_time_ns = lambda: 0
_t.perf_counter = lambda: 0.0
""" + QUADRATIC

rng = random.Random(7)
NUMS = [rng.randrange(50) for _ in range(1200)]
TASK = Task(
    id="equal_pairs", title="Equal pairs", mode="function", time_limit_s=10,
    signature=Signature(name="pairs", params=[Param(name="nums", type="list[int]")], returns="int"),
    cases=[TestCase(input=[NUMS], expected=sum(NUMS[i] == NUMS[j] for i in range(len(NUMS))
                                               for j in range(i + 1, len(NUMS))))] * 3,
)


@pytest.mark.parametrize("metric", ["time", "cpu"])
def test_a_solution_that_zeroes_the_clock_is_measured_at_its_true_cost(sandbox, metric: str) -> None:
    jobs = [Job(TASK.id, "python", QUADRATIC, "honest", 0), Job(TASK.id, "python", FORGED, "forged", 0)]
    results = {r.model: r for r in measure_task(TASK, jobs, sandbox, repeat=3, metric=metric)}
    honest, forged = results["honest"], results["forged"]
    assert honest.status == forged.status == Status.ok, (honest.message, forged.message)
    assert honest.runtime_ms is not None and forged.runtime_ms is not None
    assert honest.runtime_ms > 20  # three calls of a quadratic scan over 1200 items
    assert forged.runtime_ms > 0.5 * honest.runtime_ms, f"forged {forged.runtime_ms} ms, honest {honest.runtime_ms} ms"
