"""Leaderboard rows from `effx.scoring`: this module groups results and calls the scorers, nothing more.

Pass@1 and Beyond@1 (with their bootstrap intervals), the median ratio to the fastest reference, the
EffiBench-X ratios, NET, Afterburner Time% and EvalPerf DPS come from `effx.scoring.summary.summarize`,
called once per measure (runtime for everything but MP, peak memory for MP, the memory integral for
MI). Dynamic Points need every model of a language at once, so they are scored
here with `effx.scoring.codearena.dynamic_points`, the passing references counting as the platform's
human submissions for the efficiency share. `sandbox_error` results never count against a model.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from effx.models import RunResult, Status, Task
from effx.reports.model import Interval, LeaderboardRow, Scope
from effx.scoring.codearena import dynamic_points
from effx.scoring.mercury import beyond
from effx.scoring.summary import ModelSummary, ScoreSet, summarize

BASE_POINTS = {"easy": 1.0, "medium": 2.0, "hard": 3.0}
"""Dynamic Points base points by difficulty (harder problems are worth more, as on CodeArena)."""

SCOPES: tuple[Scope, ...] = ("all", "easy", "medium", "hard")


def reference_costs(results: Iterable[RunResult]) -> dict[tuple[str, str], list[RunResult]]:
    """Passing references with a runtime, by (task, language): the yardstick of Beyond."""
    out: dict[tuple[str, str], list[RunResult]] = defaultdict(list)
    for r in results:
        if r.kind == "reference" and r.passed and r.runtime_ms is not None:
            out[(r.task_id, r.language)].append(r)
    return out


def sample_beyond(result: RunResult, references: list[RunResult]) -> float | None:
    """Beyond of one sample, or None when its task has no passing reference in its language."""
    costs = [r.runtime_ms for r in references if r.runtime_ms is not None]
    return beyond(result.runtime_ms, costs, passed=result.passed) if costs else None


def _scope(summary: ModelSummary, scope: Scope) -> ScoreSet | None:
    return summary if scope == "all" else summary.by_difficulty.get(scope)


def _interval(ci: tuple[float, float] | None) -> Interval | None:
    return None if ci is None else Interval(low=ci[0], high=ci[1])


def _in_scope(result: RunResult, tasks: Mapping[str, Task], scope: Scope) -> bool:
    return scope == "all" or (result.task_id in tasks and tasks[result.task_id].difficulty == scope)


def rank_key(row: LeaderboardRow) -> tuple[float, float]:
    """The default ranking: Pass@1, then Beyond@1 (undefined Beyond ranks below any defined one)."""
    return (round(row.pass_at_1, 9), -1.0 if row.beyond_at_1 is None else round(row.beyond_at_1, 9))


def ranked(rows: list[LeaderboardRow], key: Callable[[LeaderboardRow], tuple[float, ...]] = rank_key
           ) -> list[LeaderboardRow]:
    """`rows` in scope order, each scope best first by `key` (descending), with `rank` set.

    Ranks are competition ranks: rows with equal keys share a rank and the next rank skips
    (1, 2, 2, 4), so a rank always says how many rows are strictly better.
    """
    out: list[LeaderboardRow] = []
    for scope in SCOPES:
        scoped = sorted((r for r in rows if r.scope == scope), key=lambda r: (r.model, r.language))
        scoped.sort(key=key, reverse=True)
        for i, row in enumerate(scoped):
            row.rank = out[-1].rank if i and key(scoped[i - 1]) == key(row) else i + 1
            out.append(row)
    return out


def leaderboard(results: list[RunResult], tasks: Mapping[str, Task],
                noisy: Callable[[RunResult], bool] | None = None) -> list[LeaderboardRow]:
    """Rows for every (model, language) and scope (all tasks, then each difficulty that has tasks), ranked.

    `noisy` says whether a result's runtime CV is above its run's threshold; each row counts its
    passing samples with a CV (`measured`) and the noisy ones among them (`noisy`).
    """
    difficulties = {t: task.difficulty for t, task in tasks.items()}
    by_measure = {measure: {(s.model, s.language): s for s in summarize(results, difficulties=difficulties,
                                                                        measure=measure)}
                  for measure in ("runtime_ms", "peak_rss_kb", "mem_integral_mb_s")}
    rows: list[LeaderboardRow] = []
    for scope in SCOPES:
        scoped = [r for r in results if _in_scope(r, tasks, scope)]
        points = _dynamic_points(scoped, tasks)
        for key, summary in by_measure["runtime_ms"].items():
            scores = _scope(summary, scope)
            if scores is None or scores.n_tasks == 0:
                continue
            memory = _scope(by_measure["peak_rss_kb"][key], scope)
            integral = _scope(by_measure["mem_integral_mb_s"][key], scope)
            passing = [r for r in scoped if r.kind == "candidate" and r.passed and (r.model, r.language) == key]
            peaks = [r.peak_rss_kb / 1024 for r in passing if r.peak_rss_kb is not None]
            with_cv = [r for r in passing if r.cv is not None]
            rows.append(LeaderboardRow(
                model=summary.model, language=summary.language, scope=scope, tasks=scores.n_tasks,
                samples=scores.n_samples, pass_at_1=scores.pass_at_1, pass_ci=_interval(scores.pass_at_1_ci),
                beyond_at_1=scores.beyond_at_1, beyond_ci=_interval(scores.beyond_at_1_ci),
                median_ratio=scores.median_ratio_to_fastest, net=scores.normalized_ratio,
                time_pct=scores.percentile_score, dps=scores.dps, dps_norm=scores.dps_norm,
                dynamic_points=points.get(key),
                et=scores.efficiency_ratio, mp=memory.efficiency_ratio if memory else None,
                mi=integral.efficiency_ratio if integral else None,
                median_peak_mb=statistics.median(peaks) if peaks else None,
                sandbox_errors=summary.n_excluded if scope == "all" else 0,
                measured=len(with_cv), noisy=sum(1 for r in with_cv if noisy is not None and noisy(r))))
    return ranked(rows)


def _dynamic_points(results: list[RunResult], tasks: Mapping[str, Task]) -> dict[tuple[str, str], float]:
    """Dynamic Points per (model, language), scored among the models of each language.

    A model solves a task when its first passing sample (by sample id) passes; that sample's runtime
    is its accepted cost.
    """
    out: dict[tuple[str, str], float] = {}
    languages = {r.language for r in results}
    refs = reference_costs(results)
    for language in sorted(languages):
        solved: dict[str, dict[str, float | None]] = defaultdict(dict)
        for r in sorted(results, key=lambda r: r.sample_id):
            if r.language != language or r.kind != "candidate" or r.status == Status.sandbox_error:
                continue
            first = solved[r.model].get(r.task_id)
            if first is None:
                solved[r.model][r.task_id] = r.runtime_ms if r.passed and r.runtime_ms is not None else None
        if not solved:
            continue
        problems = {t for per_task in solved.values() for t in per_task}
        base = {t: BASE_POINTS.get(tasks[t].difficulty, 1.0) if t in tasks else 1.0 for t in problems}
        accepted = {t: [c for per_task in solved.values() if (c := per_task.get(t)) is not None]
                    + [r.runtime_ms or 0.0 for r in refs.get((t, language), [])] for t in problems}
        for model, score in dynamic_points(solved, base, accepted=accepted).items():
            out[(model, language)] = score
    return out
