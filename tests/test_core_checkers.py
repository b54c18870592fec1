"""Core tasks whose valid answers are many, judged by their checker programs on real runs in the sandbox.

For each task a Python solution that returns valid answers other than the oracle's is accepted, and
invalid answers are rejected with the checker's reason. The cases are the task's fixed edge cases and one
generated case, so each task runs in a moment.
"""

from __future__ import annotations

from typing import Any

import pytest

from effx.measure.expected import ensure_expected
from effx.measure.protocol import Job, measure_task
from effx.models import Status, Task
from effx.tasks.core import ROOT, load_task

GENERATED = 1
"""Generated cases kept after the fixed ones."""


@pytest.fixture(scope="module")
def tasks(sandbox, tmp_path_factory) -> dict[str, Task]:
    """The three tasks, cut down to their fixed cases and one generated case, with the oracle's outputs."""
    cache = tmp_path_factory.mktemp("expected")
    loaded = {}
    for task_id, fixed in (("topological_order", 7), ("shortest_path_route", 8), ("subarray_with_sum", 8)):
        task = load_task(ROOT / task_id)
        task = task.model_copy(update={"cases": task.cases[:fixed + GENERATED]})
        ensure_expected(task, sandbox, cache=cache)
        loaded[task_id] = task
    return loaded


def judge(sandbox, task: Task, *codes: str):
    jobs = [Job(task.id, "python", code, "m", i) for i, code in enumerate(codes)]
    return measure_task(task, jobs, sandbox, repeat=1)


def outputs_of(task: Task, code: str) -> list[Any]:
    """The solution's outputs, computed here, to show that they differ from the oracle's."""
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # noqa: S102 - the test's own solution
    method = getattr(namespace["Solution"](), task.signature.name)
    return [method(*case.input) for case in task.cases]


def assert_valid_and_different(sandbox, task: Task, code: str) -> None:
    outputs = outputs_of(task, code)
    assert any(out != case.expected for out, case in zip(outputs, task.cases, strict=True))
    (result,) = judge(sandbox, task, code)
    assert result.status == Status.ok, result.message
    assert result.judge == "checker (python)"


def assert_rejected(result, case: int, total: int, reason: str) -> None:
    assert result.status == Status.wrong_answer, result.message
    assert result.judge == "checker (python)"
    assert f"case {case} of {total}" in result.message
    assert f"checker (python): {reason}" in result.message


# --- topological_order -------------------------------------------------------------------------------------

# Kahn's algorithm taking the largest ready node first: valid, and mostly not the oracle's FIFO order.
LARGEST_READY_FIRST = '''
import heapq
class Solution:
    def topologicalOrder(self, n, edges):
        after, missing = [[] for _ in range(n)], [0] * n
        for u, v in edges:
            after[u].append(v)
            missing[v] += 1
        ready = [-v for v in range(n) if missing[v] == 0]
        heapq.heapify(ready)
        order = []
        while ready:
            u = -heapq.heappop(ready)
            order.append(u)
            for v in after[u]:
                missing[v] -= 1
                if missing[v] == 0:
                    heapq.heappush(ready, -v)
        return order
'''
IDENTITY = "class Solution:\n    def topologicalOrder(self, n, edges):\n        return list(range(n))\n"
ZEROS = "class Solution:\n    def topologicalOrder(self, n, edges):\n        return [0] * n\n"
SHORT = "class Solution:\n    def topologicalOrder(self, n, edges):\n        return list(range(n - 1))\n"


def test_topological_order_accepts_any_valid_order(sandbox, tasks):
    assert_valid_and_different(sandbox, tasks["topological_order"], LARGEST_READY_FIRST)


def test_topological_order_rejects_an_invalid_order_naming_the_reason(sandbox, tasks):
    task = tasks["topological_order"]
    total = len(task.cases)
    identity, zeros, short = judge(sandbox, task, IDENTITY, ZEROS, SHORT)
    # case 3 is n = 2 with the edge 1 -> 0; cases 1 and 2 have no edges, so any permutation passes
    assert_rejected(identity, 3, total, "the edge 1 -> 0 is violated: node 0 is at position 0, before node 1 at "
                                        "position 1")
    assert_rejected(zeros, 2, total, "node 0 appears twice, at positions 0 and 1")
    assert_rejected(short, 1, total, "the order has 0 nodes, but the graph has 1")


# --- shortest_path_route -----------------------------------------------------------------------------------

# Breadth-first search trying the largest neighbour first: a shortest path, often not the oracle's.
BFS_LARGEST_FIRST = '''
class Solution:
    def shortestPath(self, n, edges, source, target):
        neighbours = [[] for _ in range(n)]
        for u, v in edges:
            neighbours[u].append(v)
            neighbours[v].append(u)
        parent = [-1] * n
        parent[source] = source
        queue = [source]
        for u in queue:
            for v in sorted(neighbours[u], reverse=True):
                if parent[v] < 0:
                    parent[v] = u
                    queue.append(v)
        if parent[target] < 0:
            return []
        path = [target]
        while path[-1] != source:
            path.append(parent[path[-1]])
        return path[::-1]
'''
# Depth-first search, largest neighbour first: a valid path, but on a cycle not a shortest one.
DFS_LARGEST_FIRST = '''
class Solution:
    def shortestPath(self, n, edges, source, target):
        neighbours = [[] for _ in range(n)]
        for u, v in edges:
            neighbours[u].append(v)
            neighbours[v].append(u)
        path, seen = [source], {source}
        def walk(u):
            if u == target:
                return True
            for v in sorted(neighbours[u], reverse=True):
                if v not in seen:
                    seen.add(v)
                    path.append(v)
                    if walk(v):
                        return True
                    path.pop()
            return False
        return path if walk(source) else []
'''
STRAIGHT = ("class Solution:\n    def shortestPath(self, n, edges, source, target):\n"
            "        return [source] if source == target else [source, target]\n")
NOTHING = ("class Solution:\n    def shortestPath(self, n, edges, source, target):\n"
           "        return [source] if source == target else []\n")
BACKWARDS = BFS_LARGEST_FIRST.replace("return path[::-1]", "return path")


def test_shortest_path_route_accepts_any_shortest_path(sandbox, tasks):
    assert_valid_and_different(sandbox, tasks["shortest_path_route"], BFS_LARGEST_FIRST)


def test_shortest_path_route_rejects_a_wrong_path_naming_the_reason(sandbox, tasks):
    task = tasks["shortest_path_route"]
    total = len(task.cases)
    longer, straight, nothing, backwards = judge(sandbox, task, DFS_LARGEST_FIRST, STRAIGHT, NOTHING, BACKWARDS)
    # case 6: the cycle 0-1-2-3-4-0 from 1 to 4; the search goes 1, 2, 3, 4 instead of 1, 0, 4
    assert_rejected(longer, 6, total, "the path has 3 edges, but a shortest path from 1 to 4 has 2")
    # case 2: two nodes and no edge
    assert_rejected(straight, 2, total, "step 1 of the path, 0 - 1, is not an edge of the graph")
    # case 3: the single edge 0 - 1, from 1 to 0
    assert_rejected(nothing, 3, total, "no path was returned, but node 0 is reachable from node 1 in 1 edge")
    assert_rejected(backwards, 3, total, "the path starts at node 0, not at the source 1")


# --- subarray_with_sum -------------------------------------------------------------------------------------

# Running sums from the last start backwards: a valid range, often not the oracle's.
LAST_START_FIRST = '''
class Solution:
    def subarrayWithSum(self, nums, k):
        for i in range(len(nums) - 1, -1, -1):
            total = 0
            for j in range(i, len(nums)):
                total += nums[j]
                if total == k:
                    return [i, j]
        return []
'''
FIRST_ELEMENT = "class Solution:\n    def subarrayWithSum(self, nums, k):\n        return [0, 0]\n"
NO_RANGE = "class Solution:\n    def subarrayWithSum(self, nums, k):\n        return []\n"
PAST_THE_END = "class Solution:\n    def subarrayWithSum(self, nums, k):\n        return [0, len(nums)]\n"


def test_subarray_with_sum_accepts_any_range_with_the_sum(sandbox, tasks):
    assert_valid_and_different(sandbox, tasks["subarray_with_sum"], LAST_START_FIRST)


def test_subarray_with_sum_rejects_a_wrong_range_naming_the_reason(sandbox, tasks):
    task = tasks["subarray_with_sum"]
    total = len(task.cases)
    first, none, past = judge(sandbox, task, FIRST_ELEMENT, NO_RANGE, PAST_THE_END)
    # case 2 is nums = [5], k = 4: no range sums to 4
    assert_rejected(first, 2, total, "nums[0..0] sums to 5, not to k = 4")
    assert_rejected(none, 1, total, "no range was returned, but one sums to k = 5 (for example [0, 0])")
    assert_rejected(past, 1, total, "[0, 1] is not a range of indices with 0 <= i <= j < 1")
