"""The drivers' repeat mode: one process loads a solution once and measures a warm-up and every repetition.

`EFFX_REPEAT=R` makes a driver run one warm-up pass over the cases, then R repetitions of K passes
(`EFFX_INNER`, or calibrated from `EFFX_MIN_REP_NS`). In fork languages every pass is a fresh fork of the
loaded-but-never-called solution, so nothing a pass computes reaches the next; in-process languages
(JVM, Node, Go) run the passes in one process on fresh arguments and fresh `Solution` instances.

The solutions under `tests/fixtures/repeat/<language>/` are written to show a broken repeat mode: a
memoising solution that would get faster once a pass's cache reached the next, a solution that sorts its
input in place and burns 50 ms whenever it is handed a sorted list (an argument reused across passes),
and solutions that throw or never return.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from effx.languages.toolchains import toolchain_key
from effx.models import Limits, Program, Task
from effx.registry import get_language, get_suite_loader
from effx.sandbox.base import CompileOutcome, Execution

FIXTURES = Path(__file__).parent / "fixtures" / "repeat"
LIMITS = Limits(wall_s=60, cpu_s=60, memory_mb=1024)
FORK_LANGUAGES = ("python", "cpp", "c", "rust", "ruby")
LANGUAGES = FORK_LANGUAGES + ("java", "javascript", "go")


def _fixture(language: str, name: str) -> str:
    files = sorted((FIXTURES / language).glob(f"{name}.*"))
    if not files:
        pytest.skip(f"no {name} fixture for {language} under {FIXTURES / language}")
    return files[0].read_text()


def _task(task_id: str) -> Task:
    return get_suite_loader("core")().tasks[task_id]


def _build(sandbox: Any, task: Task, language: str, code: str) -> tuple[Program, CompileOutcome]:
    if toolchain_key(language) == "missing":
        pytest.skip(f"the {language} toolchain is not installed")
    program = get_language(language).render(task, code, toolchain_key(language))
    compiled = sandbox.compile(program)
    assert compiled.ok, (compiled.sandbox_error or compiled.message)[-3000:]
    return program, compiled


def _run(sandbox: Any, program: Program, compiled: CompileOutcome, cases: list[Any], **env: str) -> Execution:
    return sandbox.run(program.model_copy(update={"env": {**program.env, **env}}), compiled, limits=LIMITS,
                       inputs={"cases.json": json.dumps(cases).encode()}, outputs=("result.json",))


def _result(ex: Execution) -> dict[str, Any]:
    assert ex.sandbox_error is None and ex.exit_code == 0, f"exit {ex.exit_code}, signal {ex.signal}: {ex.stderr_tail}"
    return json.loads(ex.files["result.json"])


def _has_repeat_mode(language: str) -> None:
    if getattr(get_language(language), "repetitions", None) is None:
        pytest.skip(f"the {language} driver has no repeat mode")


@pytest.mark.parametrize("language", LANGUAGES)
def test_repeat_mode_reports_a_warm_up_and_r_repetitions_of_k_passes(language: str, isolated_sandbox: Any) -> None:
    _has_repeat_mode(language)
    task = _task("count_primes")
    program, compiled = _build(isolated_sandbox, task, language, _fixture(language, "memo"))
    cases = [[3000], [2000], [10]]
    result = _result(_run(isolated_sandbox, program, compiled, cases, EFFX_REPEAT="3", EFFX_INNER="2"))
    assert result["outputs"] == [430, 303, 4]
    assert result["inner"] == 2 and len(result["reps"]) == 3 and len(result["cpu_reps"]) == 3
    for times in [result["times_ns"], result["cpu_times_ns"], *result["reps"], *result["cpu_reps"]]:
        assert len(times) == len(cases) and all(isinstance(t, int) and t >= 0 for t in times)
    one_pass = _result(_run(isolated_sandbox, program, compiled, cases))
    assert "reps" not in one_pass and one_pass["outputs"] == result["outputs"]


@pytest.mark.parametrize("language", FORK_LANGUAGES)
def test_a_memoising_solution_measures_the_same_on_its_last_repetition_as_on_its_first(
        language: str, isolated_sandbox: Any) -> None:
    _has_repeat_mode(language)
    task = _task("count_primes")
    program, compiled = _build(isolated_sandbox, task, language, _fixture(language, "memo"))
    n = 20000 if language in ("python", "ruby") else 200000
    result = _result(_run(isolated_sandbox, program, compiled, [[n]], EFFX_REPEAT="4", EFFX_INNER="1"))
    first, last = result["reps"][0][0], result["reps"][-1][0]
    # A cache hit is a dictionary lookup, thousands of times faster than counting; a fresh fork counts again.
    assert last > first / 3 and last > result["times_ns"][0] / 3, result


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_solution_that_sorts_its_input_in_place_gets_an_unsorted_input_on_every_call(
        language: str, isolated_sandbox: Any) -> None:
    _has_repeat_mode(language)
    task = _task("kth_largest")
    program, compiled = _build(isolated_sandbox, task, language, _fixture(language, "sort_inplace"))
    rng = random.Random(7)
    cases = [[rng.sample(range(10_000), 300), 5] for _ in range(4)]
    result = _result(_run(isolated_sandbox, program, compiled, cases, EFFX_REPEAT="3", EFFX_INNER="2"))
    assert result["outputs"] == [sorted(nums)[-k] for nums, k in cases]
    slow = [(i, t) for times in [result["times_ns"], *result["reps"]] for i, t in enumerate(times) if t > 40e6]
    assert not slow, f"calls handed a sorted (reused) list: {slow}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_calibration_raises_the_passes_per_repetition_of_a_short_solution(language: str,
                                                                        isolated_sandbox: Any) -> None:
    _has_repeat_mode(language)
    task = _task("count_primes")
    program, compiled = _build(isolated_sandbox, task, language, _fixture(language, "memo"))
    result = _result(_run(isolated_sandbox, program, compiled, [[10]], EFFX_REPEAT="2",
                          EFFX_MIN_REP_NS=str(10**12)))
    assert result["inner"] == 256  # the cap: a pass of a 10-element count is far below 1000 s
    floor = _result(_run(isolated_sandbox, program, compiled, [[10]], EFFX_REPEAT="2"))
    assert floor["inner"] == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_solution_that_throws_exits_as_in_one_pass_mode(language: str, isolated_sandbox: Any) -> None:
    _has_repeat_mode(language)
    task = _task("count_primes")
    program, compiled = _build(isolated_sandbox, task, language, _fixture(language, "throws"))
    once = _run(isolated_sandbox, program, compiled, [[10]])
    repeated = _run(isolated_sandbox, program, compiled, [[10]], EFFX_REPEAT="3")
    assert once.exit_code != 0 and (repeated.exit_code, repeated.signal) == (once.exit_code, once.signal)
    assert "result.json" not in repeated.files or not repeated.files["result.json"]


@pytest.mark.parametrize("language", FORK_LANGUAGES)
def test_a_pass_over_its_time_limit_is_killed_and_reported(language: str, isolated_sandbox: Any) -> None:
    _has_repeat_mode(language)
    task = _task("count_primes")
    program, compiled = _build(isolated_sandbox, task, language, _fixture(language, "spins"))
    ex = _run(isolated_sandbox, program, compiled, [[10]], EFFX_REPEAT="3", EFFX_PASS_TIMEOUT_MS="300")
    assert ex.exit_code == 124 and "effx: time limit exceeded" in ex.stderr_tail
    assert ex.wall_ms < 5000


@pytest.mark.parametrize("language", LANGUAGES)
def test_skip_mode_repeats_everything_but_the_calls(language: str, isolated_sandbox: Any) -> None:
    _has_repeat_mode(language)
    task = _task("count_primes")
    program, compiled = _build(isolated_sandbox, task, language, get_language(language).stub(task))
    result = _result(_run(isolated_sandbox, program, compiled, [[10], [20]], EFFX_REPEAT="3", EFFX_INNER="4",
                          EFFX_SKIP_CALLS="1"))
    assert result["outputs"] == [] and result["times_ns"] == [] and result["inner"] == 4
    assert result["reps"] == [[], [], []] and result["cpu_reps"] == [[], [], []]


def test_forked_passes_are_not_charged_twice_for_the_memory_they_share_with_their_parent(
        isolated_sandbox: Any) -> None:
    """A 160 MB table built at load time lives in the parent and, shared, in every forked pass: counted
    twice it would break a 256 MB limit that the solution, measured as one process, stays under."""
    from effx.measure.persistent import execution_limits, plan_env, run_repeated
    from effx.measure.verdict import execute, limits_for

    table = "TABLE = bytearray(160 * 1024 * 1024)\nfor i in range(0, len(TABLE), 4096):\n    TABLE[i] = 1\n"
    code = table + "class Solution:\n    def countPrimes(self, n: int) -> int:\n        return TABLE[n] + 3\n"
    task = _task("count_primes").model_copy(update={"memory_limit_mb": 256, "cases": _task("count_primes").cases[:2]})
    program, compiled = _build(isolated_sandbox, task, "python", code)
    once = execute(isolated_sandbox, task, program, compiled)
    assert once.status.value == "ok", once.message
    repeated = run_repeated(isolated_sandbox, task, program, compiled, limits=limits_for(task), kind="fork",
                            repeat=3, cpu=None, metric="time", inner=1)
    assert repeated.outcome.status.value == "ok", repeated.outcome.message
    # The same execution with every process's resident memory summed: the launcher's watchdog fires.
    summed = isolated_sandbox.run(program.model_copy(update={"env": {**program.env, **plan_env(3, inner=1)}}),
                                  compiled, limits=execution_limits(limits_for(task), 3, 0, "fork"),
                                  inputs={"cases.json": json.dumps([c.input for c in task.cases]).encode()},
                                  outputs=("result.json",))
    assert summed.memory_exceeded
