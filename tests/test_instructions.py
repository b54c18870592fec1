"""Instruction counts under valgrind: exact across runs, proportional to work, start-up excluded.

Every count here is a real valgrind run inside the real sandbox. Python loops are kept small because
cachegrind runs Python about 30x slower than native.
"""

from __future__ import annotations

import shutil

import pytest

from effx.measure.instructions import count
from effx.measure.metric_mode import MetricError, check_metric
from effx.measure.verdict import limits_for
from effx.models import Param, Signature, Task, TestCase
from effx.registry import get_language

pytestmark = pytest.mark.skipif(shutil.which("valgrind") is None,
                                reason="valgrind is not installed (apt-get install valgrind)")

PY_LOOP = """
class Solution:
    def work(self, n):
        s = 0
        for i in range(n):
            s = (s + i * i) % 1000003  # stays one machine word, so every iteration costs the same
        return s
"""
PY_EMPTY = """
class Solution:
    def work(self, n):
        return 0
"""
CPP_LOOP = """
class Solution { public:
    int work(int n) {
        long long s = 0;
        for (int i = 0; i < n; ++i) { s += (long long)i * i; asm volatile("" : "+r"(s)); }
        return (int)(s % 1000003);
    }
};
"""
C_LOOP = """
int work(int n) {
    long long s = 0;
    for (int i = 0; i < n; ++i) { s += (long long)i * i; __asm__ volatile("" : "+r"(s)); }
    return (int)(s % 1000003);
}
"""
RUST_LOOP = """
impl Solution {
    pub fn work(n: i32) -> i32 {
        let mut s: i64 = 0;
        for i in 0..n as i64 { s += i * i; s = unsafe { std::ptr::read_volatile(&s) }; }
        (s % 1000003) as i32
    }
}
"""


def loop_task(n: int) -> Task:
    signature = Signature(name="work", params=[Param(name="n", type="int")], returns="int")
    return Task(id="loop", title="loop", signature=signature, cases=[TestCase(input=[n]), TestCase(input=[n])])


def counted(sandbox, language: str, code: str, n: int, tmp_path=None) -> int:
    task = loop_task(n)
    program = get_language(language).render(task, code)
    compiled = sandbox.compile(program)
    assert compiled.ok, compiled.message
    return count(sandbox, task, program, compiled, limits=limits_for(task),
                 cache=tmp_path / "skip" if tmp_path else None)


def needs(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")


@pytest.mark.parametrize(("language", "code", "n"), [("python", PY_LOOP, 3000), ("cpp", CPP_LOOP, 100000)])
def test_instruction_counts_are_identical_across_runs(sandbox, language, code, n):
    assert counted(sandbox, language, code, n) == counted(sandbox, language, code, n)


@pytest.mark.parametrize(("language", "code", "tool"), [("c", C_LOOP, "gcc"), ("rust", RUST_LOOP, "rustc")])
def test_c_and_rust_counts_are_identical_across_runs(sandbox, language, code, tool):
    needs(tool)
    first = counted(sandbox, language, code, 100000)
    assert first > 100000
    assert counted(sandbox, language, code, 100000) == first


@pytest.mark.parametrize(("language", "code", "n"), [("python", PY_LOOP, 3000), ("cpp", CPP_LOOP, 100000)])
def test_twice_the_iterations_count_twice_the_instructions(sandbox, tmp_path, language, code, n):
    once, twice = counted(sandbox, language, code, n, tmp_path), counted(sandbox, language, code, 2 * n, tmp_path)
    # Start-up and parsing are subtracted, so only the loop remains: the ratio is 2 up to per-call constants.
    assert 1.95 < twice / once < 2.05, (once, twice)


def test_the_skip_run_removes_start_up_so_an_empty_solution_counts_almost_nothing(sandbox):
    empty = counted(sandbox, "python", PY_EMPTY, 3000)
    real = counted(sandbox, "python", PY_LOOP, 3000)
    # Interpreter start-up alone is tens of millions of instructions; an empty call is a few thousand.
    assert empty < 20_000, empty
    assert real > 50 * empty + 100_000, (empty, real)


def test_a_cached_skip_run_gives_the_same_count(sandbox, tmp_path):
    first = counted(sandbox, "cpp", CPP_LOOP, 1000, tmp_path)
    assert list((tmp_path / "skip").iterdir()), "the skip-run count was not cached"
    assert counted(sandbox, "cpp", CPP_LOOP, 1000, tmp_path) == first


@pytest.mark.parametrize("language", ["go", "java", "javascript", "ruby"])
def test_instruction_mode_refuses_languages_whose_counts_do_not_repeat(language):
    with pytest.raises(MetricError, match=rf"refused for {language}: .*differs run to run.*--metric cpu"):
        check_metric("instructions", ["python", language])


def test_instruction_mode_accepts_the_exact_languages():
    check_metric("instructions", ["c", "cpp", "python", "rust"])


def test_deep_recursion_is_counted_on_the_big_main_stack_valgrind_provides(sandbox):
    deep = """
class Solution:
    def work(self, n):
        return 0 if n == 0 else 1 + self.work(n - 1)
"""
    assert counted(sandbox, "python", deep, 30000) > 0
