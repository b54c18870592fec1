"""Reading published dataset files: parquet, JSON and JSONL rows, and finding them on disk.

Hugging Face datasets are published as parquet; people also keep them as JSON or JSONL exports. All
three become a list of `Row`s, numbered from 1 in file order, so a problem in any row can be reported
by row number and field while the other rows still load. A line of JSONL that is not valid JSON
becomes a `Row` carrying its error rather than stopping the whole file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from effx.tasks.suite import SuiteError

DATA_EXTENSIONS = (".parquet", ".jsonl", ".json")
"""File types the public-suite loaders read."""

LANGUAGES = {
    "python3": "python", "python": "python", "py": "python",
    "cpp": "cpp", "c++": "cpp", "c": "c",
    "java": "java", "golang": "go", "go": "go",
    "javascript": "javascript", "js": "javascript", "rust": "rust", "ruby": "ruby",
}
"""Dataset language keys (LeetCode's and EffiBench-X's spellings) -> effx language plugin names."""


@dataclass
class Row:
    """One dataset row: its 1-based position in the file and its fields (or why it could not be read)."""

    number: int
    fields: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    @property
    def label(self) -> str:
        """`row N` as used in `Suite.skipped` for rows without a usable id."""
        return f"row {self.number}"


def effx_language(key: str) -> str | None:
    """The effx plugin name of a dataset language key, or None for languages effx does not know."""
    return LANGUAGES.get(key.strip().lower())


def slugify(title: str) -> str:
    """LeetCode-style slug of a title (`Two Sum` -> `two-sum`), used to join datasets by problem."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def _parquet_rows(path: Path) -> list[Any]:
    try:
        import pyarrow.parquet as pq  # optional: only parquet files need it
    except ImportError:
        raise SuiteError(f"{path}: reading parquet needs pyarrow: run `pip install pyarrow`, "
                         f"or convert the file to JSONL") from None
    try:
        rows: list[Any] = pq.read_table(path).to_pylist()
    except Exception as exc:  # pyarrow raises several unrelated types for damaged files
        raise SuiteError(f"{path}: not a readable parquet file ({exc})") from exc
    return rows


def _json_rows(path: Path) -> list[Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SuiteError(f"{path}: not valid JSON ({exc}); expected a list of rows") from exc
    if isinstance(data, dict):
        # A packed dataset: {problem_name: row} (EffiBench-X's `pack` layout) or {"rows": [...]}.
        rows = data.get("rows", data.get("data"))
        data = rows if isinstance(rows, list) else list(data.values())
    if not isinstance(data, list):
        raise SuiteError(f"{path}: expected a JSON list of row objects, found {type(data).__name__}")
    return data


def read_rows(path: Path) -> list[Row]:
    """Every row of a parquet, JSON or JSONL file, numbered from 1.

    Raises:
        SuiteError: the file is missing, has another extension, or cannot be read at all.
    """
    if not path.is_file():
        raise SuiteError(f"{path}: no such dataset file")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        rows: list[Row] = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                rows.append(Row(number, error=f"not valid JSON ({exc.msg} at column {exc.colno})"))
                continue
            rows.append(_row(number, value))
        return rows
    if suffix == ".parquet":
        raw = _parquet_rows(path)
    elif suffix == ".json":
        raw = _json_rows(path)
    else:
        raise SuiteError(f"{path}: unknown dataset format; use one of {', '.join(DATA_EXTENSIONS)}")
    return [_row(number, value) for number, value in enumerate(raw, start=1)]


def _row(number: int, value: Any) -> Row:
    if not isinstance(value, dict):
        return Row(number, error=f"expected an object with named fields, found {type(value).__name__}")
    return Row(number, fields=value)


def data_files(folder: Path) -> list[Path]:
    """The dataset files directly inside `folder`, in name order."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in DATA_EXTENSIONS)


def parse_json_field(value: Any, name: str) -> Any:
    """A field that datasets store either as JSON text or as the structure itself.

    Raises:
        ValueError: `value` is a string that is not valid JSON; the message names the field.
    """
    if isinstance(value, str):
        try:
            return json.loads(value)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{name}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    return value
