"""The judge as one object: database, problems, evaluator, workers, rate limits, and submission intake.

`Arena.submit` is the one way in, for the API and the web form alike: every check (key, rate, size,
problem, language, quota) happens before anything is written, and a refused submission raises `Rejected`
with the HTTP status and the message to answer with.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from effx.arena import keys, queue
from effx.arena.config import JudgeConfig
from effx.arena.db import JudgeDB
from effx.arena.evaluate import Evaluator
from effx.arena.problems import Catalogue, UnknownProblemError, load_catalogue
from effx.arena.ratelimit import TokenBuckets
from effx.arena.workers import WorkerPool
from effx.sandbox.base import Sandbox


@dataclass
class Rejected(Exception):
    """A refused request: HTTP status, message, extra headers."""

    status: int
    detail: str
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.detail


UNAUTHORIZED = "missing or wrong API key: send `Authorization: Bearer <key>` (create one with `effx judge keys create`)"
MAX_MODEL_CHARS = 255


class Arena:
    """Everything one judge server holds.

    Args:
        config: how it runs.
        sandbox: where programs run (default: the configured backend, created now); with
            `config.executor == "ray"` the Ray tasks open `config.sandbox` on their nodes instead.
        catalogue: the problems (default: loaded from `config.suites`).
        clock: wall-clock seconds for the database (tests move it to expire leases).
    """

    def __init__(self, config: JudgeConfig, *, sandbox: Sandbox | None = None, catalogue: Catalogue | None = None,
                 clock: Any = time.time) -> None:
        self.config = config
        self.db = JudgeDB(config.db, clock)
        self.catalogue = catalogue if catalogue is not None else load_catalogue(config.suites, config.languages)
        if sandbox is None:
            from effx.sandbox import get_sandbox

            sandbox = get_sandbox(config.sandbox)
        measurer = None
        if config.executor == "ray":
            from effx.arena.measurers import RayMeasurer

            measurer = RayMeasurer(config.sandbox, config.ray_address, num_cpus=config.workers or None)
        elif config.executor != "local":
            raise ValueError(f"unknown executor {config.executor!r}: use local or ray")
        self.evaluator = Evaluator(self.db, self.catalogue, sandbox, config.repeat, measurer)
        self.pool = WorkerPool(self.db, self.evaluator, config)
        self.buckets = TokenBuckets(config.rate_per_s, config.burst)

    def start(self) -> Arena:
        """Start the judging threads."""
        self.pool.start()
        return self

    def stop(self) -> None:
        """Stop the judging threads and release the database."""
        self.pool.stop()
        self.db.close()

    def authenticate(self, authorization: str | None) -> keys.KeyInfo:
        """The key of an `Authorization: Bearer` header, or Rejected(401)."""
        key = keys.bearer(authorization)
        info = keys.lookup(self.db, key) if key else None
        if info is None:
            raise Rejected(401, UNAUTHORIZED, {"WWW-Authenticate": "Bearer"})
        return info

    def throttle(self, key: keys.KeyInfo) -> None:
        """Take a token from the key's bucket, or Rejected(429) with Retry-After."""
        wait = self.buckets.take(key.key_id)
        if wait is not None:
            raise Rejected(429, f"too many submissions from key {key.key_id}: retry in {wait} s",
                           {"Retry-After": str(wait)})

    def submit(self, key: keys.KeyInfo, *, problem: str, language: str, code: str, model: str) -> int:
        """Validate and queue a submission (already authenticated and throttled); returns its id."""
        size = len(code.encode("utf-8", "surrogatepass"))
        if size > self.config.max_code_bytes:
            raise Rejected(413, f"code too large: {size} bytes, the limit is {self.config.max_code_bytes} bytes")
        if not code.strip():
            raise Rejected(422, "code is empty")
        model = model.strip()
        if not model or len(model) > MAX_MODEL_CHARS:
            raise Rejected(422, f"model must be a non-empty name of at most {MAX_MODEL_CHARS} characters")
        try:
            found = self.catalogue.get(problem)
        except UnknownProblemError as exc:
            raise Rejected(404, str(exc)) from None
        if language not in found.languages:
            raise Rejected(422, f"problem {problem!r} is not offered in {language!r}; "
                                f"its languages: {', '.join(found.languages)}")
        waiting = queue.queued_for(self.db, key.key_id)
        if waiting >= self.config.max_queued_per_key:
            raise Rejected(429, f"key {key.key_id} has {waiting} submissions waiting, the quota is "
                                f"{self.config.max_queued_per_key}: retry when some are judged", {"Retry-After": "30"})
        submission_id = queue.enqueue(self.db, key_id=key.key_id, suite=found.suite, problem=found.id,
                                      language=language, model=model, code=code)
        self.pool.wake()
        return submission_id
