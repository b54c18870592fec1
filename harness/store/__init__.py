"""The results store: every run's manifest and results in one SQL database.

Run directories are the primary record (written incrementally by the runner); the store is an index
over many of them so leaderboards and cross-model scores (Dynamic Points) can span runs. Any
SQLAlchemy URL works; SQLite under the user's data folder is the default.
"""

from __future__ import annotations

from effx.store.rundir import RunDirError, read_run_dir
from effx.store.store import DEFAULT_DB_ENV, Store, StoredRun, UnknownRunError, default_url

__all__ = ["DEFAULT_DB_ENV", "RunDirError", "Store", "StoredRun", "UnknownRunError", "default_url",
           "read_run_dir"]
