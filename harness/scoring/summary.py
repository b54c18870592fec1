"""Results-level scores: from a run's `RunResult`s to one summary per model and language.

Candidates (kind="candidate") are grouped by model, language and task; the passing references
(kind="reference", status ok) of the same task and language give the cost distribution R that the
reference-relative metrics compare against, with the fastest reference as the canonical solution.
Results with status `sandbox_error` are the infrastructure's fault: they are left out of every
numerator and denominator (a task whose samples all hit sandbox errors drops out), and counted apart
in `n_excluded`.

Per task, Pass@1 is c/n and Beyond@1 is the mean Beyond over the task's samples (the expected Beyond
of one drawn sample, as c/n is for passing); tasks then weigh equally. Confidence intervals bootstrap
over tasks (see `bootstrap_ci`). A reference without the measure is not part of R, and a passing
sample without it scores 0 on the cost-based scores (it cannot be shown to be efficient).

Every cost-based score uses the `measure` field, so the same call gives runtime, CPU, instruction,
peak-memory or memory-integral versions of Beyond, ET/MP/MI, NET/NMU/NTMU, Time%/Memory%/Integral%
and DPS.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from effx.models import RunResult, Status
from effx.scoring.afterburner import percentile
from effx.scoring.bootstrap import bootstrap_ci
from effx.scoring.effibenchx import efficiency_ratio
from effx.scoring.evalperf import dps, dps_norm
from effx.scoring.mercury import beyond
from effx.scoring.passk import pass_at_k

MEASURES: tuple[str, ...] = (
    "runtime_ms", "cpu_ms", "wall_ms", "instructions", "peak_rss_kb", "mem_integral_mb_s"
)
"""RunResult fields a summary can score."""


class ScoreSet(BaseModel):
    """Scores of one group of tasks (all of a model's tasks in a language, or one difficulty of them)."""

    n_tasks: int
    """Tasks with at least one scorable (not sandbox_error) sample."""
    n_samples: int
    """Scorable samples over those tasks."""
    pass_at_1: float
    """Mean over tasks of c/n."""
    pass_at_1_ci: tuple[float, float] | None = None
    """Bootstrap interval of `pass_at_1` over tasks."""
    pass_at_k: dict[int, float] = Field(default_factory=dict)
    """k -> mean unbiased pass@k over the tasks with at least k samples (k absent when none has)."""
    n_reference_tasks: int = 0
    """Tasks that have passing references with the measure: the denominator of every score below."""
    beyond_at_1: float | None = None
    """Mercury Beyond@1 (failing samples 0); None without references."""
    beyond_at_1_ci: tuple[float, float] | None = None
    """Bootstrap interval of `beyond_at_1` over tasks."""
    median_ratio_to_fastest: float | None = None
    """Median over passing samples of cost / fastest passing reference cost."""
    efficiency_ratio: float | None = None
    """EffiBench-X score (ET for time, MP for peak memory, MI for the integral): mean over tasks of
    min(1, fastest reference / sample), failing 0."""
    normalized_ratio: float | None = None
    """EffiBench NET/NMU/NTMU: sum of passing samples' costs / sum of the fastest references' costs."""
    percentile_score: float | None = None
    """Afterburner Time%/Memory%/Integral%: mean over tasks of the sample's percentile among the
    references, failing 0."""
    dps: float | None = None
    """EvalPerf DPS in [0, 100], mean over tasks, failing 0."""
    dps_norm: float | None = None
    """EvalPerf DPS_norm in [0, 100], mean over tasks, failing 0."""


class ModelSummary(ScoreSet):
    """All scores of one model in one language, with a breakdown per difficulty."""

    model: str
    """Model name."""
    language: str
    """Language of the samples."""
    measure: str
    """RunResult field the cost-based scores use."""
    n_excluded: int = 0
    """Samples left out because of sandbox errors."""
    by_difficulty: dict[str, ScoreSet] = Field(default_factory=dict)
    """Difficulty -> scores of the tasks with that difficulty (tasks missing from the map: `unknown`)."""


@dataclass
class _Task:
    outcomes: list[tuple[bool, float | None]] = field(default_factory=list)
    """(passed, cost) per scorable sample."""
    refs: list[float] = field(default_factory=list)
    """Costs of the passing references."""


def _cost(result: RunResult, measure: str) -> float | None:
    value = getattr(result, measure)
    return None if value is None else float(value)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


SampleScore = Callable[[bool, float | None, list[float]], float]
"""Score of one sample from (passed, cost, passing reference costs); failing samples score 0."""

_SAMPLE_SCORES: dict[str, SampleScore] = {
    "beyond": lambda ok, cost, refs: beyond(cost, refs, passed=ok),
    "ratio": lambda ok, cost, refs: efficiency_ratio(cost, min(refs), passed=ok),
    "percentile": lambda ok, cost, refs: percentile(cost, refs) if ok and cost is not None else 0.0,
    "dps": lambda ok, cost, refs: dps(cost, refs, passed=ok),
    "dps_norm": lambda ok, cost, refs: dps_norm(cost, refs, passed=ok),
}


def _task_scores(tasks: list[_Task], score: str) -> list[float]:
    """Per task, the mean over its samples of one reference-relative score."""
    fn = _SAMPLE_SCORES[score]
    return [sum(fn(ok, c, t.refs) for ok, c in t.outcomes) / len(t.outcomes) for t in tasks]


def _score(tasks: list[_Task], ks: Sequence[int], confidence: float, seed: int) -> ScoreSet:
    tasks = [t for t in tasks if t.outcomes]
    passes = [sum(p for p, _ in t.outcomes) / len(t.outcomes) for t in tasks]
    at_k: dict[int, float] = {}
    for k in ks:
        eligible = [t for t in tasks if len(t.outcomes) >= k]
        if eligible:
            values = [pass_at_k(len(t.outcomes), sum(p for p, _ in t.outcomes), k) for t in eligible]
            at_k[k] = sum(values) / len(values)
    scored = ScoreSet(
        n_tasks=len(tasks),
        n_samples=sum(len(t.outcomes) for t in tasks),
        pass_at_1=_mean(passes) or 0.0,
        pass_at_1_ci=bootstrap_ci(passes, confidence=confidence, seed=seed),
        pass_at_k=at_k,
    )
    with_refs = [t for t in tasks if t.refs]
    if not with_refs:
        return scored
    beyonds = _task_scores(with_refs, "beyond")
    # A fastest reference that measured 0 (a memory integral below one sampling interval) has no ratio.
    ratios = [c / min(t.refs) for t in with_refs for p, c in t.outcomes if p and c is not None and min(t.refs) > 0]
    pairs = [(c, min(t.refs)) for t in with_refs for p, c in t.outcomes if p and c is not None]
    canon = sum(r for _, r in pairs)
    return scored.model_copy(
        update={
            "n_reference_tasks": len(with_refs),
            "beyond_at_1": _mean(beyonds),
            "beyond_at_1_ci": bootstrap_ci(beyonds, confidence=confidence, seed=seed),
            "median_ratio_to_fastest": statistics.median(ratios) if ratios else None,
            "efficiency_ratio": _mean(_task_scores(with_refs, "ratio")),
            "normalized_ratio": sum(c for c, _ in pairs) / canon if pairs and canon > 0 else None,
            "percentile_score": _mean(_task_scores(with_refs, "percentile")),
            "dps": _mean(_task_scores(with_refs, "dps")),
            "dps_norm": _mean(_task_scores(with_refs, "dps_norm")),
        }
    )


def summarize(
    results: Iterable[RunResult],
    *,
    difficulties: Mapping[str, str] | None = None,
    ks: Sequence[int] = (1,),
    measure: str = "runtime_ms",
    confidence: float = 0.95,
    seed: int = 0,
) -> list[ModelSummary]:
    """Score every model and language in `results`.

    Args:
        results: Candidate and reference results of one or more runs.
        difficulties: task id -> difficulty, for the per-difficulty breakdown.
        ks: The k values of Pass@k.
        measure: RunResult field the cost-based scores use (one of `MEASURES`).
        confidence: Coverage of the bootstrap intervals (1000 resamples over tasks).
        seed: Seed of the bootstrap RNG.

    Returns:
        One summary per (model, language), sorted by model then language.

    Raises:
        ValueError: `measure` is not a RunResult cost field.
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; choose one of {', '.join(MEASURES)}")
    refs: dict[tuple[str, str], list[float]] = {}
    groups: dict[tuple[str, str], dict[str, _Task]] = {}
    excluded: dict[tuple[str, str], int] = {}
    for r in results:
        if r.kind == "reference":
            cost = _cost(r, measure)
            if r.status == Status.ok and cost is not None:
                refs.setdefault((r.task_id, r.language), []).append(cost)
            continue
        group = groups.setdefault((r.model, r.language), {})
        if r.status == Status.sandbox_error:
            excluded[(r.model, r.language)] = excluded.get((r.model, r.language), 0) + 1
            continue
        passed, cost = r.passed, _cost(r, measure)
        group.setdefault(r.task_id, _Task()).outcomes.append((passed, cost))
    summaries = []
    for (model, language), per_task in sorted(groups.items()):
        for task_id, task in per_task.items():
            task.refs = refs.get((task_id, language), [])
        overall = _score(list(per_task.values()), ks, confidence, seed)
        by_difficulty: dict[str, ScoreSet] = {}
        if difficulties is not None:
            labels = sorted({difficulties.get(t, "unknown") for t in per_task})
            for label in labels:
                subset = [t for tid, t in per_task.items() if difficulties.get(tid, "unknown") == label]
                by_difficulty[label] = _score(subset, ks, confidence, seed)
        summaries.append(
            ModelSummary(
                **overall.model_dump(),
                model=model,
                language=language,
                measure=measure,
                n_excluded=excluded.get((model, language), 0),
                by_difficulty=by_difficulty,
            )
        )
    return summaries
