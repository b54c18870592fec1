"""Mercury rows judged by their own `evaluate_offline`, in the sandbox, in Python and in C++.

Rows of our own in Mercury's published shape: an any-order answer, a linked list and a tree, each with the
row's `convert_offline` / `evaluate_offline` calling the `lctk` helpers, and a row whose judge does not
compile. Solutions run through effx's drivers; the row's functions decide.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from effx.measure.expected import ensure_expected
from effx.measure.protocol import Job, measure_task
from effx.models import Status, Task
from effx.tasks.mercury_suite import load_mercury

ANY_ORDER = "def evaluate_offline(inputs, outputs, expected):\n    return sorted(outputs) == sorted(expected)\n"
LIST_CONVERT = ("def convert_offline(case):\n    inputs, expected = case\n"
                "    return [lctk.linkedList(inputs[0])], expected\n")
LIST_EVALUATE = ("def evaluate_offline(inputs, outputs, expected):\n"
                 "    return lctk.linkedList2Arr(outputs) == expected\n")
TREE_CONVERT = ("def convert_offline(case):\n    inputs, expected = case\n"
                "    return [lctk.binaryTree(inputs[0])], expected\n")
TREE_EVALUATE = ("def evaluate_offline(inputs, outputs, expected):\n"
                 "    return binaryTree2Arr(outputs) == expected\n")

PY_PAIR = ("class Solution:\n    def pairSum(self, nums: List[int], target: int) -> List[int]:\n"
           "        seen = {}\n        for i, x in enumerate(nums):\n"
           "            if target - x in seen:\n                return [seen[target - x], i]\n"
           "            seen[x] = i\n")
PY_PAIR_REVERSED = PY_PAIR.replace("return [seen[target - x], i]", "return [i, seen[target - x]]")
PY_PAIR_WRONG = PY_PAIR.replace("return [seen[target - x], i]", "return [i, i]")
CPP_PAIR = """class Solution {
public:
    vector<int> pairSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); ++i) {
            auto it = seen.find(target - nums[i]);
            if (it != seen.end()) return {i, it->second};
            seen[nums[i]] = i;
        }
        return {};
    }
};
"""
CPP_PAIR_WRONG = CPP_PAIR.replace("return {i, it->second};", "return {i, i};")

PY_REVERSE = ("class Solution:\n    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:\n"
              "        prev = None\n        while head:\n            head.next, prev, head = prev, head, head.next\n"
              "        return prev\n")
PY_REVERSE_WRONG = "class Solution:\n    def reverseList(self, head):\n        return head\n"
CPP_REVERSE = """class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        ListNode* prev = nullptr;
        while (head) { ListNode* next = head->next; head->next = prev; prev = head; head = next; }
        return prev;
    }
};
"""
CPP_REVERSE_WRONG = "class Solution {\npublic:\n    ListNode* reverseList(ListNode* head) { return head; }\n};\n"

PY_INVERT = ("class Solution:\n    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:\n"
             "        if root:\n"
             "            root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)\n"
             "        return root\n")
PY_INVERT_WRONG = "class Solution:\n    def invertTree(self, root):\n        return root\n"
CPP_INVERT = """class Solution {
public:
    TreeNode* invertTree(TreeNode* root) {
        if (!root) return root;
        TreeNode* left = invertTree(root->left);
        root->left = invertTree(root->right);
        root->right = left;
        return root;
    }
};
"""
CPP_INVERT_WRONG = "class Solution {\npublic:\n    TreeNode* invertTree(TreeNode* root) { return root; }\n};\n"

IN_PLACE = "def evaluate_offline(inputs, outputs, expected):\n    return outputs is None and inputs[0] == expected\n"
PY_ROTATE = ("class Solution:\n    def rotate(self, nums: List[int], k: int) -> None:\n"
             "        k %= len(nums)\n        nums[:] = nums[-k:] + nums[:-k] if k else nums\n")
PY_ROTATE_WRONG = ("class Solution:\n    def rotate(self, nums, k):\n"
                   "        nums = nums[-k:] + nums[:-k]  # rebinds the name: the caller's list is unchanged\n")
CPP_ROTATE = """class Solution {
public:
    void rotate(vector<int>& nums, int k) {
        k %= nums.size();
        std::rotate(nums.begin(), nums.end() - k, nums.end());
    }
};
"""
CPP_ROTATE_WRONG = ("class Solution {\npublic:\n"
                    "    void rotate(vector<int>& nums, int k) { reverse(nums.begin(), nums.end()); }\n};\n")
JAVA_ROTATE = "class Solution {\n    public void rotate(int[] nums, int k) {}\n}\n"

IDENTITY_PROMPT = "class Solution:\n    def f(self, x: int) -> int:\n"
IDENTITY = "class Solution:\n    def f(self, x):\n        return x\n"


def row(slug: str, prompt: str, entry: str, solution: str, inputs: list, evaluate: str, convert: str | None = None):
    fields = {"slug_name": slug, "difficulty": "Easy", "pretty_content": [slug], "prompt": prompt,
              "entry_point": entry, "solutions": [{"solution": solution}], "evaluate_offline": evaluate,
              "test_cases": json.dumps([{"input": args, "expected": None} for args in inputs])}
    if convert:
        fields["convert_offline"] = convert
    return fields


ROWS = [
    row("pair-sum", "class Solution:\n    def pairSum(self, nums: List[int], target: int) -> List[int]:\n",
        "pairSum", PY_PAIR, [[[2, 7, 11, 15], 9], [[3, 2, 4], 6], [[1, 5, 9, 14], 23]], ANY_ORDER),
    row("reverse-linked-list", "class Solution:\n    def reverseList(self, head: Optional[ListNode]) -> "
        "Optional[ListNode]:\n", "reverseList", PY_REVERSE, [[[1, 2, 3, 4, 5]], [[7, 8]], [[]]],
        LIST_EVALUATE, LIST_CONVERT),
    row("invert-binary-tree", "class Solution:\n    def invertTree(self, root: Optional[TreeNode]) -> "
        "Optional[TreeNode]:\n", "invertTree", PY_INVERT, [[[4, 2, 7, 1, 3, 6, 9]], [[2, 1, 3]], [[1, None, 2]]],
        TREE_EVALUATE, TREE_CONVERT),
    row("rotate-array", "class Solution:\n    def rotate(self, nums: List[int], k: int) -> None:\n", "rotate",
        PY_ROTATE, [[[1, 2, 3, 4, 5, 6, 7], 3], [[-1, -100, 3, 99], 2], [[1, 2], 3]], IN_PLACE),
    row("broken-judge", IDENTITY_PROMPT, "f", IDENTITY, [[1]], "def evaluate_offline(inputs, outputs, expected)\n"),
    row("judge-without-function", IDENTITY_PROMPT, "f", IDENTITY, [[1]], "def judge(a, b, c):\n    return True\n"),
]


VENUS_CPP = [{"question_id": qid, "name": slug, "rt_list": [{"code": code}], "mm_list": []}
             for qid, slug, code in [(1, "pair-sum", CPP_PAIR), (206, "reverse-linked-list", CPP_REVERSE),
                                     (226, "invert-binary-tree", CPP_INVERT), (189, "rotate-array", CPP_ROTATE)]]
"""Venus's C++ solutions for the rows, joined by slug: the C++ references each row's judge must accept."""


@pytest.fixture(scope="module")
def tasks(tmp_path_factory) -> tuple[dict[str, Task], dict[str, str], Path]:
    folder = tmp_path_factory.mktemp("mercury-judge")
    (folder / "mercury.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    (folder / "venus-cpp.jsonl").write_text("".join(json.dumps(r) + "\n" for r in VENUS_CPP))
    suite = load_mercury(data=folder, with_cases=False)
    return dict(suite.tasks), suite.skipped, folder


def judged(sandbox, tasks, cache: Path, task_id: str, *solutions: tuple[str, str]):
    task = tasks[0][task_id]
    ensure_expected(task, sandbox, cache=cache)
    jobs = [Job(task.id, language, code, "m", i) for i, (language, code) in enumerate(solutions)]
    return measure_task(task, jobs, sandbox, repeat=1)


@pytest.mark.parametrize(("task_id", "right", "wrong"), [
    ("pair-sum", [("python", PY_PAIR_REVERSED), ("cpp", CPP_PAIR)],
     [("python", PY_PAIR_WRONG), ("cpp", CPP_PAIR_WRONG)]),
    ("reverse-linked-list", [("python", PY_REVERSE), ("cpp", CPP_REVERSE)],
     [("python", PY_REVERSE_WRONG), ("cpp", CPP_REVERSE_WRONG)]),
    ("invert-binary-tree", [("python", PY_INVERT), ("cpp", CPP_INVERT)],
     [("python", PY_INVERT_WRONG), ("cpp", CPP_INVERT_WRONG)]),
    ("rotate-array", [("python", PY_ROTATE), ("cpp", CPP_ROTATE)],
     [("python", PY_ROTATE_WRONG), ("cpp", CPP_ROTATE_WRONG)]),
])
def test_the_rows_own_evaluate_offline_judges_python_and_cpp(sandbox, tasks, tmp_path, task_id, right, wrong):
    results = judged(sandbox, tasks, tmp_path, task_id, *right, *wrong)
    for result in results[:len(right)]:
        assert result.status == Status.ok, (result.language, result.message)
        assert result.judge == "mercury evaluate_offline"
    for result in results[len(right):]:
        assert result.status == Status.wrong_answer, (result.language, result.status, result.message)
        assert result.judge == "mercury evaluate_offline"
        assert "case 1 of 3" in result.message


def test_an_answer_in_another_order_fails_the_exact_comparison_the_row_replaces(tasks):
    task = tasks[0]["pair-sum"]
    assert task.checker.kind == "program" and "sorted(outputs) == sorted(expected)" in task.checker.source


def test_rows_whose_judge_does_not_compile_are_skipped_naming_the_field(tasks):
    loaded, skipped, _ = tasks
    assert "broken-judge" not in loaded and "judge-without-function" not in loaded
    assert "evaluate_offline: does not compile" in skipped["broken-judge"]
    assert "evaluate_offline: defines no function evaluate_offline" in skipped["judge-without-function"]


def test_an_in_place_problem_is_carried_and_a_language_without_in_place_driving_says_so(sandbox, tasks, tmp_path):
    task = tasks[0]["rotate-array"]
    assert task.signature.returns == "void"
    ensure_expected(task, sandbox, cache=tmp_path)
    assert task.cases[0].expected == [[5, 6, 7, 1, 2, 3, 4], 3]  # the oracle's arguments after the call
    (java,) = judged(sandbox, tasks, tmp_path, "rotate-array", ("java", JAVA_ROTATE))
    assert java.status == Status.sandbox_error and "does not run in-place signatures" in java.message


@pytest.mark.parametrize("task_id", ["pair-sum", "reverse-linked-list", "invert-binary-tree", "rotate-array"])
def test_venus_cpp_references_pass_the_rows_own_judge(sandbox, tasks, tmp_path, task_id):
    task = tasks[0][task_id]
    (reference,) = task.references_for("cpp")
    ensure_expected(task, sandbox, cache=tmp_path)
    (result,) = measure_task(task, [Job(task.id, "cpp", reference.code, "reference", 0, "reference", reference.name)],
                             sandbox, repeat=1)
    assert result.status == Status.ok, result.message
    assert result.judge == "mercury evaluate_offline"
