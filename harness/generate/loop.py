"""`effx generate`: ask a model for solutions and append them to a samples JSONL, resumably.

Each (task, sample index) pair is one request and one output line, written as soon as its answer
arrives, so a crash or Ctrl-C loses at most the requests in flight; running the same command again
skips every pair already in the file. A request that still fails after its retries is written too,
with an `error` field and an empty solution: the run goes on, and `effx run` scores that sample as a
failure (the model's endpoint could not produce it). `--retry-errors` drops those lines and asks again.

Output line (extra fields are ignored by `effx run`):
`{task_id, language, model, solution, sample_id, usage, latency_s, finish_reason, attempts[, error]}`.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from effx.generate.client import ChatClient, ChatError
from effx.generate.prompts import chat_messages, solve_prompt
from effx.models import Task
from effx.registry import get_language, get_suite_loader
from effx.tasks.suite import Suite


class GenerateError(ValueError):
    """A generation that cannot start as configured; the message says what to change."""


@dataclass(frozen=True)
class GenerateConfig:
    """What `effx generate` was asked to do."""

    suite: str
    language: str
    model: str
    base_url: str
    output: Path
    api_key_env: str = "OPENAI_API_KEY"
    """Environment variable holding the API key; unset means no Authorization header (local servers)."""
    n: int = 1
    """Samples per task."""
    temperature: float = 0.0
    max_tokens: int | None = None
    concurrency: int = 4
    """Requests in flight at once."""
    retries: int = 5
    task_ids: tuple[str, ...] = ()
    retry_errors: bool = False
    """Drop lines recorded with an error before resuming, so those pairs are requested again."""
    backoff_s: float = 1.0
    timeout_s: float = 300.0
    data: Path | None = None
    """Dataset file or folder for suites loaded from published formats."""


@dataclass(frozen=True)
class GenerateSummary:
    """What one invocation did."""

    requested: int
    """Pairs requested in this invocation."""
    skipped: int
    """Pairs already in the output file."""
    failed: int
    """Pairs recorded with an error."""


def _tasks(config: GenerateConfig) -> list[Task]:
    get_language(config.language)  # unknown language -> UnknownNameError with suggestions
    suite = load_statements(config.suite, config.data)
    for task_id in config.task_ids:
        suite.get(task_id)
    return [t for t in suite.tasks.values() if not config.task_ids or t.id in config.task_ids]


def load_statements(name: str, data: Path | None = None) -> Suite:
    """Load a suite for its statements: without generating cases when the loader can skip them."""
    loader = get_suite_loader(name)
    options: dict[str, object] = {"data": data} if data is not None else {}
    if "with_cases" in inspect.signature(loader).parameters:
        options["with_cases"] = False
    return loader(**options)


def _existing(config: GenerateConfig) -> set[tuple[str, int]]:
    """(task, sample index) pairs of this model and language already in the output file."""
    if not config.output.exists():
        return set()
    kept: list[str] = []
    done: set[tuple[str, int]] = set()
    lines = config.output.read_text().splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            if number == len(lines):  # torn last line of an interrupted run
                continue
            raise GenerateError(f"{config.output}:{number}: not valid JSON; fix or remove that line") from None
        if config.retry_errors and row.get("error"):
            continue
        kept.append(line)
        if row.get("model") == config.model and row.get("language") == config.language:
            done.add((str(row.get("task_id")), int(row.get("sample_id", 0))))
    rewritten = "".join(line + "\n" for line in kept)
    if rewritten != config.output.read_text():
        tmp = config.output.with_name(f".{config.output.name}.tmp")
        tmp.write_text(rewritten)
        os.replace(tmp, config.output)
    return done


def _line(config: GenerateConfig, task: Task, index: int, **fields: object) -> str:
    row = {"task_id": task.id, "language": config.language, "model": config.model, "sample_id": index}
    return json.dumps({**row, **fields}) + "\n"


async def generate_async(config: GenerateConfig, progress: Callable[[bool], None] | None = None,
                         on_plan: Callable[[int], None] | None = None) -> GenerateSummary:
    """Run the generation; `on_plan` gets the number of requests, `progress(ok)` is called per answer."""
    if config.n < 1 or config.concurrency < 1:
        raise GenerateError("-n and --concurrency must be at least 1")
    tasks = _tasks(config)
    done = _existing(config)
    todo = [(t, i) for t in tasks for i in range(config.n) if (t.id, i) not in done]
    if on_plan:
        on_plan(len(todo))
    key = os.environ.get(config.api_key_env) or None
    config.output.parent.mkdir(parents=True, exist_ok=True)
    gate = asyncio.Semaphore(config.concurrency)
    failures = 0
    prompts = {t.id: chat_messages(solve_prompt(t, config.language)) for t in tasks}

    async with ChatClient(config.base_url, config.model, key, retries=config.retries,
                          backoff_s=config.backoff_s, timeout_s=config.timeout_s) as client:
        with open(config.output, "a") as out:

            async def one(task: Task, index: int) -> None:
                nonlocal failures
                async with gate:
                    try:
                        reply = await client.complete(prompts[task.id], temperature=config.temperature,
                                                      max_tokens=config.max_tokens)
                    except ChatError as exc:
                        failures += 1
                        line = _line(config, task, index, solution="", usage={}, latency_s=None,
                                     finish_reason=None, attempts=exc.attempts, error=str(exc))
                        ok = False
                    else:
                        line = _line(config, task, index, solution=reply.text, usage=reply.usage,
                                     latency_s=round(reply.latency_s, 4), finish_reason=reply.finish_reason,
                                     attempts=reply.attempts)
                        ok = True
                out.write(line)  # one write per line from the event loop's thread: lines never interleave
                out.flush()
                if progress:
                    progress(ok)

            await asyncio.gather(*(one(t, i) for t, i in todo))
    return GenerateSummary(requested=len(todo), skipped=len(tasks) * config.n - len(todo), failed=failures)


def generate(config: GenerateConfig, progress: Callable[[bool], None] | None = None,
             on_plan: Callable[[int], None] | None = None) -> GenerateSummary:
    """Synchronous wrapper of `generate_async`."""
    return asyncio.run(generate_async(config, progress, on_plan))
