"""The `mercury` suite: Mercury's LeetCode tasks (Hugging Face `Elfsong/Mercury`), run in any language.

## Public datasets

effx reads the published datasets as they are, from parquet, JSON or JSONL files; it never needs the
network when you pass `--data`. Fetch a dataset once on a machine with network access (the commands
need `pip install datasets pyarrow`), then point `--data` at the file or at a folder holding it.

* `mercury`: [`Elfsong/Mercury`](https://huggingface.co/datasets/Elfsong/Mercury), split `eval`
  (256 tasks; `train` has 1,633 more).
* `venus`: [`Elfsong/Venus`](https://huggingface.co/datasets/Elfsong/Venus), configuration `python3`,
  split `train`; the configurations `cpp`, `java`, `golang`, `javascript`, `rust` hold solutions in
  those languages (used as references, see below).
* `effibench-x`: [`EffiBench/effibench-x`](https://huggingface.co/datasets/EffiBench/effibench-x),
  split `test` (623 problems, functional and stdin/stdout).

```
pip install datasets pyarrow
python -c "import datasets as d; d.load_dataset('Elfsong/Mercury', split='eval').to_parquet('mercury.parquet')"
python -c "import datasets as d; d.load_dataset('Elfsong/Venus','python3',split='train').to_parquet('venus.parquet')"
python -c "import datasets as d; d.load_dataset('EffiBench/effibench-x',split='test').to_parquet('effibench-x.parquet')"
```

```
effx run --suite mercury --data mercury.parquet --lang python --samples samples.jsonl
effx run --suite venus --data venus.parquet --lang python --samples samples.jsonl
effx run --suite effibench-x --data effibench-x.parquet --lang cpp --samples samples.jsonl
```

Without `--data`, effx looks for a copy in `$EFFX_CACHE_DIR/datasets/<suite>/` (default
`~/.cache/effx`) and, if the `datasets` library is installed and the network works, downloads the split
there; otherwise it stops with a message giving the commands above.

**Other languages.** Mercury's tasks are Python problems; effx derives a typed signature from each
prompt's type hints, so the same tasks run in C++, Rust or any other language plugin. Beyond compares a
sample with reference solutions *in its own language*, which Mercury does not have: put Venus files next
to the Mercury file (or in the folder named by `$EFFX_VENUS_DIR`), named `venus-<language>.parquet`
(also `.jsonl`/`.json`, or Hugging Face's `<language>/*.parquet` layout), e.g.

```
python -c "import datasets as d; d.load_dataset('Elfsong/Venus','cpp',split='train').to_parquet('venus-cpp.parquet')"
effx run --suite mercury --data . --lang cpp --samples samples.jsonl   # mercury.parquet + venus-cpp.parquet
```

Venus problems are matched to Mercury's by slug. A task without references in a language still
reports Pass@k and raw runtimes in that language; `Suite.skipped` lists, per task, what is missing.

**What is skipped, and why.** Rows that cannot be carried are listed in `Suite.skipped` with the row
(or task id) and the field: a None-returning method with nothing to mutate, types outside effx's vocabulary, design
problems without a listed case in LeetCode's form, and malformed fields. Everything else loads.

**Design problems** (a class constructed, then driven through its methods, e.g. LRU Cache) load as
tasks with a design signature (`effx.tasks.public.design`): each `test_cases` input must be LeetCode's
pair `[["LRUCache", "put", "get"], [[2], [1, 1], [1]]]`, the class first. They run on those listed cases
only: `generator_code` writes one call's arguments, which a sequence of operations is not. Their results
(a list, one per operation) are compared by effx's own `exact` (or `float`) checker, not by
`evaluate_offline`, which judges one call's answer. A design row whose starter code or cases are not of
that shape is skipped with the reason.

## How a Mercury row becomes a task

* id: `slug_name`; statement: `pretty_content`; difficulty: `difficulty`.
* signature: from `prompt` and `entry_point` (`effx.tasks.public.signature`).
* cases: the inputs of `test_cases` (LeetCode arrays for ListNode/TreeNode, effx's own convention),
  then `generated_cases` more from `generator_code`, run in the sandbox with `random.seed(seed)`.
  Expected outputs all come from the oracle reference, so listed and generated cases are judged alike.
* references: every distinct `solutions[].solution` as Python references `python_1`, `python_2`, ...;
  the oracle is the first (Mercury's solutions were all accepted by LeetCode). Their runtimes are
  re-measured; the dataset's reported runtimes are not used.
* judge: the row's own `evaluate_offline` (after its `convert_offline`), verbatim, as a checker program
  run in the sandbox outside the timed region (`effx.measure.judge`), with an `lctk`-compatible module
  of effx's own beside it. Solutions in every language are judged by it: effx's drivers return lists and
  trees as LeetCode arrays, which the checker turns back into nodes for a ListNode/TreeNode result before
  calling `evaluate_offline(inputs, outputs, expected)`; `expected` is the oracle's output. So an
  any-order problem accepts an answer in any order. A row whose judge does not compile (or defines no
  such function) is skipped naming the field; a row without `evaluate_offline` is compared as JSON values
  (`exact`, `float` for float results). Results record the judge (`RunResult.judge`).
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from effx.models import Checker, Signature, Task, TestCase
from effx.tasks.public.collector import Collector, difficulty, validation_reason
from effx.tasks.public.design import design_checker_kind, design_input, design_or_reason, design_skip_reason
from effx.tasks.public.generate import GeneratorJob, OpenScripts, case_count
from effx.tasks.public.references import ReferenceIndex, make_references, reference_limit, venus_folders
from effx.tasks.public.rows import Row, parse_json_field
from effx.tasks.public.signature import SignatureError, derive_signature
from effx.tasks.public.source import Published, locate
from effx.tasks.suite import Suite

MERCURY = Published(suite="mercury", title="Mercury", repo="Elfsong/Mercury", split="eval")


class MercurySolution(BaseModel):
    """One entry of a row's `solutions`."""

    model_config = ConfigDict(extra="ignore")

    solution: str
    """Python source (`class Solution`)."""
    runtime: str | None = None
    """LeetCode's reported runtime (`52ms`); informative only, never used for scoring."""


class MercuryRow(BaseModel):
    """The fields of a Mercury row that effx uses."""

    model_config = ConfigDict(extra="ignore")

    slug_name: str = Field(min_length=1)
    """LeetCode slug, the task id."""
    prompt: str
    """Python starter code with the typed method."""
    entry_point: str | None = None
    """Method name."""
    difficulty: str | None = None
    """Easy, Medium or Hard."""
    pretty_content: list[str] | str = ""
    """Problem statement (a list of paragraphs)."""
    solutions: list[MercurySolution] = Field(default_factory=list)
    """Accepted Python solutions."""
    generator_code: str | None = None
    """Python defining `generate_test_case()`."""
    test_cases: Any = None
    """JSON text (or list) of `{input: [args], expected}`."""
    convert_offline: str | None = None
    """Python defining `convert_offline((inputs, expected)) -> (inputs, expected)` (LeetCode arrays to nodes)."""
    evaluate_offline: str | None = None
    """Python defining `evaluate_offline(inputs, outputs, expected) -> bool`: the row's own judge."""


MERCURY_CHECKER = """\
import lctk
from lctk import ListNode, TreeNode, binaryTree, binaryTree2Arr, linkedList, linkedList2Arr

{convert_offline}

{evaluate_offline}

_RETURNS = {returns!r}


def _as_returned(value):
    # effx's drivers send lists and trees back as LeetCode arrays; the row's judge expects the nodes
    if _RETURNS == "ListNode":
        return linkedList(value)
    if _RETURNS == "TreeNode":
        return binaryTree(value)
    return value


def check(input, expected, output):
    if _RETURNS == "void":
        # In place: output and expected are the arguments after the call (the solution's and the
        # oracle's); the row's judge inspects the mutated inputs against the expected first argument.
        inputs, expected = convert_offline((output, expected[0]))
        return bool(evaluate_offline(inputs, None, expected))
    inputs, expected = convert_offline((input, expected))
    return bool(evaluate_offline(inputs, _as_returned(output), expected))
"""
"""A Mercury row's judge as effx's checker: the row's `convert_offline` and `evaluate_offline` verbatim, with
the `lctk` helpers they import beside them (`effx.measure.judge`)."""
IDENTITY_CONVERT = "def convert_offline(case):\n    return case\n"


def mercury_checker(spec: MercuryRow, sig: Signature) -> Checker:
    """The row's own judge when it ships one, else effx's comparison; raises ValueError naming the field
    whose code does not compile (it is compiled, never run, on the host)."""
    evaluate = (spec.evaluate_offline or "").strip()
    if not evaluate:
        return Checker(kind="float" if "float" in sig.returns else "exact")
    convert = (spec.convert_offline or "").strip() or IDENTITY_CONVERT
    for field, code, name in (("convert_offline", convert, "convert_offline"),
                              ("evaluate_offline", evaluate, "evaluate_offline")):
        try:
            tree = ast.parse(code, f"<{field}>")
        except (SyntaxError, ValueError) as exc:
            raise ValueError(f"{field}: does not compile ({exc})") from None
        if not any(isinstance(node, ast.FunctionDef) and node.name == name for node in tree.body):
            raise ValueError(f"{field}: defines no function {name}")
    source = MERCURY_CHECKER.format(convert_offline=convert.strip(), evaluate_offline=evaluate, returns=sig.returns)
    return Checker(kind="program", source=source, name="mercury evaluate_offline")


def listed_cases(raw: Any, sig: Signature) -> list[TestCase]:
    """The row's `test_cases` inputs as effx cases; raises ValueError naming the bad entry."""
    entries = parse_json_field(raw, "test_cases") if raw not in (None, "") else []
    if not isinstance(entries, list):
        raise ValueError("test_cases: expected a list of {input, expected} objects")
    names = [p.name for p in sig.params]
    cases = []
    for i, entry in enumerate(entries):
        args = entry.get("input") if isinstance(entry, dict) else None
        if sig.is_design:
            try:
                cases.append(TestCase(input=design_input(args, sig)))
            except ValueError as exc:
                raise ValueError(f"test_cases[{i}].input: {exc}") from None
            continue
        if not isinstance(args, list) or len(args) != len(names):
            raise ValueError(f"test_cases[{i}].input: expected a list of {len(names)} argument(s) "
                             f"({', '.join(names)}), found {str(args)[:100]}")
        cases.append(TestCase(input=args))
    return cases


def _task(row: Row, collector: Collector, limit: int | None) -> None:
    try:
        spec = MercuryRow.model_validate(row.fields)
    except ValidationError as exc:
        key = str(row.fields.get("slug_name") or row.label)
        collector.skip(key, f"{row.label}: {validation_reason(exc)}")
        return
    task_id = spec.slug_name
    try:
        sig = derive_signature(spec.prompt, spec.entry_point)
    except SignatureError as exc:
        design = design_or_reason(spec.prompt, exc)
        if isinstance(design, str):
            collector.skip(task_id, f"{row.label}: prompt: {design}")
            return
        sig = design
    try:
        cases = listed_cases(spec.test_cases, sig)
    except ValueError as exc:
        reason = design_skip_reason(sig, str(exc)) if sig.is_design else str(exc)
        collector.skip(task_id, f"{row.label}: {reason}")
        return
    if sig.is_design and not cases:
        collector.skip(task_id, f"{row.label}: prompt: " + design_skip_reason(
            sig, "test_cases: no case in LeetCode's form [operations, argument lists] to run it on"))
        return
    try:
        # a design row's results are a list, one per operation, compared by effx rather than by a judge
        # written for one call's answer
        checker = Checker(kind=design_checker_kind(sig)) if sig.is_design else mercury_checker(spec, sig)
    except ValueError as exc:
        collector.skip(task_id, f"{row.label}: {exc}")
        return
    codes = list(dict.fromkeys(s.solution for s in spec.solutions if s.solution.strip()))
    if not codes:
        collector.skip(task_id, f"{row.label}: solutions: no solution to serve as the oracle")
        return
    statement = spec.pretty_content if isinstance(spec.pretty_content, str) else "\n\n".join(spec.pretty_content)
    task = Task(id=task_id, suite="mercury", title=task_id.replace("-", " ").title(),
                difficulty=difficulty(spec.difficulty), statement=statement, signature=sig,
                checker=checker, cases=cases,
                references=make_references("python", codes, limit), oracle="python/python_1")
    collector.add(task, [task_id])
    if spec.generator_code and spec.generator_code.strip() and not sig.is_design:
        collector.jobs.append(GeneratorJob(task_id, spec.generator_code, tuple(p.name for p in sig.params)))


def load_mercury(*, data: Path | None = None, with_cases: bool = True, venus_dir: Path | None = None,
                 generated_cases: int | None = None, seed: int = 1, max_references: int | None = None,
                 scripts: OpenScripts | None = None) -> Suite:
    """Load Mercury rows as tasks (see the module docstring for every choice made).

    Args:
        data: the Mercury file (parquet, JSON or JSONL), or a folder holding it and Venus files.
        with_cases: run the generators (False: listed cases only, nothing executed).
        venus_dir: another folder with Venus files (default `$EFFX_VENUS_DIR`).
        generated_cases: cases generated per task (default `$EFFX_GENERATED_CASES`, else 20).
        seed: seed of the generators.
        max_references: keep at most this many references per task and language (default
            `$EFFX_MAX_REFERENCES`, else all).
        scripts: where the untrusted generators run; `effx.registry.get_suite_loader` passes the sandbox.

    Raises:
        SuiteError: no dataset, or a file that cannot be read at all, or generators to run and no `scripts`;
            the message says what to do.
    """
    path = locate(MERCURY, data, marker="mercury")
    limit = reference_limit(max_references)
    collector = Collector.from_rows("mercury", path, _task, limit)
    index = ReferenceIndex.load(venus_folders(Path(data) if data else None, venus_dir), skip_languages={"python"})
    return collector.finish(with_cases=with_cases, seed=seed, count=case_count(generated_cases), index=index,
                            reference_limit=limit, scripts=scripts)
