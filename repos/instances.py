"""Loading instances (effx format or SWE-Perf rows) and SWE-bench predictions from JSONL files.

Every problem is reported as an `InputError` naming the file and the line, because these files are
written by hand or by other tools and a bare pydantic trace does not say where to look.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from effx.repos.models import Prediction, RepoInstance, Workload

_Keyed = TypeVar("_Keyed", RepoInstance, Prediction)

SWEPERF_DEFAULT_SETUP = ("if [ -f setup.py ] || [ -f pyproject.toml ]; "
                         "then pip install --no-build-isolation -e .; fi")
"""Set-up given to a SWE-Perf row that brings none: install the checkout into the instance's venv when it
is an installable project; a plain package beside its `conftest.py` is imported from the worktree as is."""


class InputError(ValueError):
    """A malformed instance or prediction file; the message names the file and line."""

    def __init__(self, path: Path, line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) from a JSONL file, or (index + 1, object) from a JSON array file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(path, None, f"cannot read the file ({exc.strerror})") from exc
    if text.lstrip().startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(path, exc.lineno, f"invalid JSON: {exc.msg}") from exc
        numbered = list(enumerate(items, start=1))
    else:
        numbered = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                numbered.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise InputError(path, number, f"invalid JSON: {exc.msg} (column {exc.colno})") from exc
    for number, item in numbered:
        if not isinstance(item, dict):
            raise InputError(path, number, f"expected a JSON object, got {type(item).__name__}")
        yield number, item


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "(row)"
        parts.append(f"field `{loc}`: {err['msg']}")
    return "; ".join(parts)


def _string_list(value: Any) -> list[str]:
    """SWE-Perf's list columns arrive as lists or as JSON-encoded strings, depending on the export."""
    if isinstance(value, str):
        value = json.loads(value) if value.strip().startswith("[") else [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("must be a list of test node ids")
    return value


def from_sweperf_row(row: dict[str, Any]) -> RepoInstance:
    """Convert a SWE-Perf dataset row into an effx instance.

    Each `efficiency_test` becomes a pytest workload; correctness is "every efficiency test passes", as
    SWE-Perf defines it. The row's gold `patch` and `test_patch` are kept. A row may carry effx fields
    (`setup`, `build`, `test_command`, `env`, `venv`) to override the defaults: a virtualenv with the
    checkout installed in it.

    Raises:
        ValueError: A required column is missing or malformed.
    """
    missing = [k for k in ("instance_id", "repo", "base_commit", "efficiency_test") if k not in row]
    if missing:
        raise ValueError(f"SWE-Perf row lacks column(s) {', '.join(missing)}")
    tests = _string_list(row["efficiency_test"])
    if not tests:
        raise ValueError("SWE-Perf row has an empty `efficiency_test` list: nothing to measure")
    data = {
        "instance_id": row["instance_id"],
        "repo": row["repo"],
        "base_commit": row["base_commit"],
        "workloads": [Workload(name=t, kind="pytest", target=t) for t in tests],
        "patch": row.get("patch") or "",
        "test_patch": row.get("test_patch") or "",
        "venv": row.get("venv", True),
        "setup": row.get("setup", [SWEPERF_DEFAULT_SETUP]),
    }
    for key in ("build", "test_command", "env", "python", "venv_system_site_packages", "command_timeout_s"):
        if key in row:
            data[key] = row[key]
    return RepoInstance.model_validate(data)


def _parse_instance(row: dict[str, Any]) -> RepoInstance:
    if "workloads" in row:
        return RepoInstance.model_validate(row)
    if "efficiency_test" in row:
        return from_sweperf_row(row)
    raise ValueError("row has neither `workloads` (effx format) nor `efficiency_test` (SWE-Perf format)")


def load_instances(path: Path) -> list[RepoInstance]:
    """Read instances from a JSONL (or JSON array) file; relative local repo paths are made absolute.

    Raises:
        InputError: A line is not JSON, is not a valid instance, or repeats an instance id.
    """
    path = Path(path)
    instances: list[RepoInstance] = []
    for inst in _unique(path, _parse_instance, "instance"):
        local = path.parent / inst.repo
        if not Path(inst.repo).is_absolute() and "://" not in inst.repo and local.exists():
            inst = inst.model_copy(update={"repo": str(local.resolve())})
        instances.append(inst)
    if not instances:
        raise InputError(path, None, "no instances in the file")
    return instances


def _unique(path: Path, parse: Callable[[dict[str, Any]], _Keyed], what: str) -> Iterator[_Keyed]:
    """Each row of `path` parsed, refusing malformed rows and a second row for the same instance id."""
    lines: dict[str, int] = {}
    for number, row in _rows(path):
        try:
            item = parse(row)
        except ValidationError as exc:
            raise InputError(path, number, f"invalid {what}: {_describe(exc)}") from exc
        except ValueError as exc:
            raise InputError(path, number, f"invalid {what}: {exc}") from exc
        if item.instance_id in lines:
            raise InputError(path, number, f"a second {what} for {item.instance_id!r} (the first is on line "
                                           f"{lines[item.instance_id]})")
        lines[item.instance_id] = number
        yield item


def load_predictions(path: Path) -> dict[str, Prediction]:
    """Read SWE-bench predictions (`instance_id`, `model_name_or_path`, `model_patch`) keyed by id.

    Raises:
        InputError: A line is not JSON, lacks `instance_id`, or repeats an instance id.
    """
    return {pred.instance_id: pred for pred in _unique(Path(path), Prediction.model_validate, "prediction")}


def gold_predictions(instances: list[RepoInstance]) -> dict[str, Prediction]:
    """Predictions made of each instance's reference patch (`--predictions gold`)."""
    return {i.instance_id: Prediction(instance_id=i.instance_id, model_name_or_path="gold",
                                      model_patch=i.patch) for i in instances}
