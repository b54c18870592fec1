"""Validating a suite: its references pass, its generators are deterministic, its rankings are stable.

A benchmark of efficiency is only as good as its references: Beyond and every other relative metric
place a candidate between the fastest and the slowest reference, so the references must all be correct,
the cases they are measured on must be the same every time, and their order by runtime must be a
property of the code rather than of the machine's noise. This module checks the three:

* every reference passes every case (one `effx run --references` does that), in each language;
* the case generator is deterministic for its seed: the suite is loaded a second time in a fresh
  interpreter with another hash seed (so set-order and `hash()` dependence show up too) and the case
  inputs are compared;
* the references' runtime ranking is stable: they are measured in two independent runs and the two
  rankings are compared with Kendall's tau, per task and language.

Tasks whose references cannot be told apart by runtime (fastest vs slowest median below `min_spread`,
or a tau that is undefined) are flagged: they cannot rank candidates either. Flags are warnings;
failures (a failing reference, a non-deterministic generator) make the validation fail.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from effx.models import RunResult, Status, Task

__all__ = ["INDISTINCT", "NO_TAU", "UNSTABLE", "Row", "ValidateConfig", "ValidateError", "Validation", "case_digests",
           "compare_cases", "kendall_tau", "summarize", "validate"]

INDISTINCT = "indistinct"
"""Flag: the slowest passing reference is less than `min_spread` times slower than the fastest."""
UNSTABLE = "unstable"
"""Flag: Kendall tau between the two runs' rankings is below `min_tau`."""
NO_TAU = "no tau"
"""Flag: tau is undefined (fewer than two passing references, or all runtimes tied)."""

Progress = Callable[[int, str], AbstractContextManager[Callable[[RunResult], None]]]
"""Opens a progress display for `total` jobs titled `title`; yields the per-result callback."""


class ValidateError(ValueError):
    """A validation that cannot start as asked; the message says what to change."""


@dataclass(frozen=True)
class ValidateConfig:
    """What `effx validate` was asked to check."""

    suite: str = "core"
    languages: tuple[str, ...] = ()
    """Languages to validate; empty means every language with references whose toolchain is found."""
    task_ids: tuple[str, ...] = ()
    """Subset of tasks; empty means all."""
    repeat: int = 3
    """Measured runs per reference in each of the two measurement runs."""
    runs_dir: Path = Path("runs")
    """Where the two reference runs are written (as `validate-<time>-<suite>-1` and `-2`)."""
    data: Path | None = None
    """Dataset file or folder for suites loaded from published formats."""
    executor: str = "serial"
    workers: int | None = None
    sandbox: str = "local"
    min_spread: float = 1.5
    """Slowest/fastest reference runtime below which a task's references count as indistinguishable."""
    min_tau: float = 0.5
    """Kendall tau between the two runs below which a ranking is flagged as unstable."""


@dataclass
class Row:
    """The verdict on one task in one language."""

    task_id: str
    language: str
    references: int
    passed: int
    """References that passed every case in both runs."""
    tau: float | None = None
    """Kendall tau between the two runs' runtime rankings of the passing references."""
    fastest_ms: float | None = None
    """Fastest passing reference: mean of its two runs' median runtimes."""
    slowest_ms: float | None = None
    failures: list[str] = field(default_factory=list)
    """One line per failing reference."""
    flags: list[str] = field(default_factory=list)
    """Warnings: indistinguishable or unstably ranked references."""

    @property
    def spread(self) -> float | None:
        """Slowest over fastest reference runtime."""
        if self.fastest_ms is None or self.slowest_ms is None or self.fastest_ms <= 0:
            return None
        return self.slowest_ms / self.fastest_ms


@dataclass
class Validation:
    """Everything `validate` found, ready to print."""

    rows: list[Row]
    skipped_languages: dict[str, str]
    """Language -> why it was not validated."""
    generators: dict[str, str | None]
    """Task id -> None when its cases are the same on a second load, else what differed."""
    run_dirs: tuple[Path, Path]

    @property
    def failures(self) -> list[str]:
        """Every failure, one line each: failing references and non-deterministic generators."""
        lines = [f"{r.task_id}/{r.language}: {f}" for r in self.rows for f in r.failures]
        return lines + [f"{t}: generator not deterministic: {p}" for t, p in self.generators.items() if p]

    @property
    def flagged(self) -> list[Row]:
        return [r for r in self.rows if r.flags]

    def median_tau(self) -> dict[str, float | None]:
        """Median of the defined taus, per language."""
        out: dict[str, float | None] = {}
        for language in sorted({r.language for r in self.rows}):
            taus = [r.tau for r in self.rows if r.language == language and r.tau is not None]
            out[language] = statistics.median(taus) if taus else None
        return out

    def exit_code(self, *, strict: bool = False) -> int:
        """1 on any failure (or, with `strict`, any flag); 0 otherwise."""
        return 1 if self.failures or (strict and self.flagged) else 0


# --- Generators ---------------------------------------------------------------------------------------

def _digest(value: Any) -> str:
    blob = json.dumps(value, sort_keys=True, separators=(",", ":"), default=repr)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _load_suite(suite: str, data: Path | None) -> Any:
    from effx.registry import get_suite_loader

    loader = get_suite_loader(suite)
    return loader(data=data) if data is not None else loader()


def case_digests(tasks: list[Task]) -> dict[str, list[str]]:
    """Task id -> one digest per case input, in case order."""
    return {t.id: [_digest(c.input) for c in t.cases] for t in tasks}


def _second_load(config: ValidateConfig, task_ids: list[str]) -> dict[str, list[str]]:
    """Case digests from a fresh interpreter with a new hash seed, so only the seed can make them equal."""
    with tempfile.TemporaryDirectory(prefix="effx-validate-") as tmp:
        out = Path(tmp) / "digests.json"
        argv = [sys.executable, "-m", "effx.validate", config.suite, str(config.data or ""), str(out), *task_ids]
        env = {**os.environ, "PYTHONHASHSEED": "random", "EFFX_FRESH_CASES": "1"}  # run every generator
        done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=3600)
        if done.returncode != 0 or not out.exists():
            tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
            raise ValidateError(f"loading suite {config.suite!r} a second time failed: {' '.join(tail)}")
        digests: dict[str, list[str]] = json.loads(out.read_text())
        return digests


def compare_cases(first: dict[str, list[str]], second: dict[str, list[str]]) -> dict[str, str | None]:
    """Task id -> None when both loads gave the same case inputs, else the first difference."""
    verdicts: dict[str, str | None] = {}
    for task_id, cases in first.items():
        other = second.get(task_id)
        if other is None:
            verdicts[task_id] = "task missing on the second load"
        elif len(other) != len(cases):
            verdicts[task_id] = f"{len(cases)} cases on the first load, {len(other)} on the second"
        else:
            diff = next((i for i, (a, b) in enumerate(zip(cases, other, strict=True)) if a != b), None)
            verdicts[task_id] = None if diff is None else f"case {diff} differs between two loads with the same seed"
    return verdicts


# --- Rankings -----------------------------------------------------------------------------------------

def kendall_tau(first: list[float], second: list[float]) -> float | None:
    """Kendall's tau-b between two runtime lists; None when undefined (fewer than two, or all tied)."""
    if len(first) < 2:
        return None
    from scipy.stats import kendalltau

    tau = float(kendalltau(first, second).statistic)
    return None if math.isnan(tau) else tau


def _failure(result: RunResult, run: int) -> str:
    first_line = next((line for line in result.message.splitlines() if line.strip()), "")
    blame = " (infrastructure, not the reference)" if result.status == Status.sandbox_error else ""
    return f"{result.reference_name}: {result.status.value}{blame} in run {run}: {first_line[:160]}"


def summarize(task_id: str, language: str, first: list[RunResult], second: list[RunResult], *,
              min_spread: float = 1.5, min_tau: float = 0.5) -> Row:
    """One row from the two runs' results of one task's references in one language."""
    by_name = [{r.reference_name: r for r in run} for run in (first, second)]
    names = sorted(set(by_name[0]) | set(by_name[1]))
    row = Row(task_id, language, references=len(names), passed=0)
    runtimes: list[tuple[float, float]] = []
    for name in names:
        results = [run.get(name) for run in by_name]
        bad = [(i + 1, r) for i, r in enumerate(results) if r is None or r.status != Status.ok]
        for run, result in bad:
            row.failures.append(_failure(result, run) if result else f"{name}: no result in run {run}")
        if not bad:
            a, b = (r.runtime_ms for r in results if r is not None)
            if a is not None and b is not None:
                runtimes.append((a, b))
    row.passed = len(runtimes)
    if runtimes:
        means = [(a + b) / 2 for a, b in runtimes]
        row.fastest_ms, row.slowest_ms = min(means), max(means)
    row.tau = kendall_tau([a for a, _ in runtimes], [b for _, b in runtimes])
    if row.tau is None:
        row.flags.append(NO_TAU)
    elif row.tau < min_tau:
        row.flags.append(UNSTABLE)
    spread = row.spread
    if row.passed >= 2 and (spread is None or spread < min_spread):
        row.flags.append(INDISTINCT)
    return row


# --- The whole validation -----------------------------------------------------------------------------

def _languages(config: ValidateConfig, tasks: list[Task]) -> tuple[list[str], dict[str, str]]:
    from effx.languages.toolchains import toolchain_key
    from effx.registry import get_language

    with_refs = {r.language for t in tasks for r in t.references}
    skipped: dict[str, str] = {}
    chosen = []
    for language in config.languages or sorted(with_refs):
        if language not in with_refs:
            skipped[language] = "no references in the selected tasks"
        elif toolchain_key(language) == "missing":
            hint = get_language(language).toolchain.install_hint
            if config.languages:
                raise ValidateError(f"{language}: toolchain not found on this machine; install it ({hint}) "
                                    "or leave out --lang " + language)
            skipped[language] = f"toolchain not found ({hint})"
        else:
            chosen.append(language)
    return chosen, skipped


def _fresh_run_ids(config: ValidateConfig) -> tuple[str, str]:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    base = f"validate-{stamp}-{config.suite}"
    suffix = ""
    for n in range(1, 1000):
        if not any((config.runs_dir / f"{base}{suffix}-{i}").exists() for i in (1, 2)):
            break
        suffix = f"-{n}"
    return f"{base}{suffix}-1", f"{base}{suffix}-2"


@contextlib.contextmanager
def _no_progress(total: int, title: str) -> Iterator[Callable[[RunResult], None]]:
    yield lambda result: None


def validate(config: ValidateConfig, *, progress: Progress | None = None) -> Validation:
    """Check a suite's references and generators (see the module docstring) and return the findings.

    Raises:
        ValidateError: the configuration cannot be validated (unknown language, missing toolchain,
            nothing to run, the second suite load failing).
        SuiteError, UnknownNameError: the suite or a task id does not exist.
    """
    from effx.orchestrate.runner import RunConfig, RunConfigError, execute_plan, plan_run
    from effx.registry import language_names

    if config.repeat < 1:
        raise ValidateError("--repeat must be at least 1")
    first_id, second_id = _fresh_run_ids(config)
    run_config = RunConfig(suite=config.suite, languages=config.languages or tuple(language_names()),
                           references_only=True, task_ids=config.task_ids, run_id=first_id,
                           runs_dir=config.runs_dir, repeat=config.repeat, sandbox=config.sandbox,
                           data=config.data, executor=config.executor, workers=config.workers)
    try:
        plan = plan_run(run_config)  # loads the suite once; the jobs are every reference in those languages
    except RunConfigError as exc:
        raise ValidateError(str(exc)) from None
    languages, skipped = _languages(config, plan.tasks)
    if not languages:
        reasons = "; ".join(f"{k}: {v}" for k, v in skipped.items()) or "the selected tasks have no references"
        raise ValidateError(f"nothing to validate ({reasons})")
    plan.jobs = {task_id: [j for j in jobs if j.language in languages] for task_id, jobs in plan.jobs.items()}
    generators = compare_cases(case_digests(plan.tasks), _second_load(config, [t.id for t in plan.tasks]))
    opened = progress or _no_progress
    runs: list[list[RunResult]] = []
    dirs: list[Path] = []
    for number, run_id in enumerate((first_id, second_id), 1):
        with opened(plan.job_count, f"references, run {number} of 2") as advance:
            try:
                run_dir = execute_plan(dataclasses.replace(plan, run_id=run_id), progress=advance)
            except RunConfigError as exc:
                raise ValidateError(str(exc)) from None
        runs.append(run_dir.results())
        dirs.append(run_dir.path)
    rows = []
    for task in plan.tasks:
        for language in languages:
            if task.references_for(language):
                pick = [[r for r in run if r.task_id == task.id and r.language == language and r.kind == "reference"]
                        for run in runs]
                rows.append(summarize(task.id, language, pick[0], pick[1], min_spread=config.min_spread,
                                      min_tau=config.min_tau))
    return Validation(rows=rows, skipped_languages=skipped, generators=generators, run_dirs=(dirs[0], dirs[1]))


def _main(argv: list[str]) -> None:
    """`python -m effx.validate SUITE DATA OUT [TASK ...]`: write the case digests of a fresh load to OUT."""
    suite_name, data, out, *task_ids = argv
    suite = _load_suite(suite_name, Path(data) if data else None)
    tasks = [t for t in suite.tasks.values() if not task_ids or t.id in task_ids]
    Path(out).write_text(json.dumps(case_digests(tasks)))


if __name__ == "__main__":
    _main(sys.argv[1:])
