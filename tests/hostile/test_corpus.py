"""The hostile corpus, run through the real protocol on the real local sandbox (bubblewrap).

The whole corpus is measured once per module (`corpus_run`): one `measure_task` batch per language, the
attacks followed by an honest solution, with a listener on the host's loopback and a secret in the test
process's environment. Each attack is then checked against its expected status, and the machine is
checked for what the attacks tried to leave behind: processes of the sandbox user, files in the host's
`/tmp` and in the work-directory root, entries in the compile cache, connections to the listener.
"""

from __future__ import annotations

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
from effx.sandbox.conformance import host_listener
from effx.sandbox.local import NOBODY, LocalSandbox
from effx.sandbox.workdir import MARKER

from .corpus import ATTACKS, GOOD, LANGUAGES, SECRET_NAME, SUM_TASK, Attack, render

SETTLE_S = 3.0
"""How long a leftover may take to disappear before it counts: another test session sharing the machine
may have its own short-lived work directories and sandbox processes at the moment we look."""


@dataclass
class CorpusRun:
    """What the corpus did: one result per attack, and the machine before and after."""

    results: dict[tuple[str, str], RunResult]
    good: dict[str, RunResult]
    connections: int
    marker_name: str
    work_root: Path
    cache: Path
    seconds: float
    tmp_before: set[str] = field(default_factory=set)
    work_before: set[str] = field(default_factory=set)
    nobody_before: set[int] = field(default_factory=set)
    rss_growth_mb: float = 0.0


def _nobody_pids() -> set[int]:
    """Processes of the sandbox user on the host."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == NOBODY:
                    found.add(int(entry.name))
            except OSError:
                pass  # gone meanwhile
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


@pytest.fixture(scope="module")
def corpus_run(isolated_sandbox: LocalSandbox) -> Iterator[CorpusRun]:
    """Measure every attack once (one batch per language, in parallel on the two cores)."""
    token = secrets.token_hex(6)
    marker_name = f"effx-hostile-marker-{token}"
    work_root = isolated_sandbox.work_root
    cache = isolated_sandbox.cache_dir
    before = {"tmp": _entries(Path("/tmp")), "work": _entries(work_root), "nobody": _nobody_pids(),
              "rss": _max_rss_mb()}
    os.environ[SECRET_NAME] = token
    started = time.monotonic()
    try:
        with host_listener() as listener:
            context = {
                "PORT": str(listener.port), "CACHE": str(cache), "HOME_CACHE": str(home_cache_dir()),
                "BUILD": str(cache / "build"), "LAUNCHER": str(isolated_sandbox.launcher),
                "WORK_ROOT": str(work_root), "MARKER_NAME": marker_name, "MARKER": f"/tmp/{marker_name}",
                "SECRET_NAME": SECRET_NAME,
            }

            def batch(language: str) -> list[RunResult]:
                attacks = [a for a in ATTACKS if a.language == language]
                jobs = [Job(SUM_TASK.id, language, render(a.code, context), a.name, i) for i, a in enumerate(attacks)]
                jobs.append(Job(SUM_TASK.id, language, GOOD[language], "good", len(jobs)))
                return measure_task(SUM_TASK, jobs, isolated_sandbox, repeat=1)

            with ThreadPoolExecutor(max_workers=2) as pool:
                batches = list(pool.map(batch, LANGUAGES))
            connections = listener.accepted()
    finally:
        del os.environ[SECRET_NAME]
    results = {(r.model, r.language): r for rs in batches for r in rs if r.model != "good"}
    good = {r.language: r for rs in batches for r in rs if r.model == "good"}
    yield CorpusRun(results, good, connections, marker_name, work_root, cache, time.monotonic() - started,
                    before["tmp"], before["work"], before["nobody"], _max_rss_mb() - before["rss"])


def _param(attack: Attack):
    marks = [pytest.mark.xfail(strict=True, reason=attack.xfail)] if attack.xfail else []
    return pytest.param(attack, id=attack.id, marks=marks)


@pytest.mark.parametrize("attack", [_param(a) for a in ATTACKS])
def test_each_attack_gets_its_status(corpus_run: CorpusRun, attack: Attack) -> None:
    """The attack ends as the corpus says: contained with the right answer, or as its own failure.

    `sandbox_error` is never acceptable: it tells scorers the run was the infrastructure's fault, so an
    attack that earns it escapes judgement.
    """
    result = corpus_run.results[(attack.name, attack.language)]
    assert result.status != Status.sandbox_error, f"{attack.id} was blamed on the sandbox: {result.message}"
    assert result.status == attack.expected, (
        f"{attack.id} ({attack.why}): expected {attack.expected.value}, got {result.status.value}: "
        f"{result.message[:800]}")
    if attack.check is not None:
        assert attack.check(result), f"{attack.id} ({attack.why}): {result}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_honest_solution_after_the_attacks_is_still_ok(corpus_run: CorpusRun, language: str) -> None:
    """Run after the cache-poisoning and launcher attacks of its batch: nothing it relies on was changed."""
    result = corpus_run.good[language]
    assert result.status == Status.ok, result.message
    assert result.runtime_ms is not None


def test_the_machine_is_unchanged_after_the_corpus(corpus_run: CorpusRun) -> None:
    """Nothing an attack started or wrote outlives its run: a status alone cannot show containment.

    The daemons try to keep running and to write a marker for 30 s after their run; the disk and file
    bombs, the cache poisoners and the network probes leave traces on the host if they got through.
    """
    run = corpus_run
    assert run.connections == 0, "a program in the sandbox reached the listener on the host's loopback"

    survivors = _lasting(lambda: _nobody_pids() - run.nobody_before)
    assert not survivors, f"processes of uid {NOBODY} outlived their runs: {sorted(survivors)}"

    markers = [path for path in (Path("/tmp") / run.marker_name, run.work_root / run.marker_name,
                                 Path("/") / run.marker_name) if path.exists()]
    assert not markers, f"a daemon wrote its marker on the host: {markers}"

    def new_in_tmp() -> set[str]:
        return {name for name in _entries(Path("/tmp")) - run.tmp_before
                if name.startswith(("effx-hostile", "fill", "many", "poison"))
                or (Path("/tmp") / name).lstat().st_uid == NOBODY}

    assert not _lasting(new_in_tmp), "files the attacks wrote appeared in the host's /tmp"
    left = _lasting(lambda: _entries(run.work_root) - run.work_before)
    assert not left, f"work directories were left behind in {run.work_root}: {sorted(left)}"

    in_cache = [path for path in run.cache.rglob("*")
                if path.lstat().st_uid == NOBODY or "poison" in path.name]
    assert not in_cache, f"the sandbox user wrote into the effx cache: {in_cache[:10]}"
    build = run.cache / "build"
    for language in LANGUAGES:
        for entry in _entries(build / language):
            assert (build / language / entry / MARKER).is_file(), f"not a compiled program: {build / language / entry}"
    assert not (build / "poison").exists()

    # the stdout and stderr bombs wrote 64 MB each: effx reads at most one stdout limit of it at a time
    assert run.rss_growth_mb < 400, f"effx's memory grew by {run.rss_growth_mb:.0f} MB during the corpus"
    assert run.seconds < 90, f"the corpus took {run.seconds:.0f} s"
