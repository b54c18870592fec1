"""The scoring server's FastAPI application: authentication, admission, and the three routes.

Handlers validate everything cheap (auth, body, language, suite, task) before a request takes a place
in the queue, then run the measurement on a worker thread inside a `Gate` slot, so the event loop stays
free to answer `/health` and to refuse excess load while programs run. A measuring request without the
token, or with a body over `MAX_BODY_BYTES`, is refused before its body is read (`_Guard`).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, TypeVar

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from effx.models import Limits, RunResult, Status, Task, TestCase
from effx.registry import UnknownNameError, get_language, suite_names, unknown
from effx.sandbox.base import Sandbox
from effx.serve.gate import Gate, QueueFull
from effx.serve.schemas import (
    MAX_CODE_CHARS,
    MAX_STDIN_CHARS,
    ExecuteRequest,
    ExecuteResponse,
    Health,
    ScoreRequest,
    ScoreResponse,
)

T = TypeVar("T")
MAX_OUTPUT_BYTES = 8 * 1024 * 1024
"""Largest stdout /execute returns; a program writing more ends with output_limit."""
MAX_BODY_BYTES = 2 * (MAX_STDIN_CHARS + 2 * MAX_CODE_CHARS) + 64 * 1024
"""Largest request body: the longest fields a request may hold, each character escaped into at most two
bytes (a newline is `\\n`), plus room for the rest. Anything larger is refused with 413 unread, so one
request cannot make the server parse (and hold) an arbitrary amount of JSON."""
MEASURING_ROUTES = frozenset({"/execute", "/score"})
"""Routes that need the bearer token."""
ECHO_CHARS = 200
"""Longest offending input a 422 answer quotes back."""


@dataclass(frozen=True)
class ServeConfig:
    """How the server runs."""

    token: str | None
    """Bearer token every measuring request must carry; None disables authentication (loopback testing)."""
    concurrency: int = 2
    """Measurements at once; each gets its own core when there are enough."""
    max_queue: int = 64
    """Requests that may wait for a slot before new ones are refused with 503."""
    repeat: int = 3
    """Measured runs per solution (after one warm-up) for /score."""
    sandbox: str = "local"
    """Sandbox backend."""


def _cores() -> list[int]:
    try:
        return sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return []


class Judge:
    """The measuring side of the server: one sandbox, and caches of reference and baseline measurements.

    References are measured once per (suite, task, language) at the first request that needs them, not
    interleaved with every answer as `effx run` does: a server scoring thousands of rollouts cannot pay
    for the references each time. Restart the server to re-measure them.
    """

    def __init__(self, config: ServeConfig, sandbox: Sandbox | None = None) -> None:
        from effx.sandbox import get_sandbox

        self.config = config
        self.sandbox = sandbox or get_sandbox(config.sandbox)
        self._references: dict[tuple[str, str, str], list[RunResult]] = {}
        self._baselines: dict[tuple[str, str, str, str], RunResult] = {}
        self._lock = threading.Lock()
        self._cores = _cores()

    def cpu_for(self, slot: int) -> int | None:
        """Core for a slot: the last cores first, away from core 0's interrupts; None when slots share."""
        if len(self._cores) < self.config.concurrency:
            return None
        return self._cores[-1 - slot]

    def execute(self, request: ExecuteRequest, slot: int) -> ExecuteResponse:
        from effx.measure.verdict import failure as run_failure

        task = Task(id="execute", title="execute", mode="stdio", time_limit_s=request.timeout_s,
                    memory_limit_mb=request.memory_mb, cases=[TestCase(input=request.stdin)])
        program = get_language(request.language).render(task, request.code)
        compiled = self.sandbox.compile(program)
        compile_ms = compiled.seconds * 1000 if program.compile_argv else None
        if not compiled.ok:
            status = Status.sandbox_error if compiled.sandbox_error else Status.compile_error
            return ExecuteResponse(status=status.value, stdout="", stderr=compiled.sandbox_error or compiled.message,
                                   exit_code=None, wall_ms=None, cpu_ms=None, peak_rss_kb=None,
                                   mem_integral_mb_s=None, compile_ms=compile_ms)
        limits = Limits(wall_s=request.timeout_s, cpu_s=request.timeout_s + 1, memory_mb=request.memory_mb,
                        output_bytes=MAX_OUTPUT_BYTES)
        ex = self.sandbox.run(program, compiled, limits=limits, stdin=request.stdin.encode(),
                              cpu=self.cpu_for(slot))
        failure = run_failure(ex, limits)
        return ExecuteResponse(
            status=(failure.status if failure else Status.ok).value, stdout=ex.stdout.decode("utf-8", "replace"),
            stderr=ex.sandbox_error or ex.stderr_tail, exit_code=ex.exit_code, wall_ms=ex.wall_ms,
            cpu_ms=ex.cpu_ms, peak_rss_kb=ex.peak_rss_kb, mem_integral_mb_s=ex.mem_integral_mb_s,
            compile_ms=compile_ms,
        )

    def _reference_results(self, suite: str, task: Task, language: str, cpu: int | None) -> list[RunResult]:
        from effx.measure.protocol import Job, measure_task
        from effx.rewards import prepare_task

        key = (suite, task.id, language)
        with self._lock:
            cached = self._references.get(key)
        if cached is not None:
            return cached
        jobs = [Job(task.id, language, ref.code, "reference", index, "reference", ref.name)
                for index, ref in enumerate(task.references_for(language))]
        results: list[RunResult] = []
        if jobs:
            prepare_task(task, self.sandbox)
            results = measure_task(task, jobs, self.sandbox, repeat=self.config.repeat, cpu=cpu, remeasure=0)
        with self._lock:
            self._references[key] = results
        return results

    def _baseline(self, suite: str, task: Task, language: str, code: str, cpu: int | None) -> RunResult:
        from effx.rewards import measure_completion

        key = (suite, task.id, language, hashlib.sha256(code.encode()).hexdigest())
        with self._lock:
            cached = self._baselines.get(key)
        if cached is None:
            cached, _ = measure_completion(task, code, language=language, sandbox=self.sandbox,
                                           repeat=self.config.repeat, model="baseline", cpu=cpu)
            with self._lock:
                self._baselines[key] = cached
        return cached

    def score(self, request: ScoreRequest, task: Task, slot: int) -> ScoreResponse:
        from effx.rewards import afterburner_reward
        from effx.scoring.mercury import beyond

        cpu = self.cpu_for(slot)
        references = self._reference_results(request.suite, task, request.language, cpu)
        baseline = (self._baseline(request.suite, task, request.language, request.baseline, cpu)
                    if request.baseline else None)
        reward = afterburner_reward(task, baseline, request.completion, language=request.language,
                                    objective=request.objective, sandbox=self.sandbox,
                                    repeat=self.config.repeat)
        result = reward.result
        runtimes = [r.runtime_ms for r in references if r.passed and r.runtime_ms is not None]
        return ScoreResponse(
            status=result.status.value, passed=result.passed, message=result.message,
            runtime_ms=result.runtime_ms, cpu_ms=result.cpu_ms, peak_rss_kb=result.peak_rss_kb,
            mem_integral_mb_s=result.mem_integral_mb_s,
            beyond=beyond(result.runtime_ms, runtimes, passed=result.passed) if runtimes else None,
            reward=reward.reward, improvement=reward.improvement, format=reward.format,
            baseline_status=baseline.status.value if baseline else None, reference_runtimes_ms=runtimes,
        )


UNAUTHORIZED = "missing or wrong bearer token: send `Authorization: Bearer <token>`"


def _token_ok(token: str | None, authorization: str | None) -> bool:
    if token is None:
        return True
    scheme, _, given = (authorization or "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def _authorizer(token: str | None) -> Callable[..., None]:
    def authorize(authorization: Annotated[str | None, Header()] = None) -> None:
        if not _token_ok(token, authorization):
            raise HTTPException(401, UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"})

    return authorize


class _Guard:
    """ASGI middleware refusing a request before its body is read: 401 without the token on a measuring
    route (whatever the body holds), 413 for a body over `max_body` bytes, announced or streamed."""

    def __init__(self, app: ASGIApp, token: str | None, max_body: int) -> None:
        self.app, self.token, self.max_body = app, token, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if scope["path"] in MEASURING_ROUTES and not _token_ok(self.token, headers.get("authorization")):
            await JSONResponse({"detail": UNAUTHORIZED}, 401, {"WWW-Authenticate": "Bearer"})(scope, receive, send)
            return
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_body:
            await JSONResponse({"detail": self._too_large(f"{length} bytes")}, 413)(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:  # a chunked body announces no length: count it as it arrives
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise HTTPException(413, self._too_large(f"more than {self.max_body} bytes"))
            return message

        await self.app(scope, counted, send)

    def _too_large(self, size: str) -> str:
        return f"request body too large: {size}, the limit is {self.max_body} bytes"


def _clip(value: object, depth: int = 0) -> object:
    """`value` with long strings cut short, for quoting a rejected input back without resending it whole."""
    if isinstance(value, str) and len(value) > ECHO_CHARS:
        return f"{value[:ECHO_CHARS]}... ({len(value)} characters)"
    if isinstance(value, dict | list) and depth >= 3:
        return "..."
    if isinstance(value, dict):
        return {k: _clip(v, depth + 1) for k, v in list(value.items())[:20]}
    if isinstance(value, list):
        return [_clip(v, depth + 1) for v in value[:20]]
    return value


def create_app(config: ServeConfig, sandbox: Sandbox | None = None) -> FastAPI:
    """The FastAPI application for `config` (the sandbox is created now, so start-up fails early)."""
    from effx.serve import API_DOC

    judge = Judge(config, sandbox)
    gate = Gate(config.concurrency, config.max_queue)
    app = FastAPI(title="effx serve", description=API_DOC, version="1")
    app.state.gate = gate
    app.state.judge = judge
    app.add_middleware(_Guard, token=config.token, max_body=MAX_BODY_BYTES)
    auth = [Depends(_authorizer(config.token))]

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI quotes each offending input back: a 16 MB stdin one character too long would return whole.
        errors = [{**error, "input": _clip(error.get("input"))} if "input" in error else error
                  for error in exc.errors()]
        return JSONResponse({"detail": jsonable_encoder(errors)}, 422)

    async def admitted(work: Callable[[int], T]) -> T:
        try:
            async with gate.slot() as slot:
                return await asyncio.to_thread(work, slot)
        except QueueFull as exc:
            raise HTTPException(503, f"server busy: {exc}; retry later",
                                headers={"Retry-After": str(gate.retry_after_s())}) from None

    def language_or_400(name: str) -> None:
        try:
            get_language(name)
        except UnknownNameError as exc:
            raise HTTPException(400, str(exc).strip("'\"")) from None

    @app.get("/health", response_model=Health)
    async def health() -> Health:
        """Liveness and current load (no authentication)."""
        return Health(concurrency=gate.concurrency, max_queue=gate.max_queue, running=gate.running,
                      waiting=gate.waiting, peak_running=gate.peak_running, served=gate.served,
                      rejected=gate.rejected,
                      sandbox=getattr(judge.sandbox, "description", judge.sandbox.name))

    @app.post("/execute", response_model=ExecuteResponse, dependencies=auth)
    async def execute(request: ExecuteRequest) -> ExecuteResponse:
        """Compile and run one stdio program under limits and measure it."""
        language_or_400(request.language)
        return await admitted(lambda slot: judge.execute(request, slot))

    @app.post("/score", response_model=ScoreResponse, dependencies=auth)
    async def score(request: ScoreRequest) -> ScoreResponse:
        """Judge a model answer on a suite task: verdict, runtime, Beyond and Afterburner reward."""
        from effx.rewards import load_task
        from effx.tasks.suite import SuiteError

        language_or_400(request.language)
        if request.suite not in suite_names():
            raise HTTPException(400, str(unknown("suite", request.suite, suite_names())).strip("'\""))
        try:
            task = await asyncio.to_thread(load_task, request.suite, request.task_id)
        except UnknownNameError as exc:
            raise HTTPException(404, str(exc).strip("'\"")) from None
        except SuiteError as exc:
            raise HTTPException(400, f"suite {request.suite!r} cannot be loaded: {exc}") from None
        return await admitted(lambda slot: judge.score(request, task, slot))

    return app
