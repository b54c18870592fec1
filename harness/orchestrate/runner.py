"""Running a suite: samples and references in, a resumable run directory out.

Everything that can be wrong with the input (suite, languages, tasks, samples file) is checked before
the run directory is touched, so a bad command leaves nothing half-written. Results are appended as
each solution finishes, each solution's code kept once under the run folder's `code/`; starting again
with the same run id skips every job that already has one (but a `sandbox_error`, which is run again).
One process at a time writes a run: a second `effx run` with the same run id is refused.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import platform
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from effx.languages.toolchains import toolchain_key
from effx.measure.persistent import MIN_REP_NS
from effx.measure.protocol import PROTOCOLS, Job
from effx.models import RunManifest, RunResult, Sample, Task, code_hash
from effx.orchestrate.executors.batch import Batch, Executor
from effx.orchestrate.samples import read_samples
from effx.registry import get_suite_loader, language_names
from effx.store.rundir import RunDir, RunDirBusyError, RunDirWriteError, read_results
from effx.tasks.suite import Suite

log = logging.getLogger(__name__)
SHOWN_WARNINGS: set[str] = set()
"""Warnings this process has already shown while a run started (the closing summary does not repeat them)."""


class RunConfigError(ValueError):
    """A run that cannot start as configured; the message says what to change."""


@dataclass(frozen=True)
class RunConfig:
    """What `effx run` was asked to do."""

    suite: str = "core"
    languages: tuple[str, ...] = ()
    """Languages to evaluate; empty means every language of the samples (or python for references)."""
    samples: Path | None = None
    """Samples JSONL; None means the suite's example samples, or only references with `references_only`."""
    references_only: bool = False
    """Evaluate just the suite's reference solutions."""
    task_ids: tuple[str, ...] = ()
    """Subset of tasks; empty means all."""
    run_id: str | None = None
    runs_dir: Path = Path("runs")
    repeat: int = 5
    sandbox: str = "local"
    cpu: int | None = None
    """Core to pin measured runs to; None picks the last core available to effx."""
    cv_threshold: float = 0.05
    data: Path | None = None
    """Dataset file or folder for suites loaded from published formats."""
    executor: str = "serial"
    """Where task batches run: serial, pool (local processes) or ray."""
    workers: int | None = None
    """Pool size; None means one worker per physical core."""
    ray_address: str | None = None
    """Ray cluster address for the ray executor; None starts a local Ray instance."""
    metric: str = "time"
    """time, cpu or instructions: what runtime_ms is derived from and what scores use (see effx.measure.metric_mode)."""
    protocol: str = "persistent"
    """persistent (one measuring process per solution in the fork languages), shared (also Java, JavaScript
    and Go) or process (a process per repetition); see effx.measure.protocol."""


@dataclass
class Plan:
    """A validated run: the tasks and the jobs per task, ready to execute."""

    config: RunConfig
    suite: Suite
    tasks: list[Task]
    run_id: str
    jobs: dict[str, list[Job]] = field(default_factory=dict)
    samples_file: Path | None = None

    @property
    def job_count(self) -> int:
        return sum(len(j) for j in self.jobs.values())


def _default_run_id(config: RunConfig) -> str:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{stamp}-{config.suite}-{'-'.join(config.languages) or 'all'}"


def default_cpu() -> int | None:
    """The last core this process may run on: measured runs go there, away from core 0's interrupts."""
    try:
        return max(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return None


def _load_suite(config: RunConfig) -> Suite:
    loader = get_suite_loader(config.suite)
    return loader(data=config.data) if config.data is not None else loader()


def plan_run(config: RunConfig) -> Plan:
    """Validate the configuration and build the job list, without writing anything."""
    from effx.registry import SANDBOXES, unknown

    if config.sandbox not in SANDBOXES.names():
        raise RunConfigError(str(unknown("sandbox", config.sandbox, sorted(SANDBOXES.names()))))
    if config.protocol not in PROTOCOLS:
        raise RunConfigError(f"unknown protocol {config.protocol!r}: use {', '.join(PROTOCOLS)}")
    known = set(language_names())
    for language in config.languages:
        if language not in known:
            raise RunConfigError(str(unknown("language", language, sorted(known))))
    suite = _load_suite(config)
    for task_id in config.task_ids:
        suite.get(task_id)
    tasks = [t for t in suite.tasks.values() if not config.task_ids or t.id in config.task_ids]
    samples_file = None if config.references_only else (config.samples or suite.examples)
    samples: list[Sample] = []
    if samples_file is not None:
        # An evalplus/bigcode-style line (task_id, completion) names no language: with one --lang, it is that.
        samples = read_samples(samples_file, known_tasks=set(suite.tasks), known_languages=known,
                               language=config.languages[0] if len(config.languages) == 1 else None)
    languages = config.languages or tuple(sorted({s.language for s in samples})) or ("python",)
    if samples and not config.task_ids:  # references are measured for Beyond only where there is a sample
        wanted = {s.task_id for s in samples if s.language in languages}
        tasks = [t for t in tasks if t.id in wanted]
    plan = Plan(config=config, suite=suite, tasks=tasks, run_id=config.run_id or _default_run_id(config),
                samples_file=samples_file)
    for task in tasks:
        jobs = [Job(task.id, ref.language, ref.code, "reference", index, "reference", ref.name)
                for language in languages
                for index, ref in enumerate(task.references_for(language))]
        jobs += [Job(task.id, s.language, s.solution, s.model, s.sample_id or 0)
                 for s in samples if s.task_id == task.id and s.language in languages]
        plan.jobs[task.id] = jobs
    from effx.measure.metric_mode import MetricError, check_metric

    try:
        check_metric(config.metric, languages)
    except MetricError as exc:
        raise RunConfigError(str(exc)) from None
    if plan.job_count == 0:
        raise RunConfigError(f"nothing to run: no references or samples for language(s) "
                             f"{', '.join(languages)} in suite {config.suite!r}")
    return plan


def machine_info() -> dict[str, object]:
    """CPU model, kernel and core count, stored with every run."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu or platform.processor(), "cores": os.cpu_count(), "kernel": platform.release(),
            "python": platform.python_version(), "hostname": platform.node()}


def make_executor(config: RunConfig) -> Executor:
    """The executor named in the configuration."""
    from effx.registry import EXECUTORS, UnknownNameError

    try:
        executor = EXECUTORS.get(config.executor)
    except UnknownNameError as exc:
        raise RunConfigError(str(exc)) from None
    return executor.from_options(workers=config.workers, address=config.ray_address)


def execute_plan(plan: Plan, *, progress: Callable[[RunResult], None] | None = None) -> RunDir:
    """Run every job of `plan` that has no result yet, appending results as they finish.

    Raises:
        RunConfigError: a toolchain or the sandbox is missing, or another process is writing this run.
        effx.store.rundir.RunDirWriteError: the run folder could not be written (a full disk); everything
            written before stays, and the run resumes once the cause is fixed.
    """
    from effx.sandbox import get_sandbox

    config = plan.config
    executor = make_executor(config)
    languages = sorted({j.language for jobs in plan.jobs.values() for j in jobs})
    problems = executor.check_languages(set(languages))
    if problems:
        raise RunConfigError("; ".join(problems) + " (see `effx languages` for how to install)")
    try:  # before the run folder exists: a sandbox that cannot start leaves nothing behind
        with get_sandbox(config.sandbox) as probe:
            sandbox_name = getattr(probe, "description", probe.name)
            sandbox_warnings = list(getattr(probe, "warnings", []))
    except Exception as exc:  # noqa: BLE001 -- each backend fails its own way (no engine, no image, ...)
        raise RunConfigError(f"the {config.sandbox} sandbox cannot start: {exc}") from None
    run_dir = RunDir.open(config.runs_dir / plan.run_id)
    try:
        with run_dir.exclusive():
            _execute(plan, run_dir, executor, languages, sandbox_name, sandbox_warnings, progress)
    except RunDirBusyError as exc:
        raise RunConfigError(str(exc)) from None
    return run_dir


def _execute(plan: Plan, run_dir: RunDir, executor: Executor, languages: list[str], sandbox_name: str,
             sandbox_warnings: list[str], progress: Callable[[RunResult], None] | None) -> None:
    """`execute_plan` once the run folder is locked by this process."""
    from effx.measure.metric_mode import score_measure
    from effx.measure.noise import noise_warnings
    from effx.orchestrate.executors.cores import usable_cores

    config = plan.config
    done = run_dir.resume()
    cpu = config.cpu if config.cpu is not None else default_cpu()
    if run_dir.exists():
        manifest = run_dir.read_manifest()
    else:
        manifest = RunManifest(
            run_id=plan.run_id, created=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            suite=config.suite, languages=languages, sandbox=sandbox_name, metric=config.metric,  # type: ignore[arg-type]
            repeat=config.repeat, samples_file=str(plan.samples_file.resolve()) if plan.samples_file else None,
            tasks=[t.id for t in plan.tasks], machine=machine_info(),
            toolchains={lang: toolchain_key(lang) for lang in languages},
            metrics={
                "measurement": {"repeat": config.repeat, "warmup": 1, "cv_threshold": config.cv_threshold,
                                "remeasure": 1, "cpu": cpu, "executor": config.executor,
                                "protocol": config.protocol, "min_rep_ms": MIN_REP_NS / 1e6,
                                "noisy": "persistent: again with twice the passes per repetition after a "
                                         "50 ms pause; process: another interleaved batch of runs"},
                "pass_at_k": {"k": [1], "estimator": "unbiased"},
                "beyond": {"k": 1, "form": "bigcode", "measure": score_measure(config.metric)},
                "median_ratio_to_fastest": {"measure": score_measure(config.metric)},
            },
        )
    noisy = noise_warnings([cpu] if cpu is not None and config.executor == "serial" else usable_cores())
    for warning in noisy:
        log.warning("effx: %s", warning)
        SHOWN_WARNINGS.add(warning)
    notes = sandbox_warnings + list(getattr(executor, "notes", [])) + noisy
    manifest.warnings = sorted(set(manifest.warnings) | set(notes))
    manifest.status = "running"
    run_dir.write_manifest(manifest)

    codes = {job.key: job.code for jobs in plan.jobs.values() for job in jobs}
    # Results kept from a folder written before code/ existed get their code now, where it is still the
    # code that was measured (same hash), so reports and the store show it for every result alike.
    for kept in read_results(run_dir.results_path):
        code = codes.get(kept.key)
        if code is not None and kept.code_hash == code_hash(code):
            run_dir.keep_code(code)

    def record(result: RunResult) -> None:
        if result.key in codes:  # the code first: a result line never names code the folder lacks
            run_dir.keep_code(codes[result.key])
        run_dir.append([result])
        if progress:
            progress(result)

    batches = [Batch(task, tuple(todo), repeat=config.repeat, cv_threshold=config.cv_threshold,
                     sandbox=config.sandbox, cpu=cpu, metric=config.metric, protocol=config.protocol)
               for task in plan.tasks
               if (todo := [j for j in plan.jobs[task.id] if j.key not in done])]
    try:
        executor.run(batches, record)
    except BaseException:
        manifest.status = "interrupted"
        with contextlib.suppress(RunDirWriteError):  # a full disk must not hide what stopped the run
            run_dir.write_manifest(manifest)
        raise
    manifest.status = "complete"
    run_dir.write_manifest(manifest)
