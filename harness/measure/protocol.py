"""The measurement protocol for one task: compile once, check once, then measure.

Every solution of a task (references and candidates, any language) is compiled once (the sandbox caches
by content hash). With the `persistent` protocol (the default) a function-task solution in a language
whose driver has a repeat mode is then measured by one execution (`effx.measure.persistent`): its
warm-up pass is the correctness check, its repetitions the measurement; a CV above `cv_threshold` is
measured again with twice the passes per repetition after a pause, and a fork language's warm-up far
slower than its passes falls back to the `process` protocol.

With the `process` protocol (and for stdio tasks, and languages without a repeat mode) a solution is run
once as warm-up and correctness check, and then measured `repeat` times, a process each. The measured
runs are interleaved round-robin across solutions, with the order rotated each round, so drift of the
machine (thermal, a neighbour process) hits every solution alike instead of whichever happened to run
last. A solution whose runtime varies by more than `cv_threshold` is measured again (bounded by
`remeasure` extra rounds), and the median is taken over all its repetitions.

Function tasks' claimed times are then cross-checked against the launcher's outside measurement, with
the driver alone (a trusted program's skip run: one per language and round, or, for the persistent
protocol, one with the same plan) as the baseline: a solution whose median run (or execution) the
outside measurement contradicts ends `measurement_rejected` (`effx.measure.crosscheck`).

With `metric="instructions"` each passing solution is also counted once under valgrind after its timed
rounds (`effx.measure.instructions.count`): counts are exact, so repeating them would only cost time.
"""

from __future__ import annotations

import logging
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from effx.languages.entry_check import check_entry_point
from effx.languages.interface import UnsupportedTask
from effx.languages.toolchains import toolchain_key
from effx.measure.crosscheck import ABSOLUTE_MS, IN_PROCESS_ABSOLUTE_MS, Baseline, cross_check, run_skipped
from effx.measure.extract import extract_code, strip_scaffolding
from effx.measure.persistent import MAX_INNER, MIN_REP_NS, Repeated, inconsistent, run_repeated
from effx.measure.verdict import Metric, Outcome, check, execute, limits_for
from effx.models import Measurement, Program, RunResult, Status, Task, code_hash
from effx.registry import get_language
from effx.sandbox.base import CompileOutcome, Sandbox


@dataclass(frozen=True)
class Job:
    """One solution to evaluate on one task."""

    task_id: str
    language: str
    code: str
    model: str
    sample_id: int
    kind: Literal["candidate", "reference"] = "candidate"
    reference_name: str = ""

    @property
    def key(self) -> str:
        """Same identity as `RunResult.key`, so a resumed run can skip finished jobs."""
        return f"{self.kind}:{self.model}:{self.task_id}:{self.language}:{self.sample_id}"


log = logging.getLogger(__name__)
Protocol = Literal["persistent", "shared", "process"]
"""`persistent`: one measuring process per solution in the languages whose passes can each be a fresh
fork (`effx.measure.persistent`), a process per repetition elsewhere; `shared`: the same, and Java,
JavaScript and Go in one process too, whose passes share static state and a JIT; `process`: a process
per repetition, interleaved across solutions."""
PROTOCOLS: tuple[str, ...] = get_args(Protocol)


@dataclass
class _State:
    job: Job
    program: Program | None = None
    compiled: CompileOutcome | None = None
    verdict: Outcome | None = None
    runs: list[Measurement] = field(default_factory=list)
    instructions: int | None = None
    count_error: str = ""
    unexplained_ratio: float | None = None
    protocol: str = "process"
    inner: int | None = None
    executions: list[Measurement] = field(default_factory=list)
    """Persistent protocol: each repeat-mode execution as a whole, for the cross-check."""


@dataclass
class _Baseline:
    """The trusted program whose skip runs measure the driver alone, for one language of the batch."""

    language: str
    source: str
    program: Program | None = None
    compiled: CompileOutcome | None = None
    runs: list[tuple[float, float]] = field(default_factory=list)
    error: str = ""
    plan: tuple[str, int, int] | None = None
    """Persistent protocol: (repetitions kind, repeat, inner) of the executions this baseline stands for."""

    def measure(self, task: Task, sandbox: Sandbox, cpu: int | None) -> None:
        if self.trusted is None:
            return
        got: tuple[float, float] | str
        if self.plan is None:
            got = run_skipped(sandbox, task, *self.trusted, cpu)
        else:
            kind, repeat, inner = self.plan
            skipped = run_repeated(sandbox, task, *self.trusted, limits=limits_for(task), kind=kind,
                                   repeat=repeat, cpu=cpu, metric="time", inner=inner, skip=True)
            got = ((skipped.execution.wall_ms, skipped.execution.cpu_ms) if skipped.execution
                   else f"{skipped.outcome.status.value}: {skipped.outcome.message}")
        if isinstance(got, str):
            self.error = f"the driver-alone run of the {self.language} {self.source} failed: {got}"
            log.warning("effx: %s; %s solutions of %s are not cross-checked", self.error, self.language, task.id)
        else:
            self.runs.append(got)

    @property
    def trusted(self) -> tuple[Program, CompileOutcome] | None:
        """The compiled trusted program, unless preparing or running it failed."""
        if self.error or self.program is None or self.compiled is None:
            return None
        return self.program, self.compiled

    @property
    def baseline(self) -> Baseline | None:
        return None if self.error else Baseline.of(self.runs, self.source)


@dataclass
class BaselineCache:
    """Driver-alone measurements kept across calls of `measure_task`, for callers that measure one solution
    per call (a reward server, `effx.rewards`): the trusted stub's skip runs of a task and plan are
    measured once per `max_age_s` instead of once per solution. Thread-safe."""

    max_age_s: float = 120.0
    _entries: dict[tuple[object, ...], tuple[float, list[tuple[float, float]]]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, key: tuple[object, ...]) -> list[tuple[float, float]] | None:
        with self._lock:
            found = self._entries.get(key)
        if found is None or time.monotonic() - found[0] > self.max_age_s:
            return None
        return list(found[1])

    def put(self, key: tuple[object, ...], runs: list[tuple[float, float]]) -> None:
        if runs:
            with self._lock:
                self._entries[key] = (time.monotonic(), list(runs))


def _trusted_program(task: Task, language: str, jobs: list[Job]) -> tuple[str, str] | None:
    """(source code, label) of a program the judged code cannot influence: the plugin's stub for the task,
    else a reference in that language; None when there is neither."""
    try:
        return get_language(language).stub(task), "stub"
    except (ValueError, NotImplementedError):  # a signature the language cannot spell; a plugin without stubs
        pass
    for job in jobs:
        if job.kind == "reference" and job.language == language:
            return job.code, f"reference {job.reference_name or job.sample_id}"
    return None


def _baselines(task: Task, states: list[_State], jobs: list[Job], sandbox: Sandbox) -> dict[str, _Baseline]:
    """One compiled trusted program per language that has solutions to measure (function tasks only)."""
    found: dict[str, _Baseline] = {}
    if task.mode != "function":
        return found
    for language in sorted({state.job.language for state in states}):
        trusted = _trusted_program(task, language, jobs)
        if trusted is None:
            continue
        code, source = trusted
        entry = found[language] = _Baseline(language, source)
        try:
            entry.program = get_language(language).render(task, code, toolchain_key(language))
        except ValueError as exc:
            entry.error = f"the {language} {source} does not render: {exc}"
            continue
        entry.compiled = sandbox.compile(entry.program)
        if not entry.compiled.ok:
            entry.error = f"the {language} {source} does not compile: {entry.compiled.message[-500:]}"
    return found


def _cross_check(state: _State, baseline: _Baseline | None, metric: Metric, *, judge: bool = True) -> bool:
    """Whether the outside measurement contradicts the state's runs; with `judge`, reject it if so."""
    if baseline is None or state.verdict is None or state.verdict.status != Status.ok:
        return False
    runs = state.executions or state.runs or ([state.verdict.measurement] if state.verdict.measurement else [])
    in_process = bool(state.executions) and state.protocol.startswith("in_process")
    checked = cross_check(runs, baseline.baseline, cpu=metric == "cpu",
                          absolute_ms=IN_PROCESS_ABSOLUTE_MS if in_process else ABSOLUTE_MS)
    if checked is None:
        return False
    if judge:
        state.unexplained_ratio = checked.ratio
        if checked.problem:
            state.verdict = Outcome(Status.measurement_rejected, checked.problem)
    return checked.problem is not None


def _cv(values: list[float]) -> float:
    if len(values) < 2 or statistics.fmean(values) == 0:
        return 0.0
    return statistics.stdev(values) / statistics.fmean(values)


def _median_int(values: list[int]) -> int:
    return int(statistics.median(values))


def solution_code(job: Job, task: Task) -> str:
    """The code to compile: a candidate's answer may be Markdown with prose and a demo `main`; in a
    dataset's runner view (`Task.view`) the solution spliced into the runner."""
    code = job.code if job.kind == "reference" else extract_code(job.code, job.language)
    if task.runner is not None and task.mode == "stdio" and job.language in task.runner.sources:
        return task.runner.splice(job.language, code if job.kind == "reference" else
                                  strip_scaffolding(code, job.language))
    if job.kind == "reference":
        return code
    return code if task.mode == "stdio" else strip_scaffolding(code, job.language)


def _through_runners(task: Task, jobs: list[Job], sandbox: Sandbox, options: dict[str, Any]) -> list[RunResult]:
    """Measure a task that ships its own runners: each language with a runner on the runner's view of the
    task, the others through effx's drivers on the decoded cases; results in job order, each naming the
    path in its `judge`."""
    results: dict[int, RunResult] = {}
    drivers = task.model_copy(update={"runner": None})
    for language in dict.fromkeys(job.language for job in jobs):
        part = [i for i, job in enumerate(jobs) if job.language == language]
        view = task.view(language)
        if view is task:
            if not drivers.cases:
                for i in part:
                    results[i] = infrastructure_failure(
                        task, jobs[i], f"{task.id} cannot run in {language}: the dataset has no {language} runner "
                                       "and its inputs did not decode into arguments for effx's drivers")
                continue
            got = measure_task(drivers, [jobs[i] for i in part], sandbox, **options)
            path = "driver"
        else:
            got = measure_task(view, [jobs[i] for i in part], sandbox, **options)
            path = f"{language} runner"
        for i, result in zip(part, got, strict=True):
            results[i] = result.model_copy(update={"judge": f"{path}, {result.judge}" if result.judge else path})
    return [results[i] for i in range(len(jobs))]


def infrastructure_failure(task: Task, job: Job, message: str) -> RunResult:
    """A sandbox_error result for a job that could not be evaluated through no fault of its own."""
    return RunResult(task_id=task.id, language=job.language, model=job.model, sample_id=job.sample_id,
                     kind=job.kind, reference_name=job.reference_name, status=Status.sandbox_error,
                     message=message, code_hash=code_hash(job.code))


def _prepare(state: _State, task: Task, sandbox: Sandbox) -> None:
    job = state.job
    code = solution_code(job, task)
    if job.kind == "candidate":  # a clear "no method twoSum(nums, target)" beats a wall of compiler text
        problem = check_entry_point(task, code, job.language)
        if problem:
            state.verdict = Outcome(Status.invalid_solution, problem)
            return
    try:
        state.program = get_language(job.language).render(task, code, toolchain_key(job.language))
    except UnsupportedTask as exc:  # the language cannot run this kind of task: not the solution's fault
        state.verdict = Outcome(Status.sandbox_error, str(exc))
        return
    except ValueError as exc:  # the plugin found the solution unusable (e.g. no entry point)
        state.verdict = Outcome(Status.invalid_solution, str(exc))
        return
    state.compiled = sandbox.compile(state.program)
    if state.compiled.sandbox_error:
        state.verdict = Outcome(Status.sandbox_error, state.compiled.sandbox_error)
    elif not state.compiled.ok:
        state.verdict = Outcome(Status.compile_error, state.compiled.message)


def _result(state: _State, task: Task) -> RunResult:
    job, verdict = state.job, state.verdict
    assert verdict is not None
    runs = state.runs if verdict.status == Status.ok else []
    base = dict(task_id=task.id, language=job.language, model=job.model, sample_id=job.sample_id,
                kind=job.kind, reference_name=job.reference_name, status=verdict.status,
                message=(verdict.message or state.count_error)[-4000:], repeats=runs,
                code_hash=code_hash(job.code),
                compile_ms=(state.compiled.seconds * 1000 if state.compiled else None),
                unexplained_ratio=state.unexplained_ratio, protocol=state.protocol if runs else None,
                inner=state.inner if runs else None, judge=verdict.judge)
    if not runs:
        return RunResult(**base)  # type: ignore[arg-type]
    return RunResult(
        **base,  # type: ignore[arg-type]
        runtime_ms=statistics.median(m.runtime_ms for m in runs),
        cpu_ms=statistics.median(m.cpu_ms for m in runs),
        wall_ms=statistics.median(m.wall_ms for m in runs),
        peak_rss_kb=_median_int([m.peak_rss_kb for m in runs]),
        mem_integral_mb_s=statistics.median(m.mem_integral_mb_s for m in runs),
        cv=_cv([m.runtime_ms for m in runs]),
        instructions=state.instructions,
    )


def _round(states: list[_State], task: Task, sandbox: Sandbox, rotation: int, cpu: int | None,
           metric: Metric, baselines: dict[str, _Baseline]) -> None:
    if not states:
        return
    for language in sorted({state.job.language for state in states}):
        if language in baselines:
            baselines[language].measure(task, sandbox, cpu)
    shift = rotation % len(states)
    for state in states[shift:] + states[:shift]:
        assert state.program is not None and state.compiled is not None
        outcome = execute(sandbox, task, state.program, state.compiled, cpu=cpu, metric=metric)
        if outcome.status != Status.ok or outcome.measurement is None:
            state.verdict = outcome  # e.g. a timeout on a later run: the solution is not reliably ok
        else:
            state.runs.append(outcome.measurement)


def _count(state: _State, task: Task, sandbox: Sandbox, cpu: int | None, baseline: _Baseline | None) -> None:
    """Count a passing solution's instructions; a failed count leaves the time measurements standing.

    The driver's own instructions are those of the trusted baseline program's skip run."""
    from effx.measure.instructions import InstructionCountError, count

    assert state.program is not None and state.compiled is not None
    cache = getattr(sandbox, "cache_dir", None)
    try:
        state.instructions = count(sandbox, task, state.program, state.compiled, limits=limits_for(task),
                                   cpu=cpu, cache=cache / "instructions" if cache else None,
                                   trusted=baseline.trusted if baseline else None)
    except InstructionCountError as exc:
        state.count_error = f"instructions not counted: {exc}"


def _repeat_kind(state: _State, task: Task, protocol: Protocol) -> str | None:
    """The repetitions kind of the state's language when it is measured in one process, else None."""
    if protocol == "process" or task.mode != "function":
        return None
    kind = getattr(get_language(state.job.language), "repetitions", None)
    # Passes in one unforked process share static state: a memo table filled by the warm-up would speed
    # up every measured pass, and a JIT's compiler threads cost what no stub accounts for. Only on request.
    return kind if kind == "fork" or protocol == "shared" else None


def _measure_persistent(state: _State, task: Task, sandbox: Sandbox, kind: str, *, repeat: int, cpu: int | None,
                        metric: Metric, floor_ns: int, inner: int | None = None) -> Repeated:
    """One repeat-mode execution of the state's solution; its repetitions are added to the state's."""
    assert state.program is not None and state.compiled is not None
    got = run_repeated(sandbox, task, state.program, state.compiled, limits=limits_for(task), kind=kind,
                       repeat=max(repeat, 1), cpu=cpu, metric=metric, inner=inner, floor_ns=floor_ns)
    if got.outcome.status != Status.ok or got.execution is None:
        state.verdict = got.outcome
    else:
        state.runs += got.reps
        state.executions.append(got.execution)
        state.inner = got.inner
    return got


def _first_persistent(state: _State, task: Task, sandbox: Sandbox, kind: str, **plan: object) -> None:
    """The first execution: its warm-up pass is the correctness check, its repetitions the measurement."""
    got = _measure_persistent(state, task, sandbox, kind, **plan)  # type: ignore[arg-type]
    state.protocol = kind
    state.verdict = check(task, got.outcome, sandbox)
    if state.verdict.status == Status.ok and kind == "fork" and inconsistent(got):
        # A later pass found what an earlier one left: fall back to a process per repetition.
        state.runs, state.executions, state.inner, state.protocol = [], [], None, "fork+process"


def _persistent_baselines(task: Task, states: list[_State], jobs: list[Job], sandbox: Sandbox,
                          repeat: int) -> dict[tuple[str, int], _Baseline]:
    """One trusted baseline per (language, passes per repetition) among the persistent states."""
    plans = {(s.job.language, s.protocol.split("+")[0], s.inner) for s in states if s.executions and s.inner}
    prepared = _baselines(task, [s for s in states if s.executions and s.inner], jobs, sandbox)
    return {(language, inner): _Baseline(language, trusted.source, trusted.program, trusted.compiled,
                                         error=trusted.error, plan=(kind, max(repeat, 1), inner))
            for language, kind, inner in sorted(plans) if (trusted := prepared.get(language))}


def _interpolate(entries: list[_Baseline]) -> None:
    """Fill the driver-alone runs of the plans between the fewest and the most passes per repetition.

    A plan's cost is a start-up plus the same cost per pass (a fork, building the arguments), so it is
    a straight line in the number of passes: two measured plans give every other."""
    low, high = entries[0], entries[-1]
    if len(entries) < 3 or not low.runs or not high.runs or low.plan is None or high.plan is None:
        return
    low_wall, low_cpu = statistics.median(w for w, _ in low.runs), statistics.median(c for _, c in low.runs)
    high_wall, high_cpu = statistics.median(w for w, _ in high.runs), statistics.median(c for _, c in high.runs)
    for entry in entries[1:-1]:
        assert entry.plan is not None
        share = (entry.plan[2] - low.plan[2]) / (high.plan[2] - low.plan[2])
        entry.runs = [(low_wall + share * (high_wall - low_wall), low_cpu + share * (high_cpu - low_cpu))]


def measure_task(
    task: Task,
    jobs: list[Job],
    sandbox: Sandbox,
    *,
    repeat: int = 5,
    cpu: int | None = None,
    cv_threshold: float = 0.05,
    remeasure: int = 1,
    on_result: Callable[[RunResult], None] | None = None,
    metric: Metric = "time",
    protocol: Protocol = "persistent",
    floor_ns: int = MIN_REP_NS,
    baseline_cache: BaselineCache | None = None,
) -> list[RunResult]:
    """Evaluate `jobs` (all on `task`, whose cases carry expected outputs) and return one result each, in order.

    Args:
        task: the task with expected outputs filled in.
        jobs: solutions to evaluate; references and candidates are measured in one batch.
        sandbox: where to compile and run.
        repeat: measured repetitions per solution after the warm-up.
        cpu: core to pin runs to.
        cv_threshold: coefficient of variation above which a solution is measured again.
        remeasure: how many extra measurements a noisy solution may get: in one process, with twice the
            passes per repetition after a pause; per process, another interleaved batch of `repeat` runs.
        on_result: called with each result as soon as it is final (for progress and durable writes).
        metric: `time`, `cpu` (runtime_ms is per-call CPU time) or `instructions` (also count them).
        protocol: `persistent` (one measuring process per solution in fork languages), `shared` (also in
            Java, JavaScript and Go, whose passes share one process) or `process`.
        floor_ns: calibration floor of the persistent protocol: a repetition spans at least this much.
        baseline_cache: keeps the persistent protocol's driver-alone measurements across calls.
    """
    options = dict(repeat=repeat, cpu=cpu, cv_threshold=cv_threshold, remeasure=remeasure, on_result=on_result,
                   metric=metric, protocol=protocol, floor_ns=floor_ns, baseline_cache=baseline_cache)
    if task.runner is not None and task.mode == "function":
        return _through_runners(task, jobs, sandbox, options)
    states = [_State(job) for job in jobs]
    finished: list[RunResult] = []

    def finish(state: _State) -> None:
        result = _result(state, task)
        finished.append(result)
        if on_result:
            on_result(result)

    plan = dict(repeat=repeat, cpu=cpu, metric=metric, floor_ns=floor_ns)
    if metric == "instructions":
        protocol = "process"  # counts are taken per process anyway; the check run then is one
    for state in states:
        _prepare(state, task, sandbox)
        kind = _repeat_kind(state, task, protocol) if state.verdict is None else None
        if state.verdict is None and kind:
            _first_persistent(state, task, sandbox, kind, **plan)
        elif state.verdict is None:
            assert state.program is not None and state.compiled is not None
            state.verdict = check(task, execute(sandbox, task, state.program, state.compiled, cpu=cpu,
                                                metric=metric), sandbox)
        assert state.verdict is not None
        if state.verdict.status != Status.ok:
            finish(state)
    ok = [s for s in states if s.verdict and s.verdict.status == Status.ok]
    for state in ok if remeasure else []:  # noisy in one process: more passes per repetition, after a pause
        if state.executions and state.inner and _cv([m.runtime_ms for m in state.runs]) > cv_threshold:
            time.sleep(0.05)
            _measure_persistent(state, task, sandbox, state.protocol, inner=min(MAX_INNER, state.inner * 2), **plan)
            state.protocol += "+inner"
    live = [s for s in ok if not s.executions]
    baselines = _baselines(task, live, jobs, sandbox)
    limit = limits_for(task)
    for extra in range(remeasure + 1):
        if extra:
            live = [s for s in live if _cv([m.runtime_ms for m in s.runs]) > cv_threshold]
            # A noisy run that takes most of the time limit is not worth doubling the bill.
            live = [s for s in live if statistics.median(m.wall_ms for m in s.runs) < limit.wall_s * 1000 / 4]
        for rotation in range(repeat):
            _round([s for s in live if s.verdict and s.verdict.status == Status.ok], task, sandbox,
                   rotation, cpu, metric, baselines)
    if repeat == 0:  # the check runs alone were measured: the baseline still needs runs of its own
        for entry in baselines.values():
            entry.measure(task, sandbox, cpu)
    persistent = [s for s in states if s.executions and s.verdict and s.verdict.status == Status.ok]
    in_one = _persistent_baselines(task, persistent, jobs, sandbox, repeat)
    for language in sorted({language for language, _ in in_one}):
        inners = sorted(inner for lang, inner in in_one if lang == language)
        for inner in {inners[0], inners[-1]}:  # measured; every plan between is interpolated
            entry = in_one[(language, inner)]
            key = (task.id, len(task.cases), language, entry.plan, cpu)
            cached = baseline_cache.get(key) if baseline_cache is not None else None
            if cached:
                entry.runs = cached
                continue
            entry.measure(task, sandbox, cpu)
            if baseline_cache is not None:
                baseline_cache.put(key, entry.runs)
        _interpolate([in_one[(language, inner)] for inner in inners])

    def baseline_of(state: _State) -> _Baseline | None:
        if state.executions:
            return in_one.get((state.job.language, state.inner or 0))
        return baselines.get(state.job.language)

    suspects = [s for s in states if _cross_check(s, baseline_of(s), metric, judge=False)]
    for rotation in range(max(repeat, 2) if any(not s.executions for s in suspects) else 0):
        _round([s for s in suspects if not s.executions], task, sandbox, rotation, cpu, metric, baselines)
    for state in [s for s in suspects if s.executions]:  # before rejecting, measure them again, twice
        for _ in range(2):
            _measure_persistent(state, task, sandbox, state.protocol.split("+")[0], inner=state.inner, **plan)
            measured = baseline_of(state)
            if measured:
                measured.measure(task, sandbox, cpu)
    for state in states:
        _cross_check(state, baseline_of(state), metric)
    if metric == "instructions":
        for state in states:
            if state.verdict and state.verdict.status == Status.ok:
                _count(state, task, sandbox, cpu, baselines.get(state.job.language))
    done = {r.key for r in finished}
    for state in states:
        if state.job.key not in done:
            finish(state)
    order = {job.key: index for index, job in enumerate(jobs)}
    return sorted(finished, key=lambda result: order[result.key])
