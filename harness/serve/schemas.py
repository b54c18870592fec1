"""Request and response bodies of the scoring server (they are also its OpenAPI schema)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_CODE_CHARS = 512 * 1024
MAX_STDIN_CHARS = 16 * 1024 * 1024


class ExecuteRequest(BaseModel):
    """Run one program as a stdio program: compile it if its language needs it, feed stdin, measure."""

    model_config = ConfigDict(extra="forbid")

    language: str = Field(min_length=1, max_length=64)
    """Language plugin name (`python`, `cpp`, `c`, `rust`, ...)."""
    code: str = Field(min_length=1, max_length=MAX_CODE_CHARS)
    """The whole program; it reads stdin and writes stdout."""
    stdin: str = Field(default="", max_length=MAX_STDIN_CHARS)
    """Standard input."""
    timeout_s: float = Field(default=10.0, gt=0, le=120)
    """Wall-clock limit; the whole process group is killed when it passes."""
    memory_mb: int = Field(default=1024, ge=16, le=8192)
    """Memory limit."""


class ExecuteResponse(BaseModel):
    """What the program did, as measured by the launcher."""

    status: str
    """ok, compile_error, runtime_error, timeout, memory_limit, output_limit or sandbox_error. Outputs are
    not checked here, so there is no wrong_answer."""
    stdout: str
    """Standard output (decoded as UTF-8, invalid bytes replaced)."""
    stderr: str
    """The last few KB of standard error, or the compiler's message on compile_error."""
    exit_code: int | None
    """Exit code, None when killed by a signal or never started."""
    wall_ms: float | None
    """Wall time of the run (start-up included)."""
    cpu_ms: float | None
    """User + system CPU time."""
    peak_rss_kb: int | None
    """Peak resident memory."""
    mem_integral_mb_s: float | None
    """Resident memory integrated over the run, MB*s."""
    compile_ms: float | None = None
    """Compile time; 0 when the compiled program came from the cache, None for interpreted languages."""


class ScoreRequest(BaseModel):
    """Judge one model answer on a suite task: correctness, efficiency against the references, reward."""

    model_config = ConfigDict(extra="forbid")

    suite: str = Field(default="core", min_length=1, max_length=128)
    """Suite name (see `effx suites`)."""
    task_id: str = Field(min_length=1, max_length=256)
    """Task id within the suite."""
    language: str = Field(min_length=1, max_length=64)
    """Language plugin name."""
    completion: str = Field(max_length=MAX_CODE_CHARS)
    """The model's answer: plain code, Markdown with a fenced block, or `<thinking>..<solution>..`."""
    baseline: str | None = Field(default=None, max_length=MAX_CODE_CHARS)
    """Code of the program the answer rewrites (Afterburner's base solution); measured once and cached."""
    objective: Literal["time", "memory", "integral"] = "time"
    """Measure the reward's efficiency term uses."""


class ScoreResponse(BaseModel):
    """The verdict, the measurement and the scores of one answer."""

    status: str
    """Verdict (ok, wrong_answer, compile_error, runtime_error, timeout, ...)."""
    passed: bool
    """True when every test case produced the expected output."""
    message: str
    """Compiler message, stderr tail or the first failing case."""
    runtime_ms: float | None
    """Median time inside the solution calls."""
    cpu_ms: float | None
    """Median CPU time of the process."""
    peak_rss_kb: int | None
    """Median peak resident memory."""
    mem_integral_mb_s: float | None
    """Median memory integral, MB*s."""
    beyond: float | None
    """Mercury Beyond on runtime against the task's passing references in this language (0 when failing);
    None when the task has none."""
    reward: float
    """Afterburner GRPO reward (`0.5 * improvement + 0.2 * format`)."""
    improvement: float
    """Afterburner's pass term plus the squashed saving over the baseline."""
    format: float
    """1.0 when the answer is one `<thinking>` block followed by one `<solution>` block."""
    baseline_status: str | None
    """Verdict of the baseline, when one was given."""
    reference_runtimes_ms: list[float]
    """Runtimes of the passing references Beyond compares against (measured once per server)."""


class Health(BaseModel):
    """Liveness and load."""

    status: Literal["ok"] = "ok"
    concurrency: int
    """Measurements allowed at once."""
    max_queue: int
    """Requests allowed to wait for a slot."""
    running: int
    """Measurements running now."""
    waiting: int
    """Requests waiting for a slot now."""
    peak_running: int
    """Most measurements that ever ran at once."""
    served: int
    """Requests measured since start."""
    rejected: int
    """Requests refused with 503 since start."""
    sandbox: str
    """Sandbox backend and isolation mode."""
