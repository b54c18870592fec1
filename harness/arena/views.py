"""Rows of the judge's tables turned into what the API and the pages show."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from effx.arena import api_models, points
from effx.arena.db import JudgeDB


def iso(seconds: float | None) -> str | None:
    """Epoch seconds as ISO-8601 UTC."""
    if seconds is None:
        return None
    return datetime.fromtimestamp(seconds, timezone.utc).isoformat(timespec="milliseconds")


def cases_summary(verdict: str | None, passed: int | None, total: int | None) -> str | None:
    """The per-case line of a judged submission, e.g. `case 7 of 20 failed: 6 passed`; None when unknown."""
    if verdict is None or total is None:
        return None
    if passed is None:
        return f"no per-case result ({verdict}): {total} cases"
    if passed >= total:
        return f"all {total} cases passed"
    return f"case {passed + 1} of {total} failed: {passed} passed"


def submission(db: JudgeDB, row: Any, names: dict[str, str], *, with_code: bool = False) -> api_models.Submission:
    """A submission row with its percentile among the accepted runtimes of its problem and language."""
    percentile = None
    if row.verdict == "ok" and row.runtime_ms is not None:
        percentile = points.share_at_least(row.runtime_ms, points.accepted_runtimes(db, row.problem, row.language))
    return api_models.Submission(
        id=row.id, key_id=row.key_id, submitter=names.get(row.key_id, row.key_id), problem=row.problem,
        language=row.language, model=row.model, status=row.status, verdict=row.verdict,
        accepted=None if row.verdict is None else row.verdict == "ok", message=row.message,
        runtime_ms=row.runtime_ms, cpu_ms=row.cpu_ms, peak_rss_kb=row.peak_rss_kb, beyond=row.beyond,
        cases_passed=row.cases_passed, cases_total=row.cases_total,
        cases=cases_summary(row.verdict, row.cases_passed, row.cases_total),
        percentile=percentile, attempts=row.attempts, created=iso(row.created) or "", finished=iso(row.finished),
        code=row.code if with_code else None)


def leaderboard(db: JudgeDB, scope: str) -> api_models.Leaderboard:
    """The ranked leaderboard of `scope` (equal Dynamic Points share a rank)."""
    rows: list[api_models.Standing] = []
    previous, rank = None, 0
    for index, s in enumerate(points.standings(db, scope)):
        if previous is None or round(s.dynamic_points, 9) != previous:
            rank, previous = index + 1, round(s.dynamic_points, 9)
        rows.append(api_models.Standing(rank=rank, model=s.model, dynamic_points=s.dynamic_points, solved=s.solved,
                                        attempted=s.attempted, submissions=s.submissions, pass_at_1=s.pass_at_1,
                                        beyond_at_1=s.beyond_at_1))
    return api_models.Leaderboard(language=scope, standings=rows)
