"""The conformance grid: every backend x language cell evaluates all its cases once, shared by the tests.

A cell builds the suite's tasks, hands each task's jobs to `measure_task` (one call per task, so a
compile and its runs are shared by every check of that task) and keeps the results. Tasks of a cell run
two at a time: compiles dominate and the machine has two cores. Cells whose toolchain, engine or image
is missing are skipped with the reason; known exceptions are marked xfail(strict=True) here.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from effx.measure import Job, measure_task
from effx.models import Param, RunResult, Signature, Task, TestCase
from effx.registry import get_language, language_names
from effx.sandbox.base import Sandbox

from .exceptions import reason_for
from .programs import FAILURES, ROUND_TRIPS, STDIO_ECHO, STDIO_INPUTS, echo_solution, sum_solution

BACKENDS = ["local", "docker"]
CELLS = [(backend, language) for backend in BACKENDS for language in language_names()]
SUM_CASES = [[1, 2, 3], [5] * 1000, []]


@dataclass(frozen=True)
class Cell:
    """The results of one backend x language cell, keyed by case name."""

    backend: str
    language: str
    results: dict[str, RunResult]
    escape: Path
    """The path outside the work directory that `no_write_outside` tried to create."""
    isolated: bool
    """Whether the backend isolates network and filesystem (the local one may run without bubblewrap)."""


def echo_task(case: str, type_name: str, inputs: list[object], outputs: list[object]) -> Task:
    expected = outputs or inputs
    return Task(
        id=f"echo_{case}", title=f"echo {type_name}", time_limit_s=10,
        signature=Signature(name="echo", params=[Param(name="x", type=type_name)], returns=type_name),
        cases=[TestCase(input=[value], expected=out) for value, out in zip(inputs, expected, strict=True)],
    )


STDIO_TASK = Task(id="stdio_echo", title="copy stdin to stdout", mode="stdio", time_limit_s=10,
                  cases=[TestCase(input=text, expected=text) for text in STDIO_INPUTS])
SUM_TASK = Task(
    id="sum_list", title="sum of a list", time_limit_s=3, memory_limit_mb=256,
    signature=Signature(name="total", params=[Param(name="nums", type="list[int]")], returns="int64"),
    cases=[TestCase(input=[nums], expected=sum(nums)) for nums in SUM_CASES],
)


def evaluate_cell(sandbox: Sandbox, language: str, *, port: int, escape: Path) -> dict[str, RunResult]:
    """Every case of the suite for `language` on `sandbox`, as `{case name: result}`."""
    batches: list[tuple[Task, list[Job]]] = []
    for case, (type_name, inputs, outputs) in ROUND_TRIPS.items():
        task = echo_task(case, type_name, inputs, outputs)
        batches.append((task, [Job(task.id, language, echo_solution(language, type_name), case, 0, "reference")]))
    batches.append((STDIO_TASK, [Job(STDIO_TASK.id, language, STDIO_ECHO[language], "stdio_echo", 0,
                                     "reference")]))
    batches.append((SUM_TASK, [
        Job(SUM_TASK.id, language, sum_solution(language, case, port=port, escape=str(escape)), case, 0,
            "reference")
        for case in FAILURES
    ]))
    with ThreadPoolExecutor(max_workers=2) as pool:
        done = pool.map(lambda batch: measure_task(batch[0], batch[1], sandbox, repeat=1), batches)
        return {result.model: result for results in done for result in results}


def toolchain_problem(language: str) -> str | None:
    """Why `language` cannot run on this machine (its version probe fails), or None."""
    plugin = get_language(language)
    argv = plugin.toolchain.version_argv
    if shutil.which(argv[0]) is None:
        return f"{argv[0]} not found ({plugin.toolchain.install_hint})"
    probe = subprocess.run(argv, capture_output=True, timeout=60, check=False)
    return None if probe.returncode == 0 else f"`{' '.join(argv)}` failed ({plugin.toolchain.install_hint})"


@pytest.fixture(scope="session")
def host_server() -> Iterator[int]:
    """A TCP server on the host's loopback, as any local service would be; yields its port.

    The kernel completes connections into the listen backlog, so nothing needs to accept them.
    """
    server = socket.create_server(("127.0.0.1", 0), backlog=64)
    try:
        yield server.getsockname()[1]
    finally:
        server.close()


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


@pytest.fixture(scope="session", params=CELLS, ids=[f"{b}-{lang}" for b, lang in CELLS])
def cell(request: pytest.FixtureRequest, host_server: int) -> Cell:
    """One backend x language cell, evaluated once for all tests that look at it."""
    backend, language = request.param
    if backend == "local":
        problem = toolchain_problem(language)
        if problem:
            pytest.skip(f"{language} toolchain missing: {problem}")
    sandbox: Sandbox = request.getfixturevalue(f"conformance_{backend}")
    if backend == "docker":
        from effx.images import image_problem

        problem = image_problem(language)
        if problem:
            pytest.skip(f"no docker image for {language}: {problem}")
    escape = Path("/etc") / f"effx-conformance-{uuid.uuid4().hex[:12]}"
    results = evaluate_cell(sandbox, language, port=host_server, escape=escape)
    isolated = getattr(sandbox, "isolation", "container") != "none"
    return Cell(backend, language, results, escape, isolated)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the cells listed in `exceptions.py` as strict expected failures."""
    for item in items:
        params = getattr(item, "callspec", None)
        if params is None or "cell" not in params.params or "case" not in params.params:
            continue
        backend, language = params.params["cell"]
        reason = reason_for(backend, language, params.params["case"])
        if reason:
            item.add_marker(pytest.mark.xfail(reason=reason, strict=True))
