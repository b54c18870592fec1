"""The conformance grid under pytest: every backend x row cell evaluated once, judged by the library.

A cell (a language, or `repo` for repository commands, on one backend) is evaluated and judged by
`effx.sandbox.conformance.check_cell`, the same function `effx sandbox check` prints its grid from, so
the tests and the grid cannot disagree; each test asserts one case's verdict. Cells whose toolchain,
engine or image is missing are skipped with the reason; known exceptions (`exceptions.py` in the
library) are marked xfail(strict=True) here, so a fixed exception fails the suite until it is removed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from effx.registry import language_names
from effx.sandbox.base import Sandbox
from effx.sandbox.conformance import CheckResult, HostListener, check_cell, host_listener
from effx.sandbox.conformance.exceptions import reason_for
from effx.sandbox.conformance.repo_cells import ROW

BACKENDS = ["local", "docker"]
CELLS = [(backend, language) for backend in BACKENDS for language in language_names()]

Results = dict[str, CheckResult]
"""One evaluated cell: its verdicts by case name."""


@pytest.fixture(scope="session")
def listener() -> Iterator[HostListener]:
    """A TCP listener on the host's loopback, as any local service would be."""
    with host_listener() as server:
        yield server


@pytest.fixture(scope="session")
def conformance_local(cache_dir: Path) -> Iterator[Sandbox]:
    from effx.sandbox.local import LocalSandbox

    with LocalSandbox(cache_dir=cache_dir) as box:
        yield box


@pytest.fixture(scope="session")
def conformance_docker(cache_dir: Path) -> Iterator[Sandbox]:
    from effx.sandbox.docker import DockerSandbox, engine_problem

    problem = engine_problem()
    if problem:
        pytest.skip(f"docker backend unavailable: {problem} (scripts/install_docker.sh starts an engine)")
    with DockerSandbox(cache_dir=cache_dir) as box:
        yield box


def evaluate(request: pytest.FixtureRequest, backend: str, row: str, listener: HostListener) -> Results:
    """Evaluate and judge one cell on the session's sandbox of `backend` (skipped if it cannot start)."""
    sandbox: Sandbox = request.getfixturevalue(f"conformance_{backend}")
    return {result.case: result for result in check_cell(sandbox, row, listener=listener)}


@pytest.fixture(scope="session", params=CELLS, ids=[f"{b}-{lang}" for b, lang in CELLS])
def cell(request: pytest.FixtureRequest, listener: HostListener) -> Results:
    """One backend x language cell, evaluated and judged once for all tests that look at it."""
    backend, language = request.param
    return evaluate(request, backend, language, listener)


@pytest.fixture(scope="session", params=BACKENDS, ids=[f"{b}-{ROW}" for b in BACKENDS])
def repo_cell(request: pytest.FixtureRequest, listener: HostListener) -> Results:
    """The repository-command cases of one backend, evaluated and judged once."""
    return evaluate(request, request.param, ROW, listener)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the cases listed in the library's `exceptions.py` as strict expected failures."""
    for item in items:
        params = getattr(item, "callspec", None)
        if params is None or "case" not in params.params:
            continue
        if "cell" in params.params:
            backend, row = params.params["cell"]
        elif "repo_cell" in params.params:
            backend, row = params.params["repo_cell"], ROW
        else:
            continue
        reason = reason_for(backend, row, params.params["case"])
        if reason:
            item.add_marker(pytest.mark.xfail(reason=reason, strict=True))
