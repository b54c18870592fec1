"""The core suite's task content: folders load, cases are reproducible, references agree.

Python references run in-process with the helpers of `scripts/check_core_refs.py` (only the method
call is executed per case, exactly as the real driver does); stdio references run as real child
processes on the system interpreter.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from effx.languages.value_types import parse_type
from effx.models import Sample, Task
from effx.tasks.core import ROOT, generate_cases, load_core

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "check_core_refs.py"
FOLDERS = sorted(p.parent for p in ROOT.glob("*/task.json"))
GENERATED_CASES_CHECKED = 5


def _check_module() -> Any:
    spec = importlib.util.spec_from_file_location("check_core_refs", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def suite() -> dict[str, Task]:
    return load_core().tasks


def test_every_task_folder_loads(suite: dict[str, Task]) -> None:
    assert sorted(suite) == [f.name for f in FOLDERS]
    for task in suite.values():
        assert task.title and task.statement.strip(), task.id
        assert task.cases, f"{task.id} has no cases"


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_generator_gives_identical_cases_for_the_same_seed(folder: Path, suite: dict[str, Task]) -> None:
    seed = json.loads((folder / "task.json").read_text()).get("seed", 1)
    fixed = len(json.loads((folder / "task.json").read_text()).get("fixed_cases", []))
    loaded = [c.input for c in suite[folder.name].cases[fixed:]]
    assert generate_cases(folder, seed) == loaded


def test_generators_depend_on_the_seed() -> None:
    folder = ROOT / "two_sum"
    assert generate_cases(folder, 1) != generate_cases(folder, 2)


def test_each_task_has_three_references_in_python_and_cpp(suite: dict[str, Task]) -> None:
    for task in suite.values():
        for language in ("python", "cpp"):
            names = [r.name for r in task.references_for(language)]
            assert len(names) >= 3, f"{task.id}: only {names} in {language}"


def test_oracle_is_a_python_reference(suite: dict[str, Task]) -> None:
    for task in suite.values():
        language, _, name = task.oracle.partition("/")
        assert language == "python", task.id
        assert name in {r.name for r in task.references_for("python")}, task.id


def test_signature_types_parse(suite: dict[str, Task]) -> None:
    for task in suite.values():
        if task.mode == "stdio":
            assert task.signature is None
            assert task.checker.kind in ("whitespace", "tokens"), task.id
            continue
        assert task.signature is not None
        for param in task.signature.params:
            parse_type(param.type)
        for method in task.signature.methods or ():  # a design class: its methods' types (or void)
            for param in method.params:
                parse_type(param.type)
            if method.returns != "void":
                parse_type(method.returns)
        if not task.signature.is_design:
            parse_type(task.signature.returns)


def test_suite_has_enough_function_and_stdio_tasks(suite: dict[str, Task]) -> None:
    modes = [t.mode for t in suite.values()]
    assert modes.count("function") >= 8
    assert modes.count("stdio") >= 2


def test_examples_parse_as_samples_naming_existing_tasks(suite: dict[str, Task]) -> None:
    lines = (ROOT / "examples.jsonl").read_text().splitlines()
    samples = [Sample.model_validate(json.loads(line)) for line in lines]
    assert samples
    for sample in samples:
        assert sample.task_id in suite, sample.task_id
        assert sample.solution.strip()
    per_language: dict[str, set[tuple[str, str]]] = {}
    for s in samples:
        per_language.setdefault(s.language, set()).add((s.task_id, s.model))
    assert set(per_language) == {"python", "cpp", "c", "java", "javascript", "go", "rust", "ruby"}
    first_ten = {s.task_id for s in samples}
    models = {"demo-fast", "demo-medium", "demo-slow", "demo-buggy"}
    assert len(first_ten) == 10
    for language, pairs in per_language.items():  # every model answers every example task in every language
        assert pairs == {(t, m) for t in first_ten for m in models}, language
    covered = {(s.task_id, s.language) for s in samples if s.model == "demo-fast"}
    for task_id in {s.task_id for s in samples}:
        assert {(task_id, "python"), (task_id, "cpp")} <= covered


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_python_references_agree_with_the_oracle(folder: Path, suite: dict[str, Task]) -> None:
    check = _check_module()
    task = suite[folder.name]
    spec = json.loads((folder / "task.json").read_text())
    fixed = len(spec.get("fixed_cases", []))
    extra = GENERATED_CASES_CHECKED if task.mode == "function" else 0
    cases = [c.input for c in task.cases[: fixed + extra]]
    language, _, name = task.oracle.partition("/")
    oracle = next(r for r in task.references_for(language) if r.name == name)
    expected, _ = check.run_reference(task, language, oracle.code, cases)
    for ref in task.references_for("python"):
        outputs, _ = check.run_reference(task, "python", ref.code, cases)
        for i, (got, want, case) in enumerate(zip(outputs, expected, cases, strict=True)):
            assert check.same(task, got, want, case), f"{task.id}/{ref.name} differs from the oracle on case {i}"


def test_every_reference_approach_has_its_complexity_described(suite: dict[str, Task]) -> None:
    for task in suite.values():
        spec = json.loads((ROOT / task.id / "task.json").read_text())
        missing = sorted({r.name for r in task.references} - set(spec["complexity"]))
        assert not missing, f"{task.id}/task.json: complexity has no entry for {missing}"
