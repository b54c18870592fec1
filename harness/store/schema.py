"""Table definitions of the results store (SQLAlchemy Core).

A run is one row holding its manifest as JSON; a result is one row with the columns that queries
filter or sort on (task, language, model, kind, status, runtime) plus the whole RunResult as JSON, so
the model can grow fields without a schema migration. Repetitions stay inside that JSON: nothing
queries them on their own.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

runs = sa.Table(
    "effx_runs",
    metadata,
    sa.Column("run_id", sa.String(255), primary_key=True),
    sa.Column("created", sa.String(64), nullable=False),
    sa.Column("suite", sa.String(255), nullable=False),
    sa.Column("status", sa.String(32), nullable=False),
    sa.Column("source", sa.Text, nullable=False, doc="Run directory the run was imported from."),
    sa.Column("imported_at", sa.String(64), nullable=False),
    sa.Column("manifest", sa.JSON, nullable=False),
)

results = sa.Table(
    "effx_results",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.String(255), sa.ForeignKey("effx_runs.run_id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False, doc="Line order within the run, kept on read."),
    sa.Column("task_id", sa.String(255), nullable=False, index=True),
    sa.Column("language", sa.String(64), nullable=False),
    sa.Column("model", sa.String(255), nullable=False, index=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("sample_id", sa.Integer, nullable=False),
    sa.Column("status", sa.String(32), nullable=False),
    sa.Column("runtime_ms", sa.Float, nullable=True),
    sa.Column("peak_rss_kb", sa.BigInteger, nullable=True),
    sa.Column("data", sa.JSON, nullable=False),
    sa.UniqueConstraint("run_id", "kind", "model", "task_id", "language", "sample_id",
                        name="uq_effx_results_key"),
)
