"""A solution that replaces the clock before it is called is still measured at its true cost.

The attack: top-level code that makes the clock functions return 0 (`time.perf_counter_ns` in Python,
`process.hrtime.bigint` in JavaScript, `Process.clock_gettime` in Ruby), so that a driver reading the clock
after loading the solution records every call as free. The drivers take their clocks before the solution
loads, so the forged copy of a quadratic solution is measured as slow as the honest copy.

A second attack does the work outside the calls: top-level code that reads the cases, computes every
answer while the solution loads and has the calls only look them up. Loading is timed too and added to
the first call, so that copy is measured as slow as the honest one as well.
"""

from __future__ import annotations

import random

import pytest

from effx.measure.protocol import Job, measure_task
from effx.models import Param, Signature, Status, Task, TestCase

QUADRATIC = {
    "python": """
class Solution:
    def pairs(self, nums: List[int]) -> int:
        count = 0
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                count += nums[i] == nums[j]
        return count
""",
    "javascript": """
var pairs = function(nums) {
    let count = 0;
    for (let i = 0; i < nums.length; i++)
        for (let j = i + 1; j < nums.length; j++)
            for (let k = 0; k < 20; k++) count += (nums[i] + k === nums[j] + k) ? 1 : 0;
    return count / 20;
};
""",
    "ruby": """
def pairs(nums)
  count = 0
  (0...nums.length).each do |i|
    (i + 1...nums.length).each { |j| count += 1 if nums[i] == nums[j] }
  end
  count
end
""",
}
CLOCK_ZEROED = {
    "python": "import time as _t\n_t.perf_counter_ns = lambda: 0\n_t.thread_time_ns = lambda: 0\n",
    "javascript": "process.hrtime.bigint = () => 0n;\n",
    "ruby": "module Process\n  def self.clock_gettime(*) = 0\nend\n",
}
"""Top-level code that makes every clock reading the driver could take after loading return 0."""

rng = random.Random(7)
NUMS = [rng.randrange(50) for _ in range(1200)]
TASK = Task(
    id="equal_pairs", title="Equal pairs", mode="function", time_limit_s=10,
    signature=Signature(name="pairs", params=[Param(name="nums", type="list[int]")], returns="int"),
    cases=[TestCase(input=[NUMS], expected=sum(NUMS[i] == NUMS[j] for i in range(len(NUMS))
                                               for j in range(i + 1, len(NUMS))))] * 3,
)


@pytest.mark.parametrize(("language", "metric"), [("python", "time"), ("python", "cpu"), ("javascript", "time"),
                                                  ("ruby", "time")])
def test_a_solution_that_zeroes_the_clock_is_measured_at_its_true_cost(sandbox, language: str, metric: str) -> None:
    honest_code = QUADRATIC[language]
    jobs = [Job(TASK.id, language, honest_code, "honest", 0),
            Job(TASK.id, language, CLOCK_ZEROED[language] + honest_code, "forged", 0)]
    results = {r.model: r for r in measure_task(TASK, jobs, sandbox, repeat=3, metric=metric)}
    honest, forged = results["honest"], results["forged"]
    assert honest.status == forged.status == Status.ok, (honest.message, forged.message)
    assert honest.runtime_ms is not None and forged.runtime_ms is not None
    assert honest.runtime_ms > 20  # three calls of a quadratic scan over 1200 items
    assert forged.runtime_ms > 0.5 * honest.runtime_ms, f"forged {forged.runtime_ms} ms, honest {honest.runtime_ms} ms"


PRECOMPUTED = {
    "python": """
import json as _json
_nums = [args[0] for args in _json.load(open("cases.json"))]
_answers = iter([sum(a[i] == a[j] for i in range(len(a)) for j in range(i + 1, len(a))) for a in _nums])

class Solution:
    def pairs(self, nums: List[int]) -> int:
        return next(_answers)
""",
    "javascript": """
const _cases = JSON.parse(require("fs").readFileSync("cases.json", "utf8"));
const _answers = _cases.map(([a]) => {
    let count = 0;
    for (let i = 0; i < a.length; i++)
        for (let j = i + 1; j < a.length; j++)
            for (let k = 0; k < 20; k++) count += (a[i] + k === a[j] + k) ? 1 : 0;
    return count / 20;
});
var pairs = function(nums) { return _answers.shift(); };
""",
    "ruby": """
require "json"
ANSWERS = JSON.parse(File.read("cases.json")).map do |(a)|
  count = 0
  (0...a.length).each { |i| (i + 1...a.length).each { |j| count += 1 if a[i] == a[j] } }
  count
end

def pairs(nums)
  ANSWERS.shift
end
""",
}
"""Solutions that read the cases while loading, compute every answer there and only look them up when
called: the work is done, just outside the calls."""


@pytest.mark.parametrize("language", ["python", "javascript", "ruby"])
def test_work_done_while_loading_is_counted_as_the_solutions(sandbox, language: str) -> None:
    jobs = [Job(TASK.id, language, QUADRATIC[language], "honest", 0),
            Job(TASK.id, language, PRECOMPUTED[language], "precomputed", 0)]
    results = {r.model: r for r in measure_task(TASK, jobs, sandbox, repeat=3)}
    honest, early = results["honest"], results["precomputed"]
    assert honest.status == early.status == Status.ok, (honest.message, early.message)
    assert honest.runtime_ms is not None and early.runtime_ms is not None
    assert early.runtime_ms > 0.5 * honest.runtime_ms, (early.runtime_ms, honest.runtime_ms)
