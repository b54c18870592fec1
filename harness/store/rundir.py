"""Reading a run directory (`manifest.json` + `results.jsonl`) into validated models.

The runner appends to `results.jsonl` as jobs finish and may re-run a job after an interruption, so
the same result key can appear more than once; the last line for a key wins, which matches what a
resumed run means. A torn final line (the process died mid-write) is skipped rather than fatal.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from effx.models import RunManifest, RunResult

MANIFEST = "manifest.json"
RESULTS = "results.jsonl"


class RunDirError(ValueError):
    """A run directory that is missing a file or holds invalid data; the message names file and line."""


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


def read_results(run_dir: Path) -> list[RunResult]:
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
    return list(by_key.values())


def read_run_dir(run_dir: Path) -> tuple[RunManifest, list[RunResult]]:
    """The manifest and the de-duplicated results of one run directory."""
    return read_manifest(Path(run_dir)), read_results(Path(run_dir))


def _is_json(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True
