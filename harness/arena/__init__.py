"""effx's online judge (`effx judge serve`): submissions accumulate, Dynamic Points stay live.

Modules, one concept each: `config` (how it runs), `tables` and `db` (its tables in any SQLAlchemy
database), `keys` (hashed API keys), `queue` (the durable queue: claim, lease, exactly one verdict),
`points` (Dynamic Points, Pass@1 and Beyond@1 folded forward verdict by verdict), `problems` (the suites'
tasks with base points and stubs), `evaluate` (the `effx run` engine on one submission), `workers`
(judging threads), `ratelimit`, `service` (the whole judge and submission intake), `api` (JSON under
/v1), `web` and `dp_chart` (server-rendered pages), `export` (JSONL and parquet), `judge_app` (the FastAPI app).
"""

from __future__ import annotations

__all__ = ["JudgeConfig", "create_app"]


def __getattr__(name: str) -> object:
    # FastAPI and SQLAlchemy are imported only when the judge is actually wanted.
    if name == "JudgeConfig":
        from effx.arena.config import JudgeConfig

        return JudgeConfig
    if name == "create_app":
        from effx.arena.judge_app import create_app

        return create_app
    raise AttributeError(name)
