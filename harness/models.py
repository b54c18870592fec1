"""The data that crosses module boundaries: tasks, samples, programs, measurements and results.

Everything here is serialised somewhere (task files, samples JSONL, results.jsonl), so each model is a
pydantic model whose fields carry their own documentation. Specs that never leave the process are
frozen dataclasses in the modules that use them.
"""

from __future__ import annotations

import hashlib
import json
from enum import Enum
from typing import Any, ClassVar, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, model_validator


class Status(str, Enum):
    """Outcome of evaluating one solution on one task.

    `sandbox_error` is the infrastructure's fault; scorers never count it against a solution.
    `measurement_rejected`: the solution ran and answered, but the times it reported are contradicted by
    what the launcher measured from outside the process (see `effx.measure.crosscheck`); it fails like
    any other failure and is never scored as fast.
    """

    ok = "ok"
    wrong_answer = "wrong_answer"
    compile_error = "compile_error"
    runtime_error = "runtime_error"
    timeout = "timeout"
    memory_limit = "memory_limit"
    output_limit = "output_limit"
    invalid_solution = "invalid_solution"
    measurement_rejected = "measurement_rejected"
    sandbox_error = "sandbox_error"


class Param(BaseModel):
    """One parameter of a typed function signature (or of a design class's constructor or method)."""

    model_config = ConfigDict(frozen=True)

    name: str
    """Parameter name as the solution sees it (e.g. `nums`)."""
    type: str
    """Type in the language-neutral vocabulary: int, int64, float, bool, str, list[T], ListNode, TreeNode."""


VOID = "void"
"""The return type of a design method that returns nothing (its result is `null`, as on LeetCode)."""


class Method(BaseModel):
    """One method of a design class (`Signature.methods`): called by name on the constructed instance."""

    model_config = ConfigDict(frozen=True)

    name: str
    """Method name as the solution defines it, in LeetCode's camelCase (e.g. `addNum`)."""
    params: list[Param] = Field(default_factory=list)
    """Positional parameters in call order."""
    returns: str = VOID
    """Return type in the type vocabulary, or `void` (the operation's result is then `null`)."""


def _identifier(text: str, what: str) -> None:
    if not text.isidentifier() or text.startswith("_"):
        raise ValueError(f"{what} {text!r} is not an identifier (letters, digits and _, not starting with _ "
                         f"or a digit)")


def _vocabulary(text: str, what: str) -> None:
    from effx.languages.value_types import TypeSyntaxError, parse_type

    try:
        parse_type(text)
    except TypeSyntaxError as exc:
        raise ValueError(f"{what}: {exc}") from None


class Signature(BaseModel):
    """A typed entry point: what the solution must define and what the driver calls.

    Two kinds. A *function* signature (`methods` absent) is one call: `name(params) -> returns`, a method
    of LeetCode's `class Solution` or a free function; a case is the list of its arguments. A *design*
    signature (`methods` given) is a class driven through a sequence of calls, LeetCode's design problems:
    `name` is the class, `params` its constructor's parameters, `methods` what may be called on an
    instance, and `returns` is left out. A case of a design task is LeetCode's pair of lists,
    `[["LRUCache", "put", "get"], [[2], [1, 1], [1]]]`: the operations in order (the constructor first,
    named by the class, and only there) and their argument lists; its output is the list of the results,
    `null` for the constructor and for `void` methods (`[null, null, 1]`). The driver builds every
    argument first, then times the whole sequence (construction included) as one call, on a fresh instance.
    """

    model_config = ConfigDict(frozen=True)

    name: str
    """Method (LeetCode `class Solution`) or function name, e.g. `twoSum`; for a design signature the class
    name, e.g. `LRUCache`."""
    params: list[Param]
    """Positional parameters in call order; for a design signature the constructor's."""
    returns: str = ""
    """Return type in the type vocabulary; required for a function signature, omitted for a design one."""
    methods: list[Method] | None = Field(default=None, exclude_if=lambda value: value is None)
    """The methods of a design class, in any order; None (the default, left out when serialised, so a function
    signature serialises as it always did) for a function signature."""

    @property
    def is_design(self) -> bool:
        """Whether this is a design signature (a class driven through a sequence of method calls)."""
        return self.methods is not None

    def method(self, name: str) -> Method:
        """The design method called `name` (KeyError when there is none)."""
        for method in self.methods or ():
            if method.name == name:
                return method
        raise KeyError(name)

    @model_validator(mode="after")
    def _check_kind(self) -> Signature:
        if self.methods is None:
            if not self.returns:
                raise ValueError("returns: required for a function signature (or give `methods` for a design "
                                 "signature)")
            return self
        where = f"design signature {self.name!r}"
        _identifier(self.name, f"{where}: class name")
        if self.returns:
            raise ValueError(f"{where}: returns: leave it out: each method declares its own return type")
        if not self.methods:
            raise ValueError(f"{where}: methods: a design class needs at least one method")
        seen: set[str] = set()
        for p in self.params:
            _vocabulary(p.type, f"{where}: constructor parameter {p.name!r}")
        for method in self.methods:
            _identifier(method.name, f"{where}: method name")
            if method.name == self.name or method.name in seen:
                raise ValueError(f"{where}: method {method.name!r} is the class name or defined twice")
            seen.add(method.name)
            for p in method.params:
                _vocabulary(p.type, f"{where}: method {method.name!r}: parameter {p.name!r}")
            if method.returns != VOID:
                _vocabulary(method.returns, f"{where}: method {method.name!r}: returns")
        return self


class Checker(BaseModel):
    """How an output is compared with the expected one."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["exact", "unordered", "float", "whitespace", "tokens", "program"] = "exact"
    """exact: equal JSON values (or equal text for stdio); unordered: equal as multisets at the top level;
    float: numbers within `tolerance` (absolute or relative), recursively; whitespace: stdio text equal
    after collapsing runs of whitespace and trimming line ends; tokens: stdio tokens equal, numeric tokens
    within `tolerance`; program: a checker program (`source`) decides, see `effx.measure.judge`."""
    tolerance: float = 1e-6
    """Absolute-or-relative tolerance used by `float` and `tokens`."""
    source: str = ""
    """`program`: the checker's source. In Python it defines `check(input, expected, output)` returning
    True / False or `(accepted, message)`; in another plugin language it is a whole program that reads
    `checks.json` and writes `verdicts.json` (formats in `effx.measure.judge`)."""
    language: str = "python"
    """`program`: the checker's language (any registered language plugin)."""
    file: str = ""
    """`program` in a core task's `task.json`: the checker's file, relative to the task folder; the loader
    reads it into `source`."""
    name: str = ""
    """What results call this judge (`RunResult.judge`); default `checker (<language>)`."""

    @model_validator(mode="after")
    def _program_has_source(self) -> Checker:
        if self.kind == "program" and not (self.source.strip() or self.file):
            raise ValueError("a `program` checker needs `source` (or `file` in task.json)")
        return self

    @property
    def label(self) -> str:
        """The judge's name as results record it: the kind, or the checker program's name."""
        if self.kind != "program":
            return self.kind
        return self.name or f"checker ({self.language})"


class TestCase(BaseModel):
    """One input of a task and, once known, its expected output."""

    __test__ = False  # not a pytest test class

    input: Any
    """Function tasks: the list of positional arguments as JSON values (design tasks: the pair of lists
    `[operation names, argument lists]`, see `Signature`). Stdio tasks: the stdin text."""
    expected: Any = None
    """Expected return value (JSON) or stdout text; None until computed from the oracle reference."""


class Reference(BaseModel):
    """A known-correct solution shipped with a task."""

    name: str
    """Short label, unique per task and language (e.g. `quadratic`, `hashmap`)."""
    language: str
    """Language plugin name."""
    code: str
    """Source code, in the same shape a candidate solution must have."""
    complexity: str = ""
    """Time complexity as written by the author (documentation only)."""


class Runner(BaseModel):
    """A dataset's own per-language test programs (EffiBench-X's `test_runners`): the solution is spliced
    into a runner at `MARK`, the runner reads one case from stdin and prints the answer, and `checker`
    (the dataset's evaluator) compares that text with the expected text."""

    MARK: ClassVar[str] = "==Code Submission=="

    sources: dict[str, str]
    """Language plugin name -> runner source holding `MARK` once."""
    preludes: dict[str, str] = Field(default_factory=dict)
    """Language -> what goes before the runner (the imports the dataset's harness adds)."""
    cases: list[TestCase] = Field(default_factory=list)
    """stdin text -> expected stdout text, one per test."""
    checker: Checker = Field(default_factory=lambda: Checker(kind="whitespace"))
    """How a runner's printed answer is judged."""

    def splice(self, language: str, code: str) -> str:
        """The whole program of `code` in `language`'s runner."""
        prelude = self.preludes.get(language, "")
        return f"{prelude}\n{self.sources[language].replace(self.MARK, code)}" if prelude else \
            self.sources[language].replace(self.MARK, code)


class Task(BaseModel):
    """A problem: statement, entry point or stdio mode, test cases and reference solutions."""

    id: str
    """Unique id within its suite (e.g. `two_sum`)."""
    suite: str = ""
    """Suite the task came from."""
    title: str
    """Human-readable title."""
    difficulty: Literal["easy", "medium", "hard"] = "medium"
    """Difficulty label, as in Mercury."""
    statement: str = ""
    """Problem statement in Markdown."""
    mode: Literal["function", "stdio"] = "function"
    """function: the driver calls `signature` per case; stdio: the program reads stdin, writes stdout."""
    signature: Signature | None = None
    """Entry point of a function task; None for stdio tasks."""
    checker: Checker = Field(default_factory=Checker)
    """How outputs are compared."""
    time_limit_s: float = 10.0
    """Wall-clock limit for one run over all cases."""
    memory_limit_mb: int = 1024
    """Memory limit for one run."""
    cases: list[TestCase] = Field(default_factory=list)
    """Test cases; expected outputs may be filled in later from the oracle reference."""
    references: list[Reference] = Field(default_factory=list)
    """Reference solutions in any number of languages."""
    oracle: str = ""
    """`language/name` of the reference whose outputs define `expected`."""
    tags: list[str] = Field(default_factory=list)
    """Topic tags (arrays, graphs, dp, ...)."""
    runner: Runner | None = None
    """The dataset's own runners: solutions in their languages run through them (`view`), the rest through
    effx's drivers on `cases`."""

    def references_for(self, language: str) -> list[Reference]:
        """The references written in `language`, in file order."""
        return [r for r in self.references if r.language == language]

    def view(self, language: str) -> Task:
        """The task as `language` runs it: a stdio task over the runner's cases when the dataset has a runner
        in that language (the solution spliced in, see `Runner.splice`), else the task itself."""
        if self.runner is None or language not in self.runner.sources:
            return self
        return self.model_copy(update={"mode": "stdio", "signature": None, "cases": self.runner.cases,
                                       "checker": self.runner.checker})


class Sample(BaseModel):
    """One model-written solution, as read from a samples JSONL line."""

    model_config = ConfigDict(populate_by_name=True)

    task_id: str
    """Task this solution answers."""
    language: str
    """Language plugin name."""
    model: str = "unknown"
    """Name of the model (or person) that wrote it."""
    solution: str = Field(validation_alias=AliasChoices("solution", "completion"))
    """Source code; `completion` is accepted as an alias."""
    sample_id: int | None = None
    """Index of this sample among the model's samples for the task; assigned in file order if absent."""


class Program(BaseModel):
    """What a language plugin makes of a task and a solution: files and argv, nothing executed yet."""

    language: str
    """Plugin that rendered it."""
    files: dict[str, str]
    """Relative path -> content, written into the work directory before compiling."""
    compile_argv: list[str] | None = None
    """Compiler command run in the work directory, or None for interpreted languages."""
    artifacts: list[str] = Field(default_factory=list)
    """Paths the compile step produces that running needs (e.g. `main`); cached by `content_hash`."""
    run_argv: list[str]
    """Command that runs the program in the work directory."""
    env: dict[str, str] = Field(default_factory=dict)
    """Extra environment for compile and run (e.g. PYTHONHASHSEED)."""
    toolchain: str = ""
    """Compiler/interpreter version string; part of the cache key so an upgrade recompiles."""
    no_data_limit: bool = False
    """Run without RLIMIT_DATA: runtimes that reserve far more address space than they touch (JVM, V8, Go,
    Ruby's thread stacks, valgrind) would be killed at start by it; the launcher's resident-memory
    watchdog still bounds their memory."""
    shared_build: Program | None = None
    """A program compiled once and reused by many (e.g. C++'s precompiled `<bits/stdc++.h>`): backends that
    support it place its compiled files into the work directory before this program compiles. It only saves
    time: the program must compile to the same result without it, so a backend may skip it, and it is not
    part of `content_hash`."""

    def content_hash(self) -> str:
        """Hash of everything that determines the compiled artifacts."""
        blob = json.dumps(
            [self.language, sorted(self.files.items()), self.compile_argv, self.artifacts, self.toolchain],
            sort_keys=True,
        )
        return hashlib.sha256(blob.encode()).hexdigest()[:20]


class Limits(BaseModel):
    """Resource limits applied to one run of a program."""

    wall_s: float = 10.0
    """Wall-clock limit; the whole process group is killed when it passes."""
    cpu_s: float = 20.0
    """CPU-time limit (RLIMIT_CPU)."""
    memory_mb: int = 1024
    """Memory limit: data-segment rlimit plus a resident-memory watchdog in the launcher."""
    output_bytes: int = 64 * 1024 * 1024
    """Largest file (including stdout) the program may write."""
    processes: int = 64
    """Process/thread count limit (RLIMIT_NPROC of the sandbox user)."""


class Measurement(BaseModel):
    """One execution of a program over all of a task's cases, as reported by the measuring launcher."""

    runtime_ms: float
    """Time inside the solution calls (driver-reported, monotonic clock) for function tasks; wall time of
    the program for stdio tasks."""
    wall_ms: float
    """Wall time of the whole process, start-up included."""
    cpu_ms: float
    """User + system CPU time of the process tree."""
    peak_rss_kb: int
    """Peak resident set size (from the kernel's high-water mark of the measured process)."""
    mem_integral_mb_s: float
    """Resident memory integrated over the run's wall time, in MB*s (sampled by the launcher)."""
    instructions: int | None = None
    """Instruction count when measured with `--metric instructions`."""


def code_hash(code: str) -> str:
    """The content address of a solution's code (`RunResult.code_hash`, the name of its file in `code/`)."""
    return hashlib.sha256(code.encode()).hexdigest()[:16]


class RunResult(BaseModel):
    """The verdict and measurements of one solution (candidate or reference) on one task."""

    task_id: str
    """Task evaluated."""
    language: str
    """Language of the solution."""
    model: str
    """Model name, or `reference` for the suite's own solutions."""
    sample_id: int
    """Sample index (or the reference's index within the task and language)."""
    kind: Literal["candidate", "reference"] = "candidate"
    """Whether this is a model's sample or a suite reference."""
    reference_name: str = ""
    """Name of the reference, for kind == reference."""
    status: Status
    """Verdict."""
    message: str = ""
    """Compiler message, stderr tail, or the first failing case, depending on the status."""
    runtime_ms: float | None = None
    """Median solution runtime over the measured repetitions."""
    cpu_ms: float | None = None
    """Median CPU time."""
    wall_ms: float | None = None
    """Median wall time."""
    peak_rss_kb: int | None = None
    """Median peak resident memory."""
    mem_integral_mb_s: float | None = None
    """Median memory integral."""
    instructions: int | None = None
    """Median instruction count, when measured."""
    cv: float | None = None
    """Coefficient of variation (stdev / mean) of runtime over the repetitions."""
    unexplained_ratio: float | None = None
    """The cross-check of the claimed times (`effx.measure.crosscheck`): the median run's time that neither
    the driver alone nor the claimed calls explain, as a share of the slack allowed; above 1 the result is
    `measurement_rejected`. None for stdio tasks and runs without a trusted baseline."""
    repeats: list[Measurement] = Field(default_factory=list)
    """Every measured repetition (warm-up excluded)."""
    protocol: str | None = None
    """How the repetitions were taken: `fork` or `in_process` (one measuring process per solution, see
    `effx.measure.persistent`), `process` (a process per repetition); with `+` what re-measuring changed
    (`+inner` more passes per repetition, `+process` a fall-back to a process per repetition)."""
    inner: int | None = None
    """Passes per repetition (calibration): each repetition's runtime is the mean of this many passes."""
    judge: str = ""
    """Which judge decided an `ok` or `wrong_answer` verdict: a built-in comparison (`exact`,
    `unordered`, `float`, ...) or a checker program (`checker (python)`, `mercury evaluate_offline`, ...)."""
    compile_ms: float | None = None
    """Compile time (0 when served from the compile cache)."""
    code_hash: str = ""
    """`code_hash(code)` of the solution, to tell identical samples apart and to find its code in the run
    folder (`code/<code_hash>.txt`)."""
    code: str | None = Field(default=None, exclude=True)
    """The solution's code, when it was read back with the result (from the run folder's `code/` or the
    results store). Never serialised with the result: a run folder keeps one copy per distinct code beside
    `results.jsonl`, so a thousand results of the same reference do not carry it a thousand times."""

    @property
    def key(self) -> str:
        """Identity used to resume a run without duplicating results."""
        return f"{self.kind}:{self.model}:{self.task_id}:{self.language}:{self.sample_id}"

    @property
    def passed(self) -> bool:
        """True when every case produced the expected output."""
        return self.status == Status.ok


class RunManifest(BaseModel):
    """`runs/<run_id>/manifest.json`: what was run, how, and on which machine."""

    run_id: str
    """Folder name of the run."""
    created: str
    """ISO-8601 time the run was first started."""
    suite: str
    """Suite name."""
    languages: list[str]
    """Languages evaluated."""
    sandbox: str
    """Sandbox backend (`local`, `docker`) and whether isolation was active, e.g. `local+bwrap`."""
    metric: Literal["time", "cpu", "instructions"] = "time"
    """What `runtime_ms` was derived from."""
    repeat: int = 5
    """Measured repetitions per solution (after one warm-up)."""
    samples_file: str | None = None
    """Path of the samples JSONL, or None when only references were evaluated."""
    references: bool = True
    """Whether the suite's references were measured (needed for Beyond)."""
    tasks: list[str] = Field(default_factory=list)
    """Task ids in the run."""
    metrics: dict[str, dict[str, Any]] = Field(default_factory=dict)
    """Scorer metrics used, by name, with their parameters."""
    machine: dict[str, Any] = Field(default_factory=dict)
    """CPU model, kernel, core count, Python version."""
    toolchains: dict[str, str] = Field(default_factory=dict)
    """Language -> toolchain version string."""
    status: Literal["running", "complete", "interrupted"] = "running"
    """Whether every job of the run has a result."""
    warnings: list[str] = Field(default_factory=list)
    """Things the user should know about the run (e.g. isolation off, noisy machine)."""
