"""The JSON API under /v1: problems, submissions, the leaderboard and the export.

Every error is JSON, `{"detail": "..."}`, with the status that says what to fix: 401 (key), 404 (unknown
problem or submission), 413 (code too large), 422 (malformed JSON, missing fields, a language the problem
is not offered in), 429 with Retry-After (a key over its rate or quota). A refused submission queues
nothing.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import ValidationError

from effx.arena import api_models, export, queue, tables, views
from effx.arena.keys import key_names
from effx.arena.points import ALL
from effx.arena.problems import Problem, UnknownProblemError
from effx.arena.service import Arena, Rejected

router = APIRouter(prefix="/v1")


def arena_of(request: Request) -> Arena:
    """The app's judge."""
    arena: Arena = request.app.state.arena
    return arena


def problem_summary(problem: Problem) -> dict[str, Any]:
    """The listed fields of a problem."""
    task = problem.task
    return {"id": problem.id, "suite": problem.suite, "title": task.title, "difficulty": task.difficulty,
            "tags": task.tags, "base_points": problem.base_points, "time_limit_s": task.time_limit_s,
            "memory_limit_mb": task.memory_limit_mb, "languages": list(problem.languages),
            "signatures": problem.signatures}


@router.get("/health", response_model=api_models.Health)
def health(request: Request) -> api_models.Health:
    """Liveness, problems served and the queue by status."""
    arena = arena_of(request)
    counts = queue.counts(arena.db)
    return api_models.Health(problems=len(arena.catalogue), workers=arena.config.workers, **counts)


@router.get("/problems", response_model=list[api_models.ProblemSummary])
def list_problems(request: Request) -> list[dict[str, Any]]:
    """Every problem: id, title, difficulty, tags, limits, base points, starter code per language."""
    return [problem_summary(p) for p in arena_of(request).catalogue]


@router.get("/problems/{problem_id}", response_model=api_models.Problem,
            responses={404: {"description": "Unknown problem."}})
def get_problem(request: Request, problem_id: str) -> dict[str, Any]:
    """One problem with its Markdown statement."""
    try:
        problem = arena_of(request).catalogue.get(problem_id)
    except UnknownProblemError as exc:
        raise HTTPException(404, str(exc)) from None
    return problem_summary(problem) | {"statement": problem.task.statement, "mode": problem.task.mode}


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 once it exceeds `limit` bytes (announced or streamed)."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise Rejected(413, f"request body too large: {length} bytes, the limit is {limit} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise Rejected(413, f"request body too large: more than {limit} bytes")
    return bytes(body)


def parse_submission(body: bytes) -> api_models.SubmissionIn:
    """A submission from a JSON body, or Rejected(422) saying what is wrong."""
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise Rejected(422, f"malformed JSON: {exc}") from None
    try:
        return api_models.SubmissionIn.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in exc.errors())
        raise Rejected(422, f"invalid submission: {problems}") from None


SUBMIT_BODY = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": api_models.SubmissionIn.model_json_schema()}}}}


@router.post("/submissions", status_code=202, response_model=api_models.Queued, openapi_extra=SUBMIT_BODY,
             responses={401: {"description": "Missing or wrong key."}, 404: {"description": "Unknown problem."},
                        413: {"description": "Code too large."}, 422: {"description": "Malformed submission."},
                        429: {"description": "Rate or quota exceeded (Retry-After)."}})
async def submit(request: Request, authorization: Annotated[str | None, Header()] = None) -> JSONResponse:
    """Queue `{problem, language, code, model}` (JSON) under `Authorization: Bearer KEY`; poll the returned url."""
    arena = arena_of(request)
    try:
        key = arena.authenticate(authorization)
        arena.throttle(key)
        body = parse_submission(await read_body(request, arena.config.max_body_bytes))
        submission_id = arena.submit(key, problem=body.problem, language=body.language, code=body.code,
                                     model=body.model)
    except Rejected as exc:
        return JSONResponse({"detail": exc.detail}, exc.status, exc.headers)
    url = f"/v1/submissions/{submission_id}"
    return JSONResponse(api_models.Queued(id=submission_id, url=url).model_dump(), 202, {"Location": url})


@router.get("/submissions/{submission_id}", response_model=api_models.Submission,
            responses={404: {"description": "Unknown submission."}})
def get_submission(request: Request, submission_id: int) -> api_models.Submission:
    """A submission: status, verdict, message, runtime, memory, Beyond, percentile among accepted, code."""
    arena = arena_of(request)
    row = queue.get(arena.db, submission_id)
    if row is None:
        raise HTTPException(404, f"no submission {submission_id}")
    return views.submission(arena.db, row, key_names(arena.db), with_code=True)


@router.get("/submissions", response_model=api_models.SubmissionList)
def list_submissions(
    request: Request,
    problem: str | None = None,
    language: str | None = None,
    model: str | None = None,
    key: Annotated[str | None, Query(description="A key id.")] = None,
    status: Annotated[str | None, Query(description="queued, running or done.")] = None,
    verdict: str | None = None,
    before: Annotated[int | None, Query(description="Only ids below this (paging).")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> api_models.SubmissionList:
    """Submissions, newest first, filtered by problem, language, model, key id, status or verdict."""
    arena = arena_of(request)
    c = tables.submissions.c
    query = sa.select(tables.submissions).order_by(c.id.desc()).limit(limit)
    for column, value in ((c.problem, problem), (c.language, language), (c.model, model), (c.key_id, key),
                          (c.status, status), (c.verdict, verdict)):
        if value is not None:
            query = query.where(column == value)
    if before is not None:
        query = query.where(c.id < before)
    with arena.db.read() as conn:
        rows = conn.execute(query).all()
    names = key_names(arena.db)
    return api_models.SubmissionList(submissions=[views.submission(arena.db, row, names) for row in rows],
                                     next_before=rows[-1].id if len(rows) == limit else None)


@router.get("/leaderboard", response_model=api_models.Leaderboard)
def leaderboard(request: Request, language: Annotated[str, Query(
        description="A language, or * for all languages together.")] = ALL) -> api_models.Leaderboard:
    """Dynamic Points (CS = base points / solvers, ES = share of accepted runtimes at least as slow), Pass@1 and
    Beyond@1 per model, in one language or overall."""
    return views.leaderboard(arena_of(request).db, language)


@router.get("/export.jsonl", response_class=StreamingResponse)
def export_jsonl(request: Request) -> StreamingResponse:
    """Every submission with its code and verdict, one JSON object per line."""
    return StreamingResponse(export.jsonl(arena_of(request).db), media_type="application/x-ndjson",
                             headers={"Content-Disposition": 'attachment; filename="submissions.jsonl"'})


@router.get("/export.parquet", responses={501: {"description": "pyarrow is not installed."}})
def export_parquet(request: Request) -> Response:
    """Every submission as one parquet file (needs pyarrow on the server)."""
    try:
        data = export.parquet(arena_of(request).db)
    except export.ParquetUnavailable as exc:
        return JSONResponse({"detail": str(exc)}, 501)
    return Response(data, media_type="application/vnd.apache.parquet",
                    headers={"Content-Disposition": 'attachment; filename="submissions.parquet"'})
