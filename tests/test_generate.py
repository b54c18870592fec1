"""`effx generate` against a real HTTP server on loopback that plays an OpenAI-compatible model.

The stand-in's behaviour is chosen by the model name in the request, so one server covers good
answers, answers without code, code in the wrong language, endless loops, rate limits, server errors
and malformed JSON. Answers are then judged by the real measurement layer and toolchains.
"""

from __future__ import annotations

import email.utils
import json
import random
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import typer
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from typer.testing import CliRunner

from effx.cli.model_commands import register
from effx.generate.client import ChatClient, ChatError, backoff_delay, retry_after_seconds
from effx.generate.loop import GenerateConfig, generate
from effx.generate.prompts import solve_prompt, stub_for
from effx.orchestrate.samples import read_samples
from effx.serve.background import BackgroundServer

HASHMAP = """Use a hash map from value to index.

```python
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for j, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], j]
            seen[x] = j
```

This runs in O(n)."""

QUADRATIC = """```python
class Solution:
    def twoSum(self, nums, target):
        for i in range(len(nums)):
            if target - nums[i] in nums[i + 1:]:
                return [i, nums.index(target - nums[i], i + 1)]
```"""

WRONG = "```python\nclass Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n```"
PROSE = "I would walk the array once and remember every value's index in a dictionary."
CPP_FOR_PYTHON = ("```cpp\nclass Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n"
                  "        return {0, 1};\n    }\n};\n```")
ENDLESS = "```python\nclass Solution:\n    def twoSum(self, nums, target):\n        while True:\n            pass\n```"


class ScriptedModel:
    """An OpenAI-compatible chat endpoint whose answers are scripted by model name.

    Models: `good` (correct, with prose), `prose` (no code block), `wrong-language` (C++ for any
    request), `endless` (an infinite loop), `flaky` (HTTP 429 with Retry-After for the first two
    requests, then good), `patient` (HTTP 503 with `Retry-After: 1` for the first request, then good),
    `broken` (HTTP 500 always), `malformed` (200 without `choices`), `rejected`
    (HTTP 400), `improver` (quadratic first; for rewrite requests the hash map, then a wrong answer).
    Every request's body and headers are kept in `requests`.
    """

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.statuses: Counter[int] = Counter()
        self._lock = threading.Lock()
        self.app = FastAPI()
        self.app.post("/v1/chat/completions")(self.complete)

    def _reply(self, text: str, status: int = 200) -> JSONResponse:
        self.statuses[status] += 1
        body = {"id": "x", "object": "chat.completion", "model": "m",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 100, "completion_tokens": len(text) // 4, "total_tokens": 0}}
        return JSONResponse(body)

    def _error(self, status: int, headers: dict[str, str] | None = None) -> JSONResponse:
        self.statuses[status] += 1
        return JSONResponse({"error": {"message": f"scripted {status}"}}, status_code=status, headers=headers)

    async def complete(self, request: Request) -> JSONResponse:
        body = await request.json()
        with self._lock:
            self.requests.append({"body": body, "authorization": request.headers.get("authorization")})
            seen = sum(1 for r in self.requests if r["body"]["model"] == body["model"])
        model = body["model"]
        prompt = body["messages"][-1]["content"]
        rewrites = sum(1 for r in self.requests if r["body"]["model"] == model
                       and r["body"]["messages"][-1]["content"].startswith("Here is"))
        if model == "flaky":
            return self._error(429, {"Retry-After": "0"}) if seen <= 2 else self._reply(HASHMAP)
        if model == "patient":
            return self._error(503, {"Retry-After": "1"}) if seen == 1 else self._reply(HASHMAP)
        scripted = {"good": HASHMAP, "prose": PROSE, "wrong-language": CPP_FOR_PYTHON, "endless": ENDLESS}
        if model in scripted:
            return self._reply(scripted[model])
        if model == "broken":
            return self._error(500)
        if model == "rejected":
            return self._error(400)
        if model == "malformed":
            self.statuses[200] += 1
            return JSONResponse({"nope": True})
        if model == "improver":
            if not prompt.startswith("Here is"):
                return self._reply(QUADRATIC)
            return self._reply(HASHMAP if rewrites == 1 else WRONG)
        return self._error(404)

    def prompts(self, model: str) -> list[str]:
        return [r["body"]["messages"][-1]["content"] for r in self.requests if r["body"]["model"] == model]


@pytest.fixture(scope="module")
def scripted() -> Any:
    model = ScriptedModel()
    with BackgroundServer(model.app) as server:
        model.url = server.url + "/v1"  # type: ignore[attr-defined]
        yield model


def _config(scripted: Any, tmp_path: Path, model: str, **changes: Any) -> GenerateConfig:
    options: dict[str, Any] = dict(suite="core", language="python", model=model, base_url=scripted.url,
                                   output=tmp_path / "samples.jsonl", task_ids=("two_sum",), backoff_s=0.01,
                                   retries=3, api_key_env="EFFX_TEST_KEY")
    options.update(changes)
    return GenerateConfig(**options)


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_python_prompt_shows_a_class_solution_stub_typed_from_the_signature() -> None:
    from effx.rewards import load_task

    task = load_task("core", "two_sum")
    stub = stub_for(task, "python")
    assert stub.startswith("class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:")
    prompt = solve_prompt(task, "python")
    assert stub in prompt and "Two Sum" in prompt and "```python" in prompt


def test_cpp_stub_takes_containers_by_reference_like_leetcode() -> None:
    from effx.rewards import load_task

    assert "vector<int> twoSum(vector<int>& nums, int target)" in stub_for(load_task("core", "two_sum"), "cpp")


@pytest.mark.parametrize(("language", "signature"), [
    ("c", "int* twoSum(int* nums, int numsSize, int target, int* returnSize)"),
    ("java", "public int[] twoSum(int[] nums, int target)"),
    ("javascript", "var twoSum = function(nums, target)"),
    ("go", "func twoSum(nums []int, target int) []int"),
    ("rust", "pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>"),
    ("ruby", "def two_sum(nums, target)"),
])
def test_every_language_prompt_shows_its_plugins_stub(language: str, signature: str) -> None:
    from effx.rewards import load_task

    task = load_task("core", "two_sum")
    stub = stub_for(task, language)
    assert signature in stub
    assert stub in solve_prompt(task, language)


def test_stdio_tasks_and_plugins_without_stubs_get_no_starter_code(monkeypatch: pytest.MonkeyPatch) -> None:
    from effx.languages.interface import LanguagePlugin
    from effx.registry import get_language
    from effx.rewards import load_task

    assert stub_for(load_task("core", "stdio_max_subarray"), "python") == ""
    plugin = get_language("go")
    monkeypatch.setattr(type(plugin), "stub", LanguagePlugin.stub)
    assert stub_for(load_task("core", "two_sum"), "go") == ""


def test_generate_writes_one_samples_line_per_completion_readable_by_effx_run(
        scripted: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EFFX_TEST_KEY", "sk-test-123")
    config = _config(scripted, tmp_path, "good", n=2, task_ids=("two_sum", "connect_sticks"), temperature=0.7,
                     max_tokens=512)
    summary = generate(config)
    assert (summary.requested, summary.failed, summary.skipped) == (4, 0, 0)
    lines = _lines(config.output)
    assert sorted((row["task_id"], row["sample_id"]) for row in lines) == [
        ("connect_sticks", 0), ("connect_sticks", 1), ("two_sum", 0), ("two_sum", 1)]
    row = lines[0]
    assert row["model"] == "good" and row["language"] == "python" and row["finish_reason"] == "stop"
    assert row["usage"]["prompt_tokens"] == 100 and row["latency_s"] >= 0 and "error" not in row
    assert row["solution"] == HASHMAP
    sent = [r for r in scripted.requests if r["body"]["model"] == "good"]
    assert all(r["authorization"] == "Bearer sk-test-123" for r in sent)
    assert all(r["body"]["temperature"] == 0.7 and r["body"]["max_tokens"] == 512 for r in sent)
    samples = read_samples(config.output, known_tasks={"two_sum", "connect_sticks"}, known_languages={"python"})
    assert sorted(s.sample_id for s in samples if s.task_id == "two_sum") == [0, 1]  # written as they finish


def test_generate_resumes_by_skipping_pairs_already_in_the_file(scripted: Any, tmp_path: Path) -> None:
    config = _config(scripted, tmp_path, "good", n=2)
    generate(config)
    before = len(scripted.prompts("good"))
    summary = generate(_config(scripted, tmp_path, "good", n=3))
    assert (summary.requested, summary.skipped) == (1, 2)
    assert len(scripted.prompts("good")) == before + 1
    assert sorted(row["sample_id"] for row in _lines(config.output)) == [0, 1, 2]


def test_rate_limited_requests_are_retried_until_they_succeed(scripted: Any, tmp_path: Path) -> None:
    summary = generate(_config(scripted, tmp_path, "flaky", n=2, concurrency=1))
    assert summary.failed == 0
    rows = _lines(tmp_path / "samples.jsonl")
    assert all(row["solution"] == HASHMAP for row in rows)
    assert sum(row["attempts"] for row in rows) == 4  # two 429s were absorbed by retries
    assert len(scripted.prompts("flaky")) == 4


@pytest.mark.parametrize("model", ["broken", "malformed", "rejected"])
def test_a_request_that_keeps_failing_is_recorded_and_the_run_goes_on(
        scripted: Any, tmp_path: Path, model: str) -> None:
    config = _config(scripted, tmp_path, model, n=2, retries=2)
    summary = generate(config)
    assert (summary.requested, summary.failed) == (2, 2)
    rows = _lines(config.output)
    assert len(rows) == 2 and all(row["solution"] == "" and row["error"] for row in rows)
    expected_attempts = {"broken": 3, "malformed": 1, "rejected": 1}[model]
    assert all(row["attempts"] == expected_attempts for row in rows)
    assert {"broken": "HTTP 500", "malformed": "malformed", "rejected": "not retried"}[model] in rows[0]["error"]


def test_retry_errors_drops_failed_lines_and_asks_again(scripted: Any, tmp_path: Path) -> None:
    output = tmp_path / "samples.jsonl"
    generate(_config(scripted, tmp_path, "broken", retries=0, output=output))
    assert generate(_config(scripted, tmp_path, "broken", retries=0, output=output)).requested == 0
    summary = generate(_config(scripted, tmp_path, "broken", retries=0, output=output, retry_errors=True))
    assert summary.requested == 1 and len(_lines(output)) == 1


def test_retry_after_accepts_seconds_and_http_dates_and_backoff_grows() -> None:
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds(None) is None and retry_after_seconds("soon") is None
    now = time.time()
    assert 9 <= (retry_after_seconds(email.utils.formatdate(now + 10, usegmt=True), now=now) or 0) <= 11
    rng = random.Random(0)
    delays = [backoff_delay(attempt, 1.0, 60.0, rng) for attempt in range(5)]
    assert delays[0] < 1.5 and delays[4] >= 8.0 and max(delays) <= 90.0


def test_client_gives_up_after_the_configured_retries(scripted: Any) -> None:
    import asyncio

    async def ask() -> None:
        async with ChatClient(scripted.url, "broken", retries=1, backoff_s=0.01) as client:
            await client.complete([{"role": "user", "content": "hi"}])

    with pytest.raises(ChatError, match="gave up after 2 attempts"):
        asyncio.run(ask())


def test_retry_after_is_honoured_over_the_backoff_and_capped(scripted: Any) -> None:
    import asyncio

    async def ask(cap_s: float) -> tuple[float, int]:
        async with ChatClient(scripted.url, "patient", retries=3, backoff_s=0.001, max_backoff_s=cap_s) as client:
            started = time.monotonic()
            reply = await client.complete([{"role": "user", "content": "hi"}])
            return time.monotonic() - started, reply.attempts

    waited, attempts = asyncio.run(ask(60.0))
    assert attempts == 2 and waited >= 0.95  # the server's one second, not the 1 ms backoff
    scripted.requests.clear()
    waited, attempts = asyncio.run(ask(0.2))
    assert attempts == 2 and waited < 0.9  # a Retry-After longer than max_backoff_s is capped


def test_malformed_answers_get_failing_verdicts_from_the_real_toolchain(scripted: Any, tmp_path: Path) -> None:
    from effx.measure.protocol import Job, measure_task
    from effx.rewards import default_sandbox, load_task, prepare_task

    output = tmp_path / "samples.jsonl"
    for model in ("prose", "wrong-language", "endless", "good"):
        generate(_config(scripted, tmp_path, model, output=output))
    task = load_task("core", "two_sum").model_copy(update={"time_limit_s": 2.0})
    prepare_task(task, default_sandbox())
    jobs = [Job(s.task_id, s.language, s.solution, s.model, s.sample_id or 0) for s in read_samples(output)]
    verdicts = {r.model: r.status.value for r in measure_task(task, jobs, default_sandbox(), repeat=1)}
    assert verdicts["good"] == "ok"
    assert verdicts["endless"] == "timeout"
    assert verdicts["prose"] in ("compile_error", "invalid_solution")
    assert verdicts["wrong-language"] in ("compile_error", "invalid_solution")


def test_cli_generate_reports_counts_and_names_unknown_languages(scripted: Any, tmp_path: Path) -> None:
    app = typer.Typer()
    register(app)
    output = tmp_path / "out.jsonl"
    args = ["generate", "--suite", "core", "--lang", "python", "--model", "good", "--base-url", scripted.url,
            "--task", "two_sum", "-n", "2", "-o", str(output)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "2 requested, 0 failed, 0 already" in result.output
    bad = CliRunner().invoke(app, [*args[:4], "pyhton", *args[5:]])
    assert bad.exit_code == 2 and "Did you mean python" in bad.output


def _generate_args(scripted: Any, output: Path) -> list[str]:
    return ["effx", "generate", "--suite", "core", "--lang", "python", "--model", "good", "--base-url",
            scripted.url, "--task", "two_sum", "--samples", "2", "-o", str(output)]


def test_cli_generate_writes_no_bar_into_a_pipe(scripted: Any, tmp_path: Path) -> None:
    import subprocess

    done = subprocess.run(_generate_args(scripted, tmp_path / "out.jsonl"), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "━" not in done.stderr and "\x1b[" not in done.stderr  # no bar, no cursor movement
    assert "generate good: 2/2 after " in done.stderr and done.stderr.rstrip().endswith("ok=2")


def test_cli_generate_draws_a_bar_with_an_eta_on_a_terminal(scripted: Any, tmp_path: Path) -> None:
    import os
    import pty
    import subprocess

    main, secondary = pty.openpty()
    process = subprocess.Popen(_generate_args(scripted, tmp_path / "out.jsonl"), stdin=secondary,
                               stdout=secondary, stderr=secondary, env={**os.environ, "COLUMNS": "160"})
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    assert process.wait(timeout=120) == 0
    screen = b"".join(chunks).decode(errors="replace")
    assert "━" in screen and "2/2" in screen and "eta" in screen
