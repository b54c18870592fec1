"""Design tasks: a class constructed, then driven through a sequence of method calls, in every language.

A design signature (`Signature.methods`) names a class, its constructor's parameters and its methods; a
case is LeetCode's pair `[operations, argument lists]` and its output the list of results (null for the
constructor and void methods). Each language's driver builds every operation's arguments before the
clock, times the whole sequence on a fresh instance and writes the results; the tests run real
compilers and interpreters through the sandbox.

`Tally(start)` with `add(x)` (void), `total()` (int64) and `last(k)` (list[int]) covers a constructor
argument, a void method, a scalar and a list result (C's `int* f(..., int* returnSize)` convention).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from effx.languages.toolchains import toolchain_key
from effx.measure.protocol import Job, measure_task
from effx.models import Limits, Signature, Status, Task, TestCase
from effx.registry import get_language

LANGUAGES = ("python", "cpp", "c", "java", "javascript", "go", "rust", "ruby")
FORK_LANGUAGES = ("python", "cpp", "c", "rust", "ruby")
LIMITS = Limits(wall_s=60, cpu_s=60, memory_mb=1024)

TALLY = Signature.model_validate({
    "name": "Tally",
    "params": [{"name": "start", "type": "int"}],
    "methods": [
        {"name": "add", "params": [{"name": "x", "type": "int"}], "returns": "void"},
        {"name": "total", "params": [], "returns": "int64"},
        {"name": "last", "params": [{"name": "k", "type": "int"}], "returns": "list[int]"},
    ],
})
CASES = [
    ([["Tally", "add", "add", "total", "last", "add", "total"], [[10], [1], [2], [], [2], [5], []]],
     [None, None, None, 13, [1, 2], None, 18]),
    ([["Tally", "total", "last", "add", "total"], [[-4], [], [0], [2000000000], []]],
     [None, -4, [], None, 1999999996]),
]
TASK = Task(id="tally", title="Tally", signature=TALLY, time_limit_s=20, memory_limit_mb=512,
            cases=[TestCase(input=i, expected=e) for i, e in CASES])

# Per language: a correct solution, and (old, new) replacements making it wrong (`last` reversed) or
# making `total` raise.
SOLUTIONS: dict[str, tuple[str, tuple[str, str], tuple[str, str]]] = {
    "python": (
        "class Tally:\n"
        "    def __init__(self, start: int):\n        self.t = start\n        self.xs = []\n\n"
        "    def add(self, x: int) -> None:\n        self.t += x\n        self.xs.append(x)\n\n"
        "    def total(self) -> int:\n        return self.t\n\n"
        "    def last(self, k: int) -> List[int]:\n        return self.xs[len(self.xs) - k:]\n",
        ("return self.xs[len(self.xs) - k:]", "return self.xs[len(self.xs) - k:][::-1]"),
        ("return self.t", "raise ValueError('boom from total')"),
    ),
    "cpp": (
        "class Tally {\n    long long t;\n    vector<int> xs;\npublic:\n"
        "    Tally(int start) : t(start) {}\n"
        "    void add(int x) { t += x; xs.push_back(x); }\n"
        "    long long total() { return t; }\n"
        "    vector<int> last(int k) { return vector<int>(xs.end() - k, xs.end()); }\n};\n",
        ("return vector<int>(xs.end() - k, xs.end());", "return vector<int>(xs.rbegin(), xs.rbegin() + k);"),
        ("return t;", "throw runtime_error(\"boom from total\");"),
    ),
    "c": (
        "typedef struct {\n    long long t;\n    int *xs, n, cap;\n} Tally;\n\n"
        "Tally* tallyCreate(int start) {\n    Tally* o = calloc(1, sizeof *o);\n    o->t = start;\n"
        "    o->cap = 16;\n    o->xs = malloc(sizeof(int) * 16);\n    return o;\n}\n\n"
        "void tallyAdd(Tally* o, int x) {\n"
        "    if (o->n == o->cap) o->xs = realloc(o->xs, sizeof(int) * (o->cap *= 2));\n"
        "    o->xs[o->n++] = x;\n    o->t += x;\n}\n\n"
        "long long tallyTotal(Tally* o) {\n    return o->t;\n}\n\n"
        "int* tallyLast(Tally* o, int k, int* returnSize) {\n    int* r = malloc(sizeof(int) * (k ? k : 1));\n"
        "    memcpy(r, o->xs + o->n - k, sizeof(int) * k);\n    *returnSize = k;\n    return r;\n}\n\n"
        "void tallyFree(Tally* o) {\n    free(o->xs);\n    free(o);\n}\n",
        ("memcpy(r, o->xs + o->n - k, sizeof(int) * k);", "for (int i = 0; i < k; i++) r[i] = o->xs[o->n - 1 - i];"),
        ("return o->t;", "fprintf(stderr, \"boom from total\\n\");\n    abort();"),
    ),
    "java": (
        "class Tally {\n    long t;\n    List<Integer> xs = new ArrayList<>();\n\n"
        "    public Tally(int start) { t = start; }\n\n"
        "    public void add(int x) { t += x; xs.add(x); }\n\n"
        "    public long total() { return t; }\n\n"
        "    public int[] last(int k) {\n        int[] r = new int[k];\n"
        "        for (int i = 0; i < k; i++) r[i] = xs.get(xs.size() - k + i);\n        return r;\n    }\n}\n",
        ("r[i] = xs.get(xs.size() - k + i);", "r[i] = xs.get(xs.size() - 1 - i);"),
        ("return t;", "throw new IllegalStateException(\"boom from total\");"),
    ),
    "javascript": (
        "var Tally = function(start) {\n    this.t = start;\n    this.xs = [];\n};\n"
        "Tally.prototype.add = function(x) {\n    this.t += x;\n    this.xs.push(x);\n};\n"
        "Tally.prototype.total = function() {\n    return this.t;\n};\n"
        "Tally.prototype.last = function(k) {\n    return this.xs.slice(this.xs.length - k);\n};\n",
        ("return this.xs.slice(this.xs.length - k);", "return this.xs.slice(this.xs.length - k).reverse();"),
        ("return this.t;", "throw new Error(\"boom from total\");"),
    ),
    "go": (
        "type Tally struct {\n\tt  int64\n\txs []int\n}\n\n"
        "func Constructor(start int) Tally {\n\treturn Tally{t: int64(start)}\n}\n\n"
        "func (this *Tally) Add(x int) {\n\tthis.t += int64(x)\n\tthis.xs = append(this.xs, x)\n}\n\n"
        "func (this *Tally) Total() int64 {\n\treturn this.t\n}\n\n"
        "func (this *Tally) Last(k int) []int {\n\treturn append([]int{}, this.xs[len(this.xs)-k:]...)\n}\n",
        ("return append([]int{}, this.xs[len(this.xs)-k:]...)",
         "r := []int{}\n\tfor i := len(this.xs) - 1; i >= len(this.xs)-k; i-- {\n\t\tr = append(r, this.xs[i])\n\t}\n"
         "\treturn r"),
        ("return this.t", "panic(\"boom from total\")"),
    ),
    "rust": (
        "struct Tally {\n    t: i64,\n    xs: Vec<i32>,\n}\n\nimpl Tally {\n"
        "    fn new(start: i32) -> Self {\n        Tally { t: start as i64, xs: Vec::new() }\n    }\n"
        "    fn add(&mut self, x: i32) {\n        self.t += x as i64;\n        self.xs.push(x);\n    }\n"
        "    fn total(&self) -> i64 {\n        self.t\n    }\n"
        "    fn last(&self, k: i32) -> Vec<i32> {\n        self.xs[self.xs.len() - k as usize..].to_vec()\n    }\n}\n",
        ("self.xs[self.xs.len() - k as usize..].to_vec()",
         "self.xs[self.xs.len() - k as usize..].iter().rev().cloned().collect()"),
        ("        self.t\n", "        panic!(\"boom from total\")\n"),
    ),
    "ruby": (
        "class Tally\n  def initialize(start)\n    @t = start\n    @xs = []\n  end\n\n"
        "  def add(x)\n    @t += x\n    @xs << x\n  end\n\n"
        "  def total\n    @t\n  end\n\n"
        "  def last(k)\n    @xs.last(k)\n  end\nend\n",
        ("@xs.last(k)", "@xs.last(k).reverse"),
        ("  def total\n    @t\n", "  def total\n    raise 'boom from total'\n"),
    ),
}

# A memoising design solution: a module-level (static) cache of prime counts, which would make every pass
# after the first a lookup if a pass's state reached the next.
PRIMES = Signature.model_validate({
    "name": "Primes", "params": [],
    "methods": [{"name": "count", "params": [{"name": "n", "type": "int"}], "returns": "int"}],
})
MEMO = {
    "python": """_CACHE = {}


class Primes:
    def __init__(self):
        pass

    def count(self, n: int) -> int:
        if n not in _CACHE:
            _CACHE[n] = sum(1 for k in range(2, n) if all(k % d for d in range(2, int(k ** 0.5) + 1)))
        return _CACHE[n]
""",
    "cpp": """static map<int, int> cache_;
class Primes {
public:
    Primes() {}
    int count(int n) {
        auto it = cache_.find(n);
        if (it != cache_.end()) return it->second;
        int c = 0;
        for (int k = 2; k < n; k++) {
            bool p = true;
            for (int d = 2; d * d <= k; d++) if (k % d == 0) { p = false; break; }
            c += p;
        }
        return cache_[n] = c;
    }
};
""",
    "c": """typedef struct { int unused; } Primes;
static int cached_n = -1, cached = 0;
Primes* primesCreate(void) { return calloc(1, sizeof(Primes)); }
int primesCount(Primes* obj, int n) {
    if (n == cached_n) return cached;
    int c = 0;
    for (int k = 2; k < n; k++) {
        bool p = true;
        for (int d = 2; d * d <= k; d++) if (k % d == 0) { p = false; break; }
        c += p;
    }
    cached_n = n;
    return cached = c;
}
void primesFree(Primes* obj) { free(obj); }
""",
    "rust": """use std::sync::atomic::{AtomicI64, Ordering};
static CACHE: AtomicI64 = AtomicI64::new(-1);
struct Primes {}
impl Primes {
    fn new() -> Self { Primes {} }
    fn count(&mut self, n: i32) -> i32 {
        let cached = CACHE.load(Ordering::Relaxed);
        if cached >= 0 { return cached as i32; }
        let mut c = 0;
        for k in 2..n {
            let mut p = true;
            let mut d = 2;
            while d * d <= k { if k % d == 0 { p = false; break; } d += 1; }
            if p { c += 1; }
        }
        CACHE.store(c as i64, Ordering::Relaxed);
        c
    }
}
""",
    "ruby": """CACHE = {}

class Primes
  def initialize; end

  def count(n)
    CACHE[n] ||= (2...n).count { |k| (2..Integer.sqrt(k)).none? { |d| (k % d).zero? } }
  end
end
""",
}


def _toolchain(language: str) -> None:
    if toolchain_key(language) == "missing":
        pytest.skip(f"the {language} toolchain is not installed")


def _run(sandbox: Any, task: Task, language: str, code: str, cases: list[Any], **env: str) -> Any:
    program = get_language(language).render(task, code, toolchain_key(language))
    compiled = sandbox.compile(program)
    assert compiled.ok, (compiled.sandbox_error or compiled.message)[-3000:]
    program = program.model_copy(update={"env": {**program.env, **env}})
    return sandbox.run(program, compiled, limits=LIMITS, inputs={"cases.json": json.dumps(cases).encode()},
                       outputs=("result.json",))


def _result(ex: Any) -> dict[str, Any]:
    assert ex.sandbox_error is None and ex.exit_code == 0, f"exit {ex.exit_code}, signal {ex.signal}: {ex.stderr_tail}"
    return json.loads(ex.files["result.json"])


# ---- the signature -----------------------------------------------------------------------------------


def test_a_function_signature_is_unchanged_and_serialises_as_before() -> None:
    sig = Signature.model_validate({"name": "twoSum", "params": [{"name": "nums", "type": "list[int]"}],
                                    "returns": "list[int]"})
    assert not sig.is_design and sig.methods is None
    assert sig.model_dump() == {"name": "twoSum", "params": [{"name": "nums", "type": "list[int]"}],
                                "returns": "list[int]"}


@pytest.mark.parametrize(("spec", "message"), [
    ({"name": "X", "params": [], "methods": []}, "needs at least one method"),
    ({"name": "X", "params": [], "returns": "int", "methods": [{"name": "a"}]}, "leave it out"),
    ({"name": "X", "params": [], "methods": [{"name": "a", "returns": "vector"}]}, "unknown type 'vector'"),
    ({"name": "X", "params": [], "methods": [{"name": "a"}, {"name": "a"}]}, "defined twice"),
    ({"name": "X", "params": [{"name": "p", "type": "map"}], "methods": [{"name": "a"}]}, "constructor parameter"),
    ({"name": "my class", "params": [], "methods": [{"name": "a"}]}, "not an identifier"),
    ({"name": "f", "params": []}, "returns: required for a function signature"),
])
def test_a_malformed_design_signature_is_a_clear_validation_error(spec: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Signature.model_validate(spec)


def test_the_core_suite_has_design_tasks_with_design_cases() -> None:
    from effx.tasks.core import ROOT, load_task

    for task_id in ("lru_cache", "time_map", "median_finder"):
        task = load_task(ROOT / task_id)
        sig = task.signature
        assert sig is not None and sig.is_design
        for case in task.cases:
            ops, args = case.input
            assert ops[0] == sig.name and len(ops) == len(args)
            assert {m.name for m in sig.methods or []} >= set(ops[1:])
        assert {r.language for r in task.references} == set(LANGUAGES)


# ---- every language drives a design class ---------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_drives_a_design_class_and_judges_it(language: str, isolated_sandbox: Any) -> None:
    _toolchain(language)
    good, wrong, raising = SOLUTIONS[language]
    assert wrong[0] in good and raising[0] in good
    jobs = [Job(TASK.id, language, good, "good", 0), Job(TASK.id, language, good.replace(*wrong), "wrong", 0),
            Job(TASK.id, language, good.replace(*raising), "raising", 0)]
    results = {r.model: r for r in measure_task(TASK, jobs, isolated_sandbox, repeat=1)}
    assert results["good"].status == Status.ok, results["good"].message
    assert results["good"].runtime_ms is not None and results["good"].runtime_ms >= 0
    assert results["wrong"].status == Status.wrong_answer, results["wrong"].message
    assert results["raising"].status == Status.runtime_error, results["raising"].message


@pytest.mark.parametrize("language", LANGUAGES)
def test_repeat_mode_runs_design_cases_on_a_fresh_instance_per_pass(language: str, isolated_sandbox: Any) -> None:
    _toolchain(language)
    if get_language(language).repetitions is None:
        pytest.skip(f"the {language} driver has no repeat mode")
    cases = [i for i, _ in CASES]
    result = _result(_run(isolated_sandbox, TASK, language, SOLUTIONS[language][0], cases,
                          EFFX_REPEAT="2", EFFX_INNER="2"))
    # a shared instance would carry the first pass's additions into the totals of the next
    assert result["outputs"] == [e for _, e in CASES]
    assert result["inner"] == 2 and len(result["reps"]) == 2
    assert all(len(times) == len(cases) for times in [result["times_ns"], *result["reps"]])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_stub_is_a_design_class_that_skip_mode_never_constructs(language: str, isolated_sandbox: Any) -> None:
    _toolchain(language)
    stub = get_language(language).stub(TASK)
    assert TALLY.name in stub
    cases = [i for i, _ in CASES]
    skipped = _result(_run(isolated_sandbox, TASK, language, stub, cases, EFFX_SKIP_CALLS="1"))
    assert skipped["outputs"] == [] and skipped["times_ns"] == []
    called = _run(isolated_sandbox, TASK, language, stub, cases)
    assert called.exit_code != 0 or called.signal is not None  # the stub's constructor fails when called


@pytest.mark.parametrize("language", ["python", "cpp"])
def test_a_case_that_does_not_fit_the_class_is_a_driver_error(language: str, isolated_sandbox: Any) -> None:
    _toolchain(language)
    ex = _run(isolated_sandbox, TASK, language, SOLUTIONS[language][0], [[["Tally", "nope"], [[1], []]]])
    assert ex.exit_code == 2, ex.stderr_tail


@pytest.mark.parametrize("language", ["python", "javascript", "ruby", "java"])
def test_a_missing_method_is_reported_as_a_compile_error(language: str, isolated_sandbox: Any) -> None:
    _toolchain(language)
    code = {"python": "class Tally:\n    def __init__(self, start):\n        pass\n",
            "javascript": "var Tally = function(start) {};\n",
            "ruby": "class Tally\n  def initialize(start); end\nend\n",
            "java": "class Tally {\n    public Tally(int start) {}\n}\n"}[language]
    program = get_language(language).render(TASK, code, toolchain_key(language))
    compiled = isolated_sandbox.compile(program)
    if compiled.ok:
        ex = isolated_sandbox.run(program, compiled, limits=LIMITS,
                                  inputs={"cases.json": json.dumps([CASES[0][0]]).encode()}, outputs=())
        assert ex.exit_code == 3 and "effx: compile error" in ex.stderr_tail, ex.stderr_tail


@pytest.mark.parametrize("language", FORK_LANGUAGES)
def test_a_memoising_design_solution_does_not_get_faster_across_repetitions(
        language: str, isolated_sandbox: Any) -> None:
    _toolchain(language)
    task = Task(id="primes", title="Primes", signature=PRIMES)
    n = 20000 if language in ("python", "ruby") else 200000
    result = _result(_run(isolated_sandbox, task, language, MEMO[language], [[["Primes", "count"], [[], [n]]]],
                          EFFX_REPEAT="4", EFFX_INNER="1"))
    assert result["outputs"] == [[None, 2262 if n == 20000 else 17984]]
    # CPU time, which a busy machine does not stretch: a cache hit is a lookup, thousands of times faster
    # than counting; a fresh fork counts again
    first, last = result["cpu_reps"][0][0], result["cpu_reps"][-1][0]
    assert last > first / 3 and last > result["cpu_times_ns"][0] / 3, result


# ---- a public dataset's design row ------------------------------------------------------------------------


MERCURY_DESIGN_ROW = {
    "id": 155, "slug_name": "min-stack", "difficulty": "Medium", "pretty_content": ["Design a min stack."],
    "prompt": "class MinStack:\n\n    def __init__(self):\n        \n\n"
              "    def push(self, val: int) -> None:\n        \n\n    def pop(self) -> None:\n        \n\n"
              "    def top(self) -> int:\n        \n\n    def getMin(self) -> int:\n        \n\n\n"
              "# Your MinStack object will be instantiated and called as such:\n# obj = MinStack()\n",
    "entry_point": "push",
    "solutions": [{"solution": "class MinStack:\n    def __init__(self):\n        self.s = []\n\n"
                               "    def push(self, val: int) -> None:\n"
                               "        self.s.append((val, min(val, self.s[-1][1]) if self.s else val))\n\n"
                               "    def pop(self) -> None:\n        self.s.pop()\n\n"
                               "    def top(self) -> int:\n        return self.s[-1][0]\n\n"
                               "    def getMin(self) -> int:\n        return self.s[-1][1]\n", "runtime": "40ms"}],
    "test_cases": json.dumps([
        {"input": [["MinStack", "push", "push", "push", "getMin", "pop", "top", "getMin"],
                   [[], [-2], [0], [-3], [], [], [], []]],
         "expected": [None, None, None, None, -3, None, 0, -2]},
    ]),
}


def test_a_mercury_design_row_loads_as_a_design_task_and_runs(tmp_path, isolated_sandbox: Any) -> None:
    from effx.tasks.mercury_suite import load_mercury

    bad = {**MERCURY_DESIGN_ROW, "slug_name": "min-stack-2", "test_cases": json.dumps([{"input": [[1], 2]}])}
    data = tmp_path / "mercury.jsonl"
    data.write_text("\n".join(json.dumps(row) for row in [MERCURY_DESIGN_ROW, bad]) + "\n")
    suite = load_mercury(data=data, with_cases=False)
    assert "design problem: class MinStack" in suite.skipped["min-stack-2"]
    task = suite.tasks["min-stack"]
    sig = task.signature
    assert sig is not None and sig.is_design and sig.name == "MinStack" and sig.params == []
    assert [(m.name, m.returns) for m in sig.methods or []] == [
        ("push", "void"), ("pop", "void"), ("top", "int"), ("getMin", "int")]
    task = task.model_copy(update={"cases": [TestCase(input=c.input, expected=[None, None, None, None, -3, None, 0, -2])
                                             for c in task.cases]})
    [result] = measure_task(task, [Job(task.id, "python", task.references[0].code, "ref", 0)], isolated_sandbox,
                            repeat=1)
    assert result.status == Status.ok, result.message
