"""Runs a dataset's test-case generator inside the sandbox and writes `cases.json`.

This file is not imported by effx: its source is copied into the sandbox as `gen.py`, next to the
untrusted generator (`generator.py`) and `gen_config.json` = {"seed", "count", "params"}. It seeds
`random`, calls the generator `count` times and writes the list of argument lists.

Generators come in two published shapes: Mercury's `generate_test_case()` returns the bare argument of
a one-parameter method and a tuple otherwise; Venus's `TestCaseGenerator().generate()` returns a dict
keyed by parameter name. Linked lists and trees a generator builds as objects become LeetCode arrays
(level order with nulls for trees), effx's convention for ListNode and TreeNode arguments.
"""

import json
import random
import sys
import traceback

PRELUDE = """
import bisect, collections, copy, functools, heapq, itertools, math, operator, random, re, string, sys
from typing import *
from collections import *
from heapq import *
from bisect import *
from functools import *
from itertools import *
"""


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def _list_values(node):
    out, seen = [], set()
    while node is not None:
        if id(node) in seen:
            raise ValueError("the generated linked list has a cycle")
        seen.add(id(node))
        out.append(plain(node.val))
        node = node.next
    return out


def _tree_values(root):
    out, queue, i = [], [root], 0
    while i < len(queue):
        node = queue[i]
        i += 1
        if node is None:
            out.append(None)
            continue
        out.append(plain(node.val))
        queue.append(getattr(node, "left", None))
        queue.append(getattr(node, "right", None))
    while out and out[-1] is None:
        out.pop()
    return out


def plain(value):
    """`value` as JSON data: tuples and sets become lists, node objects become LeetCode arrays."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(plain(v) for v in value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if hasattr(value, "val") and hasattr(value, "next"):
        return _list_values(value)
    if hasattr(value, "val") and (hasattr(value, "left") or hasattr(value, "right")):
        return _tree_values(value)
    raise TypeError(f"generated value of type {type(value).__name__} is not JSON data")


def arguments(value, params):
    """The positional argument list for one generated value."""
    if isinstance(value, dict) and set(value) == set(params):
        return [plain(value[name]) for name in params]
    if len(params) == 1:
        return [plain(value)]
    if isinstance(value, (list, tuple)) and len(value) == len(params):
        return [plain(v) for v in value]
    raise ValueError(f"a generated case must give {len(params)} arguments ({', '.join(params)}), "
                     f"got {type(value).__name__}: {str(value)[:200]}")


def main():
    with open("gen_config.json", encoding="utf-8") as f:
        config = json.load(f)
    namespace = {"__name__": "generator", "__builtins__": __builtins__}
    exec(PRELUDE, namespace)
    namespace["ListNode"], namespace["TreeNode"] = ListNode, TreeNode
    with open("generator.py", encoding="utf-8") as f:
        exec(compile(f.read(), "generator.py", "exec"), namespace)
    if callable(namespace.get("generate_test_case")):
        generate = namespace["generate_test_case"]
    elif isinstance(namespace.get("TestCaseGenerator"), type):
        generate = namespace["TestCaseGenerator"]().generate
    else:
        raise NameError("the generator defines neither generate_test_case() nor class TestCaseGenerator")
    random.seed(config["seed"])
    cases = [arguments(generate(), config["params"]) for _ in range(config["count"])]
    with open("cases.json", "w", encoding="utf-8") as f:
        json.dump(cases, f)


if __name__ == "__main__":
    sys.setrecursionlimit(100_000)
    try:
        main()
    except BaseException:  # noqa: B036 - every failure of untrusted code is reported, not raised
        sys.stderr.write(traceback.format_exc()[-3000:])
        sys.exit(1)
