"""The effx cache root and the atomic writes every cache entry goes through.

Compiled programs, the launcher binary, expected outputs, generated cases and downloaded datasets all
live under one root, so a user clears or relocates effx's caches with one variable. Entries are written
to a temporary name and renamed, so a reader never sees half a file, even when a run is killed.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

__all__ = ["atomic_write", "cache_dir", "dump_json"]


def cache_dir() -> Path:
    """The effx cache root: `$EFFX_CACHE_DIR`, else `~/.cache/effx`."""
    env = os.environ.get("EFFX_CACHE_DIR")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "effx"


def atomic_write(path: Path, text: str) -> None:
    """Replace `path` with `text` in one rename, after the bytes are on disk.

    The temporary name is the writer's own (process and thread), so two runs filling the same entry at
    once each rename a whole file instead of truncating each other's."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    with open(tmp, "w") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def dump_json(path: Path, data: object) -> None:
    """Write `data` as JSON atomically, creating the folder (cache entries)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(data))
