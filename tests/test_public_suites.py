"""Public dataset suites end to end: rows in the published formats -> tasks -> `effx run` -> Beyond scores.

The fixture files are written by the tests themselves, in each published shape (Mercury rows, processed
Venus rows, per-language Venus rows, EffiBench-X rows), as JSONL and, when pyarrow is installed, parquet.
Every run uses the real sandbox, real interpreters and compilers, and a private effx cache.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from effx.cli.root import app
from effx.models import Status
from effx.registry import get_suite_loader
from effx.scoring.summary import summarize
from effx.store.rundir import read_results
from effx.tasks.public.arguments import decode_arguments
from effx.tasks.public.signature import SignatureError, derive_signature
from effx.tasks.suite import SuiteError

# ---- solutions --------------------------------------------------------------------------------------

PY_TWO_SUM = """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""
PY_TWO_SUM_SLOW = """class Solution:
    def twoSum(self, nums, target):
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] + nums[j] == target:
                    return [i, j]
"""
CPP_TWO_SUM = """class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); ++i) {
            auto it = seen.find(target - nums[i]);
            if (it != seen.end()) return {it->second, i};
            seen[nums[i]] = i;
        }
        return {};
    }
};
"""
CPP_TWO_SUM_SLOW = """class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        for (int i = 0; i < (int)nums.size(); ++i)
            for (int j = i + 1; j < (int)nums.size(); ++j)
                if (nums[i] + nums[j] == target) return {i, j};
        return {};
    }
};
"""
# Exactly one pair sums to the target: every other value is a multiple of 4, the pair is 1 and 2 mod 4.
TWO_SUM_GENERATOR = """import random
def generate_test_case():
    n = random.randint(2, 60)
    nums = [4 * random.randint(-1000, 1000) for _ in range(n)]
    i, j = random.sample(range(n), 2)
    nums[i] = 4 * random.randint(-1000, 1000) + 1
    nums[j] = 4 * random.randint(-1000, 1000) + 2
    return nums, nums[i] + nums[j]
"""
PY_REVERSE = """class Solution:
    def reverseList(self, head):
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev
"""
PY_REVERSE_WRONG = """class Solution:
    def reverseList(self, head):
        return head
"""
CPP_REVERSE = """class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        ListNode* prev = nullptr;
        while (head) { ListNode* next = head->next; head->next = prev; prev = head; head = next; }
        return prev;
    }
};
"""
# Builds ListNode objects: the sandboxed generator turns them into LeetCode arrays.
REVERSE_GENERATOR = """import random
def generate_test_case():
    head = None
    for _ in range(random.randint(1, 30)):
        head = ListNode(random.randint(-100, 100), head)
    return head
"""
PY_DEPTH = """class Solution:
    def maxDepth(self, root):
        return 0 if root is None else 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
"""
CPP_DEPTH = """class Solution {
public:
    int maxDepth(TreeNode* root) {
        return root ? 1 + max(maxDepth(root->left), maxDepth(root->right)) : 0;
    }
};
"""
DEPTH_GENERATOR = """import random
def generate_test_case():
    n = random.randint(1, 40)
    return [random.randint(0, 9)] + [random.randint(0, 9) if random.random() < 0.7 else None for _ in range(n)]
"""

# ---- dataset rows -----------------------------------------------------------------------------------


def mercury_rows() -> list[dict]:
    """Runnable tasks (arrays, ListNode, TreeNode, an in-place method), a design problem, a bad row."""
    return [
        {"id": 1, "slug_name": "two-sum", "difficulty": "Easy", "pretty_content": ["Return the two indices."],
         "prompt": "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        ",
         "entry_point": "twoSum", "generator_code": TWO_SUM_GENERATOR,
         "solutions": [{"solution": PY_TWO_SUM, "runtime": "52ms"}, {"solution": PY_TWO_SUM_SLOW, "runtime": "3s"}],
         "test_cases": json.dumps([{"input": [[2, 7, 11, 15], 9], "expected": [0, 1]}])},
        {"id": 206, "slug_name": "reverse-linked-list", "difficulty": "Easy", "pretty_content": ["Reverse it."],
         "prompt": "class Solution:\n    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:\n",
         "entry_point": "reverseList", "generator_code": REVERSE_GENERATOR,
         "solutions": [{"solution": PY_REVERSE, "runtime": "30ms"}],
         "test_cases": json.dumps([{"input": [[1, 2, 3, 4, 5]], "expected": [5, 4, 3, 2, 1]}])},
        {"id": 104, "slug_name": "maximum-depth-of-binary-tree", "difficulty": "Easy", "pretty_content": ["Depth."],
         # The older prompt style: no hints, types in the docstring.
         "prompt": 'class Solution(object):\n    def maxDepth(self, root):\n        """\n'
                   '        :type root: Optional[TreeNode]\n        :rtype: int\n        """\n',
         "entry_point": "maxDepth", "generator_code": DEPTH_GENERATOR,
         "solutions": [{"solution": PY_DEPTH, "runtime": "40ms"}],
         "test_cases": json.dumps([{"input": [[3, 9, 20, None, None, 15, 7]], "expected": 3}])},
        {"id": 146, "slug_name": "lru-cache", "difficulty": "Medium", "pretty_content": ["Design it."],
         "prompt": "class LRUCache:\n\n    def __init__(self, capacity: int):\n        \n\n"
                   "    def get(self, key: int) -> int:\n        \n",
         "entry_point": "get", "solutions": [{"solution": "class LRUCache: pass", "runtime": "1ms"}],
         "test_cases": "[]"},
        {"id": 189, "slug_name": "rotate-array", "difficulty": "Medium", "pretty_content": ["Rotate in place."],
         "prompt": "class Solution:\n    def rotate(self, nums: List[int], k: int) -> None:\n        ",
         "entry_point": "rotate", "solutions": [{"solution": "class Solution: pass", "runtime": "1ms"}],
         "test_cases": "[]"},
        {"id": 9, "slug_name": "palindrome-number", "difficulty": "Easy", "pretty_content": ["Palindrome?"],
         "prompt": "class Solution:\n    def isPalindrome(self, x: int) -> bool:\n        ",
         "entry_point": "isPalindrome", "solutions": [{"solution": "class Solution: pass", "runtime": "1ms"}],
         "test_cases": json.dumps([{"input": [121, 7], "expected": True}])},
    ]


def venus_cpp_rows() -> list[dict]:
    """Raw per-language Venus rows (C++): keyed by question id and slug, solutions in rt_list/mm_list."""
    return [
        {"question_id": 1, "name": "two-sum", "rt_list": [{"code": CPP_TWO_SUM, "runtime": "4"}],
         "mm_list": [{"code": CPP_TWO_SUM_SLOW, "memory": "9"}, {"code": CPP_TWO_SUM, "memory": "10"}]},
        {"question_id": 206, "name": "reverse-linked-list", "rt_list": [{"code": CPP_REVERSE}], "mm_list": []},
        {"question_id": 104, "name": "maximum-depth-of-binary-tree", "rt_list": [{"code": CPP_DEPTH}],
         "mm_list": []},
    ]


VENUS_GENERATOR = """import random
class TestCaseGenerator:
    def generate(self):
        n = random.randint(2, 40)
        nums = [4 * random.randint(-500, 500) for _ in range(n)]
        i, j = random.sample(range(n), 2)
        nums[i] += 1
        nums[j] += 2
        return {"nums": nums, "target": nums[i] + nums[j]}
    def encode_input(self, obj):
        return str(obj)
"""


def venus_rows() -> list[dict]:
    """Processed Venus python3 rows: one runnable problem, a design problem, a row missing its prompt."""
    return [
        {"problem_id": 1, "title": "Two Sum", "question_content": "Return the indices.", "difficulty": "Easy",
         "tags": ["array"], "code_prompt": "class Solution:\n    def twoSum(self, nums: List[int], target: int) "
                                           "-> List[int]:\n        ",
         "test_case_generator": VENUS_GENERATOR, "test_case_evaluator": "def evaluate(a, b): return a == b",
         "test_case_runners": {"python3": "==Code Submission=="},
         "test_cases": json.dumps([{"input": "nums = [2,7,11,15], target = 9", "output": "[0, 1]"},
                                   {"input": "nums = [3,2,4], target = 6", "output": "[1, 2]"}]),
         "solutions": [{"code": PY_TWO_SUM, "passed": True, "time": 50.0, "memory": 17.0, "integral": 1.0},
                       {"code": PY_TWO_SUM_SLOW, "passed": True, "time": 900.0, "memory": 17.0, "integral": 9.0},
                       {"code": "class Solution: pass", "passed": False, "time": 0.0, "memory": 0.0,
                        "integral": 0.0}]},
        {"problem_id": 155, "title": "Min Stack", "question_content": "Design it.", "difficulty": "Medium",
         "tags": [], "code_prompt": "class MinStack:\n\n    def __init__(self):\n        \n\n"
                                    "    def push(self, val: int) -> None:\n        \n",
         "test_cases": "[]", "solutions": [{"code": "class MinStack: pass", "passed": True}]},
        {"problem_id": 7, "title": "Reverse Integer", "question_content": "No prompt.", "difficulty": "Medium",
         "test_cases": "[]", "solutions": []},
    ]


def effibenchx_rows() -> list[dict]:
    """A functional LeetCode problem (JSON-per-line inputs), a stdin/stdout problem, an undecodable one."""
    rng = random.Random(7)
    functional_tests = []
    for _ in range(6):
        nums = [4 * rng.randint(-900, 900) for _ in range(rng.randint(2, 50))]
        i, j = rng.sample(range(len(nums)), 2)
        nums[i] += 1
        nums[j] += 2
        functional_tests.append({"input": f"{json.dumps(nums)}\n{nums[i] + nums[j]}", "output": "ignored"})
    stdio_tests = []
    for _ in range(3):
        values = [rng.randint(-10**6, 10**6) for _ in range(rng.randint(1, 200))]
        stdio_tests.append({"input": f"{len(values)}\n{' '.join(map(str, values))}\n", "output": f"{sum(values)}\n"})
    prompt = "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        "
    cpp_sum = ("#include <cstdio>\nint main() { int n; long long s = 0, x; if (scanf(\"%d\", &n) != 1) return 1;\n"
               "  for (int i = 0; i < n; ++i) { scanf(\"%lld\", &x); s += x; } printf(\"%lld\\n\", s); }\n")
    return [
        {"id": "1", "title": "Two Sum", "title_slug": "two-sum", "description": "Indices.", "difficulty": "easy",
         "tags": ["array"], "source": "leetcode", "type": "functional", "time_limit_nanos": 2_000_000_000,
         "memory_limit_bytes": 256 * 1024 * 1024, "starter_code": json.dumps({"python3": prompt}),
         "solutions": json.dumps({"python3": PY_TWO_SUM, "cpp": CPP_TWO_SUM}),
         "generated_tests": json.dumps(functional_tests)},
        {"id": "abc001_a", "title": "Sum", "title_slug": "sum", "description": "Print the sum.", "difficulty": "easy",
         "tags": [], "source": "atcoder", "type": "io", "time_limit_nanos": 2_000_000_000,
         "memory_limit_bytes": 1024 * 1024 * 1024, "starter_code": "{}",
         "solutions": json.dumps({"python3": "import sys\nd = sys.stdin.read().split()\nprint(sum(map(int, d[1:])))\n",
                                  "cpp": cpp_sum}),
         "generated_tests": json.dumps(stdio_tests)},
        {"id": "2", "title": "Broken Inputs", "title_slug": "broken-inputs", "description": "", "difficulty": "hard",
         "tags": [], "source": "leetcode", "type": "functional", "time_limit_nanos": 1, "memory_limit_bytes": 1,
         "starter_code": json.dumps({"python3": prompt}), "solutions": json.dumps({"python3": PY_TWO_SUM}),
         "generated_tests": json.dumps([{"input": "<<not arguments>>", "output": ""}])},
    ]


def write_jsonl(path: Path, rows: list[dict], extra_lines: tuple[str, ...] = ()) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "".join(line + "\n" for line in extra_lines))
    return path


def sample(task_id: str, language: str, code: str, model: str = "m") -> str:
    return json.dumps({"task_id": task_id, "language": language, "model": model, "solution": code})


# ---- fixtures ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def private_cache(tmp_path_factory):
    """A private effx cache (launcher, compile cache, generated cases, expected outputs) for this module."""
    mp = pytest.MonkeyPatch()
    mp.setenv("EFFX_CACHE_DIR", str(tmp_path_factory.mktemp("effx-cache")))
    mp.setenv("EFFX_GENERATED_CASES", "8")
    mp.delenv("EFFX_VENUS_DIR", raising=False)
    yield
    mp.undo()


@pytest.fixture(scope="module")
def mercury_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("mercury")
    write_jsonl(folder / "mercury-eval.jsonl", mercury_rows(), extra_lines=("{this is not json",))
    write_jsonl(folder / "venus-cpp.jsonl", venus_cpp_rows())
    return folder


def invoke(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def run_results(runs: Path, run_id: str):
    return read_results(runs / run_id / "results.jsonl")


# ---- loading ----------------------------------------------------------------------------------------


def test_mercury_rows_that_cannot_be_carried_are_reported_by_row_and_field(mercury_dir):
    from effx.tasks.mercury_suite import load_mercury

    suite = load_mercury(data=mercury_dir, with_cases=False)
    assert sorted(suite.tasks) == ["maximum-depth-of-binary-tree", "reverse-linked-list", "rotate-array", "two-sum"]
    assert "design problem: class LRUCache" in suite.skipped["lru-cache"]
    assert suite.tasks["rotate-array"].signature.returns == "void"  # in place: carried, answer = the arguments
    assert suite.skipped["palindrome-number"].startswith("row 6: test_cases[0].input: expected a list of 1")
    assert suite.skipped["row 7"].startswith("not valid JSON")
    two_sum = suite.tasks["two-sum"]
    assert [(p.name, p.type) for p in two_sum.signature.params] == [("nums", "list[int]"), ("target", "int")]
    assert suite.tasks["reverse-linked-list"].signature.returns == "ListNode"
    assert suite.tasks["maximum-depth-of-binary-tree"].signature.params[0].type == "TreeNode"
    assert [r.name for r in two_sum.references_for("python")] == ["python_1", "python_2"]
    # Venus's C++ solutions joined by slug; the duplicate code in mm_list is kept once.
    assert [r.code for r in two_sum.references_for("cpp")] == [CPP_TWO_SUM, CPP_TWO_SUM_SLOW]


def test_parquet_and_jsonl_rows_load_into_the_same_tasks(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from effx.tasks.mercury_suite import load_mercury

    rows = mercury_rows()
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "mercury.parquet")
    (tmp_path / "other").mkdir()
    write_jsonl(tmp_path / "other" / "mercury.jsonl", rows)
    from_parquet = load_mercury(data=tmp_path / "mercury.parquet", with_cases=False)
    from_jsonl = load_mercury(data=tmp_path / "other" / "mercury.jsonl", with_cases=False)
    assert from_parquet.skipped == from_jsonl.skipped
    assert {k: t.model_dump() for k, t in from_parquet.tasks.items()} == \
           {k: t.model_dump() for k, t in from_jsonl.tasks.items()}


def test_generated_cases_come_from_the_sandbox_and_repeat_for_a_seed(mercury_dir):
    load_mercury = get_suite_loader("mercury")

    first = load_mercury(data=mercury_dir, seed=3, generated_cases=5)
    again = load_mercury(data=mercury_dir, seed=3, generated_cases=5)
    other = load_mercury(data=mercury_dir, seed=4, generated_cases=5)
    cases = [c.input for c in first.tasks["reverse-linked-list"].cases]
    assert len(cases) == 1 + 5
    # ListNode objects built by the generator arrive as arrays, one argument per case.
    assert all(len(args) == 1 and isinstance(args[0], list) and args[0] for args in cases)
    assert cases == [c.input for c in again.tasks["reverse-linked-list"].cases]
    assert cases != [c.input for c in other.tasks["reverse-linked-list"].cases]
    assert all(c.expected is None for c in first.tasks["two-sum"].cases[1:])


def test_a_loader_without_a_script_runner_refuses_to_run_generators(mercury_dir):
    from effx.tasks.mercury_suite import load_mercury

    with pytest.raises(SuiteError, match="load it through effx.get_suite_loader"):
        load_mercury(data=mercury_dir, seed=3, generated_cases=5)


def test_a_failing_generator_is_reported_and_the_task_keeps_its_listed_cases(tmp_path):
    load_mercury = get_suite_loader("mercury")

    rows = mercury_rows()[:1]
    rows[0]["generator_code"] = "def generate_test_case():\n    raise RuntimeError('no cases today')\n"
    suite = load_mercury(data=write_jsonl(tmp_path / "mercury.jsonl", rows), generated_cases=3)
    assert len(suite.tasks["two-sum"].cases) == 1
    assert "RuntimeError: no cases today" in suite.skipped["two-sum: generator"]


def test_without_data_the_error_says_where_to_get_each_dataset(tmp_path, monkeypatch):
    monkeypatch.setenv("EFFX_CACHE_DIR", str(tmp_path / "empty-cache"))
    for suite, repo in (("mercury", "Elfsong/Mercury"), ("venus", "Elfsong/Venus"),
                        ("effibench-x", "EffiBench/effibench-x")):
        result = CliRunner().invoke(app, ["run", "--suite", suite, "--runs-dir", str(tmp_path / "runs")])
        assert result.exit_code == 2
        assert repo in result.output and f"effx run --suite {suite} --data" in result.output
        assert "load_dataset" in result.output
    assert not (tmp_path / "runs").exists()


def test_a_folder_with_two_candidate_dataset_files_is_refused_by_name(tmp_path):
    from effx.tasks.mercury_suite import load_mercury

    write_jsonl(tmp_path / "mercury-a.jsonl", mercury_rows())
    write_jsonl(tmp_path / "mercury-b.jsonl", mercury_rows())
    with pytest.raises(SuiteError, match="mercury-a.jsonl, mercury-b.jsonl"):
        load_mercury(data=tmp_path, with_cases=False)


@pytest.mark.parametrize(("prompt", "expected"), [
    ("class Solution:\n    def f(self, grid: List[List[str]], k: int) -> float:\n",
     "(grid: list[list[str]], k: int) -> float"),
    ("class Solution:\n    def f(self, a: list[bool]) -> 'TreeNode':\n        pass\n", "(a: list[bool]) -> TreeNode"),
    ('class Solution(object):\n    def f(self, s):\n        """\n        :type s: str\n        :rtype: List[int]\n'
     '        """\n', "(s: str) -> list[int]"),
])
def test_signatures_are_derived_from_python_type_hints_or_docstrings(prompt, expected):
    sig = derive_signature(prompt)
    assert f"({', '.join(f'{p.name}: {p.type}' for p in sig.params)}) -> {sig.returns}" == expected


@pytest.mark.parametrize(("prompt", "reason"), [
    ("class Solution:\n    def f(self, d: Dict[str, int]) -> int:\n", "Dict[str, int]"),
    ("class Solution:\n    def f(self, x: Optional[int]) -> int:\n", "Optional[int]"),
    ("class Solution:\n    def f(self, x: int) -> int:\n        pass\n    def g(self) -> int:\n", "2 public methods"),
    ("class Solution:\n    def f(self, x) -> int:\n", "parameter `x` has neither"),
])
def test_signatures_that_cannot_be_carried_say_why(prompt, reason):
    with pytest.raises(SignatureError, match=reason.replace("[", r"\[").replace("]", r"\]")):
        derive_signature(prompt)


def test_textual_inputs_decode_into_positional_arguments():
    names = ["nums", "target"]
    assert decode_arguments("nums = [2,7,11,15], target = 9", names) == [[2, 7, 11, 15], 9]
    assert decode_arguments('[1, 2]\n3', names) == [[1, 2], 3]
    assert decode_arguments('{"target": 3, "nums": [1]}', names) == [[1], 3]
    assert decode_arguments('s = "a, b = c"', ["s"]) == ["a, b = c"]
    assert decode_arguments("root = [1,null,2]", ["root"]) == [[1, None, 2]]
    with pytest.raises(ValueError, match="cannot read 2 arguments"):
        decode_arguments("[1, 2, 3]", names)


# ---- end to end -------------------------------------------------------------------------------------


def _summary(results, language: str):
    (only,) = [s for s in summarize(results) if s.model == "m" and s.language == language]
    return only


def test_mercury_runs_in_python_with_reference_beyond_scores(mercury_dir, tmp_path):
    samples = tmp_path / "samples.jsonl"
    samples.write_text("\n".join([sample("two-sum", "python", PY_TWO_SUM),
                                  sample("reverse-linked-list", "python", PY_REVERSE_WRONG),
                                  sample("maximum-depth-of-binary-tree", "python", PY_DEPTH)]) + "\n")
    invoke("run", "--lang", "python", "--suite", "mercury", "--data", str(mercury_dir / "mercury-eval.jsonl"),
           "--samples", str(samples), "--repeat", "1", "--runs-dir", str(tmp_path / "runs"), "--run-id", "py")
    results = run_results(tmp_path / "runs", "py")
    refs = [r for r in results if r.kind == "reference"]
    assert len(refs) == 4 and all(r.status == Status.ok for r in refs), [r.message for r in refs]
    verdicts = {r.task_id: r.status for r in results if r.kind == "candidate"}
    assert verdicts == {"two-sum": Status.ok, "reverse-linked-list": Status.wrong_answer,
                        "maximum-depth-of-binary-tree": Status.ok}
    summary = _summary(results, "python")
    assert summary.pass_at_1 == pytest.approx(2 / 3)
    assert summary.n_reference_tasks == 3 and summary.beyond_at_1 is not None
    assert 0.0 <= summary.beyond_at_1 <= 2 / 3


def test_mercury_runs_in_cpp_with_references_from_venus_files(mercury_dir, tmp_path):
    samples = tmp_path / "samples.jsonl"
    samples.write_text("\n".join([sample("two-sum", "cpp", CPP_TWO_SUM_SLOW),
                                  sample("reverse-linked-list", "cpp", CPP_REVERSE)]) + "\n")
    invoke("run", "--lang", "cpp", "--suite", "mercury", "--data", str(mercury_dir), "--samples", str(samples),
           "--repeat", "1", "--runs-dir", str(tmp_path / "runs"), "--run-id", "cpp")
    results = run_results(tmp_path / "runs", "cpp")
    refs = [r for r in results if r.kind == "reference"]
    assert {r.language for r in refs} == {"cpp"}
    # Only the tasks with samples run, each with its Venus C++ references.
    assert {r.task_id for r in refs} == {"two-sum", "reverse-linked-list"}
    assert len(refs) >= 3 and all(r.status == Status.ok for r in refs), [r.message for r in refs]
    assert all(r.status == Status.ok for r in results if r.kind == "candidate")
    summary = _summary(results, "cpp")
    assert summary.pass_at_1 == 1.0 and summary.n_reference_tasks == 2 and summary.beyond_at_1 is not None


def test_venus_rows_run_with_decoded_and_generated_cases(tmp_path):
    data = write_jsonl(tmp_path / "venus.jsonl", venus_rows())
    suite = get_suite_loader("venus")(data=data, generated_cases=4)
    assert list(suite.tasks) == ["two-sum"]
    assert [c.input for c in suite.tasks["two-sum"].cases[:2]] == [[[2, 7, 11, 15], 9], [[3, 2, 4], 6]]
    assert len(suite.tasks["two-sum"].cases) == 2 + 4
    assert len(suite.tasks["two-sum"].references) == 2  # the solution Venus marked failing is left out
    assert "design problem: class MinStack" in suite.skipped["min-stack"]
    assert suite.skipped["reverse-integer"] == "row 3: code_prompt: Field required"
    samples = tmp_path / "samples.jsonl"
    samples.write_text(sample("two-sum", "python", PY_TWO_SUM) + "\n")
    invoke("run", "--lang", "python", "--suite", "venus", "--data", str(data), "--samples", str(samples),
           "--repeat", "1", "--runs-dir", str(tmp_path / "runs"), "--run-id", "venus")
    results = run_results(tmp_path / "runs", "venus")
    assert all(r.status == Status.ok for r in results), [r.message for r in results]
    summary = _summary(results, "python")
    assert summary.pass_at_1 == 1.0 and summary.beyond_at_1 is not None


def test_effibenchx_functional_and_stdio_problems_run_in_python_and_cpp(tmp_path):
    rows = effibenchx_rows()
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq

        data = tmp_path / "effibench-x.parquet"
        pq.write_table(pa.Table.from_pylist(rows), data)
    except ImportError:
        data = write_jsonl(tmp_path / "effibench-x.jsonl", rows)
    from effx.tasks.effibenchx_suite import load_effibenchx

    suite = load_effibenchx(data=data)
    assert sorted(suite.tasks) == ["atcoder_abc001_a_sum", "leetcode_1_two-sum"]
    assert suite.tasks["atcoder_abc001_a_sum"].mode == "stdio"
    assert suite.tasks["leetcode_1_two-sum"].signature.name == "twoSum"
    assert "generated_tests[0].input" in suite.skipped["leetcode_2_broken-inputs"]
    samples = tmp_path / "samples.jsonl"
    samples.write_text("\n".join([
        sample("leetcode_1_two-sum", "python", PY_TWO_SUM_SLOW), sample("leetcode_1_two-sum", "cpp", CPP_TWO_SUM),
        sample("atcoder_abc001_a_sum", "python", "print(sum(int(x) for x in open(0).read().split()[1:]))"),
        sample("atcoder_abc001_a_sum", "cpp", "#include <iostream>\nint main() { int n; long long s = 0, x;\n"
               "  std::cin >> n; while (n--) { std::cin >> x; s += x; } std::cout << s << 1 << '\\n'; }\n"),
    ]) + "\n")
    invoke("run", "--lang", "python", "--lang", "cpp", "--suite", "effibench-x", "--data", str(data),
           "--samples", str(samples), "--repeat", "1", "--runs-dir", str(tmp_path / "runs"), "--run-id", "x")
    results = run_results(tmp_path / "runs", "x")
    refs = [r for r in results if r.kind == "reference"]
    assert len(refs) == 4 and all(r.status == Status.ok for r in refs), [r.message for r in refs]
    verdicts = {(r.task_id, r.language): r.status for r in results if r.kind == "candidate"}
    assert verdicts == {("leetcode_1_two-sum", "python"): Status.ok, ("leetcode_1_two-sum", "cpp"): Status.ok,
                        ("atcoder_abc001_a_sum", "python"): Status.ok,
                        ("atcoder_abc001_a_sum", "cpp"): Status.wrong_answer}
    for language in ("python", "cpp"):
        summary = _summary(results, language)
        assert summary.pass_at_1 == (1.0 if language == "python" else 0.5)
        assert summary.beyond_at_1 is not None and summary.efficiency_ratio is not None
