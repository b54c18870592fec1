"""The judge's database: one SQLAlchemy URL, reads and write transactions.

Writes that read before they write (claiming a submission, folding a verdict into the Dynamic Points
state) must not interleave. On SQLite every write transaction starts with `BEGIN IMMEDIATE`, taking the
write lock up front (the file is in WAL mode, so readers never wait); on PostgreSQL the rows read are
locked with `SELECT ... FOR UPDATE`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from effx.arena import tables


def db_url(text: str) -> str:
    """A SQLAlchemy URL for `--db`: URLs pass through, anything else is a SQLite file path.

    A bare `postgresql://` URL uses psycopg2 when psycopg (SQLAlchemy's default driver) is not installed.
    """
    if text.startswith("postgresql://"):
        import importlib.util

        if importlib.util.find_spec("psycopg") is None and importlib.util.find_spec("psycopg2") is not None:
            return "postgresql+psycopg2://" + text.removeprefix("postgresql://")
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _sqlite_engine(url: str, *, immediate: bool) -> sa.Engine:
    engine = sa.create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event below emits BEGIN itself
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA busy_timeout=60000")

    @sa.event.listens_for(engine, "begin")
    def _begin(connection: sa.Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _add_missing_columns(engine: sa.Engine) -> None:
    """Add the schema's nullable columns that a database created by an older judge lacks."""
    inspector = sa.inspect(engine)
    for table in tables.metadata.sorted_tables:
        present = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in present or not column.nullable:
                continue
            kind = column.type.compile(engine.dialect)
            try:
                with engine.begin() as conn:
                    conn.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}")
            except (sa.exc.OperationalError, sa.exc.ProgrammingError) as exc:
                if "duplicate" not in str(exc) and "already exists" not in str(exc):
                    raise  # another server added it first otherwise


class JudgeDB:
    """The judge's tables behind one URL (created on first use).

    Args:
        url: a SQLite file path or any SQLAlchemy URL (`postgresql://user@host/effx`).
        clock: seconds since the epoch; tests pass a fake one to expire leases.
    """

    def __init__(self, url: str, clock: Any = time.time) -> None:
        self.url = db_url(url)
        self.clock = clock
        parsed = sa.make_url(self.url)
        self.sqlite = parsed.drivername.startswith("sqlite")
        if self.sqlite:
            if parsed.database:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            self.engine = _sqlite_engine(self.url, immediate=False)
            self._writer = _sqlite_engine(self.url, immediate=True)
        else:
            self.engine = self._writer = sa.create_engine(self.url, pool_pre_ping=True)
        try:
            tables.metadata.create_all(self._writer)
        except (sa.exc.OperationalError, sa.exc.ProgrammingError) as exc:
            if "already exists" not in str(exc):
                safe = parsed.render_as_string(hide_password=True)
                raise ConnectionError(f"cannot open the judge database at {safe}: {exc.orig}") from exc
        _add_missing_columns(self._writer)

    def now(self) -> float:
        """The judge's clock (seconds since the epoch)."""
        return float(self.clock())

    @contextmanager
    def write(self) -> Iterator[sa.Connection]:
        """A write transaction holding the write lock (SQLite) from its start; commits on success."""
        with self._writer.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        """A read-only connection."""
        with self.engine.connect() as conn:
            yield conn

    def for_update(self, query: sa.Select[Any]) -> sa.Select[Any]:
        """`query` locking its rows until the transaction ends (a no-op on SQLite, already serialised)."""
        return query if self.sqlite else query.with_for_update()

    def close(self) -> None:
        """Release the connection pools."""
        self.engine.dispose()
        self._writer.dispose()

    def __enter__(self) -> JudgeDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
