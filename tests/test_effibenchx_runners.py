"""EffiBench-X functional rows run as EffiBench-X runs them: the row's own runners and evaluator.

A row of our own in the published shape whose `generated_tests` are in the runners' plain text
(`2 7 11 15\\n9`): in the six runner languages the solution is spliced into the runner and its printed
answer judged by the row's `evaluator` in the sandbox; Rust and C, which have no runner, go through
effx's drivers on the decoded inputs. Runners live in `fixtures/effibenchx_runners/`; the solutions are
the core suite's two_sum references.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from effx.measure.expected import ensure_expected
from effx.measure.protocol import Job, measure_task
from effx.models import Status, Task
from effx.tasks.core import ROOT as CORE
from effx.tasks.effibenchx_suite import load_effibenchx
from effx.tasks.public.arguments import decode_runner_text

RUNNERS = Path(__file__).parent / "fixtures" / "effibenchx_runners"
RUNNER_FILES = {"python3": "runner.py", "cpp": "runner.cpp", "java": "runner.java", "javascript": "runner.js",
                "golang": "runner.go", "ruby": "runner.rb"}
SOLUTIONS = {language: (CORE / "two_sum" / "references" / language / f"hashmap.{ext}").read_text()
             for language, ext in [("python", "py"), ("cpp", "cpp"), ("java", "java"), ("javascript", "js"),
                                   ("go", "go"), ("ruby", "rb"), ("rust", "rs"), ("c", "c")]}
RUNNER_LANGUAGES = ["python", "cpp", "java", "javascript", "go", "ruby"]
EVALUATOR = ("import json\n\ndef evaluate(output, expected):\n"
             "    return sorted(json.loads(output)) == sorted(json.loads(expected))\n")
TESTS = [("2 7 11 15\n9", "[0, 1]"), ("3 2 4\n6", "[1, 2]"), ("1 5 9 14\n23", "[2, 3]"), ("-3 4 3 90\n0", "[0, 2]")]
PY_REVERSED = SOLUTIONS["python"].replace("return [i, j]", "return [j, i]")
assert PY_REVERSED != SOLUTIONS["python"]
PY_WRONG = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 0]\n"


def row(problem_id: int, runners: dict[str, str] | None = None, evaluator: str = EVALUATOR) -> dict:
    return {"id": problem_id, "title": "Two Sum", "title_slug": f"two-sum-{problem_id}", "source": "leetcode",
            "type": "functional", "difficulty": "easy", "description": "Find the pair.",
            "starter_code": {"python3": "class Solution:\n    def twoSum(self, nums: List[int], target: int) "
                                        "-> List[int]:\n        "},
            "solutions": {"python3": SOLUTIONS["python"], "cpp": SOLUTIONS["cpp"]},
            "generated_tests": [{"input": stdin, "output": stdout} for stdin, stdout in TESTS],
            "test_runners": runners if runners is not None else
            {key: (RUNNERS / name).read_text() for key, name in RUNNER_FILES.items()},
            "evaluator": evaluator}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("effibench-x")
    rows = [row(1), row(2, runners={"python3": "print('no marker')\n"}), row(3, evaluator="def evaluate(a, b)\n"),
            row(4, evaluator="def judge(a, b):\n    return True\n")]
    (folder / "effibench-x.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return load_effibenchx(data=folder / "effibench-x.jsonl")


def test_runner_text_inputs_decode_for_effx_drivers():
    assert decode_runner_text("2 7 11 15\n9", ["list[int]", "int"]) == [[2, 7, 11, 15], 9]
    assert decode_runner_text("\n5\n", ["list[int]", "int"]) == [[], 5]
    with pytest.raises(ValueError, match="expected 2 lines"):
        decode_runner_text("1 2\n3\n4", ["list[int]", "int"])


def test_rows_whose_runner_or_evaluator_is_unusable_are_skipped_with_the_reason(loaded):
    skipped = loaded.skipped
    assert "no ==Code Submission== marker" in skipped["leetcode_2_two-sum-2"]
    assert "evaluator: does not compile" in skipped["leetcode_3_two-sum-3"]
    assert "evaluator: defines no function evaluate" in skipped["leetcode_4_two-sum-4"]


def test_the_functional_row_runs_through_its_runners_and_through_effx_drivers_elsewhere(sandbox, loaded, tmp_path):
    task: Task = loaded.tasks["leetcode_1_two-sum-1"]
    assert task.runner is not None and set(task.runner.sources) == set(RUNNER_LANGUAGES)
    assert [case.input for case in task.cases] == [decode_runner_text(stdin, ["list[int]", "int"])
                                                  for stdin, _ in TESTS]
    ensure_expected(task, sandbox, cache=tmp_path)
    languages = [*RUNNER_LANGUAGES, "rust", "c"]
    jobs = [Job(task.id, language, SOLUTIONS[language], "m", 0) for language in languages]
    jobs += [Job(task.id, "python", PY_REVERSED, "m", 1), Job(task.id, "python", PY_WRONG, "m", 2)]
    results = measure_task(task, jobs, sandbox, repeat=1)
    by_language = dict(zip(languages, results, strict=False))
    for language in RUNNER_LANGUAGES:
        result = by_language[language]
        assert result.status == Status.ok, (language, result.message)
        assert result.judge == f"{language} runner, effibench-x evaluator"
        assert result.runtime_ms and result.runtime_ms > 0
    for language in ("rust", "c"):
        result = by_language[language]
        assert result.status == Status.ok, (language, result.message)
        assert result.judge == "driver, exact"
    reversed_pair, wrong = results[-2:]
    assert reversed_pair.status == Status.ok  # the evaluator accepts the pair in either order
    assert wrong.status == Status.wrong_answer and wrong.judge == "python runner, effibench-x evaluator"
    assert "expected [0, 1]" in wrong.message and "got      [0, 0]" in wrong.message
