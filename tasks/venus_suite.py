"""The `venus` suite: Afterburner's Venus problems (Hugging Face `Elfsong/Venus`, `python3`), in any language.

A processed Venus row carries `problem_id, title, question_content, difficulty, tags, code_prompt,
test_case_generator, test_case_evaluator, test_case_runners, test_cases, solutions`. It becomes a task
the way a Mercury row does (see `effx.tasks.mercury_suite` for the dataset commands):

* id: the slug (`name`/`title_slug`, else the slugified `title`); statement: `question_content`.
* signature: derived from `code_prompt`'s type hints (an in-place method returns `void`: its answer is its
  arguments after the call); types outside the vocabulary are listed in `Suite.skipped` with the reason.
  A design problem (a class constructed, then driven through its methods) gets a design signature
  (`effx.tasks.public.design`) and runs on its listed cases, each LeetCode's two lines (the operations,
  then their argument lists); its generator, which writes one call's arguments, is not used, and a design
  row without such a case is skipped.
* cases: the inputs of `test_cases`, which Venus writes as LeetCode displays them
  (`nums = [2,7,11,15], target = 9`), decoded by `effx.tasks.public.arguments`; then cases from
  `test_case_generator` (`TestCaseGenerator().generate()` returns the arguments by name), run in the
  sandbox with a fixed seed. Expected outputs come from the oracle reference. If the listed inputs do
  not decode, the task keeps its generated cases and `Suite.skipped` says so.
* references: the `solutions` with `passed` true, as Python references; the oracle is the first.
  Other languages come from Venus's per-language files placed next to the data file (or in
  `$EFFX_VENUS_DIR`), matched by slug or question id (`effx.tasks.public.references`).
* `test_case_runners` and `test_case_evaluator` are not used: effx's own drivers call the solution and
  time only the call, and outputs are compared as JSON values.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from effx.models import Checker, Task, TestCase
from effx.tasks.public.arguments import decode_arguments
from effx.tasks.public.collector import Collector, difficulty, validation_reason
from effx.tasks.public.design import (
    DESIGN_PARAMS,
    design_checker_kind,
    design_input,
    design_or_reason,
    design_skip_reason,
)
from effx.tasks.public.generate import GeneratorJob, OpenScripts, case_count
from effx.tasks.public.references import (
    ReferenceIndex,
    make_references,
    reference_limit,
    row_keys,
    venus_folders,
)
from effx.tasks.public.rows import Row, parse_json_field
from effx.tasks.public.signature import SignatureError, derive_signature
from effx.tasks.public.source import Published, locate
from effx.tasks.suite import Suite

VENUS = Published(suite="venus", title="Venus", repo="Elfsong/Venus", split="train", config="python3")


class VenusSolution(BaseModel):
    """One entry of a row's `solutions`."""

    model_config = ConfigDict(extra="ignore")

    code: str
    """Python source (`class Solution`)."""
    passed: bool = True
    """Whether Venus's own evaluation accepted it; failing ones are not references."""


class VenusRow(BaseModel):
    """The fields of a processed Venus row that effx uses."""

    model_config = ConfigDict(extra="ignore")

    problem_id: int | str | None = None
    """LeetCode's internal question id."""
    title: str = Field(min_length=1)
    """Problem title."""
    question_content: str = ""
    """Statement."""
    difficulty: str | None = None
    """Easy, Medium or Hard."""
    tags: list[str] | str | None = None
    """Topic tags."""
    code_prompt: str
    """Python starter code."""
    test_case_generator: str | None = None
    """Python defining `class TestCaseGenerator` with `generate()`."""
    test_cases: Any = None
    """JSON text (or list) of `{input, output}` strings."""
    solutions: list[VenusSolution] = Field(default_factory=list)
    """Python solutions with their Venus measurements."""


def _listed(raw: Any, names: list[str]) -> list[TestCase]:
    entries = parse_json_field(raw, "test_cases") if raw not in (None, "") else []
    if not isinstance(entries, list):
        raise ValueError("test_cases: expected a list of {input, output} objects")
    cases = []
    for i, entry in enumerate(entries):
        text = entry.get("input") if isinstance(entry, dict) else None
        if not isinstance(text, str):
            raise ValueError(f"test_cases[{i}].input: expected text, found {type(text).__name__}")
        try:
            cases.append(TestCase(input=decode_arguments(text, names)))
        except ValueError as exc:
            raise ValueError(f"test_cases[{i}].input: {exc}") from None
    return cases


def _task(row: Row, collector: Collector, limit: int | None) -> None:
    keys = row_keys(row.fields)
    key = keys[0] if keys else row.label
    try:
        spec = VenusRow.model_validate(row.fields)
    except ValidationError as exc:
        collector.skip(key, f"{row.label}: {validation_reason(exc)}")
        return
    try:
        sig = derive_signature(spec.code_prompt)
    except SignatureError as exc:
        design = design_or_reason(spec.code_prompt, exc)
        if isinstance(design, str):
            collector.skip(key, f"{row.label}: code_prompt: {design}")
            return
        sig = design
    codes = list(dict.fromkeys(s.code for s in spec.solutions if s.passed and s.code.strip()))
    if not codes:
        collector.skip(key, f"{row.label}: solutions: no passing solution to serve as the oracle")
        return
    names = [p.name for p in sig.params]
    if sig.is_design:
        # LeetCode shows a design case as two lines, the operations and their arguments; a generator writes
        # one call's arguments, which a sequence of operations is not, so only the listed cases run
        try:
            cases = [TestCase(input=design_input(c.input, sig)) for c in _listed(spec.test_cases, list(DESIGN_PARAMS))]
        except ValueError as exc:
            cases = []
            why = str(exc)
        else:
            why = "test_cases: no case in LeetCode's form (operations, then argument lists) to run it on"
        if not cases:
            collector.skip(key, f"{row.label}: code_prompt: {design_skip_reason(sig, why)}")
            return
    else:
        try:
            cases = _listed(spec.test_cases, names)
        except ValueError as exc:
            cases = []
            collector.skip(f"{key}: test_cases", f"{row.label}: {exc}; the task uses generated cases only")
    tags = spec.tags if isinstance(spec.tags, list) else [t for t in str(spec.tags or "").split(",") if t]
    task = Task(id=key, suite="venus", title=spec.title, difficulty=difficulty(spec.difficulty),
                statement=spec.question_content, signature=sig,
                checker=Checker(kind=design_checker_kind(sig) if sig.is_design
                                else "float" if "float" in sig.returns else "exact"), cases=cases,
                references=make_references("python", codes, limit), oracle="python/python_1",
                tags=[t.strip() for t in tags])
    collector.add(task, keys)
    if spec.test_case_generator and spec.test_case_generator.strip() and not sig.is_design:
        collector.jobs.append(GeneratorJob(key, spec.test_case_generator, tuple(names)))


def load_venus(*, data: Path | None = None, with_cases: bool = True, venus_dir: Path | None = None,
               generated_cases: int | None = None, seed: int = 1, max_references: int | None = None,
               scripts: OpenScripts | None = None) -> Suite:
    """Load processed Venus (python3) rows as tasks; arguments as in `effx.tasks.mercury_suite.load_mercury`.

    Raises:
        SuiteError: no dataset, or a file that cannot be read at all; the message says what to do.
    """
    path = locate(VENUS, data, marker="venus")
    limit = reference_limit(max_references)
    collector = Collector.from_rows("venus", path, _task, limit)
    folders = venus_folders(Path(data) if data else None, venus_dir)
    index = ReferenceIndex.load(folders, skip_languages={"python"})
    return collector.finish(with_cases=with_cases, seed=seed, count=case_count(generated_cases), index=index,
                            reference_limit=limit, scripts=scripts)
