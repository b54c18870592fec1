"""The C, Java, JavaScript, Go, Rust and Ruby plugins: rendered programs compiled and run for real.

Programs run directly with subprocess in a temporary folder (cases.json in, result.json out), so these
tests pin down the plugins and drivers alone; the last tests run one program per language through the
bubblewrap sandbox as uid nobody, to prove each toolchain works there.

How every vocabulary type is covered, per language:

* C, JavaScript and Ruby convert by the task's vocabulary types, so each type gets its own program that
  echoes one parameter back through the return path (JS and Ruby have no compile step; C compiles in
  a fraction of a second).
* Java, Go and Rust convert by the solution's *declared* native types (reflection, or trait inference),
  and a compile costs seconds (rustc: ~4 s of CPU), so one program per language takes a parameter of
  every type and returns a `str` holding each argument written with the driver's own output
  converters (the same functions that write return values). The return path itself is exercised by
  separate list[int] and TreeNode programs.

Known exceptions, with the reason:

* C: strings are NUL-terminated, so a `str` holding U+0000 cannot round-trip (no case has one); lists
  deeper than list[list[T]] have no LeetCode C convention and are refused when rendering (tested).
* JavaScript: numbers are doubles, so int64 values beyond 2**53 lose precision (as on LeetCode); its
  cases use int64 values within that range.
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

from effx.models import Limits, Param, Program, Signature, Task
from effx.registry import get_language

PARAMS = [("a", "int"), ("b", "int64"), ("x", "float"), ("flag", "bool"), ("s", "str"),
          ("grid", "list[list[int]]"), ("words", "list[str]"), ("nums", "list[int]"),
          ("head", "ListNode"), ("root", "TreeNode")]
"""One parameter of every vocabulary type."""
CASES: list[list[Any]] = [
    [7, 2**40 + 3, 0.1, True, 'h\u00e9llo "q" \\ /\n\t\u2603\U0001f600', [[1, 2], [], [3]], ["a", "", 'u\u0308"x'],
     [], [1, 2, 3], [1, None, 2, 3]],
    [-5, -(2**62), -1.5e-300, False, "", [], [], [4, 5], [], []],
    [2**31 - 1, 2**63 - 1, 1e300, True, "\u0001 ctl", [[-1]], ["x y"], [0], [9],
     [5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1]],
    [0, 0, 0.0, False, "z", [[], []], [""], [-1], [1], [1, None, 2, None, None]],
]
JS_CASES = [[*case[:1], min(max(case[1], -(2**53)), 2**53), *case[2:]] for case in CASES]
"""CASES with int64 values inside the range a JS number holds exactly."""
TRIMMED_TREE = [1, None, 2]
"""The tree of the last case written back: trailing nulls trimmed."""
TWO_SUM_CASES = [[[2, 7, 11, 15], 9], [[3, 2, 4], 6], [[3, 3], 6]]
TWO_SUM_EXPECTED = [[0, 1], [1, 2], [0, 1]]
TREES = [[[1, None, 2, 3]], [[]], [[4, 2, 7, 1, 3, None, None, None, None, None, None]]]
TREES_EXPECTED = [[1, None, 2, 3], [], [4, 2, 7, 1, 3]]


def task(returns: str, *, name: str = "echo", params: list[tuple[str, str]] | None = None,
         mode: str = "function") -> Task:
    sig = Signature(name=name, params=[Param(name=n, type=t) for n, t in (params or PARAMS)], returns=returns)
    return Task(id=f"t_{name}", title=name, mode=mode, signature=sig if mode == "function" else None)


def expected_echo(index: int, cases: list[list[Any]] = CASES) -> list[Any]:
    """What echoing parameter `index` back returns for every case."""
    out = [case[index] for case in cases]
    if PARAMS[index][1] == "TreeNode":
        out[-1] = TRIMMED_TREE
    return out


@dataclass
class Ran:
    code: int
    stderr: str
    result: dict[str, Any] | None


def build(program: Program, folder: Path) -> subprocess.CompletedProcess[str] | None:
    """Write the program's files into `folder` and compile it (None for interpreted languages)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in program.files.items():
        (folder / name).write_text(text, encoding="utf-8")
    if program.compile_argv is None:
        return None
    return subprocess.run(program.compile_argv, cwd=folder, capture_output=True, text=True, timeout=180,
                          env={**os.environ, **program.env})


def run_in(program: Program, folder: Path, cases: list[Any] | None = None, stdin: str | None = None) -> Ran:
    (folder / "result.json").unlink(missing_ok=True)
    if cases is not None:
        (folder / "cases.json").write_text(json.dumps(cases), encoding="utf-8")
    done = subprocess.run(program.run_argv, cwd=folder, input=stdin, capture_output=True, text=True,
                          env={**os.environ, **program.env}, timeout=60)
    result_file = folder / "result.json"
    result = json.loads(result_file.read_text(encoding="utf-8")) if result_file.exists() else None
    return Ran(done.returncode, done.stderr, result)


def assert_protocol(ran: Ran, outputs: list[Any]) -> None:
    assert ran.code == 0, ran.stderr
    assert ran.result is not None
    assert ran.result["outputs"] == outputs
    times = ran.result["times_ns"]
    assert len(times) == len(outputs)
    assert all(isinstance(t, int) and t > 0 for t in times)


def build_all(jobs: dict[str, tuple[str, Task, str]], root: Path) -> dict[str, tuple[Program, Path]]:
    """Render and compile several programs two at a time; fails with the compiler output if any fails."""
    def one(key: str) -> tuple[str, Program, Path, subprocess.CompletedProcess[str] | None]:
        language, t, code = jobs[key]
        program = get_language(language).render(t, code)
        folder = root / key
        return key, program, folder, build(program, folder)

    built = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        for key, program, folder, done in pool.map(one, jobs):
            assert done is None or done.returncode == 0, f"{key} did not compile:\n{done.stderr[-3000:]}"
            built[key] = (program, folder)
    return built


# ---- C -----------------------------------------------------------------------------------------------

C_PARAMS = ("int a, long long b, double x, bool flag, char* s, int** grid, int gridSize, int* gridColSize, "
            "char** words, int wordsSize, int* nums, int numsSize, struct ListNode* head, struct TreeNode* root")
C_ECHO = {
    "int": ("int", "return a;"),
    "int64": ("long long", "return b;"),
    "float": ("double", "return x;"),
    "bool": ("bool", "return flag;"),
    "str": ("char*", "return s;"),
    "list[list[int]]": ("int**", "*returnSize = gridSize; *returnColumnSizes = gridColSize; return grid;"),
    "list[str]": ("char**", "*returnSize = wordsSize; return words;"),
    "list[int]": ("int*", "*returnSize = numsSize; return nums;"),
    "ListNode": ("struct ListNode*", "return head;"),
    "TreeNode": ("struct TreeNode*", "return root;"),
}
C_TWO_SUM = """
int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    for (int i = 0; i < numsSize; i++)
        for (int j = i + 1; j < numsSize; j++)
            if (nums[i] + nums[j] == target) {
                int* out = malloc(2 * sizeof(int));
                out[0] = i;
                out[1] = j;
                *returnSize = 2;
                return out;
            }
    *returnSize = 0;
    return NULL;
}
"""


def c_echo(returns: str) -> str:
    ctype, body = C_ECHO[returns]
    outs = ""
    if returns.startswith("list[list"):
        outs = ", int* returnSize, int** returnColumnSizes"
    elif returns.startswith("list"):
        outs = ", int* returnSize"
    return f"{ctype} echo({C_PARAMS}{outs}) {{\n    {body}\n}}\n"


@pytest.fixture(scope="module")
def c_built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Program, Path]]:
    jobs = {returns: ("c", task(returns), c_echo(returns)) for returns in C_ECHO}
    jobs["two_sum"] = ("c", task("list[int]", name="twoSum", params=[("nums", "list[int]"), ("target", "int")]),
                       C_TWO_SUM)
    return build_all(jobs, tmp_path_factory.mktemp("c"))


@pytest.mark.parametrize("index", range(len(PARAMS)), ids=[t for _, t in PARAMS])
def test_c_round_trips_every_vocabulary_type(index: int, c_built: dict) -> None:
    program, folder = c_built[PARAMS[index][1]]
    assert_protocol(run_in(program, folder, CASES), expected_echo(index))


def test_c_uses_leetcode_array_convention_with_return_size(c_built: dict) -> None:
    program, folder = c_built["two_sum"]
    assert_protocol(run_in(program, folder, TWO_SUM_CASES), TWO_SUM_EXPECTED)


def test_c_refuses_lists_nested_deeper_than_two_levels() -> None:
    with pytest.raises(ValueError, match="deeper than list"):
        get_language("c").render(task("int", params=[("cube", "list[list[list[int]]]")]), "int echo() {}")


# ---- JavaScript and Ruby: no compile step -----------------------------------------------------------

JS_ECHO = "var echo = function(a, b, x, flag, s, grid, words, nums, head, root) {{\n    return {param};\n}};\n"
RUBY_ECHO = "def echo(a, b, x, flag, s, grid, words, nums, head, root)\n  {param}\nend\n"


@pytest.mark.parametrize("index", range(len(PARAMS)), ids=[t for _, t in PARAMS])
def test_javascript_round_trips_every_vocabulary_type(index: int, tmp_path: Path) -> None:
    name, returns = PARAMS[index]
    program = get_language("javascript").render(task(returns), JS_ECHO.format(param=name))
    build(program, tmp_path)
    assert_protocol(run_in(program, tmp_path, JS_CASES), expected_echo(index, JS_CASES))


@pytest.mark.parametrize("index", range(len(PARAMS)), ids=[t for _, t in PARAMS])
def test_ruby_round_trips_every_vocabulary_type(index: int, tmp_path: Path) -> None:
    name, returns = PARAMS[index]
    program = get_language("ruby").render(task(returns), RUBY_ECHO.format(param=name))
    build(program, tmp_path)
    assert_protocol(run_in(program, tmp_path, CASES), expected_echo(index))


def test_javascript_accepts_class_solution_and_deep_recursion(tmp_path: Path) -> None:
    code = ("class Solution {\n  depth(n) {\n    const down = (k) => (k === 0 ? 0 : 1 + down(k - 1));\n"
            "    return down(n);\n  }\n}\n")
    program = get_language("javascript").render(task("int", name="depth", params=[("n", "int")]), code)
    build(program, tmp_path)
    assert_protocol(run_in(program, tmp_path, [[100_000]]), [100_000])


def test_ruby_calls_the_snake_case_method_and_recurses_deeply(tmp_path: Path) -> None:
    code = "def two_sum(nums, target)\n  seen = {}\n  nums.each_with_index do |x, i|\n" \
           "    return [seen[target - x], i] if seen.key?(target - x)\n    seen[x] = i\n  end\nend\n" \
           "def depth(n) = n.zero? ? 0 : 1 + depth(n - 1)\n"
    program = get_language("ruby").render(
        task("list[int]", name="twoSum", params=[("nums", "list[int]"), ("target", "int")]), code)
    build(program, tmp_path)
    assert_protocol(run_in(program, tmp_path, TWO_SUM_CASES), TWO_SUM_EXPECTED)
    deep = get_language("ruby").render(task("int", name="depth", params=[("n", "int")]), code)
    build(deep, tmp_path / "deep")
    assert_protocol(run_in(deep, tmp_path / "deep", [[100_000]]), [100_000])


@pytest.mark.parametrize(("language", "code"), [
    ("javascript", "var echo = function(a) { return a + ; };\n"),
    ("javascript", "throw new Error('top-level failure');\n"),
    ("ruby", "def echo(a)\n  a +\nend\nend\n"),
    ("ruby", "def other(a) = a\n"),
])
def test_interpreted_load_failure_is_reported_as_a_compile_error(language: str, code: str, tmp_path: Path) -> None:
    program = get_language(language).render(task("int", params=[("a", "int")]), code)
    build(program, tmp_path)
    ran = run_in(program, tmp_path, [[1]])
    assert ran.code == 3
    assert "effx: compile error" in ran.stderr
    assert ran.result is None


@pytest.mark.parametrize(("language", "code"), [
    ("javascript", "var echo = function(a) { return a.b.c; };\n"),
    ("ruby", "def echo(a) = a.fetch(3)\n"),
])
def test_interpreted_exception_is_a_runtime_error_naming_the_case(language: str, code: str, tmp_path: Path) -> None:
    program = get_language(language).render(task("list[int]", params=[("a", "list[int]")]), code)
    build(program, tmp_path)
    ran = run_in(program, tmp_path, [[[1]]])
    assert ran.code == 1
    assert "case 0" in ran.stderr and "solution" in ran.stderr
    assert "effx: compile error" not in ran.stderr


# ---- Java, Go, Rust: one program over every type, plus the return path ------------------------------

JAVA_INSPECT = """class Solution {
    public String echo(int a, long b, double x, boolean flag, String s, int[][] grid, List<String> words,
                       int[] nums, ListNode head, TreeNode root) {
        StringBuilder out = new StringBuilder("[");
        Object[] all = {a, b, x, flag, s, grid, words, nums, head, root};
        String[] KINDS = {"int", "int64", "float", "bool", "str", "list[list[int]]", "list[str]", "list[int]",
                          "ListNode", "TreeNode"};
        for (int k = 0; k < all.length; k++) {
            if (k > 0) out.append(',');
            Main.putAs(out, all[k], KINDS[k]);
        }
        return out.append(']').toString();
    }
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] {j, i};
            seen.put(nums[i], i);
        }
        return new int[0];
    }
    public TreeNode tree(TreeNode root) { return root; }
}
"""
GO_INSPECT = """func echo(a int, b int64, x float64, flag bool, s string, grid [][]int, words []string, nums []int,
	head *ListNode, root *TreeNode) string {
	var out bytes.Buffer
	out.WriteByte('[')
	for k, v := range []interface{}{a, b, x, flag, s, grid, words, nums, head, root} {
		if k > 0 {
			out.WriteByte(',')
		}
		effxPut(&out, reflect.ValueOf(v))
	}
	out.WriteByte(']')
	return out.String()
}

func twoSum(nums []int, target int) []int {
	seen := map[int]int{}
	for i, x := range nums {
		if j, ok := seen[target-x]; ok {
			return []int{j, i}
		}
		seen[x] = i
	}
	return nil
}

func tree(root *TreeNode) *TreeNode { return root }
"""
GO_INSPECT = "package main\n\nimport (\n\t\"bytes\"\n\t\"reflect\"\n)\n\n" + GO_INSPECT
RUST_INSPECT = """use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn echo(a: i32, b: i64, x: f64, flag: bool, s: String, grid: Vec<Vec<i32>>, words: Vec<String>,
                nums: Vec<i32>, head: Option<Box<ListNode>>, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        let mut out = String::from("[");
        let all: Vec<&dyn effx_runtime::ToJson> = vec![&a, &b, &x, &flag, &s, &grid, &words, &nums, &head, &root];
        for (k, value) in all.iter().enumerate() {
            if k > 0 {
                out.push(',');
            }
            value.to_json(&mut out);
        }
        out.push(']');
        out
    }

    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut seen = HashMap::new();
        for (i, &x) in nums.iter().enumerate() {
            if let Some(&j) = seen.get(&(target - x)) {
                return vec![j as i32, i as i32];
            }
            seen.insert(x, i);
        }
        vec![]
    }

    pub fn tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        root
    }
}
"""
INSPECT = {"java": JAVA_INSPECT, "go": GO_INSPECT, "rust": RUST_INSPECT}
STATIC = list(INSPECT)
BROKEN = {
    "java": "class Solution {\n    public int echo(int a) { return a + ; }\n}\n",
    "go": "func echo(a int) int {\n\treturn a +\n}\n",
    "rust": "impl Solution {\n    pub fn echo(a: i32) -> i32 { a + }\n}\n",
    "c": "int echo(int a) { return a + ; }\n",
}


@pytest.fixture(scope="module")
def static_built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Program, Path]]:
    jobs: dict[str, tuple[str, Task, str]] = {}
    for language in STATIC:
        code = INSPECT[language]
        jobs[f"{language}-echo"] = (language, task("str"), code)
        jobs[f"{language}-two_sum"] = (
            language, task("list[int]", name="twoSum", params=[("nums", "list[int]"), ("target", "int")]), code)
        jobs[f"{language}-tree"] = (language, task("TreeNode", name="tree", params=[("root", "TreeNode")]), code)
    return build_all(jobs, tmp_path_factory.mktemp("static"))


@pytest.mark.parametrize("language", STATIC)
def test_reflective_drivers_convert_every_vocabulary_type(language: str, static_built: dict) -> None:
    program, folder = static_built[f"{language}-echo"]
    ran = run_in(program, folder, CASES)
    assert ran.code == 0, ran.stderr
    assert ran.result is not None and all(t > 0 for t in ran.result["times_ns"])
    parsed = [json.loads(text) for text in ran.result["outputs"]]
    assert parsed == [[*case[:-1], tree] for case, tree in zip(CASES, expected_echo(9), strict=True)]


@pytest.mark.parametrize("language", STATIC)
def test_return_values_go_through_the_driver(language: str, static_built: dict) -> None:
    program, folder = static_built[f"{language}-two_sum"]
    assert_protocol(run_in(program, folder, TWO_SUM_CASES), TWO_SUM_EXPECTED)
    program, folder = static_built[f"{language}-tree"]
    assert_protocol(run_in(program, folder, TREES), TREES_EXPECTED)


@pytest.mark.parametrize("language", [*STATIC, "c"])
def test_compile_error_fails_the_compile_step_naming_the_solution(language: str, tmp_path: Path) -> None:
    program = get_language(language).render(task("int", params=[("a", "int")]), BROKEN[language])
    done = build(program, tmp_path)
    assert done is not None and done.returncode != 0
    solution_file = next(name for name in program.files if name.lower().startswith("solution"))
    assert solution_file in done.stderr + done.stdout


def test_java_missing_method_is_reported_as_a_compile_error(static_built: dict, tmp_path: Path) -> None:
    program = get_language("java").render(task("int", name="absent", params=[("a", "int")]), JAVA_INSPECT)
    assert build(program, tmp_path).returncode == 0  # type: ignore[union-attr]
    ran = run_in(program, tmp_path, [[1]])
    assert ran.code == 3 and "effx: compile error" in ran.stderr


def test_rust_entry_point_is_the_snake_case_name() -> None:
    from effx.languages.rust.plugin import snake_case

    assert [snake_case(n) for n in ("twoSum", "isValidBST", "lengthOfLIS", "parseHTMLTag", "two_sum")] == [
        "two_sum", "is_valid_bst", "length_of_lis", "parse_html_tag", "two_sum"]


# ---- Rust: the driver's runtime crate, prebuilt once (shared build) or built with the program ----------

RUST_TWO_SUM = task("list[int]", name="twoSum", params=[("nums", "list[int]"), ("target", "int")])
RUST_HEAP_MERGE = """use std::cmp::Ordering;
use std::collections::BinaryHeap;

impl ListNode {
    fn key(&self) -> i32 {
        self.val
    }
}

impl Ord for ListNode {
    fn cmp(&self, other: &Self) -> Ordering {
        other.key().cmp(&self.key())
    }
}

impl PartialOrd for ListNode {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut heap: BinaryHeap<Box<ListNode>> = lists.into_iter().flatten().collect();
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while let Some(mut node) = heap.pop() {
            if let Some(next) = node.next.take() {
                heap.push(next);
            }
            tail.next = Some(node);
            tail = tail.next.as_mut().unwrap();
        }
        dummy.next
    }
}
"""
RUST_STAGED_PROBE = """impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        // compiles only if the sandbox placed the shared build next to the program
        const PREBUILT: &[u8] = include_bytes!("effx-rt/libeffx_runtime.rlib");
        vec![PREBUILT.starts_with(b"!<arch>\\n") as i32]
    }
}
"""


@pytest.fixture(scope="module")
def rust_runtime(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared build's folder (`effx-rt/`, holding the rlib), compiled with its own argv."""
    shared = get_language("rust").render(RUST_TWO_SUM, RUST_INSPECT).shared_build
    assert shared is not None
    folder = tmp_path_factory.mktemp("rust-runtime")
    (folder / "effx-rt").mkdir()
    done = build(shared, folder)
    assert done is not None and done.returncode == 0, done.stderr if done else ""
    assert all((folder / name).is_file() for name in shared.artifacts)
    return folder / "effx-rt"


def build_with_runtime(program: Program, runtime: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    """Compile `program` in `folder` with the shared build placed there, as the local sandbox does."""
    shutil.copytree(runtime, folder / "effx-rt")
    done = build(program, folder)
    assert done is not None
    return done


def test_rust_program_links_the_prebuilt_runtime_into_the_same_binary(
        rust_runtime: Path, static_built: dict, tmp_path: Path) -> None:
    program = get_language("rust").render(RUST_TWO_SUM, RUST_INSPECT)
    done = build_with_runtime(program, rust_runtime, tmp_path)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "libeffx_runtime.rlib").exists()  # the runtime was linked, not compiled again
    assert_protocol(run_in(program, tmp_path, TWO_SUM_CASES), TWO_SUM_EXPECTED)
    _, without = static_built["rust-two_sum"]  # the same program, compiled with no shared build
    assert (without / "libeffx_runtime.rlib").is_file()
    assert (tmp_path / "main").read_bytes() == (without / "main").read_bytes()


def test_rust_runtime_the_compiler_rejects_is_rebuilt_instead_of_failing_the_solution(tmp_path: Path) -> None:
    program = get_language("rust").render(RUST_TWO_SUM, RUST_INSPECT)
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    # what rustc makes of an rlib from another compiler version (E0786), without needing one installed
    (foreign / "libeffx_runtime.rlib").write_bytes(b"!<arch>\n" + bytes(range(256)) * 8)
    folder = tmp_path / "program"
    done = build_with_runtime(program, foreign, folder)
    assert done.returncode == 0, done.stderr
    assert (folder / "libeffx_runtime.rlib").is_file()
    assert_protocol(run_in(program, folder, TWO_SUM_CASES), TWO_SUM_EXPECTED)


def test_rust_compile_error_with_the_prebuilt_runtime_names_the_solution(rust_runtime: Path, tmp_path: Path) -> None:
    program = get_language("rust").render(task("int", params=[("a", "int")]), BROKEN["rust"])
    done = build_with_runtime(program, rust_runtime, tmp_path)
    assert done.returncode != 0
    assert "solution.rs" in done.stderr
    assert not (tmp_path / "libeffx_runtime.rlib").exists()  # a solution's error is not a reason to rebuild


def test_rust_solution_may_implement_traits_and_methods_for_list_node(rust_runtime: Path, tmp_path: Path) -> None:
    t = task("ListNode", name="mergeKLists", params=[("lists", "list[ListNode]")])
    program = get_language("rust").render(t, RUST_HEAP_MERGE)
    done = build_with_runtime(program, rust_runtime, tmp_path)
    assert done.returncode == 0, done.stderr
    ran = run_in(program, tmp_path, [[[[1, 4, 5], [1, 3, 4], [2, 6]]], [[]], [[[], [0]]]])
    assert_protocol(ran, [[1, 1, 2, 3, 4, 4, 5, 6], [], [0]])


@pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap is not installed")
def test_rust_sandbox_builds_the_runtime_once_and_places_it_beside_programs(isolated_sandbox: Any) -> None:
    program = get_language("rust").render(RUST_TWO_SUM, RUST_STAGED_PROBE)
    compiled = isolated_sandbox.compile(program)
    assert compiled.ok, compiled.message or compiled.sandbox_error
    assert not any("shared rust build" in warning for warning in isolated_sandbox.warnings)
    assert program.shared_build is not None
    again = isolated_sandbox.compile(program.shared_build)
    assert again.ok and again.cached
    ex = isolated_sandbox.run(program, compiled, limits=Limits(wall_s=30, cpu_s=30, memory_mb=1024),
                              inputs={"cases.json": json.dumps(TWO_SUM_CASES[:1]).encode()}, outputs=("result.json",))
    assert ex.exit_code == 0, ex.stderr_tail
    assert json.loads(ex.files["result.json"])["outputs"] == [[1]]


# ---- stdio: the solution is the whole program -------------------------------------------------------

STDIO_ECHO = {
    "c": '#include <stdio.h>\nint main(void) {\n    int a, b;\n    if (scanf("%d %d", &a, &b) != 2) return 1;\n'
         '    printf("%d\\n", a + b);\n    return 0;\n}\n',
    "java": "import java.util.Scanner;\n\npublic class Main {\n    public static void main(String[] args) {\n"
            "        Scanner in = new Scanner(System.in);\n        System.out.println(in.nextInt() + in.nextInt());\n"
            "    }\n}\n",
    "javascript": "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\n"
                  "console.log(a + b);\n",
    "go": 'package main\n\nimport "fmt"\n\n'
          'func main() {\n\tvar a, b int\n\tfmt.Scan(&a, &b)\n\tfmt.Println(a + b)\n}\n',
    "rust": "use std::io::Read;\n\nfn main() {\n    let mut s = String::new();\n"
            "    std::io::stdin().read_to_string(&mut s).unwrap();\n"
            "    let v: Vec<i64> = s.split_whitespace().map(|t| t.parse().unwrap()).collect();\n"
            '    println!("{}", v[0] + v[1]);\n}\n',
    "ruby": "a, b = $stdin.read.split.map(&:to_i)\nputs a + b\n",
}


@pytest.mark.parametrize("language", list(STDIO_ECHO))
def test_stdio_program_is_the_solution_itself(language: str, tmp_path: Path) -> None:
    program = get_language(language).render(task("str", mode="stdio"), STDIO_ECHO[language])
    done = build(program, tmp_path)
    assert done is None or done.returncode == 0, done.stderr
    ran = subprocess.run(program.run_argv, cwd=tmp_path, input="40 2\n", capture_output=True, text=True,
                         env={**os.environ, **program.env}, timeout=60)
    assert (ran.returncode, ran.stdout) == (0, "42\n"), ran.stderr


# ---- plugin descriptions -------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["c", "java", "javascript", "go", "rust", "ruby"])
def test_plugins_are_registered_and_describe_their_toolchain(language: str) -> None:
    plugin = get_language(language)
    assert plugin.name == language and plugin.solution_shape
    probe = subprocess.run(plugin.toolchain.version_argv, capture_output=True, text=True, timeout=60)
    assert probe.returncode == 0, f"{language} toolchain missing: {plugin.toolchain.install_hint}"


def test_managed_runtimes_skip_the_data_limit_and_cap_their_own_heap() -> None:
    java, node = get_language("java"), get_language("javascript")
    assert java.memory_flags(300) == ["-Xmx300m"] and node.memory_flags(300) == ["--max-old-space-size=300"]
    for language in ("java", "javascript", "go"):
        plugin = get_language(language)
        assert not plugin.uses_address_space_limit()
        program = plugin.render(task("int", params=[("a", "int")]), "")
        assert program.no_data_limit
    assert "-Xmx1024m" in java.render(task("int", params=[("a", "int")]), "").run_argv


# ---- inside the sandbox, as uid nobody ---------------------------------------------------------------

SANDBOX_TWO_SUM = {
    "c": C_TWO_SUM,
    "java": JAVA_INSPECT,
    "javascript": "var twoSum = function(nums, target) {\n  const seen = new Map();\n"
                  "  for (let i = 0; i < nums.length; i++) {\n"
                  "    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n"
                  "    seen.set(nums[i], i);\n  }\n};\n",
    "go": GO_INSPECT,
    "rust": RUST_INSPECT,
    "ruby": "def two_sum(nums, target)\n  seen = {}\n  nums.each_with_index do |x, i|\n"
            "    return [seen[target - x], i] if seen.key?(target - x)\n    seen[x] = i\n  end\nend\n",
}


@pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap is not installed")
@pytest.mark.parametrize("language", list(SANDBOX_TWO_SUM))
def test_toolchain_works_inside_the_sandbox_as_nobody(language: str, isolated_sandbox: Any) -> None:
    t = task("list[int]", name="twoSum", params=[("nums", "list[int]"), ("target", "int")])
    program = get_language(language).render(t, SANDBOX_TWO_SUM[language])
    compiled = isolated_sandbox.compile(program)
    assert compiled.ok and compiled.sandbox_error is None, compiled.message or compiled.sandbox_error
    ex = isolated_sandbox.run(program, compiled, limits=Limits(wall_s=30, cpu_s=30, memory_mb=1024),
                              inputs={"cases.json": json.dumps(TWO_SUM_CASES).encode()}, outputs=("result.json",))
    assert ex.sandbox_error is None and ex.exit_code == 0, ex.stderr_tail
    result = json.loads(ex.files["result.json"])
    assert result["outputs"] == TWO_SUM_EXPECTED
    assert all(t > 0 for t in result["times_ns"])
