"""The hostile corpus, run through the real protocol on the real sandboxes: local (bubblewrap) and docker.

Each backend's corpus is measured once per module (`local_corpus`, `docker_corpus`): one `measure_task`
batch per language, the attacks followed by an honest solution, with a listener on the host's loopback, a
secret in the test process's environment and a planted expected-outputs file in the effx cache. Each
attack is then checked against its expected status on that backend, and the machine is checked for what
the attacks tried to leave behind.

Programs run as uids leased per execution from effx's pool (`effx.sandbox.uids`) on both backends.
Locally the check looks for processes of those uids, files in the host's `/tmp` and in the work-directory
root, entries in the compile cache and connections to the listener. On docker the programs' processes live
in effx's containers, which are kept idle between runs by design (one per language, `sleep infinity` as
uid 65532) and removed by `close()`: no program process may outlast its run in them, no container may
outlast `close()`, and nothing may appear in the effx cache or the host's `/tmp`. The docker corpus needs
the python and cpp images (`scripts/install_docker.sh`) and is skipped with the reason without them.
"""

from __future__ import annotations

import json
import os
import resource
import secrets
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from effx.cache import cache_dir as home_cache_dir
from effx.measure.protocol import Job, measure_task
from effx.models import RunResult, Status
from effx.sandbox.base import Sandbox
from effx.sandbox.conformance import HostListener, host_listener
from effx.sandbox.launcher import BINARY_NAME
from effx.sandbox.local import INSIDE_TOOLS, LocalSandbox
from effx.sandbox.uids import PROGRAM_UIDS
from effx.sandbox.workdir import MARKER

from .corpus import ATTACKS, DOCKER_LANGUAGES, GOOD, LANGUAGES, SECRET_NAME, SUM_TASK, Attack, attacks_on, render
from .table import markdown_table

SETTLE_S = 3.0
"""How long a leftover may take to disappear before it counts: another test session sharing the machine
may have its own short-lived work directories and sandbox processes at the moment we look."""
BUDGET_S = {"local": 180, "docker": 90}
"""Wall time each backend's corpus may take on a 2-core machine: it must stay cheap enough for CI. On such a
machine busy with other work (load average 8) the local corpus took 105-125 s and the docker one 55-60 s."""
HOST_TMP_PREFIXES = ("effx-hostile", "effx-left", "effx-answers", "fill", "many", "poison")
"""Names the attacks write under; a new one in the host's /tmp means a write got out."""


@dataclass
class CorpusRun:
    """What one backend's corpus did: one result per attack, and what it left on the machine."""

    backend: str
    results: dict[tuple[str, str], RunResult]
    good: dict[str, RunResult]
    languages: tuple[str, ...]
    connections: int
    marker_name: str
    cache: Path
    seconds: float
    batch_seconds: dict[str, float]
    """How long each language's batch took (batches run two at a time)."""
    tmp_before: set[str] = field(default_factory=set)
    rss_growth_mb: float = 0.0
    work_root: Path | None = None
    """Local: the root of the work directories on the host."""
    work_before: set[str] = field(default_factory=set)
    uid_before: set[int] = field(default_factory=set)
    survivors: set[int] = field(default_factory=set)
    """Docker: program processes still alive in effx's containers `SETTLE_S` after the corpus."""
    containers_left: list[str] = field(default_factory=list)
    """Docker: effx's containers still present after `close()`."""


# -- observing the machine -----------------------------------------------------------------------------------

def program_uids(backend: str) -> range:
    """The uids programs run as on `backend`: both lease one per execution from effx's machine-wide pool."""
    return PROGRAM_UIDS


def _uid_pids(uids: range) -> set[int]:
    """Processes of any of `uids` on the host."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid in uids:
                    found.add(int(entry.name))
            except OSError:
                pass  # gone meanwhile
    return found


def _in_containers(pids: set[int], container_ids: list[str]) -> set[int]:
    """Those of `pids` that run in one of the containers (their cgroup path names the container)."""
    found = set()
    for pid in pids:
        try:
            cgroup = Path(f"/proc/{pid}/cgroup").read_text()
        except OSError:
            continue
        if any(cid in cgroup for cid in container_ids):
            found.add(pid)
    return found


def _entries(folder: Path) -> set[str]:
    try:
        return {entry.name for entry in folder.iterdir()}
    except OSError:
        return set()


def _lasting(probe: Callable[[], set]) -> set:
    """What `probe` keeps reporting for `SETTLE_S` (transient entries of concurrent users drop out)."""
    left = probe()
    deadline = time.monotonic() + SETTLE_S
    while left and time.monotonic() < deadline:
        time.sleep(0.2)
        left &= probe()
    return left


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- running a corpus ------------------------------------------------------------------------------------------

def _plant_expected(cache: Path, token: str) -> Path:
    """An expected-outputs file where effx keeps them (`<cache>/expected/<suite>/`): no run may read it."""
    path = cache / "expected" / "hostile" / f"{SUM_TASK.id}-{token}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([case.expected for case in SUM_TASK.cases]))
    return path


def _context(backend: str, sandbox: Sandbox, cache: Path, listener: HostListener, token: str) -> dict[str, str]:
    """The placeholders' values for `backend` (see `corpus.render`)."""
    marker_name = f"effx-hostile-marker-{token}"
    common = {
        "PORT": str(listener.port), "CACHE": str(cache), "HOME_CACHE": str(home_cache_dir()),
        "MARKER_NAME": marker_name, "MARKER": f"/tmp/{marker_name}", "SECRET_NAME": SECRET_NAME, "TOKEN": token,
        "EXPECTED": str(_plant_expected(cache, token)), "INSIDE_LAUNCHER": f"{INSIDE_TOOLS}/{BINARY_NAME}",
    }
    uids = program_uids(backend)
    common.update({"UID_LOW": str(uids[0]), "UID_HIGH": str(uids[-1])})
    if backend == "local":
        assert isinstance(sandbox, LocalSandbox)
        return {**common, "BUILD": str(cache / "build"), "LAUNCHER": str(sandbox.launcher),
                "WORK_ROOT": str(sandbox.work_root)}
    from effx.sandbox.images import LAUNCHER_PATH

    return {**common, "BUILD": str(cache / "build-docker"), "LAUNCHER": LAUNCHER_PATH, "WORK_ROOT": "/work"}


def _measure(sandbox: Sandbox, backend: str, languages: tuple[str, ...], context: dict[str, str],
             ) -> tuple[dict[tuple[str, str], RunResult], dict[str, RunResult], dict[str, float]]:
    """Every attack of `languages` on `backend`, one batch per language, two batches at a time (two cores).

    Returns the attacks' results, the honest solutions' results and each batch's seconds."""
    def batch(language: str) -> tuple[list[RunResult], float]:
        started = time.monotonic()
        attacks = [a for a in attacks_on(backend) if a.language == language]
        jobs = [Job(SUM_TASK.id, language, render(a.code, context), a.name, i) for i, a in enumerate(attacks)]
        jobs.append(Job(SUM_TASK.id, language, GOOD[language], "good", len(jobs)))
        # A process per run: every run starts from a fresh sandbox, so a probe can tell a breach across runs
        # from one pass leaving files to the next in one measuring process (tests/test_crosscheck.py).
        return measure_task(SUM_TASK, jobs, sandbox, repeat=1, protocol="process"), time.monotonic() - started

    with ThreadPoolExecutor(max_workers=2) as pool:
        batches = list(pool.map(batch, languages))
    results = {(r.model, r.language): r for rs, _ in batches for r in rs if r.model != "good"}
    good = {r.language: r for rs, _ in batches for r in rs if r.model == "good"}
    return results, good, {language: seconds for language, (_, seconds) in zip(languages, batches, strict=True)}


def _run(backend: str, sandbox: Sandbox, cache: Path, languages: tuple[str, ...],
         observe: Callable[[CorpusRun], None] | None = None) -> CorpusRun:
    token = secrets.token_hex(6)
    tmp_before, rss_before = _entries(Path("/tmp")), _max_rss_mb()
    os.environ[SECRET_NAME] = token
    started = time.monotonic()
    try:
        with host_listener() as listener:
            context = _context(backend, sandbox, cache, listener, token)
            results, good, batch_seconds = _measure(sandbox, backend, languages, context)
            connections = listener.accepted()
    finally:
        del os.environ[SECRET_NAME]
    run = CorpusRun(backend, results, good, languages, connections, context["MARKER_NAME"], cache,
                    time.monotonic() - started, batch_seconds, tmp_before, _max_rss_mb() - rss_before)
    if observe is not None:
        observe(run)
    return run


LOCAL_ORDER = ("java", "rust", "cpp", "go", "c", "javascript", "python", "ruby")
"""The order the local batches start in, two at a time: the slowest (compiles, JVM start-up) first, so the
two workers finish close together."""
assert sorted(LOCAL_ORDER) == sorted(LANGUAGES)


@pytest.fixture(scope="module")
def local_corpus(isolated_sandbox: LocalSandbox) -> Iterator[CorpusRun]:
    """Every attack measured once on the local backend."""
    work_root = isolated_sandbox.work_root
    work_before, uid_before = _entries(work_root), _uid_pids(program_uids("local"))
    run = _run("local", isolated_sandbox, isolated_sandbox.cache_dir, LOCAL_ORDER)
    run.work_root, run.work_before, run.uid_before = work_root, work_before, uid_before
    yield run


@pytest.fixture(scope="module")
def docker_corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusRun]:
    """The python and C++ attacks measured once on the docker backend (skipped without engine or images)."""
    from effx.sandbox.docker import DockerSandbox, engine_problem
    from effx.sandbox.images import image_problem

    problem = engine_problem() or next(filter(None, map(image_problem, DOCKER_LANGUAGES)), None)
    if problem:
        pytest.skip(f"docker backend unavailable: {problem} (scripts/install_docker.sh builds both images)")
    cache = tmp_path_factory.mktemp("hostile-docker-cache")
    box = DockerSandbox(cache_dir=cache)
    container_ids: list[str] = []

    def observe(run: CorpusRun) -> None:
        # effx's own idle containers stay up between runs by design: only the programs' processes must go
        container_ids.extend(box.container(language).id for language in DOCKER_LANGUAGES)
        run.survivors = _lasting(lambda: _in_containers(_uid_pids(program_uids("docker")), container_ids))

    try:
        run = _run("docker", box, cache, DOCKER_LANGUAGES, observe)
    finally:
        box.close()
    run.containers_left = [c.name for c in box.engine.containers.list(all=True, filters={"label": "effx.sandbox"})
                           if c.id in container_ids]
    yield run


# -- the tests ---------------------------------------------------------------------------------------------------

def _param(backend: str, attack: Attack):
    reason = attack.xfail_on(backend)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(backend, attack, id=f"{backend}-{attack.id}", marks=marks)


CASES = [_param(backend, attack) for backend in ("local", "docker") for attack in attacks_on(backend)]


@pytest.mark.parametrize(("backend", "attack"), CASES)
def test_each_attack_gets_its_status(request: pytest.FixtureRequest, backend: str, attack: Attack) -> None:
    """The attack ends as the corpus says: contained with the right answer, or as its own failure.

    `sandbox_error` is never acceptable: it tells scorers the run was the infrastructure's fault, so an
    attack that earns it escapes judgement.
    """
    run: CorpusRun = request.getfixturevalue(f"{backend}_corpus")
    result = run.results[(attack.name, attack.language)]
    expected = attack.expected_on(backend)
    why = attack.docker.why if backend == "docker" and attack.docker and attack.docker.why else attack.why
    assert result.status != Status.sandbox_error, f"{attack.id} was blamed on the sandbox: {result.message}"
    assert result.status == expected, (
        f"{attack.id} ({why}): expected {expected.value}, got {result.status.value}: {result.message[:800]}")
    if attack.check is not None:
        assert attack.check(result), f"{attack.id} ({why}): {result}"


@pytest.mark.parametrize(("backend", "language"), [*(("local", lang) for lang in LANGUAGES),
                                                   *(("docker", lang) for lang in DOCKER_LANGUAGES)])
def test_an_honest_solution_after_the_attacks_is_still_ok(request: pytest.FixtureRequest, backend: str,
                                                          language: str) -> None:
    """Run after the cache-poisoning and launcher attacks of its batch: nothing it relies on was changed."""
    run: CorpusRun = request.getfixturevalue(f"{backend}_corpus")
    result = run.good[language]
    assert result.status == Status.ok, result.message
    assert result.runtime_ms is not None


def _check_host_and_cache(run: CorpusRun) -> None:
    """What both backends must leave alone: the listener, the host's /tmp and the effx cache."""
    uids = program_uids(run.backend)
    assert run.connections == 0, "a program in the sandbox reached the listener on the host's loopback"
    markers = [path for path in (Path("/tmp") / run.marker_name, Path("/") / run.marker_name) if path.exists()]
    assert not markers, f"a daemon wrote its marker on the host: {markers}"

    def new_in_tmp() -> set[str]:
        return {name for name in _entries(Path("/tmp")) - run.tmp_before
                if name.startswith(HOST_TMP_PREFIXES) or (Path("/tmp") / name).lstat().st_uid in uids}

    assert not _lasting(new_in_tmp), "files the attacks wrote appeared in the host's /tmp"
    in_cache = [path for path in run.cache.rglob("*") if path.lstat().st_uid in uids or "poison" in path.name]
    assert not in_cache, f"the sandbox user wrote into the effx cache: {in_cache[:10]}"
    # the stdout and stderr bombs wrote 64 MB each: effx reads at most one stdout limit of it at a time
    assert run.rss_growth_mb < 400, f"effx's memory grew by {run.rss_growth_mb:.0f} MB during the corpus"
    batches = ", ".join(f"{language} {seconds:.0f} s" for language, seconds in run.batch_seconds.items())
    assert run.seconds < BUDGET_S[run.backend], f"the {run.backend} corpus took {run.seconds:.0f} s ({batches})"


def test_the_machine_is_unchanged_after_the_local_corpus(local_corpus: CorpusRun) -> None:
    """Nothing an attack started or wrote outlives its run: a status alone cannot show containment.

    The daemons try to keep running and to write a marker for 30 s after their run; the disk and file
    bombs, the cache poisoners and the network probes leave traces on the host if they got through.
    """
    run = local_corpus
    work_root = run.work_root
    assert work_root is not None
    _check_host_and_cache(run)
    survivors = _lasting(lambda: _uid_pids(program_uids("local")) - run.uid_before)
    assert not survivors, f"processes of the programs' uids outlived their runs: {sorted(survivors)}"
    assert not (work_root / run.marker_name).exists(), "a daemon wrote its marker in the work root"
    left = _lasting(lambda: _entries(work_root) - run.work_before)
    assert not left, f"work directories were left behind in {work_root}: {sorted(left)}"
    build = run.cache / "build"
    for language in run.languages:
        for entry in _entries(build / language):
            assert (build / language / entry / MARKER).is_file(), f"not a compiled program: {build / language / entry}"
    assert not (build / "poison").exists()


def test_the_machine_is_unchanged_after_the_docker_corpus(docker_corpus: CorpusRun) -> None:
    """No program outlives its run in effx's containers, no container outlives `close()`, and nothing
    reaches the host: the listener, the host's /tmp and the effx cache are as before."""
    run = docker_corpus
    _check_host_and_cache(run)
    assert not run.survivors, f"programs outlived their runs in effx's containers: {sorted(run.survivors)}"
    assert not run.containers_left, f"containers outlived close(): {run.containers_left}"
    assert not _entries(run.cache / "docker"), "the staging folders outlived close()"
    for tag in _entries(run.cache / "build-docker"):
        for entry in _entries(run.cache / "build-docker" / tag):
            assert (run.cache / "build-docker" / tag / entry / MARKER).is_file(), f"not a compiled program: {entry}"


def test_the_table_shows_every_program_once() -> None:
    """The README's table of the corpus (`python -m tests.hostile.table`) is made from the entries themselves."""
    table = markdown_table()
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| **")][1:]
    filled = sum(cell.strip() != "" for row in rows for cell in row.strip("|").split("|")[1:])
    assert filled == len(ATTACKS)
    assert f"{len(ATTACKS)} programs in {len(LANGUAGES)} languages" in table


@pytest.mark.parametrize("language", LANGUAGES)
def test_measurement_attacks_gain_nothing_in_one_measuring_process(isolated_sandbox: LocalSandbox, cache_dir: Path,
                                                                   language: str) -> None:
    """The corpus's attacks on the measurement, measured with the persistent protocol (`effx run`'s default).

    Each ends as in the corpus, or, when it writes the result file and exits mid-call, as a runtime error
    (the pass ended without reporting), or as a timeout: never `ok` at a forged speed. An attack the corpus expects `ok`
    (measured at its true cost) must pass its check here too."""
    from .attack import MEASUREMENT

    attacks = [a for a in attacks_on("local")
               if a.language == language and a.category == MEASUREMENT and not a.xfail_on("local")]
    with host_listener() as listener:
        context = _context("local", isolated_sandbox, cache_dir, listener, secrets.token_hex(6))
        jobs = [Job(SUM_TASK.id, language, render(a.code, context), a.name, i) for i, a in enumerate(attacks)]
        jobs.append(Job(SUM_TASK.id, language, GOOD[language], "good", len(jobs)))
        results = measure_task(SUM_TASK, jobs, isolated_sandbox, repeat=1, protocol="persistent")
    assert results[-1].status == Status.ok and results[-1].protocol, results[-1].message
    for attack, result in zip(attacks, results, strict=False):
        if attack.expected == Status.ok:
            assert result.status == Status.ok, f"{attack.id}: {result.message[:800]}"
            assert attack.check is None or attack.check(result), f"{attack.id} ({attack.why}): {result}"
        else:
            # a frozen clock makes calibration ask for the most passes: the backstop's timeout then ends it
            allowed = (attack.expected, Status.runtime_error, Status.measurement_rejected, Status.timeout)
            assert result.status in allowed, (
                f"{attack.id} ({attack.why}): got {result.status.value}: {result.message[:800]}")
