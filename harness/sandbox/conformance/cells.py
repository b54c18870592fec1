"""Running the grid: every row of one backend, each cell skipped with its reason when it cannot run.

A cell is one backend x row: a language, or `repo` for repository commands. Whether a cell can run at
all (a toolchain on this machine, an image for the docker backend, an engine) is decided here, so the
pytest suite and `effx sandbox check` skip the same cells for the same reasons; known exceptions are
attached here too.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from effx.sandbox.conformance.exceptions import reason_for
from effx.sandbox.conformance.listener import HostListener, host_listener
from effx.sandbox.conformance.repo_cells import REPO_CASES, ROW
from effx.sandbox.conformance.result import CheckResult, skipped_results

if TYPE_CHECKING:
    from effx.sandbox.base import Sandbox

Progress = Callable[[str], None]


def cases_of(row: str) -> dict[str, str]:
    """Every case of a row (`{case: what it must do}`): a language's, or the `repo` row's."""
    if row == ROW:
        return dict(REPO_CASES)
    from effx.sandbox.conformance.language_cells import language_cases

    return language_cases()


def cell_problem(sandbox: Sandbox, row: str) -> str | None:
    """Why the cell of `row` cannot run on `sandbox` here (toolchain or image missing), or None."""
    if sandbox.name == "docker":
        from effx.sandbox.images import image_problem

        image = "python" if row == ROW else row
        problem = image_problem(image)
        return f"no docker image for {image}: {problem}" if problem else None
    if row == ROW:
        from effx.sandbox.conformance.repo_cells import PYTHON

        return None if Path(PYTHON).exists() else f"{PYTHON} not found (repository cases run it)"
    from effx.sandbox.conformance.language_cells import toolchain_problem

    problem = toolchain_problem(row)
    return f"{row} toolchain missing: {problem}" if problem else None


def check_cell(sandbox: Sandbox, row: str, *, listener: HostListener) -> list[CheckResult]:
    """Evaluate and judge one cell: every case of `row` (a language, or `repo`) on `sandbox`.

    Never raises for what the sandbox or the programs do: an exception while evaluating the cell fails
    every case of it, with the traceback as the detail.

    Args:
        sandbox: The backend to check.
        row: A registered language name, or `repo`.
        listener: The host loopback listener the network cases try to reach.

    Returns:
        One result per case, with known exceptions (`exceptions.py`) attached.
    """
    cases = cases_of(row)
    problem = cell_problem(sandbox, row)
    if problem:
        return skipped_results(sandbox.name, row, cases, problem)
    try:
        if row == ROW:
            from effx.sandbox.conformance.repo_cells import check_repo

            results = check_repo(sandbox, listener=listener)
        else:
            from effx.sandbox.conformance.language_cells import check_language

            results = check_language(sandbox, row, listener=listener)
    except Exception as error:  # noqa: BLE001 -- report it as the cell's failure, keep checking the others
        detail = traceback.format_exc()
        results = [CheckResult(sandbox.name, row, case, False, expected, f"raised {type(error).__name__}: {error}",
                               detail) for case, expected in cases.items()]
    return [_with_known_failure(result) for result in results]


def _with_known_failure(result: CheckResult) -> CheckResult:
    from dataclasses import replace

    reason = reason_for(result.backend, result.language, result.case)
    return replace(result, known_failure=reason) if reason else result


def run_checks(backend: str, languages: list[str] | None = None, *, include_repo: bool = True,
               progress: Progress | None = None, cache_dir: Path | None = None) -> list[CheckResult]:
    """Check one sandbox backend on this machine: every language's cell, then repository commands.

    Args:
        backend: `local` or `docker`.
        languages: Languages to check; None for every registered one.
        include_repo: Also check the `repo` row (repository commands).
        progress: Called with a line of text as each cell starts and ends.
        cache_dir: effx's cache root for the sandbox; default the user's (compiled programs are reused).

    Returns:
        One result per (row, case), rows in the order checked. A backend that cannot start here (no
        docker engine) gives every case skipped, with the reason.

    Raises:
        effx.registry.UnknownNameError: an unknown backend or language name.
    """
    from effx.registry import get_language, language_names, unknown

    if backend not in ("local", "docker"):
        raise unknown("sandbox", backend, ["local", "docker"])
    rows = list(languages) if languages is not None else language_names()
    for language in rows:
        get_language(language)  # an unknown name fails now, with suggestions, not after minutes of checks
    if include_repo:
        rows.append(ROW)
    say = progress or (lambda line: None)
    if backend == "docker":
        from effx.sandbox.docker import engine_problem

        problem = engine_problem()
        if problem:
            reason = f"docker backend unavailable: {problem} (scripts/install_docker.sh starts an engine)"
            return [result for row in rows for result in skipped_results(backend, row, cases_of(row), reason)]
    from effx.sandbox import get_sandbox

    results: list[CheckResult] = []
    with host_listener() as listener, get_sandbox(backend, cache_dir=cache_dir) as sandbox:
        for row in rows:
            say(f"checking {backend}/{row} ...")
            start = time.monotonic()
            cell = check_cell(sandbox, row, listener=listener)
            results += cell
            counts = {outcome: sum(r.outcome == outcome for r in cell) for outcome in ("ok", "FAIL", "xfail")}
            skipped = sum(r.skipped is not None for r in cell)
            summary = ", ".join(f"{n} {name}" for name, n in counts.items() if n)
            say(f"{backend}/{row}: {summary or 'nothing run'}"
                f"{f', {skipped} skipped' if skipped else ''} ({time.monotonic() - start:.0f} s)")
    return results
