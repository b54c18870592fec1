"""Dynamic Points kept live: each verdict is folded into a small state, nothing rescans submissions.

Per problem and scope (a language, or `*` for all languages together) the state holds the solvers (model
-> its fastest accepted runtime) and every accepted runtime, sorted. A model's Dynamic Points in a scope
are then, as in `effx.scoring.codearena`, the sum over the problems it solved of

* CS = base points / solvers (split among the models that solved the problem), plus
* ES = share of the accepted runtimes on the problem that are >= the model's fastest one,

read off the state with one bisection per solver. The accepted runtimes also hold the references'
(measured once per problem and language), which play the part of CodeArena's human submissions: they
count for ES but are not solvers. Pass@1 and Beyond@1 come from per model, language and problem counts.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from effx.arena import tables
from effx.arena.db import JudgeDB
from effx.scoring.codearena import correctness_share

ALL = "*"
"""The scope of every language together."""


def _state_row(db: JudgeDB, conn: sa.Connection, problem: str, scope: str, base_points: float) -> Any:
    s = tables.problem_state.c
    query = sa.select(tables.problem_state).where(s.problem == problem, s.scope == scope)
    row = conn.execute(db.for_update(query)).first()
    if row is not None:
        return row
    try:
        with conn.begin_nested():
            conn.execute(tables.problem_state.insert().values(problem=problem, scope=scope, base_points=base_points,
                                                              solvers={}, runtimes=[], judged=0, accepted=0))
    except sa.exc.IntegrityError:  # another server inserted it first (PostgreSQL)
        pass
    return conn.execute(db.for_update(query)).one()


def _fold(db: JudgeDB, conn: sa.Connection, problem: str, scope: str, base_points: float, *,
          model: str | None, runtime_ms: float | None, judged: int) -> None:
    row = _state_row(db, conn, problem, scope, base_points)
    solvers, runtimes = dict(row.solvers), list(row.runtimes)
    if runtime_ms is not None:
        bisect.insort(runtimes, runtime_ms)
        if model is not None and (model not in solvers or runtime_ms < solvers[model]):
            solvers[model] = runtime_ms
    s = tables.problem_state.c
    conn.execute(tables.problem_state.update().where(s.problem == problem, s.scope == scope).values(
        solvers=solvers, runtimes=runtimes, base_points=base_points, judged=row.judged + judged,
        accepted=row.accepted + (runtime_ms is not None)))


def apply_verdict(db: JudgeDB, conn: sa.Connection, *, problem: str, language: str, model: str,
                  accepted: bool, runtime_ms: float | None, beyond: float | None, base_points: float,
                  at: float, submission_id: int | None = None) -> None:
    """Fold one judged submission into the state, inside the caller's write transaction (`conn`).

    An accepted submission needs its runtime; a failed one only counts as judged (Pass@1's denominator).
    """
    if accepted and runtime_ms is None:
        raise ValueError("an accepted submission needs its runtime")
    runtime = runtime_ms if accepted else None
    for scope in (language, ALL):
        _fold(db, conn, problem, scope, base_points, model=model, runtime_ms=runtime, judged=1)
    m = tables.model_stats.c
    key = (m.model == model, m.language == language, m.problem == problem)
    row = conn.execute(db.for_update(sa.select(tables.model_stats).where(*key))).first()
    passed, gained = int(accepted), (beyond or 0.0) if accepted else 0.0
    if row is None:
        conn.execute(tables.model_stats.insert().values(model=model, language=language, problem=problem, judged=1,
                                                        passed=passed, beyond_sum=gained))
    else:
        conn.execute(tables.model_stats.update().where(*key).values(
            judged=row.judged + 1, passed=row.passed + passed, beyond_sum=row.beyond_sum + gained))
    if runtime is not None:
        conn.execute(tables.events.insert().values(at=at, problem=problem, language=language, model=model,
                                                   runtime_ms=runtime, submission_id=submission_id))


def add_reference_runtimes(db: JudgeDB, conn: sa.Connection, *, problem: str, language: str,
                           runtimes: Iterable[float], base_points: float, at: float) -> None:
    """Add references' accepted runtimes to the pool ES is computed over (they are not solvers)."""
    for runtime in runtimes:
        for scope in (language, ALL):
            _fold(db, conn, problem, scope, base_points, model=None, runtime_ms=runtime, judged=0)
        conn.execute(tables.events.insert().values(at=at, problem=problem, language=language, model=None,
                                                   runtime_ms=runtime))


def share_at_least(value: float, sorted_runtimes: list[float]) -> float:
    """Share of `sorted_runtimes` that are >= `value` (ES; the percentile of an accepted runtime)."""
    if not sorted_runtimes:
        return 0.0
    return (len(sorted_runtimes) - bisect.bisect_left(sorted_runtimes, value)) / len(sorted_runtimes)


@dataclass
class Standing:
    """One model's row of the leaderboard in one scope."""

    model: str
    dynamic_points: float = 0.0
    solved: int = 0
    attempted: int = 0
    submissions: int = 0
    pass_at_1: float = 0.0
    beyond_at_1: float = 0.0
    per_problem: dict[str, float] = field(default_factory=dict)
    """problem -> CS + ES the model earns on it."""


def problem_points(base_points: float, solvers: dict[str, float], runtimes: list[float]) -> dict[str, float]:
    """model -> CS + ES on one problem, from its state."""
    return {model: correctness_share(base_points, len(solvers)) + share_at_least(best, runtimes)
            for model, best in solvers.items()}


def standings(db: JudgeDB, scope: str = ALL) -> list[Standing]:
    """The leaderboard of `scope` (a language or `*`), best Dynamic Points first, then Pass@1, Beyond@1."""
    s, m = tables.problem_state.c, tables.model_stats.c
    rows: dict[str, Standing] = {}
    with db.read() as conn:
        states = conn.execute(sa.select(tables.problem_state).where(s.scope == scope)).all()
        stats_query = sa.select(tables.model_stats)
        stats = conn.execute(stats_query if scope == ALL else stats_query.where(m.language == scope)).all()
    for state in states:
        for model, earned in problem_points(state.base_points, state.solvers, state.runtimes).items():
            row = rows.setdefault(model, Standing(model))
            row.dynamic_points += earned
            row.solved += 1
            row.per_problem[state.problem] = earned
    shares: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for stat in stats:
        row = rows.setdefault(stat.model, Standing(stat.model))
        row.submissions += stat.judged
        shares[stat.model].append((stat.passed / stat.judged, stat.beyond_sum / stat.judged))
    for model, pairs in shares.items():
        rows[model].attempted = len(pairs)
        rows[model].pass_at_1 = sum(p for p, _ in pairs) / len(pairs)
        rows[model].beyond_at_1 = sum(b for _, b in pairs) / len(pairs)
    return sorted(rows.values(), key=lambda r: (-r.dynamic_points, -r.pass_at_1, -r.beyond_at_1, r.model))


def accepted_runtimes(db: JudgeDB, problem: str, scope: str) -> list[float]:
    """Every accepted runtime on `problem` in `scope`, sorted (references included)."""
    s = tables.problem_state.c
    with db.read() as conn:
        row = conn.execute(sa.select(s.runtimes).where(s.problem == problem, s.scope == scope)).first()
    return list(row.runtimes) if row else []


def history(db: JudgeDB, scope: str = ALL, *, points: int = 60) -> dict[str, list[tuple[float, float]]]:
    """model -> [(time, Dynamic Points)] replaying the accepted runtimes in arrival order (for the chart).

    The same fold as the live state, over `arena_events` (accepted runtimes only), keeping at most about
    `points` samples per model.
    """
    e = tables.events.c
    query = sa.select(e.at, e.problem, e.language, e.model, e.runtime_ms).order_by(e.id)
    if scope != ALL:
        query = query.where(e.language == scope)
    s = tables.problem_state.c
    with db.read() as conn:
        events = conn.execute(query).all()
        bases = dict(conn.execute(sa.select(s.problem, s.base_points).where(s.scope == scope)).all())
    solvers: dict[str, dict[str, float]] = defaultdict(dict)
    pools: dict[str, list[float]] = defaultdict(list)
    earned: dict[str, dict[str, float]] = defaultdict(dict)
    series: dict[str, list[tuple[float, float]]] = defaultdict(list)
    step = max(1, len(events) // points)
    for index, event in enumerate(events):
        bisect.insort(pools[event.problem], event.runtime_ms)
        if event.model is not None:
            best = solvers[event.problem].get(event.model)
            if best is None or event.runtime_ms < best:
                solvers[event.problem][event.model] = event.runtime_ms
        base = bases.get(event.problem, 0.0)
        for model, value in problem_points(base, solvers[event.problem], pools[event.problem]).items():
            earned[model][event.problem] = value
        if index % step == 0 or index == len(events) - 1:
            for model, per_problem in earned.items():
                series[model].append((event.at, sum(per_problem.values())))
    return dict(series)
