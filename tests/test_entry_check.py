"""The entry-point check finds misnamed and wrong-arity entry points in every language, and nothing else."""

from __future__ import annotations

import logging
import time

import pytest

from effx.languages import entry_check
from effx.languages.entry_check import check_entry_point, find_definitions
from effx.models import Param, Signature, Task, TestCase

TWO_SUM = Task(
    id="two_sum", title="Two Sum",
    signature=Signature(name="twoSum", params=[Param(name="nums", type="list[int]"),
                                               Param(name="target", type="int")], returns="list[int]"),
    cases=[TestCase(input=[[2, 7, 11, 15], 9], expected=[0, 1]), TestCase(input=[[3, 3], 6], expected=[0, 1])],
)

# language -> (a solution the driver can call, a misnamed one, one with a parameter missing)
SNIPPETS: dict[str, tuple[str, str, str]] = {
    "python": (
        "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        return []\n",
        "class Solution:\n    def two_sums(self, nums, target):\n        return []\n",
        "class Solution:\n    def twoSum(self, nums):\n        return []\n",
    ),
    "cpp": (
        "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) { return {}; }\n};\n",
        "class Solution {\npublic:\n    vector<int> twoSums(vector<int>& nums, int target) { return {}; }\n};\n",
        "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums) { return {}; }\n};\n",
    ),
    "c": (
        "int* twoSum(int* nums, int numsSize, int target, int* returnSize) { *returnSize = 0; return 0; }\n",
        "int* two_sum(int* nums, int numsSize, int target, int* returnSize) { return 0; }\n",
        "int* twoSum(int* nums, int numsSize, int target) { return 0; }\n",
    ),
    "java": (
        "class Solution {\n    public int[] twoSum(int[] nums, int target) { return new int[0]; }\n}\n",
        "class Solution {\n    public int[] twoSums(int[] nums, int target) { return new int[0]; }\n}\n",
        "class Solution {\n    public int[] twoSum(int[] nums, int target, int k) { return new int[0]; }\n}\n",
    ),
    "javascript": (
        "var twoSum = function(nums, target) {\n    return [];\n};\n",
        "function twoSums(nums, target) { return []; }\n",
        "const twoSum = (nums) => [];\n",
    ),
    "go": (
        "func twoSum(nums []int, target int) []int {\n\treturn nil\n}\n",
        "func TwoSum(nums []int, target int) []int {\n\treturn nil\n}\n",
        "func twoSum(nums []int) []int {\n\treturn nil\n}\n",
    ),
    "rust": (
        "impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> { vec![] }\n}\n",
        "impl Solution {\n    pub fn twoSum(nums: Vec<i32>, target: i32) -> Vec<i32> { vec![] }\n}\n",
        "impl Solution {\n    pub fn two_sum(&self, nums: Vec<i32>, target: i32) -> Vec<i32> { vec![] }\n}\n",
    ),
    "ruby": (
        "def two_sum(nums, target)\n  []\nend\n",
        "def two_sums(nums, target)\n  []\nend\n",
        "def two_sum(nums)\n  []\nend\n",
    ),
}


@pytest.mark.parametrize("language", sorted(SNIPPETS))
def test_a_callable_entry_point_passes(language):
    good, _, _ = SNIPPETS[language]
    assert check_entry_point(TWO_SUM, good, language) is None


@pytest.mark.parametrize("language", sorted(SNIPPETS))
def test_a_misnamed_entry_point_is_reported_with_what_was_found(language):
    _, misnamed, _ = SNIPPETS[language]
    message = check_entry_point(TWO_SUM, misnamed, language)
    assert message is not None
    assert message.startswith("no ") and f"found in the {language} solution (found: " in message
    found = find_definitions(misnamed, language)
    assert found is not None and found[0][0].name in message


@pytest.mark.parametrize("language", sorted(SNIPPETS))
def test_a_wrong_parameter_count_is_reported(language):
    _, _, short = SNIPPETS[language]
    message = check_entry_point(TWO_SUM, short, language)
    assert message is not None and "wrong number of parameters" in message


def test_the_cpp_message_names_the_expected_and_the_found_signature():
    _, misnamed, _ = SNIPPETS["cpp"]
    assert check_entry_point(TWO_SUM, misnamed, "cpp") == (
        "no method twoSum(nums, target) found in the cpp solution (found: twoSums(nums, target))")


def test_python_accepts_a_top_level_function_and_ignores_self_only_in_methods():
    assert check_entry_point(TWO_SUM, "def twoSum(nums, target):\n    return []\n", "python") is None
    top_level_with_self = "def twoSum(self, nums, target):\n    return []\n"
    assert "wrong number" in (check_entry_point(TWO_SUM, top_level_with_self, "python") or "")
    static = "class Solution:\n    @staticmethod\n    def twoSum(nums, target):\n        return []\n"
    assert check_entry_point(TWO_SUM, static, "python") is None


def test_python_defaults_and_star_args_widen_the_accepted_arity():
    defaults = "class Solution:\n    def twoSum(self, nums, target, memo=None):\n        return []\n"
    star = "class Solution:\n    def twoSum(self, *args):\n        return []\n"
    keyword_only = "class Solution:\n    def twoSum(self, nums, *, target):\n        return []\n"
    assert check_entry_point(TWO_SUM, defaults, "python") is None
    assert check_entry_point(TWO_SUM, star, "python") is None
    assert check_entry_point(TWO_SUM, keyword_only, "python") is not None


def test_python_methods_of_other_classes_do_not_count():
    code = "class Helper:\n    def twoSum(self, nums, target):\n        return []\n"
    message = check_entry_point(TWO_SUM, code, "python")
    assert message is not None and "found: none" in message


def test_cpp_accepts_free_functions_out_of_class_definitions_and_default_arguments():
    free = "vector<int> twoSum(vector<int>& nums, int target) { return {}; }\n"
    out_of_class = ("class Solution { public: vector<int> twoSum(vector<int>&, int); };\n"
                    "vector<int> Solution::twoSum(vector<int>& nums, int target) { return {}; }\n")
    default = "struct Solution { vector<int> twoSum(vector<int>& nums, int target, int k = 2) { return {}; } };\n"
    for code in (free, out_of_class, default):
        assert check_entry_point(TWO_SUM, code, "cpp") is None, code


def test_cpp_methods_of_another_class_do_not_count():
    code = "class Helper { public: vector<int> twoSum(vector<int>& nums, int target) { return {}; } };\n"
    assert check_entry_point(TWO_SUM, code, "cpp") is not None


def test_c_arity_follows_the_c_plugin_convention_for_grids_and_list_returns():
    from effx.languages.c.plugin import c_param, c_return

    grid = Task(id="g", title="g", signature=Signature(
        name="transpose", params=[Param(name="matrix", type="list[list[int]]")], returns="list[list[int]]"))
    call_args = len(c_param(0, "list[list[int]]").args.split(",")) + c_return("list[list[int]]").extra_args.count(",")
    good = ("int** transpose(int** matrix, int matrixSize, int* matrixColSize, int* returnSize, "
            "int** returnColumnSizes) { return 0; }\n")
    assert call_args == 5
    assert check_entry_point(grid, good, "c") is None
    message = check_entry_point(grid, "int** transpose(int** matrix, int matrixSize) { return 0; }\n", "c")
    assert message is not None
    assert "transpose(matrix, matrixSize, matrixColSize, returnSize, returnColumnSizes)" in message


def test_c_void_parameter_list_means_no_parameters():
    nullary = Task(id="n", title="n", signature=Signature(name="answer", params=[], returns="int"))
    assert check_entry_point(nullary, "int answer(void) { return 42; }\n", "c") is None
    assert check_entry_point(nullary, "int answer(int x) { return x; }\n", "c") is not None


def test_javascript_accepts_every_function_form_the_driver_calls():
    forms = [
        "function twoSum(nums, target) { return []; }\n",
        "let twoSum = function (nums, target) { return []; };\n",
        "const twoSum = (nums, target) => [];\n",
        "class Solution {\n  twoSum(nums, target) { return []; }\n}\n",
        "var twoSum = (nums, target = 0) => [];\n",
    ]
    for code in forms:
        assert check_entry_point(TWO_SUM, code, "javascript") is None, code


def test_go_counts_grouped_parameter_names():
    assert check_entry_point(TWO_SUM, "func twoSum(nums []int, target int) []int { return nil }\n", "go") is None
    grouped = Task(id="p", title="p", signature=Signature(
        name="add", params=[Param(name="a", type="int"), Param(name="b", type="int")], returns="int"))
    assert check_entry_point(grouped, "func add(a, b int) int { return a + b }\n", "go") is None
    assert check_entry_point(grouped, "func add(a int) int { return a }\n", "go") is not None


def test_rust_wants_the_snake_case_name_inside_impl_solution():
    free = "pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> { vec![] }\n"
    message = check_entry_point(TWO_SUM, free, "rust")
    assert message is not None and "no method two_sum(nums, target)" in message


def test_ruby_accepts_the_original_name_and_methods_of_class_solution():
    assert check_entry_point(TWO_SUM, "def twoSum(nums, target)\n  []\nend\n", "ruby") is None
    in_class = "class Solution\n  def two_sum(nums, target)\n    []\n  end\nend\n"
    assert check_entry_point(TWO_SUM, in_class, "ruby") is None
    message = check_entry_point(TWO_SUM, "def solve(nums, target)\nend\n", "ruby")
    assert message is not None and "two_sum(nums, target) (or twoSum)" in message


def test_stdio_tasks_unknown_languages_and_unparseable_code_are_not_judged():
    stdio = Task(id="s", title="s", mode="stdio")
    assert check_entry_point(stdio, "print(1)\n", "python") is None
    assert check_entry_point(TWO_SUM, "anything", "cobol") is None
    broken = "class Solution {\npublic:\n    vector<int> twoSums(vector<int>& nums, int target) { return {; }\n"
    assert check_entry_point(TWO_SUM, broken, "cpp") is None


def test_an_unloadable_grammar_switches_the_check_off_and_is_logged_once(monkeypatch, caplog):
    import tree_sitter_language_pack

    def refuse(name):
        raise LookupError(f"no grammar {name}")

    entry_check._parser.cache_clear()
    monkeypatch.setattr(tree_sitter_language_pack, "get_parser", refuse)
    try:
        with caplog.at_level(logging.WARNING, logger="effx.languages.entry_check"):
            for _ in range(3):
                assert check_entry_point(TWO_SUM, SNIPPETS["go"][1], "go") is None
        assert sum("entry-point check disabled for go" in r.message for r in caplog.records) == 1
    finally:
        entry_check._parser.cache_clear()


def test_the_core_suite_references_all_pass_the_check():
    from effx.tasks.core import load_core

    suite = load_core(with_cases=False)
    flagged = [(t.id, r.language, r.name, check_entry_point(t, r.code, r.language))
               for t in suite.tasks.values() for r in t.references]
    assert [f for f in flagged if f[3]] == []
    assert len(flagged) > 10


def test_parsing_is_fast_enough_to_run_before_every_compile():
    good = SNIPPETS["cpp"][0] * 20
    check_entry_point(TWO_SUM, good, "cpp")  # grammar loaded once
    start = time.perf_counter()
    for _ in range(100):
        check_entry_point(TWO_SUM, good, "cpp")
    assert time.perf_counter() - start < 5.0  # ~0.5 ms each when measured; a 100x margin for a busy machine


def test_a_misnamed_cpp_method_is_an_invalid_solution_in_measure_task(sandbox):
    from effx.measure.protocol import Job, measure_task
    from effx.models import Status

    [result] = measure_task(TWO_SUM, [Job("two_sum", "cpp", SNIPPETS["cpp"][1], "m", 0)], sandbox, repeat=1)
    assert result.status == Status.invalid_solution
    assert result.message == ("no method twoSum(nums, target) found in the cpp solution "
                              "(found: twoSums(nums, target))")
