"""Run every reference of the core suite, compare it with the oracle and print its runtime.

A developer check for task authors: it needs no runner, no sandbox and no measuring launcher, so it
works while those are being changed. Python function references run in this process (only the method
call is timed, as in the real driver); stdio references and C++ references run as child processes.
Function calls are timed in CPU time of the calling thread, stdio programs by the CPU time of the child:
other work on a shared machine then barely moves the numbers used to size a generator.
C++ goes through `effx.languages.cpp.plugin.CppPlugin` when that plugin can be imported, otherwise
through a minimal driver written here. The numbers are rough: they are what a task author needs to
size a generator, not what effx reports.

Usage: python scripts/check_core_refs.py [task_id ...] [--lang python|cpp] [--repeat N] [--cases N]
"""

from __future__ import annotations

import argparse
import functools
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

from effx.languages.value_types import TypeRef, parse_type
from effx.models import Task
from effx.tasks.core import ROOT, load_task


class ListNode:
    """LeetCode's singly linked list node."""

    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:  # noqa: A002
        self.val = val
        self.next = next


class TreeNode:
    """LeetCode's binary tree node."""

    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def build_list(values: list[int]) -> ListNode | None:
    """A linked list holding `values` in order."""
    head: ListNode | None = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def list_values(head: ListNode | None) -> list[int]:
    """The values of a linked list, front to back."""
    out = []
    while head is not None:
        out.append(head.val)
        head = head.next
    return out


def build_tree(values: list[int | None]) -> TreeNode | None:
    """A tree from LeetCode's level-order array (children listed only for present nodes)."""
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = deque([root])
    i = 1
    while queue and i < len(values):
        node = queue.popleft()
        for side in ("left", "right"):
            if i < len(values) and values[i] is not None:
                child = TreeNode(values[i])  # type: ignore[arg-type]
                setattr(node, side, child)
                queue.append(child)
            i += 1
    return root


def tree_values(root: TreeNode | None) -> list[int | None]:
    """LeetCode's level-order array of a tree, trailing nulls trimmed."""
    out: list[int | None] = []
    queue: deque[TreeNode | None] = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue.extend((node.left, node.right))
    while out and out[-1] is None:
        out.pop()
    return out


def to_native(value: Any, ref: TypeRef) -> Any:
    """JSON value -> the Python value a solution receives."""
    if ref.base == "list":
        assert ref.elem is not None
        return [to_native(v, ref.elem) for v in value]
    if ref.base == "ListNode":
        return build_list(value)
    if ref.base == "TreeNode":
        return build_tree(value)
    return value


def to_json(value: Any, ref: TypeRef) -> Any:
    """A solution's return value -> JSON value."""
    if ref.base == "list":
        assert ref.elem is not None
        return [to_json(v, ref.elem) for v in value]
    if ref.base == "ListNode":
        return list_values(value)
    if ref.base == "TreeNode":
        return tree_values(value)
    return value


# The names effx's Python driver predefines for a solution (LeetCode's implicit imports).
PRELUDE = """
import bisect, collections, copy, functools, heapq, itertools, math, operator, random, re, string, sys
from typing import *
from collections import *
from heapq import *
from bisect import *
from functools import *
from itertools import *
"""


def solution_namespace() -> dict[str, Any]:
    """What the Python driver provides to a solution without imports."""
    namespace: dict[str, Any] = {"__name__": "solution"}
    exec(PRELUDE, namespace)
    namespace.update(ListNode=ListNode, TreeNode=TreeNode)
    return namespace


STACK_BYTES = 256 * 1024 * 1024


def run_python_function(task: Task, code: str, cases: list[Any]) -> tuple[list[Any], float]:
    """Run a Python function reference in-process: outputs (JSON) and seconds spent in the calls."""
    assert task.signature is not None
    namespace = solution_namespace()
    exec(compile(code, f"<{task.id}>", "exec"), namespace)
    sig = task.signature
    outputs: list[Any] = []
    total = 0
    failure: list[BaseException] = []

    def call_design(case: Any) -> Any:
        # A design case: the class constructed, then driven through its operations, timed as one call.
        operations, arguments = case
        kinds = {m.name: ([parse_type(p.type) for p in m.params], m.returns) for m in sig.methods or ()}
        kinds[sig.name] = ([parse_type(p.type) for p in sig.params], "void")
        built = [[to_native(a, t) for a, t in zip(args, kinds[op][0], strict=True)]
                 for op, args in zip(operations, arguments, strict=True)]
        nonlocal total
        start = time.thread_time_ns()
        instance = namespace[sig.name](*built[0])
        results = [None] + [getattr(instance, op)(*args) for op, args in zip(operations[1:], built[1:], strict=True)]
        total += time.thread_time_ns() - start
        return [None if kinds[op][1] == "void" else to_json(value, parse_type(kinds[op][1]))
                for op, value in zip(operations, results, strict=True)]

    def calls() -> None:
        nonlocal total
        try:
            if sig.is_design:
                outputs.extend(call_design(case) for case in cases)
                return
            method = getattr(namespace["Solution"](), sig.name)
            params = [parse_type(p.type) for p in sig.params]
            returns = parse_type(sig.returns)
            for case in cases:
                args = [to_native(a, t) for a, t in zip(case, params, strict=True)]
                start = time.thread_time_ns()
                result = method(*args)
                total += time.thread_time_ns() - start
                outputs.append(to_json(result, returns))
        except BaseException as exc:  # re-raised in the calling thread
            failure.append(exc)

    # Like effx's Python driver: a large thread stack and recursion limit, so deep recursion works.
    old_limit, old_stack = sys.getrecursionlimit(), threading.stack_size(STACK_BYTES)
    sys.setrecursionlimit(1_000_000)
    try:
        worker = threading.Thread(target=calls)
        worker.start()
        worker.join()
    finally:
        sys.setrecursionlimit(old_limit)
        threading.stack_size(old_stack)
    if failure:
        raise failure[0]
    return outputs, total / 1e9


def run_stdio(argv: list[str], cases: list[str], cwd: str | None = None) -> tuple[list[str], float]:
    """Run a stdio program once per case: stdout texts and summed CPU seconds of the children."""
    outputs, total = [], 0.0
    for text in cases:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        proc = subprocess.run(argv, input=text, capture_output=True, text=True, cwd=cwd, timeout=60)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        total += (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if proc.returncode != 0:
            raise RuntimeError(f"{argv} exited {proc.returncode}: {proc.stderr[-500:]}")
        outputs.append(proc.stdout)
    return outputs, total


def same(task: Task, got: Any, want: Any, case_input: Any = None) -> bool:
    """Whether one output matches the oracle's, under the task's checker.

    A `program` checker (the suite's own `checker.py`, project code like the references this script runs)
    is called as the sandbox would call it: `check(case_input, want, got)`.
    """
    kind = task.checker.kind
    if kind == "program":
        verdict = _checker(task.checker.source)(case_input, want, got)
        return bool(verdict[0] if isinstance(verdict, tuple) else verdict)
    if kind in ("whitespace", "tokens"):
        return bool(str(got).split() == str(want).split())
    if kind == "unordered":
        return sorted(map(json.dumps, got)) == sorted(map(json.dumps, want))
    if kind == "float":
        return bool(abs(got - want) <= task.checker.tolerance * max(1.0, abs(want)))
    return bool(got == want)


@functools.cache
def _checker(source: str) -> Any:
    namespace: dict[str, Any] = {}
    exec(compile(source, "checker.py", "exec"), namespace)  # noqa: S102 - a core task's own checker
    return namespace["check"]


# Stdio programs run on the interpreter effx's Python plugin prefers: start-up is part of their time.
PYTHON = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable

CPP_TYPES = {"int": "int", "int64": "long long", "float": "double", "bool": "bool", "str": "string",
             "ListNode": "ListNode*", "TreeNode": "TreeNode*"}

CPP_PRELUDE = r"""
#include <bits/stdc++.h>
using namespace std;
struct ListNode { int val; ListNode *next; ListNode() : val(0), next(nullptr) {}
  ListNode(int x) : val(x), next(nullptr) {} ListNode(int x, ListNode *n) : val(x), next(n) {} };
struct TreeNode { int val; TreeNode *left; TreeNode *right; TreeNode() : val(0), left(nullptr), right(nullptr) {}
  TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
  TreeNode(int x, TreeNode *l, TreeNode *r) : val(x), left(l), right(r) {} };
"""

CPP_IO = r"""
static void rd(long long& x) { if (scanf("%lld", &x) != 1) exit(3); }
static void rd(int& x) { long long v; rd(v); x = (int)v; }
static void rd(bool& x) { long long v; rd(v); x = v != 0; }
static void rd(double& x) { if (scanf("%lf", &x) != 1) exit(3); }
static void rd(string& s) { long long n; rd(n); getchar(); s.resize(n); for (auto& c : s) c = getchar(); }
template <class T> static void rd(vector<T>& v) { long long n; rd(n); v.resize(n); for (auto& x : v) rd(x); }
static void rd(ListNode*& h) { vector<int> v; rd(v); h = nullptr;
  for (int i = (int)v.size() - 1; i >= 0; --i) h = new ListNode(v[i], h); }
static void rd(TreeNode*& root) { long long n; rd(n); vector<TreeNode*> nodes(n, nullptr);
  for (auto& p : nodes) { char tok[32]; if (scanf("%31s", tok) != 1) exit(3);
    if (tok[0] != '#') p = new TreeNode(atoi(tok)); }
  root = n ? nodes[0] : nullptr; size_t i = 1; deque<TreeNode*> q; if (root) q.push_back(root);
  while (!q.empty() && i < nodes.size()) { TreeNode* t = q.front(); q.pop_front();
    t->left = nodes[i++]; if (t->left) q.push_back(t->left);
    if (i < nodes.size()) { t->right = nodes[i++]; if (t->right) q.push_back(t->right); } } }
static string js(long long x) { return to_string(x); }
static string js(int x) { return to_string(x); }
static string js(bool x) { return x ? "true" : "false"; }
static string js(double x) { char b[64]; snprintf(b, 64, "%.17g", x); return b; }
static string js(const string& s) { string o = "\""; for (unsigned char c : s) {
  if (c == '"' || c == '\\') { o += '\\'; o += c; }
  else if (c < 32) { char b[8]; snprintf(b, 8, "\\u%04x", c); o += b; }
  else o += c; } return o + "\""; }
template <class T> static string js(const vector<T>& v) { string o = "["; for (size_t i = 0; i < v.size(); ++i) {
  if (i) o += ","; o += js(v[i]); } return o + "]"; }
static string js(ListNode* h) { string o = "["; for (bool f = true; h; h = h->next, f = false) {
  if (!f) o += ","; o += to_string(h->val); } return o + "]"; }
static string js(TreeNode* r) { vector<string> out; deque<TreeNode*> q{r}; while (!q.empty()) {
  TreeNode* t = q.front(); q.pop_front(); if (!t) { out.push_back("null"); continue; }
  out.push_back(to_string(t->val)); q.push_back(t->left); q.push_back(t->right); }
  while (!out.empty() && out.back() == "null") out.pop_back();
  string o = "["; for (size_t i = 0; i < out.size(); ++i) { if (i) o += ","; o += out[i]; } return o + "]"; }
"""


def cpp_type(ref: TypeRef) -> str:
    """The C++ type a LeetCode-style solution uses for a vocabulary type."""
    if ref.base == "list":
        assert ref.elem is not None
        return f"vector<{cpp_type(ref.elem)}>"
    return CPP_TYPES[ref.base]


def tokens(value: Any, ref: TypeRef) -> str:
    """Serialise one argument for the fallback C++ driver's reader."""
    if ref.base == "list":
        assert ref.elem is not None
        return " ".join([str(len(value))] + [tokens(v, ref.elem) for v in value])
    if ref.base == "ListNode":
        return tokens(value, TypeRef("list", TypeRef("int")))
    if ref.base == "TreeNode":
        return " ".join([str(len(value))] + ["#" if v is None else str(v) for v in value])
    if ref.base == "str":
        return f"{len(value.encode())} {value}"
    if ref.base == "bool":
        return "1" if value else "0"
    return str(value)


def fallback_cpp_source(task: Task, code: str) -> str:
    """A throwaway C++ driver: reads `cases.txt`, times each call, prints outputs and times."""
    assert task.signature is not None
    sig = task.signature
    decls = "\n".join(f"    {cpp_type(parse_type(p.type))} a{i}; rd(a{i});" for i, p in enumerate(sig.params))
    args = ", ".join(f"a{i}" for i in range(len(sig.params)))
    return (CPP_PRELUDE + code + CPP_IO + "int main() {\n  long long cases; rd(cases);\n"
            "  for (long long c = 0; c < cases; ++c) {\n" + decls + "\n"
            "    Solution s; timespec t0, t1; clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);\n"
            f"    auto r = s.{sig.name}({args});\n"
            "    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);\n"
            "    long long ns = (t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec);\n"
            "    printf(\"%lld %s\\n\", ns, js(r).c_str());\n  }\n}\n")


def compile_cpp(source: str, workdir: Path) -> Path:
    """Compile one C++ file with the flags effx uses; raises with the compiler's message."""
    (workdir / "main.cpp").write_text(source)
    proc = subprocess.run(["g++", "-std=c++20", "-O2", "-o", "main", "main.cpp"], cwd=workdir,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"compile error:\n{proc.stderr[-3000:]}")
    return workdir / "main"


def run_cpp_function(task: Task, code: str, cases: list[Any]) -> tuple[list[Any], float]:
    """Run a C++ function reference through the plugin, or the fallback driver without one."""
    assert task.signature is not None
    try:
        from effx.languages.cpp.plugin import CppPlugin
    except ImportError:
        CppPlugin = None  # noqa: N806
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if CppPlugin is not None:
            program = CppPlugin().render(task, code)
            for name, content in program.files.items():
                (work / name).parent.mkdir(parents=True, exist_ok=True)
                (work / name).write_text(content)
            if program.compile_argv:
                proc = subprocess.run(program.compile_argv, cwd=work, capture_output=True, text=True)
                if proc.returncode != 0:
                    raise RuntimeError(f"compile error:\n{proc.stderr[-3000:]}")
            (work / "cases.json").write_text(json.dumps(cases))
            proc = subprocess.run(program.run_argv, cwd=work, capture_output=True, text=True, timeout=120)
            if proc.returncode != 0:
                raise RuntimeError(f"exited {proc.returncode}: {proc.stderr[-500:]}")
            result = json.loads((work / "result.json").read_text())
            return result["outputs"], sum(result["times_ns"]) / 1e9
        binary = compile_cpp(fallback_cpp_source(task, code), work)
        params = [parse_type(p.type) for p in task.signature.params]
        text = "\n".join([str(len(cases))] + [" ".join(tokens(a, t) for a, t in zip(case, params, strict=True))
                                              for case in cases])
        proc = subprocess.run([str(binary)], input=text, capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            raise RuntimeError(f"exited {proc.returncode}: {proc.stderr[-500:]}")
        outputs, total = [], 0
        for line in proc.stdout.splitlines():
            ns, _, out = line.partition(" ")
            total += int(ns)
            outputs.append(json.loads(out))
        return outputs, total / 1e9


def run_reference(task: Task, language: str, code: str, cases: list[Any]) -> tuple[list[Any], float]:
    """Outputs and runtime (seconds) of one reference over `cases`."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if task.mode == "stdio" and language == "python":
            (work / "main.py").write_text(code)
            return run_stdio([PYTHON, "main.py"], cases, cwd=tmp)
        if task.mode == "stdio" and language == "cpp":
            binary = compile_cpp(code, work)
            return run_stdio([str(binary)], cases, cwd=tmp)
    if language == "python":
        return run_python_function(task, code, cases)
    if language == "cpp":
        return run_cpp_function(task, code, cases)
    raise ValueError(f"no runner for language {language!r}")


def check_task(task: Task, languages: list[str], repeat: int, limit: int | None) -> bool:
    """Check one task's references against its oracle and print their median runtimes."""
    cases = [c.input for c in task.cases][:limit]
    oracle_lang, _, oracle_name = task.oracle.partition("/")
    oracle = next(r for r in task.references_for(oracle_lang) if r.name == oracle_name)
    expected, _ = run_reference(task, oracle_lang, oracle.code, cases)
    ok = True
    for language in languages:
        timings = {}
        for ref in task.references_for(language):
            runs = []
            for _ in range(repeat):
                try:
                    outputs, seconds = run_reference(task, language, ref.code, cases)
                except (RuntimeError, subprocess.TimeoutExpired) as exc:
                    print(f"  {language}/{ref.name}: FAILED {exc}")
                    ok = False
                    break
                bad = [i for i, (g, w, c) in enumerate(zip(outputs, expected, cases, strict=True))
                       if not same(task, g, w, c)]
                if bad:
                    print(f"  {language}/{ref.name}: WRONG on case {bad[0]} ({len(bad)} cases)")
                    ok = False
                    break
                runs.append(seconds)
            if runs:
                timings[ref.name] = statistics.median(runs)
        if timings:
            line = ", ".join(f"{n} {t * 1000:.1f}ms" for n, t in sorted(timings.items(), key=lambda kv: kv[1]))
            ratio = max(timings.values()) / max(min(timings.values()), 1e-9)
            print(f"  {language}: {line}  (slowest/fastest {ratio:.1f}x)")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tasks", nargs="*", help="task ids (default: all)")
    parser.add_argument("--lang", action="append", choices=["python", "cpp"], help="languages (default: both)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per reference (median is printed)")
    parser.add_argument("--cases", type=int, default=None, help="only the first N cases")
    args = parser.parse_args()
    names = args.tasks or sorted(p.parent.name for p in ROOT.glob("*/task.json"))
    ok = True
    for name in names:
        task = load_task(ROOT / name)
        print(f"{name} ({task.mode}, {task.difficulty}, {len(task.cases)} cases)")
        ok &= check_task(task, args.lang or ["python", "cpp"], args.repeat, args.cases)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
