"""The run directory: `runs/<run_id>/manifest.json`, `results.jsonl` and `code/`, written so a crash loses nothing.

Results are appended one JSON line at a time and fsync'ed, so an interrupted run keeps every result it
finished. The writer (`RunDir`) and the readers (`effx score`, the results store) see the same file
differently, and this module serves both:

* reopening a run to resume it, a torn last line (the process died mid-write) is dropped and the file
  rewritten without it; the keys of the surviving results tell the runner what not to redo;
* reading a finished run, a re-run job may have left the same key more than once: the last line for a
  key wins, which matches what a resumed run means, and a torn final line is skipped, never rewritten.

The code of every solution is kept in the run folder too, content-addressed: `code/<code_hash>.txt`,
written atomically, once per distinct code, before the first result that refers to it. What a run
measured therefore stays readable when the samples file it came from is moved or edited, and results
read back through this module carry their code (`RunResult.code`); run folders from before `code/`
existed read back without it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from effx.cache import atomic_write
from effx.models import RunManifest, RunResult, code_hash

MANIFEST = "manifest.json"
RESULTS = "results.jsonl"
CODE = "code"
"""Folder of the solutions' code, one `<code_hash>.txt` per distinct code."""

__all__ = ["CODE", "MANIFEST", "RESULTS", "RunDir", "RunDirError", "latest_results", "read_manifest",
           "read_results", "read_run_dir", "with_code"]


class RunDirError(ValueError):
    """A run directory that is missing a file or holds invalid data; the message names file and line."""


def read_results(path: Path, *, repair: bool = False) -> list[RunResult]:
    """Read a results.jsonl line by line; with `repair`, drop a torn final line instead of failing on it."""
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
                atomic_write(path, "".join(r.model_dump_json() + "\n" for r in results))
                break
            raise RunDirError(f"{path}:{number}: not a result line ({exc.errors()[0]['msg']})") from exc
    return results


def with_code(run_dir: Path, results: list[RunResult]) -> list[RunResult]:
    """`results` with `code` filled in from `run_dir/code/`, where the run folder holds it."""
    folder = Path(run_dir) / CODE
    if not folder.is_dir():
        return results
    texts: dict[str, str | None] = {}
    for result in results:
        if result.code_hash and result.code_hash not in texts:
            path = folder / f"{result.code_hash}.txt"
            texts[result.code_hash] = _read_code(path) if path.is_file() else None
        result.code = texts.get(result.code_hash)
    return results


def _read_code(path: Path) -> str:
    # newline="": universal newlines would turn the code's \r\n into \n; the encoding is atomic_write's
    with open(path, newline="") as fh:
        return fh.read()


def read_manifest(run_dir: Path) -> RunManifest:
    """Validate `run_dir/manifest.json`."""
    path = Path(run_dir) / MANIFEST
    if not path.is_file():
        raise RunDirError(f"{path}: not found; is {run_dir} a run directory written by `effx run`?")
    try:
        return RunManifest.model_validate_json(path.read_text())
    except ValidationError as exc:
        fields = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise RunDirError(f"{path}: {fields}") from exc


def latest_results(run_dir: Path) -> list[RunResult]:
    """Validate every line of `run_dir/results.jsonl`, keeping the last result per key.

    A missing results file means a run that has produced nothing yet and reads as empty.
    """
    path = Path(run_dir) / RESULTS
    if not path.is_file():
        return []
    lines = path.read_text().splitlines()
    by_key: dict[str, RunResult] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            result = RunResult.model_validate_json(line)
        except ValidationError as exc:
            torn_tail = number == len(lines) and not _is_json(line)
            if torn_tail:
                break
            raise RunDirError(f"{path}:{number}: {exc.errors()[0]['msg']} "
                              f"(at {'.'.join(map(str, exc.errors()[0]['loc']))})") from exc
        by_key.pop(result.key, None)
        by_key[result.key] = result
    return with_code(Path(run_dir), list(by_key.values()))


def read_run_dir(run_dir: Path) -> tuple[RunManifest, list[RunResult]]:
    """The manifest and the de-duplicated results of one run directory."""
    return read_manifest(Path(run_dir)), latest_results(Path(run_dir))


def _is_json(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True


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
        atomic_write(self.manifest_path, manifest.model_dump_json(indent=2) + "\n")

    @property
    def code_path(self) -> Path:
        return self.path / CODE

    def results(self) -> list[RunResult]:
        """Every result written so far (repairing a torn last line), with its code."""
        return with_code(self.path, read_results(self.results_path, repair=True))

    def done_keys(self) -> set[str]:
        return {r.key for r in read_results(self.results_path, repair=True)}

    def keep_code(self, code: str) -> str:
        """Keep `code` as `code/<code_hash>.txt` unless it is there already; returns the hash.

        Written atomically, so a reader never sees half a file, and before the results that refer to it.
        """
        digest = code_hash(code)
        path = self.code_path / f"{digest}.txt"
        if not path.exists():
            self.code_path.mkdir(exist_ok=True)
            atomic_write(path, code)
        return digest

    def append(self, results: Iterable[RunResult]) -> None:
        """Append results durably; each line is complete on disk before the call returns."""
        text = "".join(r.model_dump_json() + "\n" for r in results)
        if not text:
            return
        with open(self.results_path, "a") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
