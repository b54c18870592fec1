"""The `effibench-x` suite: EffiBench-X's problems (Hugging Face `EffiBench/effibench-x`), six languages.

Rows carry `id, title, title_slug, description, difficulty, tags, source, type, time_limit_nanos,
memory_limit_bytes, starter_code, solutions, test_case_generator, evaluator, generated_tests,
test_runners` (dataset commands: see `effx.tasks.mercury_suite`). Two kinds of problem:

* **functional** (LeetCode; `type` "functional", or `source` leetcode): a function task. The signature
  is derived from the Python starter code (`starter_code["python3"]`; a design problem, a class driven
  through its methods, gets a design signature, `effx.tasks.public.design`, and its tests must decode
  as LeetCode's operations and argument lists), so the problem runs in any
  language with an effx plugin, not only EffiBench-X's six. The inputs of `generated_tests` (text that
  EffiBench-X's per-language runners parse) are decoded into arguments: JSON per line, a JSON list or
  object, or LeetCode's `a = ..., b = ...` (`effx.tasks.public.arguments`); a problem whose inputs do not
  decode is listed in `Suite.skipped` with the test and the reason (unless it has runners, below).
  Inputs in the runners' plain text (`4 9 2 12\n13`: one line per parameter, lists as tokens) decode too.
* **runners**: in each language with a `test_runners` entry (python, cpp, java, javascript, go, ruby),
  solutions run as EffiBench-X runs them: spliced into the runner at `==Code Submission==` (after the
  imports its solutions assume), fed each test's input on stdin, their printed answer judged by the
  row's `evaluator` (`evaluate(output, expected)` on trimmed text) as a checker program in the sandbox
  (`Task.runner`, `Task.view`). The runner's whole process is timed, as EffiBench-X times it: the runner
  does not mark where the solution's call starts. Languages without a runner (C, Rust, ...) go through
  effx's drivers on the decoded inputs, judged against the oracle's outputs; when the inputs do not
  decode, those languages get a `sandbox_error` saying so. `RunResult.judge` names the path taken
  (`python runner, effibench-x evaluator` or `driver, exact`). A runner without the marker, or an
  evaluator that does not compile, skips the row with the reason.
* **stdin/stdout** (AtCoder, Codeforces, CodeChef, Aizu): a `stdio` task whose cases are the
  `generated_tests` pairs (stdin, expected stdout), compared with the `whitespace` checker, which is
  what EffiBench-X's evaluators do for these problems (trim, compare line by line).

Id: `<source>_<id>_<title_slug>`, EffiBench-X's own file naming. References: `solutions`, one per
language (a dict of language -> code, or a list of `{language, code}`), mapped to effx plugin names
(`python3` -> python, `golang` -> go, ...); the oracle is the Python solution when there is one. Limits:
EffiBench-X's 10 s per run, and its memory limit when it is above effx's default 1024 MB.
`max_cases` (or `$EFFX_MAX_CASES`) keeps only the first N tests of each problem, for quick runs.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from effx.models import Checker, Reference, Runner, Signature, Task, TestCase
from effx.tasks.public.arguments import decode_arguments, decode_runner_text
from effx.tasks.public.collector import Collector, difficulty, validation_reason
from effx.tasks.public.design import (
    DESIGN_PARAMS,
    design_checker_kind,
    design_input,
    design_or_reason,
    design_skip_reason,
)
from effx.tasks.public.rows import Row, effx_language, parse_json_field, slugify
from effx.tasks.public.signature import SignatureError, derive_signature
from effx.tasks.public.source import Published, locate
from effx.tasks.suite import Suite, SuiteError

EFFIBENCH_X = Published(suite="effibench-x", title="EffiBench-X", repo="EffiBench/effibench-x", split="test")
FUNCTIONAL_TYPES = {"functional", "function", "leetcode", "func"}
STDIO_TYPES = {"io", "stdio", "standard_io", "stdin", "stdin_stdout"}


class EffiBenchXRow(BaseModel):
    """The fields of an EffiBench-X row that effx uses."""

    model_config = ConfigDict(extra="ignore")

    id: int | str
    """Problem id within its source."""
    title: str = ""
    """Title."""
    title_slug: str | None = None
    """Slug (LeetCode) or a source-specific name."""
    description: str = ""
    """Statement."""
    difficulty: str | None = None
    """Difficulty label."""
    tags: list[str] | None = None
    """Topic tags."""
    source: str = ""
    """leetcode, atcoder, codeforces, codechef, aizu."""
    type: str | None = None
    """functional or io."""
    time_limit_nanos: int | None = None
    """Per-test time limit of the source judge."""
    memory_limit_bytes: int | None = None
    """Memory limit of the source judge."""
    starter_code: Any = None
    """Language -> starter code (dict, or JSON text of one)."""
    solutions: Any = None
    """Canonical solutions: language -> code, or a list of {language, code}."""
    generated_tests: Any = None
    """List (or JSON text) of {input, output} text pairs."""
    test_runners: Any = None
    """Language -> runner source holding `==Code Submission==` (dict, or JSON text of one)."""
    evaluator: str | None = None
    """Python defining `evaluate(output, expected) -> bool` over the runners' printed text."""


PRELUDES = {
    "python": "from typing import *\nfrom collections import *\nfrom functools import *\nfrom itertools import *\n"
              "from heapq import *\nfrom bisect import *\nimport math\nimport json\nimport sys\nimport re\n",
    "cpp": "#include <bits/stdc++.h>\nusing namespace std;\n",
    "java": "import java.util.*;\nimport java.util.function.*;\nimport java.util.stream.*;\nimport java.io.*;\n"
            "import java.math.*;\n",
    "ruby": "require 'json'\nrequire 'set'\n",
}
"""What goes before a runner in each language: the imports its solutions take for granted."""

EVALUATOR_CHECKER = """\
import re

{evaluator}

_ESCAPES = re.compile(r"\\x1b\\[[0-9;?]*[ -/]*[@-~]")


def _clean(text):
    return _ESCAPES.sub("", text).replace("\\r\\n", "\\n").strip()


def check(input, expected, output):
    return bool(evaluate(_clean(output), _clean(expected)))
"""
"""The row's `evaluator` as effx's checker: called on the runner's printed answer and the expected text,
both with terminal escapes and carriage returns removed and trimmed."""


def _runner(spec: EffiBenchXRow, tests: list[tuple[str, str]]) -> Runner | None:
    """The row's runners (languages effx knows), judged by its evaluator; None when it has none.

    Raises:
        ValueError: a runner without the splice marker, or an evaluator that does not compile.
    """
    raw = parse_json_field(spec.test_runners, "test_runners") if spec.test_runners else {}
    if not isinstance(raw, dict):
        raise ValueError("test_runners: expected an object of language -> runner source")
    sources: dict[str, str] = {}
    for key, source in raw.items():
        language = effx_language(key)
        if not language or not isinstance(source, str):
            continue
        if Runner.MARK not in source:
            raise ValueError(f"test_runners.{key}: no {Runner.MARK} marker to splice the solution at")
        sources[language] = source
    if not sources:
        return None
    checker = Checker(kind="whitespace")
    evaluator = (spec.evaluator or "").strip()
    if evaluator:
        try:
            tree = ast.parse(evaluator, "<evaluator>")
        except (SyntaxError, ValueError) as exc:
            raise ValueError(f"evaluator: does not compile ({exc})") from None
        if not any(isinstance(node, ast.FunctionDef) and node.name == "evaluate" for node in tree.body):
            raise ValueError("evaluator: defines no function evaluate")
        checker = Checker(kind="program", source=EVALUATOR_CHECKER.format(evaluator=evaluator),
                          name="effibench-x evaluator")
    return Runner(sources=sources, preludes={k: v for k, v in PRELUDES.items() if k in sources},
                  cases=[TestCase(input=stdin, expected=stdout) for stdin, stdout in tests], checker=checker)


def _decoded(tests: list[tuple[str, str]], sig: Signature) -> list[TestCase]:
    """The tests' inputs as arguments: a format `decode_arguments` reads, else the runners' plain text."""
    names, types = [p.name for p in sig.params], [p.type for p in sig.params]
    cases = []
    for i, (stdin, _) in enumerate(tests):
        try:
            cases.append(TestCase(input=decode_arguments(stdin, names)))
        except ValueError as exc:
            try:
                cases.append(TestCase(input=decode_runner_text(stdin, types)))
            except ValueError:
                raise ValueError(f"generated_tests[{i}].input: {exc}") from None
    return cases


def _design_decoded(tests: list[tuple[str, str]], sig: Signature) -> list[TestCase]:
    """A design problem's tests as cases: LeetCode's operations and argument lists (two JSON lines, or one
    list of both, or an object with `operations` and `arguments`)."""
    cases = []
    for i, (stdin, _) in enumerate(tests):
        try:
            cases.append(TestCase(input=design_input(decode_arguments(stdin, list(DESIGN_PARAMS)), sig)))
        except ValueError as exc:
            raise ValueError(f"generated_tests[{i}].input: {exc}") from None
    return cases


def _functional(spec: EffiBenchXRow) -> bool:
    kind = (spec.type or "").strip().lower()
    if kind in FUNCTIONAL_TYPES:
        return True
    if kind in STDIO_TYPES:
        return False
    return spec.source.strip().lower() == "leetcode"


def _solutions(raw: Any) -> list[Reference]:
    """References from `solutions` in either published shape; languages effx does not know are dropped."""
    data = parse_json_field(raw, "solutions")
    pairs: list[tuple[str, Any]] = []
    if isinstance(data, dict):
        pairs = list(data.items())
    elif isinstance(data, list):
        pairs = [(str(s.get("language") or s.get("lang") or ""), s) for s in data if isinstance(s, dict)]
    refs: list[Reference] = []
    for key, value in pairs:
        language = effx_language(key)
        entries = value if isinstance(value, list) else [value]
        codes = [e.get("code") or e.get("solution") if isinstance(e, dict) else e for e in entries]
        codes = [c for c in codes if isinstance(c, str) and c.strip()]
        if language:
            count = sum(r.language == language for r in refs)
            refs += [Reference(name=f"{language}_{count + i}", language=language, code=c)
                     for i, c in enumerate(codes, start=1)]
    return refs


def _tests(raw: Any, limit: int | None) -> list[tuple[str, str]]:
    data = parse_json_field(raw, "generated_tests") if raw not in (None, "") else []
    if not isinstance(data, list):
        raise ValueError("generated_tests: expected a list of {input, output} objects")
    tests = []
    for i, entry in enumerate(data[:limit] if limit is not None else data):
        if not isinstance(entry, dict) or not isinstance(entry.get("input"), str):
            raise ValueError(f"generated_tests[{i}]: expected an object with text `input` and `output`")
        tests.append((entry["input"], str(entry.get("output", ""))))
    return tests


def _oracle(refs: list[Reference]) -> str:
    for language in ("python", "cpp"):
        named = [r for r in refs if r.language == language]
        if named:
            return f"{language}/{named[0].name}"
    return f"{refs[0].language}/{refs[0].name}"


def _task(row: Row, collector: Collector, limit: int | None) -> None:
    try:
        spec = EffiBenchXRow.model_validate(row.fields)
    except ValidationError as exc:
        collector.skip(row.label, f"{row.label}: {validation_reason(exc)}")
        return
    slug = spec.title_slug or slugify(spec.title) or "problem"
    task_id = f"{spec.source}_{spec.id}_{slug}" if spec.source else f"{spec.id}_{slug}"
    try:
        refs = _solutions(spec.solutions)
        tests = _tests(spec.generated_tests, limit)
    except ValueError as exc:
        collector.skip(task_id, f"{row.label}: {exc}")
        return
    if not refs:
        collector.skip(task_id, f"{row.label}: solutions: no solution in a language effx knows")
        return
    if not tests:
        collector.skip(task_id, f"{row.label}: generated_tests: no tests")
        return
    memory = max(1024, (spec.memory_limit_bytes or 0) // (1024 * 1024))
    common: dict[str, Any] = dict(id=task_id, suite="effibench-x", title=spec.title or slug,
                                  difficulty=difficulty(spec.difficulty), statement=spec.description,
                                  memory_limit_mb=memory, references=refs, oracle=_oracle(refs),
                                  tags=spec.tags or [])
    if not _functional(spec):
        cases = [TestCase(input=stdin, expected=stdout) for stdin, stdout in tests]
        collector.add(Task(mode="stdio", checker=Checker(kind="whitespace"), cases=cases, **common), [task_id])
        return
    starters = parse_json_field(spec.starter_code, "starter_code") if spec.starter_code else {}
    starter = next((v for k, v in (starters or {}).items() if effx_language(k) == "python"), None)
    if not isinstance(starter, str):
        collector.skip(task_id, f"{row.label}: starter_code: no Python starter code to derive the signature from")
        return
    try:
        sig = derive_signature(starter)
    except SignatureError as exc:
        design = design_or_reason(starter, exc)
        if isinstance(design, str):
            collector.skip(task_id, f"{row.label}: starter_code: {design}")
            return
        sig = design
    try:
        runner = _runner(spec, tests)
    except SignatureError as exc:
        collector.skip(task_id, f"{row.label}: starter_code: {exc}")
        return
    except ValueError as exc:
        collector.skip(task_id, f"{row.label}: {exc}")
        return
    try:
        cases = _design_decoded(tests, sig) if sig.is_design else _decoded(tests, sig)
    except ValueError as exc:
        if runner is None:
            reason = f"starter_code: {design_skip_reason(sig, str(exc))}" if sig.is_design else str(exc)
            collector.skip(task_id, f"{row.label}: {reason}")
            return
        cases = []  # the runners' languages still run; the others cannot (their results say so)
    checker = Checker(kind=design_checker_kind(sig) if sig.is_design
                      else "float" if "float" in sig.returns else "exact")
    collector.add(Task(mode="function", signature=sig, checker=checker, cases=cases, runner=runner, **common),
                  [task_id])


def _max_cases(requested: int | None) -> int | None:
    if requested is not None:
        return requested
    text = os.environ.get("EFFX_MAX_CASES", "").strip()
    if text and not text.isdigit():
        raise SuiteError(f"EFFX_MAX_CASES={text!r} is not a whole number")
    return int(text) if text else None


def load_effibenchx(*, data: Path | None = None, with_cases: bool = True, max_cases: int | None = None) -> Suite:
    """Load EffiBench-X rows as function and stdio tasks.

    Args:
        data: the dataset file (parquet, JSON, JSONL), or a folder holding it.
        with_cases: accepted for the loader protocol; the cases are the dataset's own, so nothing runs.
        max_cases: keep only the first N tests per problem (default `$EFFX_MAX_CASES`, else all).

    Raises:
        SuiteError: no dataset, or a file that cannot be read at all; the message says what to do.
    """
    path = locate(EFFIBENCH_X, data, marker="effibench")
    limit = _max_cases(max_cases)
    collector = Collector.from_rows("effibench-x", path, _task, limit)
    return collector.finish(with_cases=with_cases, seed=0, count=0)
