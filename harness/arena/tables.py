"""The judge's tables (SQLAlchemy Core), beside the results store's, in any SQLAlchemy database.

`arena_submissions` is the durable queue and the archive at once: a row is `queued`, `running` (claimed by
a worker whose lease ends at `lease_until`, identified by `claim`) or `done` with its verdict. The Dynamic
Points state is kept apart and folded forward as each verdict arrives (`effx.arena.points`):
`arena_problem_state` per problem and scope (a language, or `*` for all), `arena_model_stats` per model,
language and problem, and `arena_events`, the accepted runtimes in arrival order (the history chart).
Times are seconds since the epoch (UTC). Nullable columns added later are added to an older database
when it is opened (`effx.arena.db.JudgeDB`).
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

keys = sa.Table(
    "arena_keys", metadata,
    sa.Column("key_id", sa.String(32), primary_key=True, doc="Public id of the key (its first characters)."),
    sa.Column("name", sa.String(255), nullable=False, doc="Who submits with it."),
    sa.Column("key_hash", sa.String(64), nullable=False, unique=True, doc="SHA-256 of the whole key, hex."),
    sa.Column("created", sa.Float, nullable=False),
)

submissions = sa.Table(
    "arena_submissions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key_id", sa.String(32), nullable=False),
    sa.Column("suite", sa.String(255), nullable=False),
    sa.Column("problem", sa.String(255), nullable=False),
    sa.Column("language", sa.String(64), nullable=False),
    sa.Column("model", sa.String(255), nullable=False),
    sa.Column("code", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False, doc="queued, running or done."),
    sa.Column("verdict", sa.String(32), nullable=True, doc="An effx Status value once done."),
    sa.Column("message", sa.Text, nullable=True),
    sa.Column("runtime_ms", sa.Float, nullable=True),
    sa.Column("cpu_ms", sa.Float, nullable=True),
    sa.Column("peak_rss_kb", sa.BigInteger, nullable=True),
    sa.Column("beyond", sa.Float, nullable=True),
    sa.Column("cases_passed", sa.Integer, nullable=True, doc="Cases whose outputs passed before the first "
              "failure (all of them when accepted); None when no output was compared."),
    sa.Column("cases_total", sa.Integer, nullable=True, doc="Cases of the problem; None when unknown."),
    sa.Column("created", sa.Float, nullable=False),
    sa.Column("started", sa.Float, nullable=True),
    sa.Column("finished", sa.Float, nullable=True),
    sa.Column("lease_until", sa.Float, nullable=True),
    sa.Column("claim", sa.String(64), nullable=True, doc="Token of the claim a verdict must match."),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Index("ix_arena_submissions_status", "status", "id"),
    sa.Index("ix_arena_submissions_key", "key_id", "status"),
    sa.Index("ix_arena_submissions_problem", "problem", "language"),
    sa.Index("ix_arena_submissions_model", "model"),
)

problem_state = sa.Table(
    "arena_problem_state", metadata,
    sa.Column("problem", sa.String(255), primary_key=True),
    sa.Column("scope", sa.String(64), primary_key=True, doc="A language, or * for every language."),
    sa.Column("base_points", sa.Float, nullable=False),
    sa.Column("solvers", sa.JSON, nullable=False, doc="model -> its fastest accepted runtime (ms)."),
    sa.Column("runtimes", sa.JSON, nullable=False, doc="Every accepted runtime (references too), sorted."),
    sa.Column("judged", sa.Integer, nullable=False, doc="Submissions judged (any verdict)."),
    sa.Column("accepted", sa.Integer, nullable=False, doc="Submissions accepted."),
)

model_stats = sa.Table(
    "arena_model_stats", metadata,
    sa.Column("model", sa.String(255), primary_key=True),
    sa.Column("language", sa.String(64), primary_key=True),
    sa.Column("problem", sa.String(255), primary_key=True),
    sa.Column("judged", sa.Integer, nullable=False),
    sa.Column("passed", sa.Integer, nullable=False),
    sa.Column("beyond_sum", sa.Float, nullable=False, doc="Sum of Beyond over judged submissions."),
)

events = sa.Table(
    "arena_events", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.Float, nullable=False),
    sa.Column("problem", sa.String(255), nullable=False),
    sa.Column("language", sa.String(64), nullable=False),
    sa.Column("model", sa.String(255), nullable=True, doc="None for a reference runtime (pool only)."),
    sa.Column("runtime_ms", sa.Float, nullable=False),
    sa.Column("submission_id", sa.Integer, nullable=True),
)

references = sa.Table(
    "arena_references", metadata,
    sa.Column("problem", sa.String(255), primary_key=True),
    sa.Column("language", sa.String(64), primary_key=True),
    sa.Column("runtimes", sa.JSON, nullable=False, doc="Passing references' median runtimes (ms)."),
    sa.Column("measured", sa.Float, nullable=False),
)
