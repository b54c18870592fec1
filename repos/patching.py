"""Applying a model's patch: a safety check on the paths, then a fallback chain of appliers.

The chain is SWE-bench's and SWE-Perf's: `git apply`, `git apply --3way` (uses the blobs the patch
names to merge around small drifts), then GNU `patch -p1 --fuzz=5`. The tree is reset between attempts,
so a half-applied try never leaks into the next. A patch naming a path outside the repository
(absolute, with `..`, or inside `.git`) is rejected before anything runs: applying it could write
anywhere the harness can.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from effx.repos.shell import CommandLog
from effx.repos.workspace import Workspace

APPLIERS: list[tuple[str, list[str]]] = [
    ("git apply", ["git", "apply", "--verbose", "--whitespace=nowarn"]),
    ("git apply --3way", ["git", "apply", "--verbose", "--3way", "--whitespace=nowarn"]),
    ("patch", ["patch", "--batch", "-p1", "--fuzz=5", "--forward", "--no-backup-if-mismatch",
               "--reject-file=-", "-i"]),
]
"""(name, argv prefix) in the order tried; the patch file's path is appended."""
TOOL_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "GIT_CONFIG_NOSYSTEM": "1",
            "HOME": "/nonexistent"}
"""The patch tools' whole environment: no user or system git configuration, nothing of effx's own."""

_HEADER = re.compile(r"^(?:diff --git (?P<a>\S+) (?P<b>\S+)|(?:---|\+\+\+) (?P<f>[^\t\n]+)"
                     r"|(?:rename|copy) (?:from|to) (?P<r>.+))$")


class UnsafePatchError(ValueError):
    """The patch names a path outside the repository; the message lists it."""


@dataclass(frozen=True)
class ApplyOutcome:
    """Result of the fallback chain."""

    applied: bool
    method: str | None
    """Name of the applier that succeeded."""
    error: str | None
    """Why every applier failed (last lines of each one's output)."""


def patch_paths(patch: str) -> list[str]:
    """Paths a unified/git diff touches, with `a/` and `b/` prefixes removed, `/dev/null` dropped."""
    paths: list[str] = []
    lines = patch.splitlines()
    for i, line in enumerate(lines):
        m = _HEADER.match(line)
        if not m:
            continue
        # `--- x` / `+++ y` are file headers only as a pair; alone they are hunk lines of text like "-- x"
        if line.startswith("--- ") and not (i + 1 < len(lines) and lines[i + 1].startswith("+++ ")):
            continue
        if line.startswith("+++ ") and not (i > 0 and lines[i - 1].startswith("--- ")):
            continue
        for raw in (m["a"], m["b"], m["f"], m["r"]):
            if raw is None:
                continue
            raw = raw.strip().strip('"')
            if raw == "/dev/null":
                continue
            if m["r"] is None and raw[:2] in ("a/", "b/"):
                raw = raw[2:]
            paths.append(raw)
    return paths


def check_patch_safety(patch: str) -> None:
    """Reject a patch that would write outside the work tree or into git's own files.

    Raises:
        UnsafePatchError: An absolute path, a `..` component, or a path under `.git`.
    """
    bad = []
    for path in patch_paths(patch):
        norm = posixpath.normpath(path)
        parts = norm.split("/")
        if path.startswith("/") or ".." in parts or parts[0] == ".git":
            bad.append(path)
    if bad:
        raise UnsafePatchError(f"patch touches paths outside the repository: {', '.join(sorted(set(bad)))}")


def apply_patch(workspace: Workspace, patch: str, runner: CommandLog, patch_file: Path,
                label: str = "patch") -> ApplyOutcome:
    """Try each applier in turn on a clean tree; leave the tree patched on success, clean on failure.

    Args:
        workspace: The instance's worktree (its `snapshot` defines "clean").
        patch: The diff text.
        runner: Records each attempt in the instance's log folder.
        patch_file: Where to write the diff for the tools (kept as part of the log).
        label: Step name prefix in the command log.

    Raises:
        UnsafePatchError: see `check_patch_safety`; nothing is applied.
    """
    check_patch_safety(patch)
    text = patch if patch.endswith("\n") else patch + "\n"
    patch_file.write_text(text, encoding="utf-8")
    errors = []
    for name, argv in APPLIERS:
        outcome = runner.run_trusted(f"{label}: {name}", [*argv, str(patch_file)], timeout_s=120,
                                     env={**TOOL_ENV, **workspace.git_env})
        if outcome.ok and workspace.changed_files():
            return ApplyOutcome(True, name, None)
        errors.append(f"{name}: {outcome.tail(4) or 'changed nothing'}")
        workspace.reset()
    return ApplyOutcome(False, None, "no applier succeeded; " + " | ".join(errors))
