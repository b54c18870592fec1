"""The `Store`: import run directories into a SQL database and read them back as models.

Import is idempotent by run id: importing a run again replaces its rows in one transaction, so a run
that was imported while still running can simply be imported again when it completes. Each result row
keeps the solution's code from the run folder's `code/` in its JSON, so results read back from the store
carry their code as results read from the folder do.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel

from effx.models import RunManifest, RunResult
from effx.store import schema
from effx.store.rundir import read_run_dir

DEFAULT_DB_ENV = "EFFX_DB"
"""Environment variable holding the store URL when `--db` is not given."""


class UnknownRunError(LookupError):
    """A run id that is not in the store; the message lists the stored ids."""


class StoredRun(BaseModel):
    """One run as listed by the store: its manifest plus counts computed at import."""

    manifest: RunManifest
    """The run's manifest, as imported."""
    source: str
    """Run directory it was imported from."""
    imported_at: str
    """ISO-8601 time of the (latest) import."""
    results: int
    """Number of results stored for the run."""
    models: list[str]
    """Distinct model names among the results (`reference` included when references were run)."""


def default_url() -> str:
    """`$EFFX_DB`, else SQLite at `$XDG_DATA_HOME/effx/effx.db` (`~/.local/share/effx/effx.db`)."""
    if os.environ.get(DEFAULT_DB_ENV):
        return os.environ[DEFAULT_DB_ENV]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{data_home / 'effx' / 'effx.db'}"


def _create_tables(engine: sa.Engine, attempts: int = 5) -> None:
    """Create missing tables; another process creating them at the same moment is not an error.

    `create_all` checks then creates, so two effx commands opening a fresh store together can both
    see no table and one of them fails with "already exists"; checking again then finds the tables.
    """
    for attempt in range(attempts):
        try:
            schema.metadata.create_all(engine)
            return
        except (sa.exc.OperationalError, sa.exc.ProgrammingError, sa.exc.IntegrityError) as exc:
            if "already exists" not in str(exc) and "duplicate" not in str(exc).lower() \
                    or attempt == attempts - 1:
                raise


class Store:
    """A results database reachable through one SQLAlchemy URL.

    Args:
        url: Any SQLAlchemy URL (`sqlite:///path.db`, `postgresql+psycopg2://...`); None uses
            `default_url()`. Tables are created on first use.
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = url or default_url()
        parsed = sa.make_url(self.url)
        if parsed.drivername.startswith("sqlite") and parsed.database not in (None, "", ":memory:"):
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            self.engine = sa.create_engine(self.url)
            _create_tables(self.engine)
        except sa.exc.SQLAlchemyError as exc:
            raise self._unavailable("cannot open", exc) from exc

    def _safe_url(self) -> str:
        return sa.make_url(self.url).render_as_string(hide_password=True)

    def _unavailable(self, doing: str, exc: sa.exc.SQLAlchemyError) -> ConnectionError:
        # One line: drivers' messages span several (psycopg2 adds hints, SQLAlchemy a link to its docs).
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())
        end = "" if reason.endswith((".", "?", "!")) else "."
        return ConnectionError(f"{doing} the results store at {self._safe_url()}: {exc.__class__.__name__}: "
                               f"{reason}{end} Check --db or ${DEFAULT_DB_ENV}.")

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def import_run(self, run_dir: Path | str) -> StoredRun:
        """Read a run directory and store it, replacing any earlier import of the same run id.

        One transaction: a database that goes away midway keeps the earlier import (or none), never part
        of this one, and raises ConnectionError.
        """
        manifest, results = read_run_dir(Path(run_dir))
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        try:
            with self.engine.begin() as conn:
                self._delete(conn, manifest.run_id)
                conn.execute(schema.runs.insert().values(
                    run_id=manifest.run_id, created=manifest.created, suite=manifest.suite,
                    status=manifest.status, source=str(Path(run_dir).resolve()), imported_at=now,
                    manifest=manifest.model_dump(mode="json")))
                if results:
                    conn.execute(schema.results.insert(), [_result_row(manifest.run_id, i, r)
                                                           for i, r in enumerate(results)])
            return self.get_stored_run(manifest.run_id)
        except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:  # the server, not the data
            raise self._unavailable(f"cannot import run {manifest.run_id!r} into", exc) from exc

    def list_runs(self) -> list[StoredRun]:
        """Every stored run, newest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(schema.runs).order_by(schema.runs.c.created.desc(),
                                                                schema.runs.c.run_id)).all()
            counts = _counts(conn, [row.run_id for row in rows])
        return [_stored_run(row, *counts.get(row.run_id, (0, []))) for row in rows]

    def get_stored_run(self, run_id: str) -> StoredRun:
        """One run with its import metadata and counts; unknown ids raise `UnknownRunError`."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(schema.runs).where(schema.runs.c.run_id == run_id)).first()
            if row is None:
                raise self._unknown(conn, run_id)
            counts = _counts(conn, [run_id])
        return _stored_run(row, *counts.get(run_id, (0, [])))

    def get_run(self, run_id: str) -> RunManifest:
        """The manifest of `run_id`; unknown ids raise `UnknownRunError`."""
        return self.get_stored_run(run_id).manifest

    def results(self, run_ids: Iterable[str] | None = None) -> list[RunResult]:
        """Results of the given runs (all runs when None), in run then file order.

        Unknown run ids raise `UnknownRunError` rather than silently reading as empty.
        """
        query = sa.select(schema.results.c.data).order_by(schema.results.c.run_id, schema.results.c.position)
        with self.engine.connect() as conn:
            if run_ids is not None:
                wanted = list(dict.fromkeys(run_ids))
                known = set(conn.scalars(sa.select(schema.runs.c.run_id)
                                         .where(schema.runs.c.run_id.in_(wanted))))
                for run_id in wanted:
                    if run_id not in known:
                        raise self._unknown(conn, run_id)
                query = query.where(schema.results.c.run_id.in_(wanted))
            return [RunResult.model_validate(data) for data in conn.scalars(query)]

    def delete_run(self, run_id: str) -> None:
        """Remove a run and its results; unknown ids raise `UnknownRunError`."""
        with self.engine.begin() as conn:
            if not self._delete(conn, run_id):
                raise self._unknown(conn, run_id)

    @staticmethod
    def _delete(conn: sa.Connection, run_id: str) -> bool:
        # Results first and explicitly: SQLite ignores ON DELETE CASCADE unless a pragma is set.
        conn.execute(schema.results.delete().where(schema.results.c.run_id == run_id))
        return conn.execute(schema.runs.delete().where(schema.runs.c.run_id == run_id)).rowcount > 0

    def _unknown(self, conn: sa.Connection, run_id: str) -> UnknownRunError:
        known = sorted(conn.scalars(sa.select(schema.runs.c.run_id)))
        listing = ", ".join(known) if known else "none; import one with `effx runs import RUN_DIR`"
        return UnknownRunError(f"no run {run_id!r} in the store at {self._safe_url()}. "
                               f"Stored runs: {listing}.")


def _result_row(run_id: str, position: int, result: RunResult) -> dict[str, Any]:
    # The code goes into the stored JSON explicitly (a result's dump leaves it out, see RunResult.code), so
    # the store shows it after the run folder is gone.
    data = result.model_dump(mode="json") | ({"code": result.code} if result.code is not None else {})
    return {"run_id": run_id, "position": position, "task_id": result.task_id, "language": result.language,
            "model": result.model, "kind": result.kind, "sample_id": result.sample_id,
            "status": result.status.value, "runtime_ms": result.runtime_ms,
            "peak_rss_kb": result.peak_rss_kb, "data": data}


def _counts(conn: sa.Connection, run_ids: list[str]) -> dict[str, tuple[int, list[str]]]:
    if not run_ids:
        return {}
    r = schema.results.c
    rows = conn.execute(sa.select(r.run_id, r.model, sa.func.count()).where(r.run_id.in_(run_ids))
                        .group_by(r.run_id, r.model)).all()
    out: dict[str, tuple[int, list[str]]] = {}
    for run_id, model, count in rows:
        total, models = out.get(run_id, (0, []))
        out[run_id] = (total + count, sorted([*models, model]))
    return out


def _stored_run(row: sa.Row[Any], results: int, models: list[str]) -> StoredRun:
    return StoredRun(manifest=RunManifest.model_validate(row.manifest), source=row.source,
                     imported_at=row.imported_at, results=results, models=models)
