"""Scores for the leaderboard, from `effx.scoring`.

This module only groups results and calls the scoring functions; the formulas live in
`effx.scoring` (Pass@k, Beyond, Dynamic Points, EffiBench-X ratios). `sandbox_error` results are the
infrastructure's fault and are dropped before scoring, so they never count against a model.
"""

from __future__ import annotations

import random
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping

from effx.models import RunResult, Status, Task
from effx.reports.model import Interval, LeaderboardRow, Scope
from effx.scoring.codearena import dynamic_points
from effx.scoring.effibenchx import efficiency_ratio
from effx.scoring.mercury import beyond, beyond_at_k
from effx.scoring.passk import pass_at_k

BASE_POINTS = {"easy": 1.0, "medium": 2.0, "hard": 3.0}
"""Dynamic Points base points by difficulty (CodeArena gives harder problems more points)."""

SCOPES: tuple[Scope, ...] = ("all", "easy", "medium", "hard")


def reference_costs(results: Iterable[RunResult]) -> dict[tuple[str, str], list[RunResult]]:
    """Passing references by (task, language): the yardstick of Beyond and the EffiBench-X ratios."""
    out: dict[tuple[str, str], list[RunResult]] = defaultdict(list)
    for r in results:
        if r.kind == "reference" and r.passed and r.runtime_ms is not None:
            out[(r.task_id, r.language)].append(r)
    return out


def sample_beyond(result: RunResult, references: list[RunResult]) -> float | None:
    """Beyond of one sample, or None when its task has no passing reference in its language."""
    if not references:
        return None
    return beyond(result.runtime_ms, [r.runtime_ms for r in references if r.runtime_ms is not None],
                  passed=result.passed)


def _canonical(task: Task | None, references: list[RunResult]) -> RunResult:
    """The oracle reference when it was measured in this language, else the fastest one."""
    if task is not None:
        for r in references:
            if f"{r.language}/{r.reference_name}" == task.oracle:
                return r
    return min(references, key=lambda r: r.runtime_ms or 0.0)


def _bootstrap(values: list[float], rounds: int = 1000, seed: int = 0) -> Interval | None:
    """95% percentile bootstrap of the mean over tasks (seeded, so a report is reproducible)."""
    if len(values) < 2:
        return None
    rng = random.Random(seed)
    means = sorted(statistics.fmean(rng.choices(values, k=len(values))) for _ in range(rounds))
    return Interval(low=means[int(0.025 * rounds)], high=means[int(0.975 * rounds) - 1])


def _ratio(sample: RunResult, canonical: RunResult, field: str) -> float | None:
    value, base = getattr(sample, field), getattr(canonical, field)
    if base is None:
        return None
    return efficiency_ratio(value, base, passed=sample.passed)


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def leaderboard(results: list[RunResult], tasks: Mapping[str, Task]) -> list[LeaderboardRow]:
    """Rows for every (model, language) and scope (all tasks, then each difficulty)."""
    refs = reference_costs(results)
    candidates = [r for r in results if r.kind == "candidate"]
    rows: list[LeaderboardRow] = []
    for scope in SCOPES:
        in_scope = [r for r in candidates
                    if scope == "all" or (r.task_id in tasks and tasks[r.task_id].difficulty == scope)]
        by_lang: dict[str, list[RunResult]] = defaultdict(list)
        for r in in_scope:
            by_lang[r.language].append(r)
        for language, lang_results in sorted(by_lang.items()):
            rows.extend(_language_rows(language, scope, lang_results, refs, tasks))
    return rows


def _language_rows(language: str, scope: Scope, results: list[RunResult],
                   refs: dict[tuple[str, str], list[RunResult]],
                   tasks: Mapping[str, Task]) -> list[LeaderboardRow]:
    by_model: dict[str, dict[str, list[RunResult]]] = defaultdict(lambda: defaultdict(list))
    errors: dict[str, int] = defaultdict(int)
    for r in results:
        if r.status == Status.sandbox_error:
            errors[r.model] += 1
            continue
        by_model[r.model][r.task_id].append(r)
    for per_task in by_model.values():
        for samples in per_task.values():
            samples.sort(key=lambda r: r.sample_id)

    solved: dict[str, dict[str, float | None]] = {}
    for model, per_task in by_model.items():
        solved[model] = {t: next((s.runtime_ms for s in samples if s.passed), None)
                         for t, samples in per_task.items()}
    base_points = {t: BASE_POINTS[tasks[t].difficulty] if t in tasks else 1.0
                   for per_task in by_model.values() for t in per_task}
    points = dynamic_points(solved, base_points) if solved else {}

    rows = []
    for model in sorted(set(by_model) | set(errors)):
        per_task = by_model.get(model, {})
        beyond_lists: list[list[float]] = []
        ratios: dict[str, list[float]] = {"et": [], "mp": [], "mi": []}
        for task_id, samples in per_task.items():
            task_refs = refs.get((task_id, language), [])
            if not task_refs:
                continue
            beyond_lists.append([sample_beyond(s, task_refs) or 0.0 for s in samples])
            canonical, first = _canonical(tasks.get(task_id), task_refs), samples[0]
            for key, field in (("et", "runtime_ms"), ("mp", "peak_rss_kb"), ("mi", "mem_integral_mb_s")):
                value = _ratio(first, canonical, field)
                if value is not None:
                    ratios[key].append(value)
        passing_peaks = [s.peak_rss_kb / 1024 for samples in per_task.values() for s in samples
                         if s.passed and s.peak_rss_kb is not None]
        rows.append(LeaderboardRow(
            model=model, language=language, scope=scope, tasks=len(per_task),
            samples=sum(len(s) for s in per_task.values()),
            pass_at_1=_mean([pass_at_k(len(s), sum(x.passed for x in s), 1)
                             for s in per_task.values()]) or 0.0,
            beyond_at_1=beyond_at_k(beyond_lists, 1) if beyond_lists else None,
            beyond_ci=_bootstrap([statistics.fmean(b[:1]) for b in beyond_lists]),
            dynamic_points=points.get(model),
            et=_mean(ratios["et"]), mp=_mean(ratios["mp"]), mi=_mean(ratios["mi"]),
            median_peak_mb=statistics.median(passing_peaks) if passing_peaks else None,
            sandbox_errors=errors.get(model, 0)))
    return rows
