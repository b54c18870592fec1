"""The results store: every run's manifest and results in one SQL database, over the run directories.

Run directories are the primary record (written incrementally by the runner, see `rundir`); the store is
an index over many of them so leaderboards and cross-model scores (Dynamic Points) can span runs. Any
SQLAlchemy URL works; SQLite under the user's data folder is the default. Names are re-exported lazily so
that the runner, which writes run directories, never imports SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from effx.store.rundir import RunDirError, read_run_dir
    from effx.store.store import DEFAULT_DB_ENV, Store, StoredRun, UnknownRunError, default_url

_EXPORTS = {
    "RunDirError": "effx.store.rundir", "read_run_dir": "effx.store.rundir",
    "DEFAULT_DB_ENV": "effx.store.store", "Store": "effx.store.store", "StoredRun": "effx.store.store",
    "UnknownRunError": "effx.store.store", "default_url": "effx.store.store",
}

__all__ = ["DEFAULT_DB_ENV", "RunDirError", "Store", "StoredRun", "UnknownRunError", "default_url",
           "read_run_dir"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'effx.store' has no attribute {name!r}")
