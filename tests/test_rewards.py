"""Afterburner rewards of real rollouts, measured with the real Python toolchain, and the RL adapters.

Runtime comparisons use the two_sum references, whose costs differ by more than 10x (hash map vs
nested scan), so orderings hold on a loaded machine.
"""

from __future__ import annotations

import json
import math

import pytest

from effx.models import RunResult, Status
from effx.rewards import (
    afterburner_cost,
    afterburner_reward,
    load_task,
    make_trl_reward_func,
    measure_completion,
    solution_text,
    trl_reward_func,
    verl_compute_score,
)

HASHMAP = ("class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n"
           "        for j, x in enumerate(nums):\n            if target - x in seen:\n"
           "                return [seen[target - x], j]\n            seen[x] = j\n")
QUADRATIC = ("class Solution:\n    def twoSum(self, nums, target):\n        for i in range(len(nums)):\n"
             "            if target - nums[i] in nums[i + 1:]:\n"
             "                return [i, nums.index(target - nums[i], i + 1)]\n")
WRONG = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"


def formatted(code: str) -> str:
    return f"<thinking>one pass with a dictionary</thinking>\n<solution>\n```python\n{code}```\n</solution>"


@pytest.fixture(scope="module")
def task():  # type: ignore[no-untyped-def]
    return load_task("core", "two_sum")


@pytest.fixture(scope="module")
def slow_baseline(task) -> RunResult:  # type: ignore[no-untyped-def]
    result, _ = measure_completion(task, QUADRATIC, language="python")
    assert result.passed, result.message
    return result


@pytest.fixture(scope="module")
def fast_baseline(task) -> RunResult:  # type: ignore[no-untyped-def]
    result, _ = measure_completion(task, HASHMAP, language="python")
    assert result.passed, result.message
    return result


def test_a_correct_first_attempt_earns_the_new_pass_reward_plus_format(task) -> None:  # type: ignore[no-untyped-def]
    result = afterburner_reward(task, None, formatted(HASHMAP), language="python")
    assert result.passed and result.format == 1.0
    # newly passing (+1) and far cheaper than the 90 s failing cost: delta = tanh(~1)
    expected = 0.5 * (1.0 + 0.5 * math.tanh((90 - result.candidate_cost) / 90)) + 0.2
    assert result.reward == pytest.approx(expected)
    assert result.candidate_cost == pytest.approx(result.runtime_ms / 1000)


def test_a_wrong_rollout_without_baseline_scores_kept_failing(task) -> None:  # type: ignore[no-untyped-def]
    result = afterburner_reward(task, None, WRONG, language="python")
    assert result.status == Status.wrong_answer and result.format == 0.0
    assert result.reward == pytest.approx(0.5 * -0.5)
    assert "expected" in result.result.message


def test_breaking_a_passing_baseline_is_a_regression(task, fast_baseline) -> None:  # type: ignore[no-untyped-def]
    result = afterburner_reward(task, fast_baseline, formatted(WRONG), language="python")
    assert result.reward == pytest.approx(0.5 * -1.0 + 0.2)


def test_a_faster_rewrite_earns_more_than_a_slower_one(task, slow_baseline, fast_baseline) -> None:  # type: ignore[no-untyped-def]
    assert slow_baseline.runtime_ms > 5 * fast_baseline.runtime_ms
    faster = afterburner_reward(task, slow_baseline, HASHMAP, language="python")
    slower = afterburner_reward(task, fast_baseline, QUADRATIC, language="python")
    assert faster.improvement > 0.5 + 0.5 * 0.5  # kept passing plus a large saving
    assert slower.improvement < 0.5  # kept passing, but the saving is negative
    assert faster.reward > slower.reward


def test_memory_and_integral_objectives_use_afterburner_units() -> None:
    result = RunResult(task_id="t", language="python", model="m", sample_id=0, status=Status.ok,
                       runtime_ms=250.0, peak_rss_kb=20480, mem_integral_mb_s=2.0)
    assert afterburner_cost(result, "time") == 0.25
    assert afterburner_cost(result, "memory") == 20480.0
    assert afterburner_cost(result, "integral") == 2048.0
    failed = result.model_copy(update={"status": Status.wrong_answer})
    assert afterburner_cost(failed, "time") is None


def test_the_code_is_taken_from_the_solution_block() -> None:
    assert solution_text("<thinking>x</thinking><solution>CODE</solution>") == "CODE"
    assert solution_text("just code") == "just code"
    assert solution_text("<solution>truncated answer") == "truncated answer"


def test_trl_reward_func_reads_dataset_columns_and_chat_completions() -> None:
    completions = [[{"role": "assistant", "content": formatted(HASHMAP)}], WRONG]
    rewards = trl_reward_func(prompts=["p", "p"], completions=completions, task_id=["two_sum", "two_sum"],
                              language=["python", "python"], trainer_state=object())
    assert len(rewards) == 2 and rewards[0] > 0.8 and rewards[1] == pytest.approx(-0.25)


def test_trl_reward_with_a_baseline_column_rewards_speedups(slow_baseline) -> None:  # type: ignore[no-untyped-def]
    reward = make_trl_reward_func(objective="time")
    rewards = reward(prompts=["p"], completions=[HASHMAP], task_id=["two_sum"], baseline_code=[QUADRATIC])
    assert 0.5 * (0.5 + 0.5 * 0.5) < rewards[0] < 0.5 * (0.5 + 0.5 * 0.77)


def test_trl_reward_func_names_the_missing_task_column() -> None:
    with pytest.raises(KeyError, match="task_id"):
        trl_reward_func(prompts=["p"], completions=[HASHMAP])


def test_verl_compute_score_accepts_a_task_id_or_a_json_ground_truth() -> None:
    plain = verl_compute_score("effx/core", formatted(HASHMAP), "two_sum")
    spec = json.dumps({"task_id": "two_sum", "language": "python", "objective": "memory"})
    structured = verl_compute_score("core", WRONG, spec, extra_info={"index": 3})
    assert plain > 0.8 and structured == pytest.approx(-0.25)
    with pytest.raises(ValueError, match="not valid JSON"):
        verl_compute_score("core", WRONG, "{task_id: two_sum")
