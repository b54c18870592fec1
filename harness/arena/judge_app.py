"""The judge's FastAPI app: the JSON API under /v1 and the web pages, over one `Arena`."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from effx.arena.config import JudgeConfig
from effx.arena.problems import Catalogue
from effx.arena.service import Arena
from effx.sandbox.base import Sandbox

DESCRIPTION = """effx's online judge. Submit code for a problem with an API key (`Authorization: Bearer KEY`,
keys from `effx judge keys create NAME`); it is queued durably, measured like `effx run` measures, and
scored with CodeArena's Dynamic Points: on each solved problem CS = base points / solvers plus ES = share
of accepted runtimes at least as slow. Errors are JSON `{"detail": ...}`."""


def create_app(config: JudgeConfig, *, sandbox: Sandbox | None = None, catalogue: Catalogue | None = None,
               clock: Any = time.time, start: bool = True) -> FastAPI:
    """The app for `config`; its workers start now unless `start` is false (`app.state.arena.stop()` ends them).

    Args:
        config: how the judge runs.
        sandbox: where programs run (default: `config.sandbox`).
        catalogue: the problems (default: `config.suites`).
        clock: wall clock for the database.
        start: start the judging threads now (uvicorn's lifespan also stops them at shutdown).
    """
    from effx.arena import api, web

    arena = Arena(config, sandbox=sandbox, catalogue=catalogue, clock=clock)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        arena.stop()

    app = FastAPI(title="effx judge", description=DESCRIPTION, version="1", openapi_url="/v1/openapi.json",
                  docs_url="/docs", redoc_url=None, lifespan=lifespan)
    app.state.arena = arena
    app.include_router(api.router)
    app.include_router(web.router)
    if start and config.workers:
        arena.start()
    return app
