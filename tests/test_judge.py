"""Checker programs: a task's own judge, run in the sandbox over real solutions' outputs.

A topological order has many valid answers: the checker accepts any of them, rejects an invalid one with
its reason, and a checker that fails is the judge's fault (sandbox_error), never the solution's.
"""

from __future__ import annotations

import json

import pytest

from effx.measure.judge import checker_program
from effx.measure.protocol import Job, measure_task
from effx.models import Checker, Param, Signature, Status, Task, TestCase

CASES = [(4, [[0, 1], [0, 2], [1, 3], [2, 3]]), (3, []), (5, [[4, 3], [3, 2], [2, 1], [1, 0]])]
ORACLE = {0: [0, 1, 2, 3], 1: [0, 1, 2], 2: [4, 3, 2, 1, 0]}

PY_CHECKER = '''
def check(input, expected, output):
    n, edges = input
    if sorted(output) != list(range(n)):
        return False, f"not an order of the {n} nodes: {output}"
    where = {node: i for i, node in enumerate(output)}
    for a, b in edges:
        if where[a] > where[b]:
            return False, f"{b} comes before {a}, against the edge {a} -> {b}"
    return True
'''

JS_CHECKER = '''
const fs = require("fs");
const checks = JSON.parse(fs.readFileSync("checks.json", "utf8"));
const verdicts = [];
for (const { input, output } of checks) {
  const [n, edges] = input;
  const where = new Map(output.map((node, i) => [node, i]));
  const ok = output.length === n && where.size === n && edges.every(([a, b]) => where.get(a) < where.get(b));
  verdicts.push([ok, ok ? "" : "js: not a topological order"]);
  if (!ok) break;
}
fs.writeFileSync("verdicts.json", JSON.stringify(verdicts));
'''

# Kahn's algorithm with the smallest ready node first, or the largest: both valid, different answers.
SOLUTION = '''
import heapq
class Solution:
    def order(self, n, edges):
        indegree, after = [0] * n, [[] for _ in range(n)]
        for a, b in edges:
            after[a].append(b)
            indegree[b] += 1
        ready = [SIGN * v for v in range(n) if indegree[v] == 0]
        heapq.heapify(ready)
        out = []
        while ready:
            v = SIGN * heapq.heappop(ready)
            out.append(v)
            for w in after[v]:
                indegree[w] -= 1
                if indegree[w] == 0:
                    heapq.heappush(ready, SIGN * w)
        return out
'''
SMALLEST_FIRST, LARGEST_FIRST = SOLUTION.replace("SIGN", "1"), SOLUTION.replace("SIGN", "-1")
REVERSED = "class Solution:\n    def order(self, n, edges):\n        return list(range(n))[::-1]\n"


def order_task(checker: Checker) -> Task:
    return Task(id="topo_order", title="any topological order", time_limit_s=10, checker=checker,
                signature=Signature(name="order", params=[Param(name="n", type="int"),
                                                          Param(name="edges", type="list[list[int]]")],
                                    returns="list[int]"),
                cases=[TestCase(input=[n, edges], expected=ORACLE[i]) for i, (n, edges) in enumerate(CASES)])


def judge(sandbox, task: Task, *codes: str):
    jobs = [Job(task.id, "python", code, "m", i) for i, code in enumerate(codes)]
    return measure_task(task, jobs, sandbox, repeat=1)


PY = Checker(kind="program", source=PY_CHECKER)


def test_a_valid_answer_other_than_the_oracles_is_accepted_and_an_invalid_one_rejected_with_the_reason(sandbox):
    accepted, other, wrong = judge(sandbox, order_task(PY), SMALLEST_FIRST, LARGEST_FIRST, REVERSED)
    assert accepted.status == Status.ok and accepted.judge == "checker (python)"
    assert other.status == Status.ok, other.message  # [3, 2, 1, 0]-like orders differ from the oracle's
    assert wrong.status == Status.wrong_answer and wrong.judge == "checker (python)"
    assert "case 1 of 3" in wrong.message
    assert "checker (python): 1 comes before 0, against the edge 0 -> 1" in wrong.message


def test_the_exact_judge_would_have_rejected_the_valid_other_answer(sandbox):
    (result,) = judge(sandbox, order_task(Checker()), LARGEST_FIRST)
    assert result.status == Status.wrong_answer and result.judge == "exact"


def test_a_checker_in_another_language_reads_checks_and_writes_verdicts(sandbox):
    task = order_task(Checker(kind="program", language="javascript", source=JS_CHECKER, name="topo (js)"))
    accepted, wrong = judge(sandbox, task, LARGEST_FIRST, REVERSED)
    assert accepted.status == Status.ok and accepted.judge == "topo (js)"
    assert wrong.status == Status.wrong_answer and "topo (js): js: not a topological order" in wrong.message


@pytest.mark.parametrize(("source", "says"), [
    ("def check(input, expected, output):\n    raise KeyError('oops')\n", "check() raised on case 1"),
    ("def check(input, expected, output):\n    return 'yes'\n", "not True/False or (accepted, message)"),
    ("import sys\nsys.exit(0)\n", "checker.py does not load"),
    ("def check(input, expected, output):\n    while True: pass\n", "timed out"),
    ("x = (\n", "checker.py does not load"),
])
def test_a_failing_checker_is_the_judges_error_never_the_solutions(sandbox, monkeypatch, source, says):
    from effx.measure import judge as judge_module

    monkeypatch.setattr(judge_module, "LIMITS", judge_module.LIMITS.model_copy(update={"wall_s": 2, "cpu_s": 2}))
    good, wrong = judge(sandbox, order_task(Checker(kind="program", source=source)), SMALLEST_FIRST, REVERSED)
    for result in (good, wrong):
        assert result.status == Status.sandbox_error, result.message
        assert result.message.startswith("judge error: the checker (python) failed") and says in result.message


def test_a_checker_that_answers_garbage_in_its_own_program_is_the_judges_error(sandbox):
    garbage = 'require("fs").writeFileSync("verdicts.json", "[[1, 2]]");'
    task = order_task(Checker(kind="program", language="javascript", source=garbage))
    (result,) = judge(sandbox, task, SMALLEST_FIRST)
    assert result.status == Status.sandbox_error
    assert "not a list of [accepted, message] pairs" in result.message


def test_a_stdio_task_is_judged_by_its_checker_on_the_text(sandbox):
    checker = Checker(kind="program", source="def check(input, expected, output):\n"
                                              "    a, b = map(int, input.split())\n"
                                              "    return sorted(map(int, output.split())) == sorted([a, b])\n")
    task = Task(id="swap", title="print both numbers, any order", mode="stdio", checker=checker,
                cases=[TestCase(input="1 2\n", expected="1 2\n"), TestCase(input="5 3\n", expected="5 3\n")])
    swapped = "a, b = input().split()\nprint(b, a)\n"
    lost = "a, b = input().split()\nprint(a, a)\n"
    ok, wrong = judge(sandbox, task, swapped, lost)
    assert ok.status == Status.ok and wrong.status == Status.wrong_answer
    # An output the checker cannot read (int("hello") raises) is rejected, not turned into a judge error:
    # the checker judges the expected output without raising, so the output broke it. A sandbox_error would
    # leave the wrong answer out of every score.
    (garbage,) = judge(sandbox, task, "print('hello')\n")
    assert garbage.status == Status.wrong_answer
    assert "the checker could not read this output (ValueError" in garbage.message


def test_the_checker_program_carries_the_lctk_helpers_beside_the_runner():
    program = checker_program(order_task(PY))
    assert {"checker.py", "lctk.py"} <= set(program.files)
    assert json.dumps(program.files["checker.py"]) == json.dumps(PY_CHECKER)


def test_a_program_checker_without_source_is_refused():
    with pytest.raises(ValueError, match="needs `source`"):
        Checker(kind="program")


def test_the_same_checks_are_judged_once(sandbox, monkeypatch):
    from effx.measure import judge as judge_module

    judge_module._JUDGED.clear()
    runs = []
    real_run = type(sandbox).run

    def counting(self, program, *args, **kwargs):
        if "checker.py" in program.files:
            runs.append(program)
        return real_run(self, program, *args, **kwargs)

    monkeypatch.setattr(type(sandbox), "run", counting)
    results = judge(sandbox, order_task(PY), SMALLEST_FIRST, SMALLEST_FIRST + "\n# same answers\n", LARGEST_FIRST)
    assert [r.status for r in results] == [Status.ok] * 3
    assert len(runs) == 2  # the two solutions that answer alike share one checker run
