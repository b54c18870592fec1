"""`effx judge serve` and `effx judge keys create|list`: the online judge's commands (`effx.arena`).

The server and its database are imported inside the commands, so `effx --help` stays fast.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated

import typer

from effx.cli.checks import check_sandbox
from effx.cli.errors import fail

app = typer.Typer(help="The online judge: a durable submission queue, Dynamic Points, web pages and an API.",
                  no_args_is_help=True)
keys_app = typer.Typer(help="API keys of the judge's submitters (stored hashed).", no_args_is_help=True)
app.add_typer(keys_app, name="keys")

DbOption = Annotated[str, typer.Option(help="Judge database: a SQLite file path or any SQLAlchemy URL "
                                       "(e.g. postgresql://user@host/effx).")]


@app.command("serve")
def serve(
    db: DbOption = "judge.db",
    suite: Annotated[list[str], typer.Option("--suite", help="Suite whose tasks are the problems "
                                             "(repeatable).")] = ["core"],  # noqa: B006
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=0, help="Judging threads in the server (0: only serve, "
                                         "another process judges).")] = 1,
    repeat: Annotated[int, typer.Option(min=1, help="Measured runs per submission after one warm-up.")] = 3,
    sandbox: Annotated[str, typer.Option(help="Sandbox backend.")] = "local",
    rate: Annotated[float, typer.Option(min=0.001, help="Submissions per second a key may sustain.")] = 1.0,
    burst: Annotated[int, typer.Option(min=1, help="Submissions a key may send at once.")] = 20,
    lease_s: Annotated[float, typer.Option(min=1.0, help="Seconds a worker's claim lasts without a heartbeat; "
                                           "a killed worker's submission is judged again after it.")] = 60.0,
    executor: Annotated[str, typer.Option(help="Where measurements run: local (the judging threads) or ray "
                                          "(one Ray task per measurement; the threads keep the queue).")] = "local",
    ray_address: Annotated[str | None, typer.Option(help="Ray cluster for --executor ray (default: start a "
                                                    "local Ray with --workers CPUs).")] = None,
) -> None:
    """Serve the judge: web pages at /, the JSON API under /v1 (OpenAPI at /docs), workers judging."""
    check_sandbox(sandbox)
    from effx.arena.config import EXECUTORS, JudgeConfig, UnknownSuiteError
    from effx.arena.judge_app import create_app
    from effx.orchestrate.executors.ray import RayUnavailableError

    if executor not in EXECUTORS:
        raise fail(f"unknown executor {executor!r}: use one of {', '.join(EXECUTORS)}")
    config = JudgeConfig(db=db, suites=tuple(suite), workers=workers, repeat=repeat, sandbox=sandbox,
                         rate_per_s=rate, burst=burst, lease_s=lease_s, executor=executor, ray_address=ray_address)
    try:
        judge_app = create_app(config)
    except UnknownSuiteError as exc:
        raise fail(str(exc)) from None
    except RayUnavailableError as exc:
        raise fail(str(exc)) from None
    import uvicorn

    uvicorn.run(judge_app, host=host, port=port, log_level="info")


@keys_app.command("create")
def create_key(
    name: Annotated[str, typer.Argument(help="Who submits with the key (a team, a model provider).")],
    db: DbOption = "judge.db",
) -> None:
    """Create an API key and print it once (only its SHA-256 hash is stored)."""
    from effx.arena.db import JudgeDB
    from effx.arena.keys import create_key as make

    with JudgeDB(db) as judge_db:
        key_id, secret = make(judge_db, name)
    typer.echo(f"key {key_id} for {name!r} (shown once; keep it):", err=True)
    typer.echo(secret)


@keys_app.command("list")
def list_keys(db: DbOption = "judge.db") -> None:
    """List the keys: id, name, creation time (never the keys themselves)."""
    from effx.arena.db import JudgeDB
    from effx.arena.keys import list_keys as listing

    with JudgeDB(db) as judge_db:
        for row in listing(judge_db):
            created = datetime.fromtimestamp(row.created, timezone.utc).isoformat(timespec="seconds")
            typer.echo(f"{row.key_id}\t{row.name}\t{created}")


def register(root: typer.Typer) -> None:
    """Add the `judge` sub-app to the root `effx` app."""
    root.add_typer(app, name="judge")
