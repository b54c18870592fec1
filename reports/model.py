"""The report model: everything an HTML report shows, as one pydantic document.

It is the source of truth of a report: `effx report` builds it from results, tasks and scores, can
write it as JSON next to the HTML, and the templates only lay it out. Numbers arrive here already
scored (by `effx.scoring`); nothing below computes a metric.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

CODE_LIMIT = 64 * 1024
"""Bytes of a source shown in the report; longer sources are cut there and their full size noted."""

MESSAGE_LIMIT = 4 * 1024
"""Characters of a verdict message shown in the report; the rest is cut with a note."""

Scope = Literal["all", "easy", "medium", "hard"]
"""The task subset a leaderboard row was scored on: every task, or one difficulty."""


class Interval(BaseModel):
    """A confidence interval."""

    low: float
    """Lower bound."""
    high: float
    """Upper bound."""


class LeaderboardRow(BaseModel):
    """One model in one language, scored over one scope of tasks."""

    model: str
    """Model name."""
    language: str
    """Language plugin name."""
    scope: Scope = "all"
    """Task subset the row was scored on."""
    rank: int = 0
    """Place among the rows of the same scope by Pass@1, then Beyond@1 (descending); ties share it."""
    tasks: int
    """Tasks with at least one sample of this model in this language."""
    samples: int
    """Samples evaluated."""
    pass_at_1: float
    """Mercury/Codex unbiased Pass@1 (mean over tasks)."""
    pass_ci: Interval | None = None
    """Confidence interval of Pass@1 over tasks."""
    beyond_at_1: float | None = None
    """Mercury Beyond@1; None when no task had passing references."""
    beyond_ci: Interval | None = None
    """Confidence interval of Beyond@1 over tasks."""
    median_ratio: float | None = None
    """Median over passing samples of runtime / the fastest passing reference's runtime."""
    net: float | None = None
    """EffiBench NET: total runtime of the passing samples / total of their tasks' fastest references."""
    time_pct: float | None = None
    """Afterburner Time%: mean over tasks of the samples' runtime percentile among the references."""
    dps: float | None = None
    """EvalPerf DPS in [0, 100], mean over tasks, failing 0."""
    dps_norm: float | None = None
    """EvalPerf DPS_norm in [0, 100], mean over tasks, failing 0."""
    dynamic_points: float | None = None
    """CodeArena Dynamic Points among the models in the same language and scope."""
    et: float | None = None
    """EffiBench-X execution-time score, `min(1, canonical / model)` averaged over tasks."""
    mp: float | None = None
    """EffiBench-X peak-memory score."""
    mi: float | None = None
    """EffiBench-X memory-integral score."""
    median_peak_mb: float | None = None
    """Median peak resident memory of the passing samples, in MB."""
    sandbox_errors: int = 0
    """Samples lost to infrastructure failures, excluded from every score above."""
    measured: int = 0
    """Passing samples with a runtime CV (repeated measurements)."""
    noisy: int = 0
    """Of those, samples whose runtime CV exceeds their run's CV threshold."""


class ReferenceEntry(BaseModel):
    """One reference solution's measurement on a task."""

    name: str
    """Reference name."""
    language: str
    """Language."""
    status: str
    """Verdict (references are expected to pass; anything else is a suite problem worth showing)."""
    runtime_ms: float | None = None
    """Median runtime."""
    peak_mb: float | None = None
    """Median peak resident memory in MB."""
    complexity: str = ""
    """Complexity as the reference's author wrote it."""
    cv: float | None = None
    """Coefficient of variation of the runtime over repetitions."""
    noisy: bool = False
    """The CV exceeds the run's CV threshold."""
    code: str | None = None
    """Source, when the suite ships it (at most `CODE_LIMIT` bytes: see `code_bytes`)."""
    code_bytes: int | None = None
    """Size in bytes of the whole source when `code` was cut short; None when `code` is whole."""


class SolutionEntry(BaseModel):
    """One model sample on a task."""

    model: str
    """Model name."""
    language: str
    """Language."""
    sample_id: int
    """Sample index."""
    status: str
    """Verdict."""
    message: str = ""
    """Compiler message, error tail or first failing case (with a checker's reason for a rejection)."""
    judge: str = ""
    """Which judge decided the verdict (`RunResult.judge`: a comparison kind, a checker program, a runner)."""
    runtime_ms: float | None = None
    """Median runtime."""
    cv: float | None = None
    """Coefficient of variation of the runtime over repetitions."""
    noisy: bool = False
    """The CV exceeds the run's CV threshold: the runtime (and Beyond) may move between runs."""
    peak_mb: float | None = None
    """Median peak resident memory in MB."""
    mem_integral_mb_s: float | None = None
    """Median memory integral in MB*s."""
    beyond: float | None = None
    """Beyond of this sample against the task's references in its language."""
    code: str | None = None
    """The solution source when it is known (at most `CODE_LIMIT` bytes: see `code_bytes`)."""
    code_bytes: int | None = None
    """Size in bytes of the whole source when `code` was cut short; None when `code` is whole."""


class RuntimeChart(BaseModel):
    """Data of one task's runtime-distribution chart in one language (drawn at render time)."""

    language: str
    """Language whose references and samples are plotted."""
    references: dict[str, float]
    """Reference name -> runtime (ms) of the passing references."""
    solutions: dict[str, float]
    """Label (`model #sample`) -> runtime (ms) of the passing samples."""


class TaskSection(BaseModel):
    """Everything shown about one task."""

    id: str
    """Task id (also the HTML anchor)."""
    title: str
    """Title."""
    difficulty: str
    """easy, medium or hard."""
    statement: str = ""
    """Statement in Markdown (rendered with raw HTML disabled and only http(s) links)."""
    tags: list[str] = Field(default_factory=list)
    """Topic tags."""
    references: list[ReferenceEntry] = Field(default_factory=list)
    """Measured references."""
    solutions: list[SolutionEntry] = Field(default_factory=list)
    """Model samples, by model then sample id."""
    charts: list[RuntimeChart] = Field(default_factory=list)
    """One chart per language with passing references."""


class Failure(BaseModel):
    """A result that did not pass, for the run page."""

    task_id: str
    """Task."""
    model: str
    """Model (or `reference`)."""
    language: str
    """Language."""
    sample_id: int
    """Sample or reference index."""
    status: str
    """Verdict."""
    message: str = ""
    """Why."""
    judge: str = ""
    """Which judge decided, when one did (`RunResult.judge`)."""


class RunSection(BaseModel):
    """One run: where and how it was measured and what went wrong."""

    run_id: str
    """Run id."""
    created: str
    """ISO-8601 start time."""
    suite: str
    """Suite name."""
    languages: list[str]
    """Languages evaluated."""
    sandbox: str
    """Sandbox backend and isolation."""
    metric: str
    """What runtimes were derived from (time, cpu, instructions)."""
    repeat: int
    """Measured repetitions per solution."""
    status: str
    """running, complete or interrupted."""
    machine: dict[str, str] = Field(default_factory=dict)
    """Machine facts, stringified."""
    toolchains: dict[str, str] = Field(default_factory=dict)
    """Language -> toolchain version."""
    warnings: list[str] = Field(default_factory=list)
    """Warnings recorded by the runner."""
    status_counts: dict[str, int] = Field(default_factory=dict)
    """Verdict -> number of results."""
    median_cv: float | None = None
    """Median runtime CV of the passing results."""
    max_cv: float | None = None
    """Largest runtime CV of the passing results."""
    noisy: int = 0
    """Passing results whose CV exceeds `cv_threshold`."""
    cv_threshold: float = 0.05
    """CV above which a measurement counts as noisy."""
    failures: list[Failure] = Field(default_factory=list)
    """Every result that did not pass."""


class Report(BaseModel):
    """A whole report."""

    title: str = "effx report"
    """Page title."""
    generated: str
    """ISO-8601 time the report was built."""
    effx_version: str
    """Version of effx that built it."""
    languages: list[str]
    """Languages present, for the leaderboard filter."""
    leaderboard: list[LeaderboardRow]
    """Rows for every (model, language, scope)."""
    tasks: list[TaskSection]
    """Per-task sections, in suite order."""
    runs: list[RunSection]
    """Run pages."""
    cv_threshold: float = 0.05
    """CV above which a measurement counts as noisy (the largest of the runs' thresholds)."""
    notes: list[str] = Field(default_factory=list)
    """Caveats about the report as a whole (e.g. tasks not found in the suite)."""
