"""The Python and C++ plugins: rendered programs compiled and run for real, following the driver protocol.

Programs are run directly with subprocess in a temporary folder (cases.json in, result.json out), not
through a sandbox backend, so these tests pin down the plugins and drivers alone. C++ programs are
compiled once per module, two at a time, in folders holding the plugin's shared build (the precompiled
`bits/stdc++.h` and the driver runtime's object), as the local sandbox compiles them; one test compiles
without it, as the docker sandbox does. The empty-list and int-output paths of C++ are covered by the
`grid`, ListNode and TreeNode programs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from effx.languages.cpp.plugin import render_driver as render_cpp_driver
from effx.languages.cpp.plugin import runtime_object
from effx.models import Limits, Param, Program, Signature, Task
from effx.registry import get_language
from effx.sandbox.base import Sandbox

PARAMS = [("a", "int"), ("b", "int64"), ("x", "float"), ("flag", "bool"), ("s", "str"),
          ("grid", "list[list[int]]"), ("words", "list[str]"), ("nums", "list[int]"),
          ("head", "ListNode"), ("root", "TreeNode")]
"""One parameter of every vocabulary type: every program below parses all of them."""
CPP_PARAMS = ("int a, long long b, double x, bool flag, string s, vector<vector<int>>& grid, "
              "vector<string>& words, vector<int>& nums, ListNode* head, TreeNode* root")
CASES: list[list[Any]] = [
    [7, 2**40 + 3, 0.1, True, 'h\u00e9llo "q" \\ /\n\t\u2603\U0001f600', [[1, 2], [], [3]], ["a", "", 'u\u0308"x'],
     [], [1, 2, 3], [1, None, 2, 3]],
    [-5, -(2**62), -1.5e-300, False, "", [], [], [4, 5], [], []],
    [2**31 - 1, 2**63 - 1, 1e300, True, "\u0001 ctl", [[-1]], ["x y"], [0], [9],
     [5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1]],
    [0, 0, 0.0, False, "z", [[], []], [""], [-1], [1], [1, None, 2, None, None]],
]
TRIMMED_TREE = [1, None, 2]
"""The tree of the last case written back: trailing nulls trimmed."""


def task(returns: str, *, name: str = "echo", params: list[tuple[str, str]] | None = None,
         mode: str = "function") -> Task:
    sig = Signature(name=name, params=[Param(name=n, type=t) for n, t in (params or PARAMS)], returns=returns)
    return Task(id=f"t_{name}", title=name, mode=mode, signature=sig if mode == "function" else None)


def expected_echo(index: int) -> list[Any]:
    """What echoing parameter `index` back returns for every case of CASES."""
    out = [case[index] for case in CASES]
    if PARAMS[index][1] == "TreeNode":
        out[-1] = TRIMMED_TREE
    return out


@dataclass
class Ran:
    code: int
    stdout: str
    stderr: str
    result: dict[str, Any] | None


def write(program: Program, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in program.files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def compile_in(program: Program, folder: Path) -> subprocess.CompletedProcess[str]:
    assert program.compile_argv is not None
    return subprocess.run(program.compile_argv, cwd=write(program, folder), capture_output=True, text=True,
                          timeout=180)


def run_in(program: Program, folder: Path, cases: list[Any] | None = None, stdin: str | None = None) -> Ran:
    if not (folder / next(iter(program.files))).exists():
        write(program, folder)
    (folder / "result.json").unlink(missing_ok=True)
    if cases is not None:
        (folder / "cases.json").write_text(json.dumps(cases), encoding="utf-8")
    done = subprocess.run(program.run_argv, cwd=folder, input=stdin, capture_output=True, text=True,
                          env={**os.environ, **program.env}, timeout=60)
    result_file = folder / "result.json"
    result = json.loads(result_file.read_text(encoding="utf-8")) if result_file.exists() else None
    return Ran(done.returncode, done.stdout, done.stderr, result)


def assert_protocol(ran: Ran, outputs: list[Any]) -> None:
    assert ran.code == 0, ran.stderr
    assert ran.result is not None
    assert ran.result["outputs"] == outputs
    times = ran.result["times_ns"]
    assert len(times) == len(outputs)
    assert all(isinstance(t, int) and t > 0 for t in times)


# ---- Python -------------------------------------------------------------------------------------------

PY_STYLES = [
    "class Solution:\n    def echo(self, a: int, b: int, x: float, flag: bool, s: str, grid: List[List[int]],"
    " words: List[str], nums: List[int], head: Optional[ListNode], root: Optional[TreeNode]) -> {hint}:\n"
    "        return {param}\n",
    "class Solution(object):\n    def echo(self, a, b, x, flag, s, grid, words, nums, head, root):\n"
    '        """\n        :rtype: {hint}\n        """\n        return {param}\n',
    "def echo(a, b, x, flag, s, grid, words, nums, head, root):\n    return {param}\n",
]


@pytest.mark.parametrize("index", range(len(PARAMS)), ids=[t for _, t in PARAMS])
def test_python_round_trips_every_vocabulary_type(index: int, tmp_path: Path) -> None:
    name, kind = PARAMS[index]
    code = PY_STYLES[index % len(PY_STYLES)].format(param=name, hint="Any")
    program = get_language("python").render(task(kind), code)
    assert_protocol(run_in(program, tmp_path, CASES), expected_echo(index))


def test_python_linked_list_and_tree_solutions_rebuild_structures(tmp_path: Path) -> None:
    code = (
        "class Solution:\n"
        "    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:\n"
        "        prev = None\n"
        "        while head:\n"
        "            head.next, prev, head = prev, head, head.next\n"
        "        return prev\n"
    )
    program = get_language("python").render(task("ListNode", name="reverseList", params=[("head", "ListNode")]),
                                             code)
    assert_protocol(run_in(program, tmp_path / "list", [[[1, 2, 3]], [[]]]), [[3, 2, 1], []])
    code = (
        "class Solution:\n"
        "    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:\n"
        "        if root:\n"
        "            root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)\n"
        "        return root\n"
    )
    program = get_language("python").render(task("TreeNode", name="invertTree", params=[("root", "TreeNode")]),
                                            code)
    assert_protocol(run_in(program, tmp_path / "tree", [[[4, 2, 7, 1, None, 6, 9]], [[]]]),
                    [[4, 7, 2, 9, 6, None, 1], []])


def test_python_solution_defining_its_own_list_node_gets_inputs_of_that_class(tmp_path: Path) -> None:
    code = (
        "class ListNode:\n"
        "    def __init__(self, x):\n"
        "        self.val = x\n"
        "        self.next = None\n"
        "        self.mine = True\n"
        "class Solution:\n"
        "    def middleNode(self, head):\n"
        "        slow = fast = head\n"
        "        while fast and fast.next:\n"
        "            assert slow.mine\n"
        "            slow, fast = slow.next, fast.next.next\n"
        "        return slow\n"
    )
    program = get_language("python").render(task("ListNode", name="middleNode", params=[("head", "ListNode")]),
                                            code)
    assert_protocol(run_in(program, tmp_path, [[[1, 2, 3, 4, 5]], [[1, 2]]]), [[3, 4, 5], [2]])


def test_python_namespace_has_leetcode_imports(tmp_path: Path) -> None:
    code = (
        "class Solution:\n"
        "    def topKFrequent(self, nums: List[int], k: int) -> List[int]:\n"
        "        counts = Counter(nums)\n"
        "        heap = [(-c, v) for v, c in counts.items()]\n"
        "        heapify(heap)\n"
        "        queue = deque(heappop(heap)[1] for _ in range(k))\n"
        "        assert bisect_left(sorted(nums), nums[0]) >= 0 and math.inf > 0\n"
        "        return sorted(queue)\n"
    )
    program = get_language("python").render(
        task("list[int]", name="topKFrequent", params=[("nums", "list[int]"), ("k", "int")]), code)
    assert_protocol(run_in(program, tmp_path, [[[1, 1, 1, 2, 2, 3], 2]]), [[1, 2]])


def test_python_deep_recursion_through_functools_cache_does_not_crash(tmp_path: Path) -> None:
    code = (
        "def depth(n: int) -> int:\n"
        "    @cache\n"
        "    def go(i):\n"
        "        return 0 if i == 0 else go(i - 1) + 1\n"
        "    return go(n)\n"
    )
    program = get_language("python").render(task("int", name="depth", params=[("n", "int")]), code)
    assert_protocol(run_in(program, tmp_path, [[100_000]]), [100_000])


def test_python_gets_a_fresh_solution_instance_per_case(tmp_path: Path) -> None:
    code = (
        "class Solution:\n"
        "    def __init__(self):\n"
        "        self.seen = []\n"
        "    def count(self, a: int) -> int:\n"
        "        self.seen.append(a)\n"
        "        return len(self.seen)\n"
    )
    program = get_language("python").render(task("int", name="count", params=[("a", "int")]), code)
    assert_protocol(run_in(program, tmp_path, [[1], [2], [3]]), [1, 1, 1])


def test_python_printing_solution_does_not_corrupt_the_result(tmp_path: Path) -> None:
    code = "import sys\ndef echo(a):\n    print('{\"outputs\": [666]}')\n    sys.stdout.flush()\n    return a\n"
    program = get_language("python").render(task("int", params=[("a", "int")]), code)
    ran = run_in(program, tmp_path, [[1], [2]])
    assert_protocol(ran, [1, 2])
    assert ran.stdout.count("666") == 2


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("class Solution:\n    def echo(self, a)\n        return a\n", "SyntaxError"),
        ("class Solution:\n    def echo(self, a: Foo) -> int:\n        return a\n", "NameError"),
        ("class Solution:\n    def other(self, a):\n        return a\n", "a method `echo`"),
    ],
    ids=["syntax_error", "undefined_name_in_annotation", "no_entry_point"],
)
def test_python_load_failure_exits_with_the_compile_error_code(code: str, message: str, tmp_path: Path) -> None:
    from effx.languages.driver_plugins import EXIT_COMPILE_ERROR

    program = get_language("python").render(task("int", params=[("a", "int")]), code)
    ran = run_in(program, tmp_path, [[1]])
    assert ran.code == EXIT_COMPILE_ERROR
    assert "effx: compile error" in ran.stderr and message in ran.stderr
    assert ran.result is None


def test_python_exception_is_a_runtime_error_naming_the_case_and_line(tmp_path: Path) -> None:
    from effx.languages.driver_plugins import EXIT_RUNTIME_ERROR

    code = "def echo(a):\n    return 10 // a\n"
    program = get_language("python").render(task("int", params=[("a", "int")]), code)
    ran = run_in(program, tmp_path, [[5], [0]])
    assert ran.code == EXIT_RUNTIME_ERROR
    assert "case 1" in ran.stderr and "ZeroDivisionError" in ran.stderr and "line 2" in ran.stderr
    assert "compile error" not in ran.stderr
    assert "main.py" not in ran.stderr


def test_python_cases_that_do_not_fit_the_signature_are_a_driver_error(tmp_path: Path) -> None:
    from effx.languages.driver_plugins import EXIT_DRIVER_ERROR

    program = get_language("python").render(task("int", params=[("a", "int")]), "def echo(a):\n    return a\n")
    ran = run_in(program, tmp_path, [[1, 2]])
    assert ran.code == EXIT_DRIVER_ERROR and "case 0" in ran.stderr


def test_python_stdio_runs_the_solution_as_the_program(tmp_path: Path) -> None:
    code = "import sys\nprint(sum(int(t) for t in sys.stdin.read().split()))\n"
    program = get_language("python").render(task("int", mode="stdio"), code)
    assert set(program.files) == {"solution.py"} and program.compile_argv is None
    ran = run_in(program, tmp_path, stdin="2 40\n")
    assert (ran.code, ran.stdout) == (0, "42\n")


# ---- C++ ----------------------------------------------------------------------------------------------

def cpp_echo(ret: str, body: str, *, style: str = "class") -> str:
    signature = f"{ret} echo({CPP_PARAMS})"
    if style == "free":
        return f"{signature} {{ {body} }}\n"
    head = "class Solution {\npublic:\n" if style == "class" else "struct Solution {\n"
    return f"{head}    {signature} {{\n        {body}\n    }}\n}};\n"


REVERSE_TWICE = """/**
 * Definition for singly-linked list.
 * struct ListNode { int val; ListNode *next; };
 */
class Solution {
    ListNode* reverse(ListNode* h) {  // recursive on purpose: depth = list length
        if (!h || !h->next) return h;
        ListNode* r = reverse(h->next);
        h->next->next = h;
        h->next = nullptr;
        return r;
    }
public:
    ListNode* echo(PARAMS_HERE) {
        if (head && head->val == -999) throw runtime_error("boom");
        return reverse(reverse(head));
    }
};
""".replace("PARAMS_HERE", CPP_PARAMS)

OWN_NODES = """struct ListNode {  // not LeetCode's layout: the driver must use these, field by field
    ListNode* next; long long val;
    ListNode(int v) : next(nullptr), val(v) {}
};
struct TreeNode {
    TreeNode* right; int depth = 7; TreeNode* left; long long val;
    TreeNode(int v) : right(nullptr), left(nullptr), val(v) {}
};
"""

CPP_PROGRAMS: dict[str, tuple[Task, str]] = {
    "int": (task("int"), cpp_echo("int", 'cout << "{\\"outputs\\": [666]}" << endl; printf("x"); return a;')),
    "int64": (task("int64"), cpp_echo("long long", "return b;", style="free")),
    "float": (task("float"), cpp_echo("double", "return x;", style="struct")),
    "bool": (task("bool"), cpp_echo("bool", "return flag;")),
    "str_in_list": (task("list[str]"), cpp_echo("vector<string>", "words.push_back(s); return words;")),
    "grid": (task("list[list[int]]"), cpp_echo("vector<vector<int>>", "return grid;")),
    "ListNode": (task("ListNode"), REVERSE_TWICE),
    "TreeNode": (task("TreeNode"), cpp_echo("TreeNode*", "return root;")),
    "compile_error": (task("int"), cpp_echo("int", "return undefined_name + a;")),
    "own_ListNode": (task("ListNode"), OWN_NODES + cpp_echo("ListNode*", "return head;")),
    "own_TreeNode": (task("TreeNode"), OWN_NODES + cpp_echo("TreeNode*", "return root;")),
}


@pytest.fixture(scope="module")
def cpp_shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the C++ plugin's shared build, compiled once for the module."""
    program = get_language("cpp").render(*CPP_PROGRAMS["int"])
    assert program.shared_build is not None
    folder = tmp_path_factory.mktemp("cpp-shared")
    built = compile_in(program.shared_build, folder)
    assert built.returncode == 0, built.stderr
    return folder


def with_shared_build(shared: Path, folder: Path) -> Path:
    """`folder` holding a copy of the shared build, as the local sandbox places it before compiling."""
    shutil.copytree(shared, folder)
    return folder


def compiler_jobs(verbose_stderr: str) -> list[str]:
    """The compiler-proper (cc1plus) command lines that `g++ -v` printed: one per source file compiled."""
    words = [line.split() for line in verbose_stderr.splitlines()]
    return [" ".join(job) for job in words if job and job[0].endswith("/cc1plus")]


@pytest.fixture(scope="module")
def cpp_built(cpp_shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Program, Path, int, str]]:
    """Every C++ program of CPP_PROGRAMS compiled: key -> (program, folder, compiler exit code, stderr)."""
    root = tmp_path_factory.mktemp("cpp")
    plugin = get_language("cpp")

    def build(key: str) -> tuple[Program, Path, int, str]:
        t, code = CPP_PROGRAMS[key]
        program = plugin.render(t, code)
        done = compile_in(program, with_shared_build(cpp_shared, root / key))
        return program, root / key, done.returncode, done.stderr

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(CPP_PROGRAMS, pool.map(build, CPP_PROGRAMS), strict=True))


@pytest.mark.parametrize(
    ("key", "index"),
    [("int", 0), ("int64", 1), ("float", 2), ("bool", 3), ("grid", 5), ("ListNode", 8),
     ("TreeNode", 9), ("own_ListNode", 8), ("own_TreeNode", 9)],
)
def test_cpp_round_trips_every_vocabulary_type(key: str, index: int, cpp_built: dict) -> None:
    program, folder, code, stderr = cpp_built[key]
    assert code == 0, stderr
    assert_protocol(run_in(program, folder, CASES), expected_echo(index))


def test_cpp_strings_keep_unicode_quotes_and_control_characters(cpp_built: dict) -> None:
    program, folder, code, stderr = cpp_built["str_in_list"]
    assert code == 0, stderr
    assert_protocol(run_in(program, folder, CASES), [case[6] + [case[4]] for case in CASES])


def test_cpp_printing_solution_does_not_corrupt_the_result(cpp_built: dict) -> None:
    program, folder, _, _ = cpp_built["int"]
    ran = run_in(program, folder, CASES[:2])
    assert_protocol(ran, [7, -5])
    assert ran.stdout.count("666") == 2


def test_cpp_deep_recursion_runs_on_the_big_stack(cpp_built: dict) -> None:
    program, folder, _, _ = cpp_built["ListNode"]
    long_list = list(range(1_000_000))  # segfaults on the default 8 MB main-thread stack
    ran = run_in(program, folder, [[0, 0, 0.0, False, "", [], [], [], long_list, []]])
    assert_protocol(ran, [long_list])


def test_cpp_exception_is_a_runtime_error_naming_the_case(cpp_built: dict) -> None:
    from effx.languages.driver_plugins import EXIT_RUNTIME_ERROR

    program, folder, _, _ = cpp_built["ListNode"]
    ran = run_in(program, folder, [CASES[0], [0, 0, 0.0, False, "", [], [], [], [-999], []]])
    assert ran.code == EXIT_RUNTIME_ERROR
    assert "case 1" in ran.stderr and "boom" in ran.stderr
    assert ran.result is None


def test_cpp_cases_that_do_not_fit_the_signature_are_a_driver_error(cpp_built: dict) -> None:
    from effx.languages.driver_plugins import EXIT_DRIVER_ERROR

    program, folder, _, _ = cpp_built["int"]
    ran = run_in(program, folder, [[1, 2]])
    assert ran.code == EXIT_DRIVER_ERROR and "case 0" in ran.stderr


def test_cpp_compile_error_fails_the_compile_step_naming_the_solution(cpp_built: dict) -> None:
    _, _, code, stderr = cpp_built["compile_error"]
    assert code != 0
    assert "solution.cpp" in stderr and "undefined_name" in stderr


def test_cpp_stdio_compiles_the_solution_alone(tmp_path: Path) -> None:
    code = "#include <cstdio>\nint main() { long long a, b; if (scanf(\"%lld %lld\", &a, &b) != 2) return 1;" \
           " printf(\"%lld\\n\", a + b); }\n"
    program = get_language("cpp").render(task("int", mode="stdio"), code)
    assert set(program.files) == {"solution.cpp"}
    done = compile_in(program, tmp_path)
    assert done.returncode == 0, done.stderr
    ran = run_in(program, tmp_path, stdin="40 2\n")
    assert (ran.code, ran.stdout) == (0, "42\n")


def test_cpp_shared_build_supplies_the_precompiled_header_and_the_runtime_object(
    cpp_shared: Path, tmp_path: Path
) -> None:
    program = get_language("cpp").render(task("int", params=[("a", "int")]), "int echo(int a) { return a; }\n")
    assert program.compile_argv is not None
    folder = write(program, with_shared_build(cpp_shared, tmp_path / "p"))
    # -H lists every header read; g++ marks a usable precompiled header with "!" and a stale one with "x".
    # -v prints each compiler job: only the driver is compiled, the runtime's object is linked as it is.
    done = subprocess.run([*program.compile_argv, "-H", "-Winvalid-pch", "-v"], cwd=folder,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "! effx-pch/bits/stdc++.h.gch" in done.stderr.splitlines()
    assert "warning" not in done.stderr  # -Winvalid-pch: a precompiled header that cannot be used
    jobs = compiler_jobs(done.stderr)
    assert len(jobs) == 1 and "main.cpp" in jobs[0], jobs
    assert (folder / runtime_object()).is_file() and runtime_object() in done.stderr
    assert_protocol(run_in(program, folder, [[41]]), [41])


def test_cpp_program_compiles_the_runtime_itself_without_the_shared_build_and_behaves_the_same(
    cpp_built: dict, tmp_path: Path
) -> None:
    shared_program, shared_folder, _, _ = cpp_built["ListNode"]
    program = get_language("cpp").render(*CPP_PROGRAMS["ListNode"])
    assert program.compile_argv == shared_program.compile_argv
    done = subprocess.run([*program.compile_argv, "-v"], cwd=write(program, tmp_path), capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    jobs = compiler_jobs(done.stderr)
    assert len(jobs) == 2 and "main.cpp" in jobs[0] and "effx_runtime.cpp" in jobs[1], jobs
    assert_protocol(run_in(program, tmp_path, CASES), expected_echo(8))
    failing = [CASES[0], [0, 0, 0.0, False, "", [], [], [], [-999], []]]
    alone, shared = run_in(program, tmp_path, failing), run_in(shared_program, shared_folder, failing)
    assert (alone.code, alone.stderr, alone.result) == (shared.code, shared.stderr, None)
    assert alone.code != 0 and "boom" in alone.stderr


def test_cpp_local_sandbox_links_the_shared_builds_runtime_object(sandbox: Sandbox) -> None:
    program = get_language("cpp").render(task("int", params=[("a", "int")]), "int echo(int a) { return a; }\n")
    assert program.compile_argv is not None
    # the linker's map names every object file it loaded; g++ compiles sources into /tmp/cc*.o first
    mapped = program.model_copy(update={"compile_argv": [*program.compile_argv, "-Wl,-Map=link.map"],
                                        "artifacts": ["main", "link.map"]})
    compiled = sandbox.compile(mapped)
    assert compiled.ok, compiled.message
    loaded = [line.split()[1] for line in (compiled.directory / "link.map").read_text().splitlines()
              if line.startswith("LOAD ") and line.endswith(".o")]
    assert runtime_object() in loaded
    assert len([name for name in loaded if name.startswith("/tmp/")]) == 1  # main.cpp alone was compiled
    ran = sandbox.run(mapped, compiled, limits=Limits(), inputs={"cases.json": b"[[41]]"}, outputs=("result.json",))
    assert ran.exit_code == 0, ran.stderr_tail
    assert json.loads(ran.files["result.json"])["outputs"] == [41]


def test_cpp_runtime_object_is_named_by_what_it_was_built_from() -> None:
    t, code = CPP_PROGRAMS["int"]
    program = get_language("cpp").render(t, code, "g++ (Debian 12.2.0-14) 12.2.0")
    assert program.shared_build is not None and program.compile_argv is not None
    obj = runtime_object("g++ (Debian 12.2.0-14) 12.2.0")
    assert obj in program.shared_build.artifacts and obj in program.compile_argv[2]
    assert obj != runtime_object("g++ (Debian 13.1.0-1) 13.1.0") and obj != runtime_object()


def test_cpp_driver_defines_leetcode_structs_unless_the_solution_does() -> None:
    t = task("int", params=[("head", "ListNode")])
    commented = "/* struct ListNode { int val; }; */\n// class Solution\nint echo(ListNode* head) { return 0; }\n"
    driver = render_cpp_driver(t, commented)
    assert "struct ListNode {" in driver and "struct TreeNode {" in driver
    assert "solution.echo(" not in driver and "echo(a0)" in driver
    own = "struct ListNode { int val; ListNode* next; ListNode(int v) : val(v), next(nullptr) {} };\n" \
          "class Solution { public: int echo(ListNode* head) { return 0; } };\n"
    driver = render_cpp_driver(t, own)
    assert "struct ListNode {" not in driver and "struct TreeNode {" in driver
    assert "solution.echo(a0)" in driver


def test_plugins_describe_programs_without_running_anything() -> None:
    py = get_language("python").render(task("int", params=[("a", "int")]), "def echo(a):\n    return a\n")
    assert py.compile_argv is None and py.run_argv[-1] == "main.py"
    assert py.env["PYTHONHASHSEED"] == "0" and "-S" in py.run_argv
    cpp = get_language("cpp").render(task("int", params=[("a", "int")]), "int echo(int a) { return a; }\n")
    assert cpp.compile_argv is not None and cpp.compile_argv[:2] == ["sh", "-c"] and cpp.artifacts == ["main"]
    assert "g++ -O2 -std=c++17" in cpp.compile_argv[2]
    assert cpp.run_argv == ["./main"]
