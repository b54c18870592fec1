"""Rewards for reinforcement learning: measure a rollout's code and turn the measurement into a number.

## Efficiency rewards for RL (README section)

effx can score policy rollouts by how correct *and* how efficient their code is, with Afterburner's
GRPO reward (NeurIPS 2025): `reward = 0.5 * improvement + 0.2 * format`, where `improvement` is +1 for
a newly passing program, +0.5 for one that keeps passing, -0.5 for one that keeps failing and -1 for a
regression, plus `0.5 * tanh(relative saving)` over the baseline when the rollout passes, and `format`
is 1 when the answer is exactly `<thinking>...</thinking><solution>...</solution>`. The code is taken
from the `<solution>` block (or the whole answer), then from its fenced block, and measured like any
`effx run` candidate: real toolchain, sandboxed, the driver timing only the solution's calls.

The objective picks the measure: `time` (seconds inside the solution calls), `memory` (peak resident
KB) or `integral` (resident memory over time, KB*s). effx measures MB*s; the reward converts with
1 MB = 1024 KB so Afterburner's clip constants keep their meaning.

Python API:

```python
from effx.rewards import afterburner_reward, load_task

task = load_task("core", "two_sum")
answer = "<thinking>hash map</thinking><solution>```python\\n" \\
         "class Solution:\\n    def twoSum(self, nums, target):\\n" \\
         "        seen = {}\\n        for j, x in enumerate(nums):\\n" \\
         "            if target - x in seen:\\n                return [seen[target - x], j]\\n" \\
         "            seen[x] = j\\n```</solution>"
result = afterburner_reward(task, None, answer, language="python", repeat=1)
print(result.reward, result.status.value)   # ~0.89 ok: newly passing (+1), far below the 90 s
                                            # failing cost (+0.5 * tanh(1)), well formatted (+0.2)
```

TRL (`GRPOTrainer(reward_funcs=[trl_reward_func], ...)`): TRL calls a reward function as
`f(prompts, completions, **columns)` and passes every extra dataset column as a keyword list with one
entry per completion. effx reads `task_id` (required), and optionally `language` (default python),
`suite` (default core), `objective` (default time) and `baseline_code` (the program the prompt asked
to improve; measured once per process and cached). Completions may be strings or chat messages
(`[{"role": "assistant", "content": ...}]`).

```python
from effx.rewards import trl_reward_func

rewards = trl_reward_func(prompts=["..."], completions=[answer], task_id=["two_sum"],
                          language=["python"])
```

Use `make_trl_reward_func(repeat=3, objective="memory")` for other defaults.

verl (`custom_reward_function.path=<effx>/rewards.py`, `custom_reward_function.name=verl_compute_score`):
verl calls `compute_score(data_source, solution_str, ground_truth, extra_info)`. effx reads the suite
from `data_source` (`effx/core` or `core`) and the task from `ground_truth`, either a task id or a JSON
object `{"task_id", "language", "objective", "baseline_code"}`; `extra_info` may carry the same keys.

```python
from effx.rewards import verl_compute_score

score = verl_compute_score("effx/core", answer, '{"task_id": "two_sum", "language": "python"}')
```

Neither TRL nor verl is imported: the adapters only follow their calling conventions. Measuring is
CPU-bound and runs in the calling process; for many rollouts in parallel, run `effx serve` on the
measuring machines and call `POST /score` instead.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Literal

from effx.measure.expected import ensure_expected
from effx.measure.protocol import BaselineCache, Job, measure_task
from effx.models import RunResult, Status, Task
from effx.sandbox.base import Sandbox
from effx.scoring.afterburner_reward import FAILING, Rollout, format_reward, grpo_reward, improvement
from effx.tasks.suite import Suite

Objective = Literal["time", "memory", "integral"]
OBJECTIVES: tuple[str, ...] = ("time", "memory", "integral")
KB_PER_MB = 1024.0
_SOLUTION = re.compile(r"<solution>(.*?)(?:</solution>|\Z)", re.DOTALL)
_EXPECTED_LOCK = threading.Lock()
_BASELINES = BaselineCache()
"""The driver-alone measurements of the cross-check, shared by every reward measured in this process."""

__all__ = [
    "OBJECTIVES", "RewardResult", "afterburner_cost", "afterburner_reward", "default_sandbox", "load_suite",
    "load_task", "make_trl_reward_func", "measure_completion", "prepare_task", "solution_text", "trl_reward_func",
    "verl_compute_score",
]


@dataclass(frozen=True)
class RewardResult:
    """The reward of one rollout and the measurement behind it."""

    reward: float
    """`0.5 * improvement + 0.2 * format`."""
    improvement: float
    """Pass term plus the squashed saving over the baseline."""
    format: float
    """1.0 when the answer is exactly one thinking block followed by one solution block."""
    objective: str
    """Measure the saving was computed on: time, memory or integral."""
    candidate_cost: float
    """The rollout's cost in Afterburner's units (s, KB, KB*s); the failing default when it failed."""
    baseline_cost: float
    """The baseline's cost in the same units; the failing default without a passing baseline."""
    result: RunResult
    """The rollout's full measurement."""

    @property
    def passed(self) -> bool:
        return self.result.passed

    @property
    def status(self) -> Status:
        return self.result.status

    @property
    def runtime_ms(self) -> float | None:
        return self.result.runtime_ms


@cache
def default_sandbox() -> Sandbox:
    """The process's local sandbox, created on first use (probing isolation once)."""
    from effx.sandbox import get_sandbox

    return get_sandbox("local")


@lru_cache(maxsize=64)
def load_suite(name: str) -> Suite:
    """A registered suite with its cases, loaded once per process (generating cases takes seconds)."""
    from effx.registry import get_suite_loader

    return get_suite_loader(name)()


def load_task(suite: str, task_id: str) -> Task:
    """A task of a registered suite (from the per-process suite cache)."""
    return load_suite(suite).get(task_id)


def solution_text(completion: str) -> str:
    """The part of an answer that holds the code: the last `<solution>` block, or the whole answer.

    The code is then extracted from its fenced block by the measurement layer, like any candidate.
    """
    blocks = _SOLUTION.findall(completion)
    return blocks[-1] if blocks and blocks[-1].strip() else completion


def afterburner_cost(result: RunResult | None, objective: Objective) -> float | None:
    """A result's cost in Afterburner's units: seconds, KB, KB*s; None when it failed or was not measured."""
    if result is None or not result.passed:
        return None
    if objective == "time":
        return None if result.runtime_ms is None else result.runtime_ms / 1000.0
    if objective == "memory":
        return None if result.peak_rss_kb is None else float(result.peak_rss_kb)
    if objective == "integral":
        return None if result.mem_integral_mb_s is None else result.mem_integral_mb_s * KB_PER_MB
    raise ValueError(f"unknown objective {objective!r}: use one of {', '.join(OBJECTIVES)}")


def _check_objective(objective: str) -> Objective:
    if objective not in OBJECTIVES:
        raise ValueError(f"unknown objective {objective!r}: use one of {', '.join(OBJECTIVES)}")
    return objective  # type: ignore[return-value]


def prepare_task(task: Task, sandbox: Sandbox) -> None:
    """Fill the task's expected outputs (once: concurrent callers would otherwise each compute them)."""
    with _EXPECTED_LOCK:
        ensure_expected(task, sandbox)


def measure_completion(
    task: Task,
    completion: str,
    *,
    language: str,
    sandbox: Sandbox | None = None,
    repeat: int = 1,
    references: bool = False,
    model: str = "policy",
    sample_id: int = 0,
    cpu: int | None = None,
) -> tuple[RunResult, list[RunResult]]:
    """Measure one answer on `task` (expected outputs filled in first), optionally with the references.

    Returns:
        The candidate's result and, when `references` is true, the references' results in `language`
        (measured interleaved with the candidate, as `effx run` does).
    """
    box = sandbox or default_sandbox()
    prepare_task(task, box)
    jobs = [Job(task.id, language, solution_text(completion), model, sample_id)]
    if references:
        jobs += [Job(task.id, language, ref.code, "reference", index, "reference", ref.name)
                 for index, ref in enumerate(task.references_for(language))]
    results = measure_task(task, jobs, box, repeat=repeat, cpu=cpu, remeasure=0, baseline_cache=_BASELINES)
    candidate = next(r for r in results if r.kind == "candidate")
    return candidate, [r for r in results if r.kind == "reference"]


def afterburner_reward(
    task: Task,
    baseline: RunResult | None,
    completion: str,
    *,
    language: str,
    objective: Objective = "time",
    sandbox: Sandbox | None = None,
    repeat: int = 1,
) -> RewardResult:
    """Measure a rollout and compute Afterburner's GRPO reward against `baseline`.

    Args:
        task: the task (from `load_task` or any suite).
        baseline: the measured program the rollout rewrites; None when there is none (a first attempt
            counts as "newly passing" when it passes, "kept failing" when it does not).
        completion: the model's full answer (format term) holding the code (measured).
        language: language plugin name.
        objective: time, memory or integral.
        sandbox: where to run; the process's local sandbox by default.
        repeat: measured runs after the warm-up (median taken).
    """
    objective = _check_objective(objective)
    result, _ = measure_completion(task, completion, language=language, sandbox=sandbox, repeat=repeat)
    base_cost, cand_cost = afterburner_cost(baseline, objective), afterburner_cost(result, objective)
    base_passed, cand_passed = base_cost is not None, cand_cost is not None
    rollout = Rollout(base_passed=base_passed, candidate_passed=cand_passed, base_value=base_cost,
                      candidate_value=cand_cost, measure=objective)
    return RewardResult(
        reward=grpo_reward(completion, **rollout),
        improvement=improvement(**rollout),
        format=format_reward(completion),
        objective=objective,
        candidate_cost=FAILING[objective] if cand_cost is None else cand_cost,
        baseline_cost=FAILING[objective] if base_cost is None else base_cost,
        result=result,
    )


@lru_cache(maxsize=1024)
def _baseline(suite: str, task_id: str, language: str, code: str, repeat: int) -> RunResult:
    """A baseline program's measurement, once per process (rollouts of one prompt share it)."""
    result, _ = measure_completion(load_task(suite, task_id), code, language=language, repeat=repeat,
                                   model="baseline")
    return result


def _text(completion: Any) -> str:
    """TRL completions are strings (standard format) or lists of chat messages (conversational)."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, list) and completion and isinstance(completion[-1], dict):
        return str(completion[-1].get("content", ""))
    raise TypeError(f"a completion must be a string or a list of chat messages, got {type(completion).__name__}")


def _column(columns: dict[str, Any], name: str, index: int, default: Any) -> Any:
    values = columns.get(name)
    if values is None:
        return default
    if isinstance(values, (list, tuple)):
        return values[index] if values[index] is not None else default
    return values


def make_trl_reward_func(
    *, suite: str = "core", language: str = "python", objective: Objective = "time", repeat: int = 1,
) -> Callable[..., list[float]]:
    """A TRL reward function with these defaults; dataset columns of the same names override them."""

    def effx_efficiency_reward(prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> list[float]:
        if "task_id" not in columns:
            raise KeyError("the dataset needs a `task_id` column: effx must know which task a rollout answers")
        rewards = []
        for i, completion in enumerate(completions):
            suite_i = _column(columns, "suite", i, suite)
            language_i = _column(columns, "language", i, language)
            task_id = _column(columns, "task_id", i, None)
            objective_i = _check_objective(_column(columns, "objective", i, objective))
            code = _column(columns, "baseline_code", i, None)
            baseline = _baseline(suite_i, task_id, language_i, code, repeat) if code else None
            result = afterburner_reward(load_task(suite_i, task_id), baseline, _text(completion),
                                        language=language_i, objective=objective_i, repeat=repeat)
            rewards.append(result.reward)
        return rewards

    return effx_efficiency_reward


trl_reward_func = make_trl_reward_func()
"""TRL reward function with effx's defaults (core suite, python, time, one measured run)."""


def _ground_truth(ground_truth: Any) -> dict[str, Any]:
    if isinstance(ground_truth, dict):
        return dict(ground_truth)
    text = str(ground_truth).strip()
    if text.startswith("{"):
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"ground_truth is not valid JSON ({exc.msg} at column {exc.colno}): "
                             f"{text[:80]!r}") from None
        if not isinstance(parsed, dict):
            raise ValueError(f"ground_truth JSON must be an object, got {text[:80]!r}")
        return parsed
    return {"task_id": text}


def verl_compute_score(data_source: str, solution_str: str, ground_truth: Any,
                       extra_info: dict[str, Any] | None = None) -> float:
    """verl's `compute_score` convention: the Afterburner reward of one rollout as a float.

    Args:
        data_source: `effx/<suite>` or `<suite>`.
        solution_str: the decoded rollout.
        ground_truth: a task id, or a JSON object (or dict) with `task_id` and optionally `language`,
            `objective`, `baseline_code`, `repeat`.
        extra_info: more of the same keys; `ground_truth` wins where both give one.
    """
    spec = {**(extra_info or {}), **_ground_truth(ground_truth)}
    if not spec.get("task_id"):
        raise ValueError("ground_truth must name the task: a task id or {\"task_id\": ...}")
    suite = data_source.removeprefix("effx/") or "core"
    language = str(spec.get("language", "python"))
    repeat = int(spec.get("repeat", 1))
    code = spec.get("baseline_code")
    baseline = _baseline(suite, spec["task_id"], language, code, repeat) if code else None
    result = afterburner_reward(load_task(suite, spec["task_id"]), baseline, solution_str, language=language,
                                objective=_check_objective(str(spec.get("objective", "time"))), repeat=repeat)
    return result.reward
