"""The run directory: `runs/<run_id>/manifest.json` and `results.jsonl`, written so a crash loses nothing.

Results are appended one JSON line at a time and fsync'ed, so an interrupted run keeps every result
it finished. On reopening, a torn last line (the process died mid-write) is dropped and the file is
rewritten without it; the keys of the surviving results tell the runner what not to redo.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from effx.models import RunManifest, RunResult

MANIFEST = "manifest.json"
RESULTS = "results.jsonl"


class RunDirError(ValueError):
    """A run directory that cannot be read; the message names the file and line."""


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def read_results(path: Path, *, repair: bool = False) -> list[RunResult]:
    """Read a results.jsonl; with `repair`, drop a torn final line instead of failing on it."""
    if not path.exists():
        return []
    lines = path.read_text().splitlines()
    results: list[RunResult] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            results.append(RunResult.model_validate_json(line))
        except ValidationError as exc:
            if repair and number == len(lines):
                _atomic_write(path, "".join(r.model_dump_json() + "\n" for r in results))
                break
            raise RunDirError(f"{path}:{number}: not a result line ({exc.errors()[0]['msg']})") from exc
    return results


class RunDir:
    """One run's folder. Create it with `RunDir.open`, which also resumes an existing run."""

    def __init__(self, path: Path):
        self.path = path

    @property
    def manifest_path(self) -> Path:
        return self.path / MANIFEST

    @property
    def results_path(self) -> Path:
        return self.path / RESULTS

    @classmethod
    def open(cls, path: Path) -> RunDir:
        """Create the folder if needed; existing results stay."""
        path.mkdir(parents=True, exist_ok=True)
        return cls(path)

    def exists(self) -> bool:
        return self.manifest_path.exists()

    def read_manifest(self) -> RunManifest:
        try:
            return RunManifest.model_validate_json(self.manifest_path.read_text())
        except (OSError, ValidationError) as exc:
            raise RunDirError(f"{self.manifest_path}: {exc}") from exc

    def write_manifest(self, manifest: RunManifest) -> None:
        _atomic_write(self.manifest_path, manifest.model_dump_json(indent=2) + "\n")

    def results(self) -> list[RunResult]:
        """Every result written so far (repairing a torn last line)."""
        return read_results(self.results_path, repair=True)

    def done_keys(self) -> set[str]:
        return {r.key for r in self.results()}

    def append(self, results: Iterable[RunResult]) -> None:
        """Append results durably; each line is complete on disk before the call returns."""
        text = "".join(r.model_dump_json() + "\n" for r in results)
        if not text:
            return
        with open(self.results_path, "a") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())


def dump_json(path: Path, data: object) -> None:
    """Write JSON atomically (helper for caches)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(path, json.dumps(data))
