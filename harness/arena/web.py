"""Server-rendered pages (Jinja, autoescaped), usable without JavaScript.

`/` the leaderboard (per language via `?language=`, sorted via `?sort=`, with each model's Dynamic Points
over time), `/problems` and `/problems/{id}` (the statement from Markdown, rendered as the HTML report
does, and the runtime distribution of accepted submissions with `?submission=ID` marked), `/submissions`
and `/submissions/{id}` (verdict, message, the code highlighted and a wrong answer's diff, see
`effx.arena.display`; the page refreshes itself until the verdict is in), and
`/submit`, a plain form that redirects to the submission's page.
"""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import parse_qs

import jinja2
import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup, escape

from effx.arena import display, dp_chart, points, queue, tables, views
from effx.arena.api import arena_of, read_body
from effx.arena.keys import key_names
from effx.arena.points import ALL
from effx.arena.problems import UnknownProblemError
from effx.arena.service import Rejected

router = APIRouter(include_in_schema=False)
SORTS = {"dp": lambda s: -s.dynamic_points, "pass": lambda s: -s.pass_at_1, "beyond": lambda s: -s.beyond_at_1,
         "solved": lambda s: -s.solved, "model": lambda s: s.model.lower()}
REFRESH_S = 2


def _markdown(text: str) -> Markup:
    try:
        from effx.reports.render import markdown_html
    except ImportError:  # the report's renderer needs markdown-it-py
        return Markup(f"<pre>{escape(text)}</pre>")
    return markdown_html(text)


@cache
def _environment() -> jinja2.Environment:
    from effx.reports import formats

    env = jinja2.Environment(loader=jinja2.PackageLoader("effx.arena", "templates"), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters["pct"] = formats.pct
    env.filters["points"] = formats.points
    env.filters["ms"] = formats.ms
    env.filters["markdown"] = _markdown
    return env


def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A template rendered as a response."""
    return HTMLResponse(_environment().get_template(name).render(**context), status)


@router.get("/", response_class=HTMLResponse)
def leaderboard(request: Request, language: str = ALL, sort: str = "dp") -> HTMLResponse:
    """The leaderboard page."""
    arena = arena_of(request)
    board = views.leaderboard(arena.db, language)
    rows = sorted(board.standings, key=SORTS.get(sort, SORTS["dp"]))
    return page("leaderboard.html", rows=rows, language=language, sort=sort, languages=arena.catalogue.languages,
                chart=dp_chart.points_history_svg(points.history(arena.db, language)), counts=queue.counts(arena.db))


@router.get("/problems", response_class=HTMLResponse)
def problems(request: Request) -> HTMLResponse:
    """Every problem."""
    return page("problems.html", problems=list(arena_of(request).catalogue))


@router.get("/problems/{problem_id}", response_class=HTMLResponse)
def problem(request: Request, problem_id: str, language: str | None = None,
            submission: int | None = None) -> HTMLResponse:
    """A problem: statement, starter code, runtime distribution (the viewer's submission marked)."""
    arena = arena_of(request)
    try:
        found = arena.catalogue.get(problem_id)
    except UnknownProblemError as exc:
        return page("error.html", 404, title="Unknown problem", message=str(exc))
    mine = queue.get(arena.db, submission) if submission is not None else None
    if mine is not None and mine.problem != found.id:
        mine = None
    chosen = language or (mine.language if mine is not None else found.languages[0])
    r = tables.references.c
    with arena.db.read() as conn:
        refs = conn.scalar(sa.select(r.runtimes).where(r.problem == found.id, r.language == chosen)) or []
    marked = mine.runtime_ms if mine is not None and mine.verdict == "ok" and mine.language == chosen else None
    chart = dp_chart.runtime_distribution_svg(points.accepted_runtimes(arena.db, found.id, chosen), mine=marked,
                                            references=list(refs))
    return page("problem.html", problem=found, language=chosen, chart=chart, mine=mine)


@router.get("/submissions", response_class=HTMLResponse)
def submissions(request: Request, model: str | None = None, problem: str | None = None) -> HTMLResponse:
    """The latest submissions."""
    arena = arena_of(request)
    c = tables.submissions.c
    query = sa.select(tables.submissions).order_by(c.id.desc()).limit(100)
    if model:
        query = query.where(c.model == model)
    if problem:
        query = query.where(c.problem == problem)
    with arena.db.read() as conn:
        rows = conn.execute(query).all()
    names = key_names(arena.db)
    return page("submissions.html", rows=[views.submission(arena.db, row, names) for row in rows])


@router.get("/submissions/{submission_id}", response_class=HTMLResponse)
def submission(request: Request, submission_id: int) -> HTMLResponse:
    """One submission; refreshes itself every few seconds until judged."""
    arena = arena_of(request)
    row = queue.get(arena.db, submission_id)
    if row is None:
        return page("error.html", 404, title="Unknown submission", message=f"no submission {submission_id}")
    shown = views.submission(arena.db, row, key_names(arena.db), with_code=True)
    wrong = display.parse_wrong_answer(row.message) if row.verdict == "wrong_answer" else None
    return page("submission.html", s=shown, refresh=REFRESH_S if row.status != queue.DONE else None,
                code=display.highlight(row.code, row.language), css=display.highlight_css(), wrong=wrong,
                diff=display.answer_diff(wrong) if wrong is not None else None)


def _form(request: Request, status: int = 200, error: str = "", **values: str) -> HTMLResponse:
    arena = arena_of(request)
    return page("submit.html", status, error=error, problems=list(arena.catalogue), values=values,
                languages=arena.catalogue.languages, max_bytes=arena.config.max_code_bytes)


@router.get("/submit", response_class=HTMLResponse)
def submit_form(request: Request, problem: str = "", language: str = "python") -> HTMLResponse:
    """The submit form."""
    return _form(request, problem=problem, language=language)


@router.post("/submit")
async def submit(request: Request) -> Response:
    """Queue a submission from the form (fields key, problem, language, model, code) and go to its page."""
    arena = arena_of(request)
    values: dict[str, str] = {}
    try:
        body = await read_body(request, arena.config.max_body_bytes)
        fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        values = {name: fields.get(name, [""])[0] for name in ("key", "problem", "language", "model", "code")}
        key = arena.authenticate(f"Bearer {values['key'].strip()}")
        arena.throttle(key)
        submission_id = arena.submit(key, problem=values["problem"], language=values["language"],
                                     code=values["code"].replace("\r\n", "\n"), model=values["model"])
    except Rejected as exc:
        values.pop("key", None)
        return _form(request, exc.status, exc.detail, **values)
    return RedirectResponse(f"/submissions/{submission_id}", 303)
