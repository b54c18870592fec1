"""`effx optimize`: Afterburner's iterative loop, a model rewriting its own code against measurements.

Per task: start from a given sample (or ask the model for a first solution), measure it, then for N
iterations show the model the program with its measured status, runtime, peak memory and memory
integral (and the first failing case when it fails), take its rewrite, and measure that. The program
fed back is the best passing one so far (least cost on the objective), or the latest attempt while none
passes, so one bad rewrite does not derail the rest of the loop.

Beyond compares against the task's references in the language, measured once per task interleaved
with the starting program (as `effx run` does) and reused for the later iterations: re-measuring every
reference at every iteration would multiply the cost for little gain. Every iteration appends one line
to `runs/<run_id>/optimize.jsonl` (an `IterationRecord`); tasks whose last iteration is in the file are
skipped when the command is run again, and a task cut off halfway is restarted.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from effx.generate.client import ChatClient, ChatError
from effx.generate.prompts import chat_messages, optimize_prompt, solve_prompt
from effx.measure.protocol import Job, measure_task, solution_code
from effx.models import RunResult, Status, Task
from effx.sandbox.base import Sandbox

Objective = Literal["time", "memory", "integral"]
COST_FIELD: dict[str, str] = {"time": "runtime_ms", "memory": "peak_rss_kb", "integral": "mem_integral_mb_s"}
OPTIMIZE_FILE = "optimize.jsonl"


class OptimizeError(ValueError):
    """An optimisation that cannot start as configured; the message says what to change."""


@dataclass(frozen=True)
class OptimizeConfig:
    """What `effx optimize` was asked to do."""

    suite: str
    language: str
    model: str
    base_url: str
    iterations: int
    objective: Objective = "time"
    samples: Path | None = None
    """Samples JSONL with starting programs (first sample per task in the language); None: generate one."""
    api_key_env: str = "OPENAI_API_KEY"
    temperature: float = 0.0
    max_tokens: int | None = None
    retries: int = 5
    backoff_s: float = 1.0
    timeout_s: float = 300.0
    task_ids: tuple[str, ...] = ()
    run_id: str | None = None
    runs_dir: Path = Path("runs")
    repeat: int = 3
    """Measured runs per program after the warm-up."""
    sandbox: str = "local"
    data: Path | None = None


class IterationRecord(BaseModel):
    """One line of optimize.jsonl: one program of the loop and the best one up to it."""

    task_id: str
    """Task."""
    language: str
    """Language."""
    model: str
    """Model rewriting the code."""
    iteration: int
    """0 for the starting program, then 1..N."""
    status: str
    """Verdict of this iteration's program (`invalid_solution` when the model gave no answer)."""
    passed: bool
    """Whether this iteration's program passed."""
    runtime_ms: float | None = None
    """Median time inside the solution calls."""
    peak_rss_kb: int | None = None
    """Median peak resident memory."""
    mem_integral_mb_s: float | None = None
    """Median memory integral."""
    beyond: float | None = None
    """Mercury Beyond on runtime against the references (0 when failing; None without references)."""
    best_iteration: int | None = None
    """Iteration of the best passing program so far (least cost on the objective), None if none passed."""
    best_passed: bool = False
    """Whether any program up to this iteration passed (Pass@1 of the kept program)."""
    best_beyond: float | None = None
    """Beyond of the kept program (0 when none passed)."""
    message: str = ""
    """First failing case, compiler message, or the generation error."""
    code: str = ""
    """The program measured (code extracted from the answer)."""
    code_hash: str = ""
    """Hash of `code`."""
    latency_s: float | None = None
    """Seconds the model took to answer, retries included (None for a program from a samples file)."""
    usage: dict[str, object] = {}
    """Token usage reported by the server."""


@dataclass(frozen=True)
class IterationSummary:
    """Scores of one iteration over every task."""

    iteration: int
    tasks: int
    pass_at_1: float
    """Share of tasks whose program at this iteration passes."""
    beyond_at_1: float | None
    """Mean Beyond of those programs (tasks with references)."""
    best_pass_at_1: float
    """Share of tasks with a passing program up to this iteration."""
    best_beyond_at_1: float | None
    """Mean Beyond of the kept programs."""


def _starting_programs(config: OptimizeConfig) -> dict[str, str]:
    if config.samples is None:
        return {}
    from effx.orchestrate.samples import read_samples

    starts: dict[str, str] = {}
    for sample in read_samples(config.samples):
        if sample.language == config.language and sample.task_id not in starts:
            starts[sample.task_id] = sample.solution
    return starts


def _load_tasks(config: OptimizeConfig) -> list[Task]:
    from effx.registry import get_language, get_suite_loader
    from effx.rewards import load_suite

    if config.iterations < 0:
        raise OptimizeError("--iterations must be 0 or more")
    if config.objective not in COST_FIELD:
        raise OptimizeError(f"--objective must be one of {', '.join(COST_FIELD)}, not {config.objective!r}")
    get_language(config.language)
    suite = load_suite(config.suite) if config.data is None else get_suite_loader(config.suite)(data=config.data)
    for task_id in config.task_ids:
        suite.get(task_id)
    return [t for t in suite.tasks.values() if not config.task_ids or t.id in config.task_ids]


def _resume(path: Path, iterations: int) -> set[str]:
    """Task ids finished in an earlier invocation; rows of tasks cut off halfway are dropped."""
    if not path.exists():
        return set()
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip().endswith("}")]
    finished = {r["task_id"] for r in rows if r.get("iteration") == iterations}
    kept = [r for r in rows if r["task_id"] in finished]
    if len(kept) != len(rows):
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text("".join(json.dumps(r) + "\n" for r in kept))
        os.replace(tmp, path)
    return finished


def _cost(result: RunResult, objective: str) -> float | None:
    value = getattr(result, COST_FIELD[objective])
    return None if value is None or not result.passed else float(value)


class _Loop:
    """The state of one task's loop: references, best program, and where rows go."""

    def __init__(self, config: OptimizeConfig, task: Task, sandbox: Sandbox, out: Path):
        self.config, self.task, self.sandbox, self.out = config, task, sandbox, out
        self.reference_runtimes: list[float] = []
        self.best: tuple[int, RunResult, str] | None = None
        self.best_beyond: float | None = None
        self.latest: tuple[RunResult, str] | None = None

    def measure(self, iteration: int, answer: str, with_references: bool) -> tuple[RunResult, str]:
        job = Job(self.task.id, self.config.language, answer, self.config.model, iteration)
        jobs = [job]
        if with_references:
            jobs += [Job(self.task.id, self.config.language, r.code, "reference", i, "reference", r.name)
                     for i, r in enumerate(self.task.references_for(self.config.language))]
        results = measure_task(self.task, jobs, self.sandbox, repeat=self.config.repeat, remeasure=0)
        if with_references:
            self.reference_runtimes = [r.runtime_ms for r in results
                                       if r.kind == "reference" and r.passed and r.runtime_ms is not None]
        return next(r for r in results if r.kind == "candidate"), solution_code(job, self.task)

    def beyond(self, result: RunResult) -> float | None:
        from effx.scoring.mercury import beyond

        if not self.reference_runtimes:
            return None
        return beyond(result.runtime_ms, self.reference_runtimes, passed=result.passed)

    def record(self, iteration: int, result: RunResult, code: str, *, latency_s: float | None = None,
               usage: dict[str, object] | None = None, error: str = "") -> IterationRecord:
        self.latest = (result, code)
        cost = _cost(result, self.config.objective)
        best_cost = _cost(self.best[1], self.config.objective) if self.best else None
        if cost is not None and (best_cost is None or cost < best_cost):
            self.best = (iteration, result, code)
            self.best_beyond = self.beyond(result)
        row = IterationRecord(
            task_id=self.task.id, language=self.config.language, model=self.config.model, iteration=iteration,
            status=result.status.value, passed=result.passed, runtime_ms=result.runtime_ms,
            peak_rss_kb=result.peak_rss_kb, mem_integral_mb_s=result.mem_integral_mb_s,
            beyond=self.beyond(result), best_iteration=self.best[0] if self.best else None,
            best_passed=self.best is not None,
            best_beyond=self.best_beyond if self.best else (0.0 if self.reference_runtimes else None),
            message=error or result.message[-2000:], code=code,
            code_hash=hashlib.sha256(code.encode()).hexdigest()[:16], latency_s=latency_s, usage=usage or {},
        )
        with open(self.out, "a") as fh:
            fh.write(row.model_dump_json() + "\n")
        return row

    def feedback_prompt(self) -> str:
        """The next request: the kept program (or the latest while none passes) with its measurement."""
        result, code = (self.best[1], self.best[2]) if self.best else self.latest  # type: ignore[misc]
        return optimize_prompt(
            self.task, self.config.language, code, status=result.status.value, passed=result.passed,
            runtime_ms=result.runtime_ms, peak_rss_kb=result.peak_rss_kb,
            mem_integral_mb_s=result.mem_integral_mb_s, message=result.message, objective=self.config.objective,
        )


def _no_answer(task: Task, config: OptimizeConfig, iteration: int, error: str) -> RunResult:
    return RunResult(task_id=task.id, language=config.language, model=config.model, sample_id=iteration,
                     status=Status.invalid_solution, message=f"the model gave no answer: {error}")


async def _optimize_task(config: OptimizeConfig, task: Task, client: ChatClient, sandbox: Sandbox, out: Path,
                         start: str | None, progress: Callable[[str], None] | None) -> None:
    from effx.measure.expected import ensure_expected

    await asyncio.to_thread(ensure_expected, task, sandbox)
    loop = _Loop(config, task, sandbox, out)
    for iteration in range(config.iterations + 1):
        latency, usage, answer = None, None, start
        if iteration > 0 or start is None:
            prompt = loop.feedback_prompt() if iteration > 0 else solve_prompt(task, config.language)
            try:
                reply = await client.complete(chat_messages(prompt), temperature=config.temperature,
                                              max_tokens=config.max_tokens)
            except ChatError as exc:
                loop.record(iteration, _no_answer(task, config, iteration, str(exc)), "", error=str(exc))
                if progress:
                    progress(task.id)
                continue
            answer, latency, usage = reply.text, reply.latency_s, reply.usage
        assert answer is not None
        result, code = await asyncio.to_thread(loop.measure, iteration, answer, iteration == 0)
        loop.record(iteration, result, code, latency_s=latency, usage=usage)
        if progress:
            progress(task.id)


async def optimize_async(config: OptimizeConfig, progress: Callable[[str], None] | None = None,
                         on_plan: Callable[[int], None] | None = None) -> Path:
    """Run the loop on every task and return the run folder (holding optimize.jsonl)."""
    import datetime as dt

    from effx.sandbox import get_sandbox

    tasks = _load_tasks(config)
    starts = _starting_programs(config)
    run_id = config.run_id or (f"{dt.datetime.now():%Y%m%d-%H%M%S}-optimize-{config.suite}-{config.language}")
    folder = config.runs_dir / run_id
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / OPTIMIZE_FILE
    finished = _resume(out, config.iterations)
    todo = [t for t in tasks if t.id not in finished]
    if on_plan:
        on_plan(len(todo) * (config.iterations + 1))
    key = os.environ.get(config.api_key_env) or None
    async with ChatClient(config.base_url, config.model, key, retries=config.retries, backoff_s=config.backoff_s,
                          timeout_s=config.timeout_s) as client:
        with get_sandbox(config.sandbox) as sandbox:
            for task in todo:
                await _optimize_task(config, task, client, sandbox, out, starts.get(task.id), progress)
    return folder


def optimize(config: OptimizeConfig, progress: Callable[[str], None] | None = None,
             on_plan: Callable[[int], None] | None = None) -> Path:
    """Synchronous wrapper of `optimize_async`."""
    return asyncio.run(optimize_async(config, progress, on_plan))


def read_records(path: Path) -> list[IterationRecord]:
    """Every row of an optimize.jsonl."""
    return [IterationRecord.model_validate_json(line) for line in path.read_text().splitlines() if line.strip()]


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def summarize_iterations(records: list[IterationRecord]) -> list[IterationSummary]:
    """Pass@1 and Beyond@1 per iteration, of the program at that iteration and of the kept best."""
    by_iteration: dict[int, list[IterationRecord]] = {}
    for row in records:
        by_iteration.setdefault(row.iteration, []).append(row)
    summaries = []
    for iteration in sorted(by_iteration):
        rows = by_iteration[iteration]
        summaries.append(IterationSummary(
            iteration=iteration, tasks=len(rows),
            pass_at_1=sum(r.passed for r in rows) / len(rows),
            beyond_at_1=_mean([r.beyond for r in rows if r.beyond is not None]),
            best_pass_at_1=sum(r.best_passed for r in rows) / len(rows),
            best_beyond_at_1=_mean([r.best_beyond for r in rows if r.best_beyond is not None]),
        ))
    return summaries
