"""How the judge runs: its database, suites, workers, measurement and the limits on submitters."""

from __future__ import annotations

from dataclasses import dataclass

EXECUTORS = ("local", "ray")
"""Where the judge's measurements may run."""
BASE_POINTS = {"easy": 3.0, "medium": 5.0, "hard": 8.0}
"""A problem's base points (BPS in Dynamic Points) by difficulty; the seed's table uses 3 and 5."""


class UnknownSuiteError(ValueError):
    """A suite name the registry does not know, or suites whose problem ids clash."""


@dataclass(frozen=True)
class JudgeConfig:
    """Everything `effx judge serve` is told; defaults suit one machine and a handful of submitters."""

    db: str = "judge.db"
    """SQLite file path or SQLAlchemy URL of the judge's tables."""
    suites: tuple[str, ...] = ("core",)
    """Suites whose tasks are the problems (ids must not clash)."""
    workers: int = 1
    """Judging threads in the server process; 0 serves pages and the API without judging."""
    repeat: int = 3
    """Measured runs per submission (and per reference) after one warm-up."""
    sandbox: str = "local"
    """Sandbox backend the submissions run in."""
    languages: tuple[str, ...] | None = None
    """Languages offered; None: every language with references whose toolchain is installed."""
    lease_s: float = 60.0
    """How long a claim on a submission lasts without a heartbeat; a worker renews it every third of it."""
    max_attempts: int = 3
    """Claims of one submission before it is given up as a sandbox error (a program that kills workers)."""
    max_code_bytes: int = 64 * 1024
    """Largest submission (UTF-8 bytes); larger ones get 413."""
    rate_per_s: float = 1.0
    """Submissions per second one key may sustain (token bucket refill)."""
    burst: int = 20
    """Submissions one key may send at once (token bucket size); more get 429 with Retry-After."""
    max_queued_per_key: int = 500
    """Submissions of one key waiting at once (a quota); more get 429."""
    poll_s: float = 0.5
    """How often an idle worker looks for work submitted by another process."""
    executor: str = "local"
    """Where measurements run: `local` (the judging threads) or `ray` (a Ray task per measurement, the
    threads keeping the queue); see `effx.arena.measurers`."""
    ray_address: str | None = None
    """The Ray cluster of `executor="ray"`; None starts a local Ray with `workers` CPUs."""

    @property
    def max_body_bytes(self) -> int:
        """Largest request body read: the code escaped into JSON (at most 6 bytes a byte) plus room."""
        return 6 * self.max_code_bytes + 16 * 1024
