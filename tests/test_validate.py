"""`effx validate` on small real suites: failing references, unseeded generators and indistinct references.

The suites are core-format task folders written per test session, with Python references whose
runtimes differ by orders of magnitude (or not at all, on purpose), measured for real in two runs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from effx.cli.validate_command import register
from effx.validate import ValidateConfig, Validation, compare_cases, kendall_tau, validate

COUNT = {"name": "total", "params": [{"name": "n", "type": "int"}], "returns": "int64"}
FORMULA = "class Solution:\n    def total(self, n):\n        return n * (n - 1) // 2\n"
LOOP = ("class Solution:\n    def total(self, n):\n        s = 0\n        for i in range(n):\n"
        "            s += i\n        return s\n")
OFF_BY_ONE = "class Solution:\n    def total(self, n):\n        return n * (n + 1) // 2\n"
SEEDED = "def generate(rng):\n    return [[rng.randint(100000, 200000)] for _ in range(3)]\n"
# Set iteration order of strings follows the interpreter's hash seed, not the generator's seed.
SET_ORDER = ("def generate(rng):\n    words = {'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta',\n"
             "             'theta', 'iota', 'kappa', 'lambda', 'mu'}\n    return [[w] for w in words]\n")
LENGTH = {"name": "size", "params": [{"name": "word", "type": "str"}], "returns": "int"}


def _task(root: Path, task_id: str, signature: dict, generator: str, references: dict[str, str],
          oracle: str) -> None:
    folder = root / task_id
    (folder / "references" / "python").mkdir(parents=True)
    spec = {"title": task_id, "difficulty": "easy", "signature": signature, "oracle": f"python/{oracle}",
            "time_limit_s": 20, "memory_limit_mb": 256}
    (folder / "task.json").write_text(json.dumps(spec))
    (folder / "generator.py").write_text(generator)
    for name, code in references.items():
        (folder / "references" / "python" / f"{name}.py").write_text(code)


@pytest.fixture(scope="module")
def suite_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("validate-suite")
    _task(root, "distinct", COUNT, SEEDED, {"formula": FORMULA, "loop": LOOP}, "formula")
    _task(root, "same_speed", COUNT, SEEDED, {"loop_a": LOOP, "loop_b": LOOP}, "loop_a")
    _task(root, "broken", COUNT, SEEDED, {"formula": FORMULA, "off_by_one": OFF_BY_ONE}, "formula")
    _task(root, "unseeded", LENGTH, SET_ORDER, {"builtin": "class Solution:\n    def size(self, word):\n"
                                                "        return len(word)\n"}, "builtin")
    return root


@pytest.fixture(scope="module")
def validation(suite_dir, tmp_path_factory) -> Validation:
    runs = tmp_path_factory.mktemp("validate-runs")
    # Identical references must stay within 3x of each other even on a busy machine; see same_speed.
    return validate(ValidateConfig(data=suite_dir, repeat=3, runs_dir=runs, min_spread=3.0))


def _row(validation: Validation, task_id: str):
    [row] = [r for r in validation.rows if r.task_id == task_id]
    return row


def test_references_far_apart_rank_identically_in_both_runs(validation):
    row = _row(validation, "distinct")
    assert (row.language, row.passed, row.references) == ("python", 2, 2)
    assert row.tau == 1.0
    assert row.spread is not None and row.spread > 10  # a loop over >100k ints against one multiplication
    assert row.flags == [] and row.failures == []


def test_a_wrong_reference_fails_the_validation_with_its_name_and_status(validation):
    row = _row(validation, "broken")
    assert row.passed == 1
    assert any(f.startswith("off_by_one: wrong_answer in run 1") for f in row.failures)
    assert any("broken/python: off_by_one: wrong_answer" in line for line in validation.failures)
    assert validation.exit_code() == 1


def test_a_generator_depending_on_hash_order_is_not_deterministic(validation):
    assert validation.generators["unseeded"] is not None
    assert "differs" in validation.generators["unseeded"]
    assert {t: p for t, p in validation.generators.items() if t != "unseeded"} == {
        "broken": None, "distinct": None, "same_speed": None}


def test_identical_references_are_flagged_as_indistinct_and_a_single_one_as_tau_undefined(validation):
    assert "indistinct" in _row(validation, "same_speed").flags
    assert _row(validation, "unseeded").flags == ["no tau"]
    assert validation.median_tau()["python"] is not None


def test_both_measurement_runs_are_kept_as_run_folders(validation):
    first, second = validation.run_dirs
    assert first != second
    for folder in (first, second):
        lines = (folder / "results.jsonl").read_text().splitlines()
        assert len(lines) == 7  # every reference of the four tasks
        assert json.loads((folder / "manifest.json").read_text())["status"] == "complete"


def test_kendall_tau_is_undefined_for_fewer_than_two_or_all_tied_runtimes():
    assert kendall_tau([1.0], [2.0]) is None
    assert kendall_tau([1.0, 1.0, 1.0], [1.0, 2.0, 3.0]) is None
    assert kendall_tau([1.0, 2.0, 3.0], [10.0, 20.0, 30.0]) == 1.0
    assert kendall_tau([1.0, 2.0, 3.0], [30.0, 20.0, 10.0]) == -1.0


def test_case_comparison_names_the_first_difference():
    first = {"a": ["x", "y"], "b": ["x"], "c": ["x"]}
    assert compare_cases(first, {"a": ["x", "z"], "b": ["x", "y"]}) == {
        "a": "case 1 differs between two loads with the same seed",
        "b": "1 cases on the first load, 2 on the second",
        "c": "task missing on the second load",
    }


def _cli(*args: str):
    app = typer.Typer()
    app.callback()(lambda: None)
    register(app)
    return CliRunner().invoke(app, ["validate", *args], env={"COLUMNS": "160"})


def test_cli_flags_are_warnings_unless_strict_also_through_the_process_pool(suite_dir, tmp_path):
    args = ["--data", str(suite_dir), "--task", "distinct", "--task", "same_speed", "--repeat", "2",
            "--min-spread", "3", "--runs-dir", str(tmp_path), "--executor", "pool", "--workers", "2"]
    relaxed = _cli(*args)
    assert relaxed.exit_code == 0, relaxed.output
    assert "Reference validation" in relaxed.output and "indistinct" in relaxed.output
    assert "flags: indistinct = slowest/fastest reference < 3x" in relaxed.output
    assert "2 task-language pairs: 0 with failing references, 1 flagged" in relaxed.output
    assert "generators: 2 deterministic, 0 not; median tau: python" in relaxed.output
    strict = _cli("--data", str(suite_dir), "--task", "same_speed", "--repeat", "1", "--min-spread", "3",
                  "--runs-dir", str(tmp_path), "--strict")
    assert strict.exit_code == 1, strict.output


def test_cli_refuses_unknown_languages_and_languages_without_references(suite_dir, tmp_path):
    unknown = _cli("--data", str(suite_dir), "--lang", "pyhton", "--runs-dir", str(tmp_path))
    assert unknown.exit_code == 2 and "Did you mean python" in unknown.output
    absent = _cli("--data", str(suite_dir), "--lang", "ruby", "--runs-dir", str(tmp_path))
    assert absent.exit_code == 2 and "nothing to run" in absent.output
    assert not any(tmp_path.iterdir())
