"""Checking instances and predictions without timing anything: fast feedback before a long run.

Per instance: the repository resolves and holds the base commit; with predictions, a patch exists
and names only paths inside the repository; with `apply`, it applies at the base commit (status
`applied`, the one status only validation gives).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from effx.repos.models import InstanceStatus, Prediction, RepoInstance
from effx.repos.patching import UnsafePatchError, apply_patch, check_patch_safety
from effx.repos.shell import CommandLog
from effx.repos.workspace import Workspace, WorkspaceError, cached_mirror, resolve_source

DEFAULT_CACHE = Path.home() / ".cache" / "effx" / "repos"


@dataclass(frozen=True)
class ValidationLine:
    """Verdict on one instance."""

    instance_id: str
    ok: bool
    status: str
    """`valid`, `applied`, `apply_failed` or `invalid`."""
    detail: str = ""


def validate(instances: list[RepoInstance], predictions: dict[str, Prediction] | None, *,
             repos_dir: Path | None = None, cache_dir: Path | None = None,
             apply: bool = False) -> Iterator[ValidationLine]:
    """Yield one verdict per instance, in order."""
    for inst in instances:
        yield _validate_one(inst, predictions, repos_dir, cache_dir or DEFAULT_CACHE, apply)


def _validate_one(inst: RepoInstance, predictions: dict[str, Prediction] | None, repos_dir: Path | None,
                  cache_dir: Path, apply: bool) -> ValidationLine:
    iid = inst.instance_id
    try:
        mirror = cached_mirror(resolve_source(inst.repo, repos_dir), cache_dir, inst.base_commit)
    except WorkspaceError as exc:
        return ValidationLine(iid, False, "invalid", str(exc))
    if predictions is None:
        return ValidationLine(iid, True, "valid")
    pred = predictions.get(iid)
    patch = (pred.model_patch or "") if pred else ""
    if not patch.strip():
        return ValidationLine(iid, False, InstanceStatus.apply_failed.value, "no (or an empty) patch")
    try:
        check_patch_safety(patch)
    except UnsafePatchError as exc:
        return ValidationLine(iid, False, InstanceStatus.apply_failed.value, f"rejected: {exc}")
    if not apply:
        return ValidationLine(iid, True, "valid")
    with tempfile.TemporaryDirectory(prefix="effx-validate-") as tmp:
        ws = Workspace.create(mirror, Path(tmp) / "src", inst.base_commit)
        try:
            runner = CommandLog(Path(tmp) / "log", ws.path)
            if inst.test_patch:
                if not apply_patch(ws, inst.test_patch, runner, Path(tmp) / "test.patch").applied:
                    return ValidationLine(iid, False, "invalid", "the instance's test_patch does not apply")
                ws.commit_all("effx: test patch")
            ws.snapshot()
            outcome = apply_patch(ws, patch, runner, Path(tmp) / "model.patch")
        finally:
            ws.remove()
    if outcome.applied:
        return ValidationLine(iid, True, InstanceStatus.applied.value, f"with {outcome.method}")
    return ValidationLine(iid, False, InstanceStatus.apply_failed.value, outcome.error or "")
