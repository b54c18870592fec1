"""CodeArena (ACL 2025 demo): Dynamic Points, a leaderboard score that shrinks as more models solve.

For a model, `DP = sum over the problems it solved of (CS_i + ES_i)`:

* CS_i, the correctness share, splits problem i's base points among the models that solved it:
  `CS_i = BPS_i / solvers_i`. This is the form that reproduces the worked table CodeArena presents
  (5-point problem solved by one model -> 5; 3 points, three solvers -> 1 each; 5 points, two
  solvers -> 2.5 each), and it is effx's default. The paper's text states `CS_i = BPS_i * (1 - AC_i)`
  with the acceptance rate `AC_i = solved / attempts`; that form does not reproduce the table, but it
  is available as `form="acceptance"`.
* ES_i, the efficiency share, is the share of accepted submissions on problem i (every model and
  human on the platform) whose cost is >= the model's accepted cost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from effx.registry import METRICS

CsForm = Literal["solvers", "acceptance"]


@METRICS.register("codearena_cs")
def correctness_share(
    base_points: float, solvers: int, attempts: int | None = None, *, form: CsForm = "solvers"
) -> float:
    """CS_i of one problem for a model that solved it.

    Args:
        base_points: The problem's base points BPS_i.
        solvers: Models that solved the problem (including this one), at least 1.
        attempts: Models (or submissions) that attempted it; needed only for `form="acceptance"`.
        form: `solvers` -> `BPS / solvers` (the worked table); `acceptance` -> `BPS * (1 - solvers /
            attempts)` (the paper's text).

    Returns:
        The model's correctness share of the problem.
    """
    if solvers < 1:
        raise ValueError(f"correctness_share is for a solved problem: solvers must be >= 1, got {solvers}")
    if form == "solvers":
        return base_points / solvers
    if attempts is None or attempts < solvers:
        raise ValueError(f"form='acceptance' needs attempts >= solvers, got attempts={attempts}")
    return base_points * (1.0 - solvers / attempts)


@METRICS.register("codearena_es")
def efficiency_share(value: float, accepted: Sequence[float]) -> float:
    """ES_i: share of accepted costs on the problem that are >= this model's cost (`value`).

    Args:
        value: The model's accepted cost (runtime, memory, ...).
        accepted: Every accepted cost on the problem, including the model's own.

    Raises:
        ValueError: `accepted` is empty.
    """
    if not accepted:
        raise ValueError("efficiency_share needs the accepted costs of the problem (at least the model's)")
    return sum(1 for a in accepted if a >= value) / len(accepted)


@METRICS.register("dynamic_points")
def dynamic_points(
    solved: Mapping[str, Mapping[str, float | None]],
    base_points: Mapping[str, float],
    *,
    es: Mapping[str, Mapping[str, float]] | None = None,
    accepted: Mapping[str, Sequence[float]] | None = None,
    attempts: Mapping[str, int] | None = None,
    form: CsForm = "solvers",
) -> dict[str, float]:
    """Dynamic Points of every model: `DP = sum over solved problems of (CS_i + ES_i)`.

    Solver counts come from `solved` itself, which is why the function scores all models at once.

    Args:
        solved: model -> problem -> the model's accepted cost on it, or None / absent when not solved.
        base_points: problem -> BPS_i.
        es: model -> problem -> a given ES_i (e.g. taken from the platform); overrides computing it.
        accepted: problem -> every accepted cost on the platform, used to compute ES_i when `es` does
            not give it. Defaults to the accepted costs of the models in `solved`.
        attempts: problem -> attempts, for `form="acceptance"`.
        form: How CS_i is computed; see `correctness_share`.

    Returns:
        model -> Dynamic Points.

    Raises:
        ValueError: A solved problem has no base points, or ES cannot be determined.
    """
    solvers: dict[str, int] = {}
    costs: dict[str, list[float]] = {}
    for per_problem in solved.values():
        for problem, cost in per_problem.items():
            if cost is None:
                continue
            solvers[problem] = solvers.get(problem, 0) + 1
            costs.setdefault(problem, []).append(cost)
    points: dict[str, float] = {}
    for model, per_problem in solved.items():
        total = 0.0
        for problem, cost in per_problem.items():
            if cost is None:
                continue
            if problem not in base_points:
                raise ValueError(f"problem {problem!r} solved by {model!r} has no base points")
            tries = attempts.get(problem) if attempts else None
            total += correctness_share(base_points[problem], solvers[problem], tries, form=form)
            given = es.get(model, {}).get(problem) if es else None
            if given is None:
                pool = accepted.get(problem) if accepted else None
                given = efficiency_share(cost, pool if pool else costs[problem])
            total += given
        points[model] = total
    return points
