"""The JSON bodies of the judge's API (pydantic), as the OpenAPI document at /v1/openapi.json shows them."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ProblemSummary(BaseModel):
    """A problem as listed."""

    id: str
    suite: str
    title: str
    difficulty: str
    tags: list[str]
    base_points: float = Field(description="BPS of Dynamic Points, split among the models that solve it.")
    time_limit_s: float
    memory_limit_mb: int
    languages: list[str]
    signatures: dict[str, str] = Field(description="language -> starter code (the language plugin's stub); "
                                       "empty for a stdio problem, whose program reads stdin and writes stdout.")


class Problem(ProblemSummary):
    """A problem with its statement."""

    statement: str = Field(description="Markdown.")
    mode: str = Field(description="function (the driver calls the signature) or stdio.")


class SubmissionIn(BaseModel):
    """A submission."""

    problem: str
    language: str
    code: str
    model: str = Field(description="Who wrote the code (a model name); the leaderboard ranks by it.")


class Queued(BaseModel):
    """A submission accepted into the queue (202)."""

    id: int
    status: str = "queued"
    url: str = Field(description="Where to poll its status.")


class Submission(BaseModel):
    """A submission and, once judged, its verdict."""

    id: int
    key_id: str
    submitter: str
    problem: str
    language: str
    model: str
    status: str = Field(description="queued, running or done.")
    verdict: str | None = Field(description="An effx status once done: ok (accepted), wrong_answer, timeout, ...")
    accepted: bool | None
    message: str | None
    runtime_ms: float | None
    cpu_ms: float | None
    peak_rss_kb: int | None
    cases_passed: int | None = Field(None, description="Cases whose outputs passed before the first failing "
                                     "one (all when accepted); null when no output was compared (a compile "
                                     "error, crash, timeout...) or not judged yet.")
    cases_total: int | None = Field(None, description="Cases of the problem, once judged.")
    cases: str | None = Field(None, description="The per-case summary: `all 20 cases passed`, "
                              "`case 7 of 20 failed: 6 passed`, or `no per-case result (timeout): 20 cases`.")
    beyond: float | None = Field(description="Mercury's Beyond against the problem's references (0-1).")
    percentile: float | None = Field(description="Share of accepted runtimes on the problem in this language "
                                     "(references included) that are at least as slow.")
    attempts: int
    created: str
    finished: str | None
    code: str | None = None


class SubmissionList(BaseModel):
    """A page of submissions, newest first."""

    submissions: list[Submission]
    next_before: int | None = Field(description="Pass as `before` for the next (older) page.")


class Standing(BaseModel):
    """One model's row of the leaderboard."""

    rank: int
    model: str
    dynamic_points: float
    solved: int
    attempted: int
    submissions: int
    pass_at_1: float
    beyond_at_1: float


class Leaderboard(BaseModel):
    """The leaderboard of one language, or of all (`*`)."""

    language: str
    standings: list[Standing]


class Health(BaseModel):
    """Liveness and the queue."""

    status: str = "ok"
    problems: int
    workers: int
    queued: int
    running: int
    done: int
