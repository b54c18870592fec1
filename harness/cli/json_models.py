"""The JSON the commands print with `--json`: one pydantic model per output, its schema printable.

`effx schema NAME` prints the JSON Schema of one output (NAME is a key of `SCHEMAS`), so scripts can
rely on the shape of `effx run --json`, `effx runs list --json`, `effx runs show --json`,
`effx suites --json` and `effx languages --json`.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, TypeAdapter

from effx.scoring.summary import ModelSummary
from effx.store.store import StoredRun

__all__ = ["SCHEMAS", "LanguageInfo", "RunDetails", "RunSummary", "SuiteInfo", "json_schema"]


class RunSummary(BaseModel):
    """`effx run --json`: where the run is and what it scored."""

    run_id: str
    """The run's id (its folder name)."""
    run_dir: str
    """The run folder (manifest.json, results.jsonl, code/, report.html)."""
    status: str
    """The manifest's status (`complete`, ...)."""
    results: int
    """Results in the run, references included."""
    sandbox_errors: int
    """Results with status `sandbox_error` (not counted against solutions)."""
    measurements_rejected: int
    """Results with status `measurement_rejected`."""
    warnings: list[str]
    """The manifest's warnings (a busy core, a noisy measurement, ...)."""
    leaderboard: list[ModelSummary]
    """One entry per model and language: Pass@1, Beyond@1 and the other scores of `effx score`."""
    report: str | None
    """The HTML report written, or None with `--no-report`."""


class RunDetails(StoredRun):
    """`effx runs show --json`: the stored run plus its verdict counts."""

    verdicts: dict[str, int]
    """Status -> number of results with it, most frequent first."""


class SuiteTask(BaseModel):
    """One task of a suite, as `effx suites NAME --json` lists it."""

    id: str
    """The task id (`--task`)."""
    title: str
    """Human-readable title."""
    difficulty: str
    """easy, medium or hard."""
    mode: str
    """function or stdio."""
    reference_languages: list[str]
    """Languages the task has reference solutions in."""


class SuiteInfo(BaseModel):
    """One suite, as `effx suites --json` lists it."""

    name: str
    """The suite's name (`--suite`)."""
    tasks: int | None
    """Number of tasks; None when the suite needs its dataset (`--data`) to be counted."""
    function_tasks: int | None
    """Tasks whose solutions are functions."""
    stdio_tasks: int | None
    """Tasks whose solutions are whole programs reading stdin."""
    reference_languages: list[str]
    """Languages with at least one reference solution."""
    note: str = ""
    """Why the counts are missing, when they are."""
    task_list: list[SuiteTask] | None = None
    """The tasks themselves (`effx suites NAME` only)."""


class LanguageInfo(BaseModel):
    """One language plugin, as `effx languages --json` lists it."""

    name: str
    """The plugin name (`--lang`)."""
    display_name: str
    """Human name (e.g. C++)."""
    found: bool
    """Whether the toolchain is installed."""
    toolchain: str
    """The toolchain's version line, or `missing`."""
    solution_shape: str
    """The shape a solution must have."""
    install_hint: str
    """What to run to install the toolchain."""


SCHEMAS: dict[str, Any] = {
    "run": RunSummary,
    "runs-list": list[StoredRun],
    "runs-show": RunDetails,
    "suites": list[SuiteInfo],
    "languages": list[LanguageInfo],
}
"""Output name -> its type; `effx schema NAME` prints the JSON Schema of one."""


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of the output `name` (a key of `SCHEMAS`)."""
    return TypeAdapter(SCHEMAS[name]).json_schema()
