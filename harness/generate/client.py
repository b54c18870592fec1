"""A small asynchronous client for OpenAI-compatible chat completion endpoints.

Any server speaking `POST {base_url}/chat/completions` works: OpenAI, vLLM, SGLang, llama.cpp, TGI's
OpenAI route, LiteLLM. Only the fields every one of them implements are used (`model`, `messages`,
`temperature`, `max_tokens`; `choices[0].message.content`, `finish_reason`, `usage`).

Retry policy: rate limits (429), server errors (5xx) and transport failures (timeouts, refused or
dropped connections) are retried with exponential backoff and jitter, `backoff_s * 2**attempt` scaled
by a random factor in [0.5, 1.5) and capped at `max_backoff_s`, so many concurrent workers hitting the
same limit do not retry in lock-step. A `Retry-After` header (seconds or an HTTP date) overrides the
computed delay, capped the same way. Other 4xx answers (bad model name, bad key, context too long) are
the caller's to fix and fail at once. The retry loop is tenacity's (`AsyncRetrying`); effx supplies only
the wait (jittered backoff, or the server's `Retry-After`) and what counts as retryable.
"""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type, stop_after_attempt

RETRY_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
"""HTTP statuses worth retrying: timeouts, rate limits, conflicts of a busy server, and server errors."""


class ChatError(RuntimeError):
    """A request that failed for good (after retries, or at once for errors retrying cannot fix)."""

    def __init__(self, message: str, *, status: int | None = None, attempts: int = 1):
        super().__init__(message)
        self.status = status
        """HTTP status of the last answer, or None for transport failures."""
        self.attempts = attempts
        """How many requests were made."""


class _Retryable(Exception):
    """One failed attempt worth retrying: a transport failure or a status in RETRY_STATUSES."""

    def __init__(self, message: str, status: int | None, retry_after: float | None):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after
        """Seconds the server asked us to wait (its `Retry-After`), or None."""


@dataclass(frozen=True)
class ChatReply:
    """One completion."""

    text: str
    """The assistant message's content."""
    finish_reason: str | None
    """Why generation stopped (`stop`, `length`, ...), as reported by the server."""
    usage: dict[str, Any] = field(default_factory=dict)
    """Token counts as reported by the server (`prompt_tokens`, `completion_tokens`, ...)."""
    latency_s: float = 0.0
    """Seconds from the first request to the final answer, retries and waits included."""
    attempts: int = 1
    """Requests made, 1 when the first succeeded."""


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Parse a `Retry-After` header: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def backoff_delay(attempt: int, base_s: float, cap_s: float, rng: random.Random) -> float:
    """Exponential backoff with jitter for retry number `attempt` (0-based)."""
    return min(cap_s, base_s * (2**attempt)) * (0.5 + rng.random())


class ChatClient:
    """Chat completions against one endpoint and model, with retries.

    Args:
        base_url: API root, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:8000/v1`.
        model: model name sent with every request.
        api_key: bearer token; None sends no Authorization header (local servers).
        retries: retries after the first attempt for retryable failures.
        timeout_s: per-request timeout (generation of long answers can take minutes).
        backoff_s: first backoff delay; doubles per retry.
        max_backoff_s: cap of any single wait, including one asked for by `Retry-After`.
        seed: seed of the jitter, for reproducible waits in tests.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        *,
        retries: int = 5,
        timeout_s: float = 300.0,
        backoff_s: float = 1.0,
        max_backoff_s: float = 60.0,
        seed: int | None = None,
    ) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.AsyncClient(base_url=base_url.rstrip("/") + "/", headers=headers,
                                       timeout=httpx.Timeout(timeout_s, connect=min(30.0, timeout_s)))
        self.model = model
        self.retries = retries
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self._rng = random.Random(seed)

    async def __aenter__(self) -> ChatClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def complete(
        self, messages: list[dict[str, str]], *, temperature: float = 0.0, max_tokens: int | None = None
    ) -> ChatReply:
        """One chat completion; raises ChatError when it cannot be had."""
        body: dict[str, Any] = {"model": self.model, "messages": messages, "temperature": temperature}
        if max_tokens is not None:
            body["max_tokens"] = max_tokens
        started = time.perf_counter()
        attempts = 0

        async def attempt() -> ChatReply:
            nonlocal attempts
            attempts += 1
            try:
                response = await self._http.post("chat/completions", json=body)
            except httpx.TransportError as exc:  # timeouts, refused and dropped connections
                raise _Retryable(f"{type(exc).__name__}: {exc}".rstrip(": "), None, None) from exc
            if response.status_code == 200:
                return self._reply(response, started, attempts)
            last = f"HTTP {response.status_code}: {response.text[:300]}"
            if response.status_code not in RETRY_STATUSES:
                raise ChatError(f"{last} (not retried: fix the request, model name or API key)",
                                status=response.status_code, attempts=attempts)
            raise _Retryable(last, response.status_code, retry_after_seconds(response.headers.get("retry-after")))

        retrying = AsyncRetrying(stop=stop_after_attempt(self.retries + 1), wait=self._wait,
                                 retry=retry_if_exception_type(_Retryable), reraise=True)
        try:
            return await retrying(attempt)
        except _Retryable as exc:
            raise ChatError(f"gave up after {attempts} attempts; last error: {exc}", status=exc.status,
                            attempts=attempts) from None

    def _wait(self, state: RetryCallState) -> float:
        """Seconds before the next attempt: the server's `Retry-After`, else jittered backoff; capped."""
        failure = state.outcome.exception() if state.outcome else None
        asked = failure.retry_after if isinstance(failure, _Retryable) else None
        if asked is None:
            asked = backoff_delay(state.attempt_number - 1, self.backoff_s, self.max_backoff_s, self._rng)
        return min(asked, self.max_backoff_s)

    def _reply(self, response: httpx.Response, started: float, attempts: int) -> ChatReply:
        try:
            data = response.json()
            choice = data["choices"][0]
            text = choice["message"]["content"] or ""
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise ChatError(f"malformed completion from the server ({type(exc).__name__}: {exc}): "
                            f"{response.text[:300]}", status=response.status_code, attempts=attempts) from None
        usage = data.get("usage") or {}
        return ChatReply(text=text, finish_reason=choice.get("finish_reason"),
                         usage=usage if isinstance(usage, dict) else {},
                         latency_s=time.perf_counter() - started, attempts=attempts)
